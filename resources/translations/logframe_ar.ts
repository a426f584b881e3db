<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>Indicator %1</source>
        <translation>المؤشر %1</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>مؤشر جديد</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يي/شش/سسسس</translation>
    </message>
    <message>
        <source>The values of the periods add up (cumulative)</source>
        <translation>قيم الفترات تُجمع (تراكمي)</translation>
    </message>
    <message>
        <source>By sex (women, men, not specified)</source>
        <translation>حسب الجنس (نساء، رجال، غير محدد)</translation>
    </message>
    <message>
        <source>By age group</source>
        <translation>حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>القيمة المرجعية</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Target by sex</source>
        <translation>القيمة المستهدفة حسب الجنس</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>مصادر التحقق</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>الدورية</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>مؤشر</translation>
    </message>
    <message>
        <source>Targets per period</source>
        <translation>القيم المستهدفة حسب الفترة</translation>
    </message>
    <message>
        <source>Measured values</source>
        <translation>القيم المقاسة</translation>
    </message>
    <message>
        <source>on</source>
        <translation>في</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>إضافة سطر</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>حذف السطر</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>إضافة مؤشر</translation>
    </message>
    <message>
        <source>Change an indicator</source>
        <translation>تعديل مؤشر</translation>
    </message>
</context>
<context>
    <name>Logframe</name>
    <message>
        <source>End of period</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>جميع الأعمار</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>أقل من 18 سنة</translation>
    </message>
    <message>
        <source>18 to 35</source>
        <translation>من 18 إلى 35 سنة</translation>
    </message>
    <message>
        <source>36 to 59</source>
        <translation>من 36 إلى 59 سنة</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 سنة فأكثر</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>سن غير محدد</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Intervention logic</source>
        <translation>منطق التدخل</translation>
    </message>
    <message>
        <source>Objectively verifiable indicators</source>
        <translation>مؤشرات قابلة للتحقق الموضوعي</translation>
    </message>
    <message>
        <source>Sources of verification</source>
        <translation>مصادر التحقق</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>الافتراضات</translation>
    </message>
    <message>
        <source>Results chain</source>
        <translation>سلسلة النتائج</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Baseline (year)</source>
        <translation>القيمة المرجعية (السنة)</translation>
    </message>
    <message>
        <source>Current value (date)</source>
        <translation>القيمة الحالية (التاريخ)</translation>
    </message>
    <message>
        <source>Target (year)</source>
        <translation>القيمة المستهدفة (السنة)</translation>
    </message>
    <message>
        <source>Sources and means of verification</source>
        <translation>مصادر ووسائل التحقق</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>الوسائل</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>التكاليف</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>الميزانية: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Ahead</source>
        <translation>متقدم</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>لا توجد بيانات</translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation>الصياغة فارغة</translation>
    </message>
    <message>
        <source>This result has no indicator</source>
        <translation>هذه النتيجة بدون مؤشر</translation>
    </message>
    <message>
        <source>No baseline value</source>
        <translation>لا توجد قيمة مرجعية</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>لا توجد قيمة مستهدفة</translation>
    </message>
    <message>
        <source>No means of verification</source>
        <translation>لا يوجد مصدر تحقق</translation>
    </message>
    <message>
        <source>No budget line linked to this activity</source>
        <translation>لا يوجد بند ميزانية مرتبط بهذا النشاط</translation>
    </message>
    <message>
        <source>The target is not split between women and men</source>
        <translation>القيمة المستهدفة غير موزعة بين النساء والرجال</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>إضافة عنصر</translation>
    </message>
    <message>
        <source>Delete %1 and everything under it (indicators, activities)?</source>
        <translation>حذف %1 وكل ما يتضمنه (المؤشرات، الأنشطة)؟</translation>
    </message>
    <message>
        <source>Delete an item</source>
        <translation>حذف عنصر</translation>
    </message>
    <message>
        <source>Delete the indicator %1 with its targets and values?</source>
        <translation>حذف المؤشر %1 مع قيمه المستهدفة والمقاسة؟</translation>
    </message>
    <message>
        <source>Delete an indicator</source>
        <translation>حذف مؤشر</translation>
    </message>
    <message>
        <source>Move an item</source>
        <translation>نقل عنصر</translation>
    </message>
    <message>
        <source>Move an indicator</source>
        <translation>نقل مؤشر</translation>
    </message>
    <message>
        <source>Change the text</source>
        <translation>تعديل النص</translation>
    </message>
    <message>
        <source>Change an indicator</source>
        <translation>تعديل مؤشر</translation>
    </message>
    <message>
        <source>Change the preconditions</source>
        <translation>تعديل الشروط المسبقة</translation>
    </message>
    <message>
        <source>Change the template</source>
        <translation>تغيير النموذج</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>ر%1 %2</translation>
    </message>
    <message>
        <source>H%1 %2</source>
        <translation>ن%1 %2</translation>
    </message>
    <message>
        <source>Measured in the period: %1</source>
        <translation>المقاس خلال الفترة: %1</translation>
    </message>
    <message>
        <source>Target by then: %1</source>
        <translation>المستهدف في هذا التاريخ: %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>مؤشر</translation>
    </message>
    <message>
        <source>(to be written)</source>
        <translation>(للصياغة)</translation>
    </message>
</context>
<context>
    <name>LogframePage</name>
    <message>
        <source>This project has no logframe yet</source>
        <translation>لا يتوفر هذا المشروع على إطار منطقي بعد</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>الشجرة</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>المصفوفة</translation>
    </message>
    <message>
        <source>Indicator tracking</source>
        <translation>تتبع المؤشرات</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Import a logframe…</source>
        <translation>استيراد إطار منطقي…</translation>
    </message>
    <message>
        <source>Create the logframe</source>
        <translation>إنشاء الإطار المنطقي</translation>
    </message>
    <message>
        <source>Donor template (names of the levels)</source>
        <translation>نموذج الجهة المانحة (أسماء المستويات)</translation>
    </message>
    <message>
        <source>Logframe, EU 2004 layout (Excel)…</source>
        <translation>الإطار المنطقي، نموذج الاتحاد الأوروبي 2004 (Excel)…</translation>
    </message>
    <message>
        <source>Logframe, EU 2016 layout (Excel)…</source>
        <translation>الإطار المنطقي، نموذج الاتحاد الأوروبي 2016 (Excel)…</translation>
    </message>
    <message>
        <source>Logframe, EU 2004 layout (PDF)…</source>
        <translation>الإطار المنطقي، نموذج الاتحاد الأوروبي 2004 (PDF)…</translation>
    </message>
    <message>
        <source>Logframe, EU 2016 layout (PDF)…</source>
        <translation>الإطار المنطقي، نموذج الاتحاد الأوروبي 2016 (PDF)…</translation>
    </message>
    <message>
        <source>Indicator tracking (Excel)…</source>
        <translation>تتبع المؤشرات (Excel)…</translation>
    </message>
    <message>
        <source>Choose the donor's template and create it: objectives, results, activities and indicators are then written here.</source>
        <translation>اختر نموذج الجهة المانحة ثم أنشئه: تُكتب الأهداف والنتائج والأنشطة والمؤشرات هنا.</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>لا يوجد مشروع بعد</translation>
    </message>
    <message>
        <source>Create a project to write its logframe.</source>
        <translation>أنشئ مشروعا لكتابة إطاره المنطقي.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation>النموذج %1: %2</translation>
    </message>
</context>
<context>
    <name>LogframeTreePanel</name>
    <message>
        <source>Add below</source>
        <translation>إضافة في الأسفل</translation>
    </message>
    <message>
        <source>Add an item one level below (Ctrl+Enter)</source>
        <translation>إضافة عنصر في المستوى الأدنى (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add alongside</source>
        <translation>إضافة في نفس المستوى</translation>
    </message>
    <message>
        <source>Add an item at the same level (Insert)</source>
        <translation>إضافة عنصر في نفس المستوى (Insert)</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>إضافة مؤشر</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>نقل إلى الأعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>نقل إلى الأسفل (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Layout:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>الشروط المسبقة</translation>
    </message>
</context>
<context>
    <name>NodeDetails</name>
    <message>
        <source>Statement</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>الافتراضات</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>الوسائل</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>التكاليف</translation>
    </message>
    <message>
        <source>Planned cost</source>
        <translation>التكلفة المتوقعة</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>المصروف</translation>
    </message>
    <message>
        <source>Edit the indicator…</source>
        <translation>تعديل المؤشر…</translation>
    </message>
    <message>
        <source>Select an item of the logframe</source>
        <translation>اختر عنصرا من الإطار المنطقي</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>القيمة المرجعية</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>مصادر التحقق</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>مؤشر</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Planned cost</source>
        <translation>التكلفة المتوقعة</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>المصروف</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>القيمة المرجعية</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Quality checks (%1)</source>
        <translation>عمليات التحقق (%1)</translation>
    </message>
    <message>
        <source>Click a line to go to the item.</source>
        <translation>انقر على سطر للانتقال إلى العنصر.</translation>
    </message>
    <message>
        <source>Nothing to point out: every check passes.</source>
        <translation>لا شيء للإشارة إليه: جميع عمليات التحقق سليمة.</translation>
    </message>
</context>
</TS>