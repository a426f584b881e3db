<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
    <name>Pages</name>
    <message>
        <source>Planned</source>
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
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Indicator</source>
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
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
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
</TS>
