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
    <name>DashboardPage</name>
    <message>
        <source>Projects in progress</source>
        <translation>المشاريع الجارية</translation>
    </message>
    <message>
        <source>No project in progress</source>
        <translation>لا يوجد مشروع جارٍ</translation>
    </message>
    <message>
        <source>Signed and ongoing projects appear here with their budget and spending.</source>
        <translation>تظهر هنا المشاريع الموقعة والجارية مع ميزانيتها ومصاريفها.</translation>
    </message>
    <message>
        <source>Financial year %1</source>
        <translation>السنة المالية %1</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(مغلقة)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>البنك</translation>
    </message>
    <message>
        <source>Income %1</source>
        <translation>المداخيل %1</translation>
    </message>
    <message>
        <source>Expenses %1</source>
        <translation>المصاريف %1</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>النتيجة %1</translation>
    </message>
    <message>
        <source>Income minus expenses of the year</source>
        <translation>المداخيل ناقص المصاريف خلال السنة</translation>
    </message>
    <message>
        <source>Missing receipts</source>
        <translation>وثائق الإثبات الناقصة</translation>
    </message>
    <message>
        <source>Transactions of the year without their receipt</source>
        <translation>عمليات السنة بدون وثيقة إثبات</translation>
    </message>
    <message>
        <source>Every transaction of the year has its receipt</source>
        <translation>كل عمليات السنة لها وثيقة إثبات</translation>
    </message>
    <message>
        <source>held by a member</source>
        <translation>في حوزة عضو</translation>
    </message>
    <message>
        <source>Money kept on a member&apos;s personal account: flagged in reports.</source>
        <translation>أموال في الحساب الشخصي لأحد الأعضاء: يُشار إليها في التقارير.</translation>
    </message>
    <message>
        <source>No account of this kind</source>
        <translation>لا يوجد حساب من هذا النوع</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <source>Search a label, a payee, a receipt number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>بدون وثيقة إثبات</translation>
    </message>
    <message>
        <source>Only the transactions whose receipt is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <source>Financial year %1</source>
        <translation>السنة المالية %1</translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>كل الحسابات</translation>
    </message>
</context>
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
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>البنك</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasury account</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Spent</source>
        <translation>المصروف</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>نسبة الاستهلاك</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة القيادة</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>الخزينة</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>الميزانيات</translation>
    </message>
    <message>
        <source>Logframe</source>
        <translation>الإطار المنطقي</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
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
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناقصة</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>غير مطلوبة</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) attached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The receipt of this transaction is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as needing no receipt (bank fees…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>الطرف المقابل</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>وثيقة الإثبات</translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the financial year (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances, income and expenses by category, projects and missing receipts, in an Excel workbook for the general assembly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Available reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log (latest %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made to the file is traced here: who, when, what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet in this version of AssoDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>بدون وثيقة إثبات</translation>
    </message>
    <message>
        <source>Unbalanced transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions of all years that need a receipt and have none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that do not add up to zero: to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every transaction balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) in the file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments left by a coach and not yet resolved appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coach&apos;s comments on transactions, budgets or activities appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreasuryPage</name>
    <message>
        <source>held by a member</source>
        <translation>في حوزة عضو</translation>
    </message>
    <message>
        <source>Money kept on a member&apos;s personal account: flagged in reports.</source>
        <translation>أموال في الحساب الشخصي لأحد الأعضاء: يُشار إليها في التقارير.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) · In %1 · Out %2 · Net %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No transaction matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the period or the account, or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction yet</source>
        <translation>لا توجد أي عملية حاليًا</translation>
    </message>
    <message>
        <source>Expenses and income recorded by the treasurer will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
