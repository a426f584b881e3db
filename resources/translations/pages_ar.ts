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
        <translation>مبرمج</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>موعد نهائي</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>مؤجل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>تم التقديم</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>تم التوقيع</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>تم الإقفال</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>ملحق تعديلي</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>تمت معالجته</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>مرحلة</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>تقرير مستحق</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>قسط</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تم الإنشاء</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تم التعديل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>تم الحذف</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>تمت إعادة الفتح</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <source>File upgraded</source>
        <translation>تم تحديث الملف</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>مصروف</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>مدخول</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>تحويل داخلي</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>سلفة</translation>
    </message>
    <message>
        <source>Advance settled</source>
        <translation>تسوية سلفة</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>تعويض</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>رصيد افتتاحي</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>التسوية</translation>
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
        <translation>الأداء عبر الهاتف المحمول</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>نعم/لا</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>الملف كله</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Transaction line</source>
        <translation>سطر العملية</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك(ة)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>قيمة المؤشر</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>جرد الصندوق</translation>
    </message>
    <message>
        <source>Bank reconciliation</source>
        <translation>المطابقة البنكية</translation>
    </message>
    <message>
        <source>Treasury account</source>
        <translation>حساب الخزينة</translation>
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
        <translation>الحالة</translation>
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
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>بند الميزانية</translation>
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
        <translation>مؤشر</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>السنة المالية</translation>
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
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>On</source>
        <translation>يتعلق بـ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
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
        <translation>ملخص</translation>
    </message>
    <message>
        <source>Treasury ledger</source>
        <translation>دفتر الخزينة</translation>
    </message>
    <message>
        <source>Every transaction of the period with its category, project and budget line, and the totals, for Excel (XLSX or CSV).</source>
        <translation>كل عمليات الفترة مع فئتها ومشروعها وبند ميزانيتها، والمجاميع، لبرنامج Excel (XLSX أو CSV).</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>دفتر</translation>
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
        <translation>وثائق-الإثبات</translation>
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
        <translation>الميزانية</translation>
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
        <translation>الميزانية-مقابل-المنجز</translation>
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
        <translation>الإطار-المنطقي-2004</translation>
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
        <translation>الإطار-المنطقي-2016</translation>
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
        <translation>المؤشرات</translation>
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
        <translation>الجدول-الزمني</translation>
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
        <translation>التقويم</translation>
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
        <source>CSV file (Excel)</source>
        <translation>ملف CSV (Excel)</translation>
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
        <translation>يُتتبَّع هنا كل تعديل أُجري على الملف: مَن، ومتى، وماذا.</translation>
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
        <translation>تعليقات المراجعة</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>التعليقات المفتوحة</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>كل التعليقات</translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>بدون وثيقة إثبات</translation>
    </message>
    <message>
        <source>Unbalanced transactions</source>
        <translation>العمليات غير المتوازنة</translation>
    </message>
    <message>
        <source>Transactions of all years that need a receipt and have none</source>
        <translation>عمليات كل السنوات التي تحتاج إلى وثيقة إثبات وليست لها</translation>
    </message>
    <message>
        <source>Lines that do not add up to zero: to correct</source>
        <translation>أسطر لا يساوي مجموعها صفرًا: يجب تصحيحها</translation>
    </message>
    <message>
        <source>Every transaction balances</source>
        <translation>كل العمليات متوازنة</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) in the file</source>
        <translation>
            <numerusform>لا توجد أي عملية في الملف</numerusform>
            <numerusform>عملية واحدة في الملف</numerusform>
            <numerusform>عمليتان في الملف</numerusform>
            <numerusform>%n عمليات في الملف</numerusform>
            <numerusform>%n عملية في الملف</numerusform>
            <numerusform>%n عملية في الملف</numerusform>
        </translation>
    </message>
    <message>
        <source>No open comment</source>
        <translation>لا يوجد تعليق مفتوح</translation>
    </message>
    <message>
        <source>Comments left by a coach and not yet resolved appear here.</source>
        <translation>تظهر هنا التعليقات التي تركها المرافق ولم تُعالَج بعد.</translation>
    </message>
    <message>
        <source>No comment yet</source>
        <translation>لا يوجد أي تعليق بعد</translation>
    </message>
    <message>
        <source>A coach&apos;s comments on transactions, budgets or activities appear here.</source>
        <translation>تظهر هنا تعليقات المرافق على العمليات أو الميزانيات أو الأنشطة.</translation>
    </message>
</context>
</TS>
