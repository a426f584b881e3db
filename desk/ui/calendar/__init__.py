"""Widgets of the calendar page: the chronogramme (gantt.py), the month calendar (month.py),
the activity, session and deadline dialogs, and the undoable commands they run
(commands.py)."""
