"""Activities and calendar: activities placed under a result of the logframe (activities.py),
the sessions that really took place with their attendance and participant list (sessions.py),
deadlines (deadlines.py), indicators fed by attendance (indicators.py) and the Moroccan public
holidays with the Ramadan band (holidays.py). Read-only views for the pages live in
desk/services/browse/calendar.py and desk/services/browse/chronogramme.py."""
