<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>LogframePage</name>
    <message>
        <source>This project has no logframe yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives, results, activities and indicators will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project to write its logframe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <comment>women, one letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>men, one letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means of verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
