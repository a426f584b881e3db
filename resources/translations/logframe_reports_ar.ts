<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>LogframeImport</name>
    <message>
        <source>Statements: {level}</source>
        <translation>البيانات: {level}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <source>Level names</source>
        <translation>أسماء المستويات</translation>
    </message>
    <message>
        <source>Codes (OS1, R1.2…)</source>
        <translation>الرموز (OS1، R1.2…)</translation>
    </message>
    <message>
        <source>Intervention logic (any level)</source>
        <translation>منطق التدخل (كل المستويات)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Sources of verification</source>
        <translation>مصادر التحقق</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>الفرضيات</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>القيمة المرجعية</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
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
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Ignore this row</source>
        <translation>تجاهل هذا السطر</translation>
    </message>
    <message>
        <source>Row {row}: a level is missing above this item; an empty item was added, to fill in.</source>
        <translation>السطر {row}: ينقص مستوى فوق هذا العنصر؛ أضيف عنصر فارغ لملئه.</translation>
    </message>
    <message>
        <source>Row {row}: level not recognised; the item was put at the level of the one above.</source>
        <translation>السطر {row}: مستوى غير معروف؛ وُضع العنصر في مستوى العنصر الذي فوقه.</translation>
    </message>
    <message>
        <source>Row {row}: a second overall objective; its text was added to the first one.</source>
        <translation>السطر {row}: هدف عام ثانٍ؛ أضيف نصه إلى الأول.</translation>
    </message>
    <message>
        <source>Row {row}: not as many sources as indicators; each indicator got all of them.</source>
        <translation>السطر {row}: عدد المصادر لا يساوي عدد المؤشرات؛ أُعطي كل مؤشر جميعها.</translation>
    </message>
    <message>
        <source>Row {row}: several indicators in one cell; the figure went to the first one.</source>
        <translation>السطر {row}: عدة مؤشرات في خلية واحدة؛ ذهب الرقم إلى الأول.</translation>
    </message>
    <message>
        <source>Row {row}: “{detail}” is not a number; left empty.</source>
        <translation>السطر {row}: «{detail}» ليس رقمًا؛ تُرك فارغًا.</translation>
    </message>
    <message>
        <source>Row {row}: the current value “{detail}” has no date; it is not recorded.</source>
        <translation>السطر {row}: القيمة الحالية «{detail}» بلا تاريخ؛ لم تُسجل.</translation>
    </message>
    <message>
        <source>Row {row}: indicators without a statement; an empty item was added, to fill in.</source>
        <translation>السطر {row}: مؤشرات بلا بيان؛ أضيف عنصر فارغ لملئه.</translation>
    </message>
    <message>
        <source>Row {row}: check it.</source>
        <translation>السطر {row}: تحقق منه.</translation>
    </message>
    <message>
        <source>Columns and levels</source>
        <translation>الأعمدة والمستويات</translation>
    </message>
    <message>
        <source>Check what each column holds and, if needed, the level of some rows. The tree on the right shows what will be imported.</source>
        <translation>تحقق مما يحتويه كل عمود، وإن لزم مستوى بعض الأسطر. تُظهر الشجرة ما سيتم استيراده.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>ما سيتم استيراده</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>سطر العناوين:</translation>
    </message>
    <message>
        <source>(to fill in)</source>
        <translation>(للملء)</translation>
    </message>
    <message>
        <source>{nodes} items and {indicators} indicators will be imported.</source>
        <translation>سيتم استيراد {nodes} عنصرًا و{indicators} مؤشرًا.</translation>
    </message>
    <message>
        <source>Import a logframe</source>
        <translation>استيراد إطار منطقي</translation>
    </message>
    <message>
        <source>Choose an Excel file (.xlsx) holding a logframe matrix: intervention logic, indicators, sources of verification, assumptions. Nothing is written before the last step.</source>
        <translation>اختر ملف Excel (.xlsx) يحتوي مصفوفة إطار منطقي: منطق التدخل، المؤشرات، مصادر التحقق، الافتراضات. لا يُكتب شيء قبل الخطوة الأخيرة.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>المشروع:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>الورقة:</translation>
    </message>
    <message>
        <source>Level names:</source>
        <translation>أسماء المستويات:</translation>
    </message>
    <message>
        <source>Logframe</source>
        <translation>الإطار المنطقي</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>مصنفات Excel (*.xlsx *.xlsm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Logframe imported</source>
        <translation>تم استيراد الإطار المنطقي</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>{nodes} items and {indicators} indicators were imported from the sheet “{sheet}”. Check them in the logframe editor: codes were renumbered from the positions.</source>
        <translation>تم استيراد {nodes} عنصرًا و{indicators} مؤشرًا من الورقة «{sheet}». تحقق منها في محرر الإطار المنطقي: أعيد ترقيم الرموز حسب المواضع.</translation>
    </message>
</context>
<context>
    <name>LogframeReports</name>
    <message>
        <source>Intervention logic</source>
        <translation>منطق التدخل</translation>
    </message>
    <message>
        <source>Objectively verifiable indicators</source>
        <translation>مؤشرات قابلة للتحقق موضوعيًا</translation>
    </message>
    <message>
        <source>Sources and means of verification</source>
        <translation>مصادر ووسائل التحقق</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>الفرضيات</translation>
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
        <translation>الهدف (السنة)</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>الشروط المسبقة</translation>
    </message>
    <message>
        <source>Logframe (EU 2016 layout)</source>
        <translation>الإطار المنطقي (نموذج الاتحاد الأوروبي 2016)</translation>
    </message>
    <message>
        <source>Logframe (EU 2004 layout)</source>
        <translation>الإطار المنطقي (نموذج الاتحاد الأوروبي 2004)</translation>
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
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Baseline: {value}</source>
        <translation>القيمة المرجعية: {value}</translation>
    </message>
    <message>
        <source>Target: {value}</source>
        <translation>الهدف: {value}</translation>
    </message>
    <message>
        <source>Target by sex: {split}</source>
        <translation>الهدف حسب الجنس: {split}</translation>
    </message>
    <message>
        <source>Means: {text}</source>
        <translation>الوسائل: {text}</translation>
    </message>
    <message>
        <source>Costs: {text}</source>
        <translation>التكاليف: {text}</translation>
    </message>
    <message>
        <source>Indicator tracking</source>
        <translation>تتبع المؤشرات</translation>
    </message>
    <message>
        <source>{organisation} · indicator tracking on {date}</source>
        <translation>{organisation} · تتبع المؤشرات في {date}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
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
        <source>Baseline date</source>
        <translation>تاريخ القيمة المرجعية</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>تاريخ الهدف</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
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
        <source>Sources of verification</source>
        <translation>مصادر التحقق</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>الدورية</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>ر{quarter} {year}</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>المنجز</translation>
    </message>
    <message>
        <source>{level}: {statement}</source>
        <translation>{level}: {statement}</translation>
    </message>
    <message>
        <source>total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>أقل من 18</translation>
    </message>
    <message>
        <source>18 to 35</source>
        <translation>من 18 إلى 35</translation>
    </message>
    <message>
        <source>36 to 59</source>
        <translation>من 36 إلى 59</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 فأكثر</translation>
    </message>
    <message>
        <source>age not specified</source>
        <translation>العمر غير محدد</translation>
    </message>
    <message>
        <source>all ages</source>
        <translation>كل الأعمار</translation>
    </message>
    <message>
        <source>Values recorded</source>
        <translation>القيم المسجلة</translation>
    </message>
    <message>
        <source>End of period</source>
        <translation>نهاية الفترة</translation>
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
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Logframe</source>
        <translation>الإطار المنطقي</translation>
    </message>
</context>
</TS>
