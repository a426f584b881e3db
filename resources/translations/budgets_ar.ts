<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BudgetsPage</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects and their budgets will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget for this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project above; its latest budget is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operating budget yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The association&apos;s yearly budgets, by category, will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its budget lines are shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — version %2 · %3 · total %4</source>
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
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
</context>
</TS>
