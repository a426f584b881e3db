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
    <name>ReportsHub</name>
    <message>
        <source>Treasury</source>
        <translation>الخزينة</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>الميزانيات</translation>
    </message>
    <message>
        <source>Logical framework</source>
        <translation>الإطار المنطقي</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>Other exports</source>
        <translation>تصديرات أخرى</translation>
    </message>
    <message>
        <source>Summary of the financial year</source>
        <translation>ملخص السنة المالية</translation>
    </message>
    <message>
        <source>Balances, income and expenses by category, projects and missing receipts, for the general assembly.</source>
        <translation>الأرصدة والمداخيل والمصاريف حسب الفئة، والمشاريع ووثائق الإثبات الناقصة، للجمعية العامة.</translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts of a period</source>
        <translation>وثائق الإثبات لفترة</translation>
    </message>
    <message>
        <source>Every receipt dated in the period, named by its number, with an index, for the donor&apos;s auditor.</source>
        <translation>كل وثائق الإثبات المؤرخة في الفترة، مسماة برقمها، مع فهرس، لمدقق الجهة المانحة.</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project budget</source>
        <translation>ميزانية المشروع</translation>
    </message>
    <message>
        <source>The latest budget of the project in the donor&apos;s layout.</source>
        <translation>أحدث ميزانية للمشروع بنموذج الجهة المانحة.</translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <translation>الميزانية مقابل المنجز</translation>
    </message>
    <message>
        <source>What was planned and what was spent, line by line, for the report.</source>
        <translation>المبرمج والمصروف، سطرًا بسطر، للتقرير المالي.</translation>
    </message>
    <message>
        <source>budget-vs-actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical framework (EU 2004)</source>
        <translation>الإطار المنطقي (الاتحاد الأوروبي 2004)</translation>
    </message>
    <message>
        <source>The logframe matrix in the European Union&apos;s 2004 layout.</source>
        <translation>مصفوفة الإطار المنطقي بنموذج الاتحاد الأوروبي لسنة 2004.</translation>
    </message>
    <message>
        <source>logframe-2004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical framework (EU 2016)</source>
        <translation>الإطار المنطقي (الاتحاد الأوروبي 2016)</translation>
    </message>
    <message>
        <source>The logframe matrix in the European Union&apos;s 2016 layout.</source>
        <translation>مصفوفة الإطار المنطقي بنموذج الاتحاد الأوروبي لسنة 2016.</translation>
    </message>
    <message>
        <source>logframe-2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator tracking</source>
        <translation>تتبع المؤشرات</translation>
    </message>
    <message>
        <source>Each indicator with its baseline, target and measured values.</source>
        <translation>كل مؤشر مع قيمته الأساسية وقيمته المستهدفة والقيم المقيسة.</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronogramme</source>
        <translation>الجدول الزمني للأنشطة</translation>
    </message>
    <message>
        <source>The project&apos;s activities month by month.</source>
        <translation>أنشطة المشروع شهرًا بشهر.</translation>
    </message>
    <message>
        <source>chronogramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar for phones and computers</source>
        <translation>تقويم للهواتف والحواسيب</translation>
    </message>
    <message>
        <source>Activities, sessions and deadlines as an .ics file for Google, Outlook or a phone.</source>
        <translation>الأنشطة والجلسات والآجال في ملف ‎.ics لـ Google أو Outlook أو الهاتف.</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>مصنف Excel</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>أرشيف ZIP</translation>
    </message>
    <message>
        <source>iCalendar file</source>
        <translation>ملف iCalendar</translation>
    </message>
    <message>
        <source>Export the receipts</source>
        <translation>تصدير وثائق الإثبات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>جميع المشاريع</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>إنشاء…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>أول يوم في الفترة</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>آخر يوم في الفترة</translation>
    </message>
    <message>
        <source>This report is about a project: create one first.</source>
        <translation>يتعلق هذا التقرير بمشروع: أنشئ مشروعًا أولًا.</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>تبدأ الفترة بعد نهايتها.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>جارٍ إنشاء %1…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>لم يتم الإنشاء: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Documents for donors and the general assembly</source>
        <translation>وثائق للجهات المانحة والجمعية العامة</translation>
    </message>
    <message>
        <source>Change log (latest %1)</source>
        <translation>سجل التعديلات (آخر %1)</translation>
    </message>
    <message>
        <source>No change recorded yet</source>
        <translation>لم يُسجَّل أي تعديل بعد</translation>
    </message>
    <message>
        <source>Every change made to the file is traced here: who, when, what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>تم حفظ التقرير: %1</translation>
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
