<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CalendarPage</name>
    <message>
        <source>Deadlines to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report due dates, instalments and milestones of the project appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity planned for this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities of the logframe, with their sessions, are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project to plan its activities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Planned dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All participants, including those whose sex was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
</TS>
