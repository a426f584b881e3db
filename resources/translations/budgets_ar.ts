<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>ActualView</name>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>المنجز</translation>
    </message>
    <message>
        <source>Used / period elapsed</source>
        <translation>المستهلك / المدة المنقضية</translation>
    </message>
    <message>
        <source>Outside the grant period</source>
        <translation>خارج مدة المنحة</translation>
    </message>
    <message>
        <source>Spending by heading</source>
        <translation>المصاريف حسب الباب</translation>
    </message>
    <message>
        <source>Monthly spending against the plan</source>
        <translation>المصاريف الشهرية مقارنة بالتوقعات</translation>
    </message>
    <message>
        <source>By heading</source>
        <translation>حسب الباب</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>Spent in the month</source>
        <translation>المصروف في الشهر</translation>
    </message>
    <message>
        <source>Plan, cumulated</source>
        <translation>التوقع التراكمي</translation>
    </message>
    <message>
        <source>Actual, cumulated</source>
        <translation>المنجز التراكمي</translation>
    </message>
    <message>
        <source>Transactions of the selected line</source>
        <translation>عمليات البند المختار</translation>
    </message>
    <message>
        <source>By funder</source>
        <translation>حسب الممول</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Checks</source>
        <translation>المراقبة</translation>
    </message>
    <message>
        <source>This version is submitted or signed: it cannot be changed. Make a new version (amendment) to change it.</source>
        <translation>هذه النسخة مقدمة أو موقعة: لا يمكن تعديلها. أنشئ نسخة جديدة (ملحقا تعديليا) لتغييرها.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>المجموع: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every rule of the grant is respected.</source>
        <translation>كل قواعد المنحة محترمة.</translation>
    </message>
    <message>
        <source>Change line %1</source>
        <translation>تعديل البند %1</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>إضافة بند في الميزانية</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>In kind</source>
        <translation>عيني</translation>
    </message>
</context>
<context>
    <name>BudgetReports</name>
    <message>
        <source>Budget vs actual — {code}</source>
        <translation>الميزانية والمنجز — {code}</translation>
    </message>
    <message>
        <source>Grant period {start} to {end} · situation on {today} · amounts in {currency}</source>
        <translation>مدة المنحة من {start} إلى {end} · الوضعية في {today} · المبالغ بـ {currency}</translation>
    </message>
    <message>
        <source>Period elapsed: {elapsed} · budget used: {used}</source>
        <translation>المدة المنقضية: {elapsed} · الميزانية المستهلكة: {used}</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <translation>الميزانية والمنجز</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Heading / line</source>
        <translation>الباب / البند</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>المنجز</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>الفرق %</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>المستهلك</translation>
    </message>
    <message>
        <source>Actual ({currency})</source>
        <translation>المنجز ({currency})</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Tagged to the project, no budget line</source>
        <translation>مخصص للمشروع بدون بند</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <source>By funder</source>
        <translation>حسب الممول</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>الممول</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>التوقع</translation>
    </message>
    <message>
        <source>Plan, cumulated</source>
        <translation>التوقع التراكمي</translation>
    </message>
    <message>
        <source>Actual, cumulated</source>
        <translation>المنجز التراكمي</translation>
    </message>
    <message>
        <source>Donor: {donor} · reference {reference} · {start} to {end}</source>
        <translation>الممول: {donor} · المرجع {reference} · من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Version {version} · {status} · amounts in {currency}</source>
        <translation>النسخة {version} · {status} · المبالغ بـ {currency}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>تكلفة الوحدة</translation>
    </message>
    <message>
        <source>Total (all years)</source>
        <translation>المجموع (كل السنوات)</translation>
    </message>
    <message>
        <source>Year {n}</source>
        <translation>السنة {n}</translation>
    </message>
    <message>
        <source>Total of the budget</source>
        <translation>مجموع الميزانية</translation>
    </message>
    <message>
        <source>Rules of the grant not respected</source>
        <translation>قواعد المنحة غير المحترمة</translation>
    </message>
    <message>
        <source>Co-funding</source>
        <translation>التمويل المشترك</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>عيني</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>حصة من الميزانية</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مقدمة</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>موقعة</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>ملحق تعديلي</translation>
    </message>
    <message>
        <source>* in kind</source>
        <translation>* عيني</translation>
    </message>
</context>
<context>
    <name>BudgetsPage</name>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Operating budgets</source>
        <translation>ميزانيات التسيير</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <translation>الميزانية والمنجز</translation>
    </message>
    <message>
        <source>New grant…</source>
        <translation>منحة جديدة…</translation>
    </message>
    <message>
        <source>Grant details…</source>
        <translation>بطاقة المنحة…</translation>
    </message>
    <message>
        <source>New budget</source>
        <translation>ميزانية جديدة</translation>
    </message>
    <message>
        <source>EU layout (Budget de l'action)</source>
        <translation>نموذج الاتحاد الأوروبي (ميزانية العملية)</translation>
    </message>
    <message>
        <source>Free layout</source>
        <translation>نموذج حر</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>لا يوجد مشروع بعد</translation>
    </message>
    <message>
        <source>Projects and their budgets will be listed here.</source>
        <translation>ستظهر هنا المشاريع وميزانياتها.</translation>
    </message>
    <message>
        <source>No budget for this project</source>
        <translation>لا توجد ميزانية لهذا المشروع</translation>
    </message>
    <message>
        <source>Select a project above, or make its budget with “New budget”.</source>
        <translation>اختر مشروعا أعلاه، أو أنشئ ميزانيته بـ «ميزانية جديدة».</translation>
    </message>
    <message>
        <source>No operating budget yet</source>
        <translation>لا توجد ميزانية تسيير بعد</translation>
    </message>
    <message>
        <source>The association's yearly budgets, by category, will be listed here.</source>
        <translation>ستظهر هنا الميزانيات السنوية للجمعية حسب الفئة.</translation>
    </message>
    <message>
        <source>%1 — version %2 · %3 · total %4</source>
        <translation>%1 — النسخة %2 · %3 · المجموع %4</translation>
    </message>
</context>
<context>
    <name>BuilderToolbar</name>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>Add sub-line</source>
        <translation>إضافة بند فرعي</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>EU layout (lines 1-13)</source>
        <translation>نموذج الاتحاد الأوروبي (البنود 1-13)</translation>
    </message>
    <message>
        <source>Estimate from last year's actual</source>
        <translation>تقدير انطلاقا من منجز السنة الماضية</translation>
    </message>
    <message>
        <source>Co-funder column</source>
        <translation>عمود ممول مشارك</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>عيني</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>نسخة جديدة</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>مقارنة النسخ…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>تصدير XLSX…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>Number of years</source>
        <translation>عدد السنوات</translation>
    </message>
    <message>
        <source>Delete line %1</source>
        <translation>حذف البند %1</translation>
    </message>
    <message>
        <source>Move line %1</source>
        <translation>نقل البند %1</translation>
    </message>
    <message>
        <source>EU layout</source>
        <translation>نموذج الاتحاد الأوروبي</translation>
    </message>
    <message>
        <source>Estimate from last year</source>
        <translation>تقدير انطلاقا من السنة الماضية</translation>
    </message>
    <message>
        <source>Export the budget</source>
        <translation>تصدير الميزانية</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare two versions</source>
        <translation>مقارنة نسختين</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Some headings move by more than %1: the donor must sign an amendment.</source>
        <translation>بعض الأبواب تتغير بأكثر من %1: يجب أن يوقع الممول ملحقا تعديليا.</translation>
    </message>
    <message>
        <source>Every heading stays within the %1 flexibility.</source>
        <translation>كل الأبواب تبقى ضمن مرونة %1.</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Fixed rate</source>
        <translation>سعر ثابت</translation>
    </message>
    <message>
        <source>Rate of each transfer received</source>
        <translation>سعر كل تحويل مستلم</translation>
    </message>
    <message>
        <source>Table of monthly rates</source>
        <translation>جدول الأسعار الشهرية</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>منحة جديدة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>الممول</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Eligible from</source>
        <translation>مقبول ابتداء من</translation>
    </message>
    <message>
        <source>Eligible until</source>
        <translation>مقبول إلى غاية</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Rate policy</source>
        <translation>قاعدة الصرف</translation>
    </message>
    <message>
        <source>Fixed rate (MAD per unit)</source>
        <translation>سعر ثابت (درهم للوحدة)</translation>
    </message>
    <message>
        <source>Donor share (%)</source>
        <translation>حصة الممول (%)</translation>
    </message>
    <message>
        <source>Indirect costs cap (%)</source>
        <translation>سقف التكاليف غير المباشرة (%)</translation>
    </message>
    <message>
        <source>Contingency cap (%)</source>
        <translation>سقف الطوارئ (%)</translation>
    </message>
    <message>
        <source>Transfer flexibility (%)</source>
        <translation>المرونة بين الأبواب (%)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Instalments and rates</source>
        <translation>الأقساط والأسعار</translation>
    </message>
    <message>
        <source>Change the grant</source>
        <translation>تعديل المنحة</translation>
    </message>
</context>
<context>
    <name>InstalmentsPanel</name>
    <message>
        <source>Instalments</source>
        <translation>الأقساط</translation>
    </message>
    <message>
        <source>Not received yet</source>
        <translation>لم تستلم بعد</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Monthly rates (MAD per unit)</source>
        <translation>الأسعار الشهرية (درهم للوحدة)</translation>
    </message>
    <message>
        <source>Set the rate</source>
        <translation>حفظ السعر</translation>
    </message>
    <message>
        <source>No monthly rate yet.</source>
        <translation>لا يوجد سعر شهري بعد.</translation>
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
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>تكلفة الوحدة</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>السنة %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>الممول</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Planned income</source>
        <translation>المداخيل المتوقعة</translation>
    </message>
    <message>
        <source>Planned expenses</source>
        <translation>المصاريف المتوقعة</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
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
    <message>
        <source>Overspent</source>
        <translation>تجاوز</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>للمتابعة</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>المنجز</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>الفرق %</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>المستهلك</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>الممول</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>الوصل</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>الباب</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>الفرق %</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>متوقعة في</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>استلمت في</translation>
    </message>
</context>
</TS>