<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>— Outside the logframe —</source>
        <translation>— خارج الإطار المنطقي —</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>البداية المتوقعة</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>النهاية المتوقعة</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>البداية الفعلية</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>النهاية الفعلية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>بنود الميزانية</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Fed with</source>
        <translation>يُغذّى بـ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>New activity “%1”</source>
        <translation>نشاط جديد «%1»</translation>
    </message>
    <message>
        <source>Change activity “%1”</source>
        <translation>تعديل النشاط «%1»</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>أقل من 18 سنة</translation>
    </message>
    <message>
        <source>18–35</source>
        <translation>18–35 سنة</translation>
    </message>
    <message>
        <source>36–59</source>
        <translation>36–59 سنة</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 سنة فأكثر</translation>
    </message>
    <message>
        <source>Age not stated</source>
        <translation>السن غير محدد</translation>
    </message>
    <message>
        <source>Women reached</source>
        <translation>النساء المستفيدات</translation>
    </message>
    <message>
        <source>Men reached</source>
        <translation>الرجال المستفيدون</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>جميع المشاركين</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>عدد الجلسات</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>موعد نهائي</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>عطلة رسمية</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>المواعيد النهائية</translation>
    </message>
    <message>
        <source>Outside the logframe</source>
        <translation>خارج الإطار المنطقي</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>رمضان</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>▭ planned</source>
        <translation>▭ متوقع</translation>
    </message>
    <message>
        <source>▬ actual</source>
        <translation>▬ فعلي</translation>
    </message>
    <message>
        <source>◆ deadline</source>
        <translation>◆ موعد نهائي</translation>
    </message>
    <message>
        <source>▮ public holiday</source>
        <translation>▮ عطلة رسمية</translation>
    </message>
    <message>
        <source>│ today</source>
        <translation>│ اليوم</translation>
    </message>
    <message>
        <source>Chronogramme</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
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
        <source>Shaded: planned months; ● months it took place.</source>
        <translation>الخانات الملونة: الأشهر المتوقعة؛ ●: أشهر الإنجاز.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Chronogramme, PDF A4 (*.pdf)</source>
        <translation>الجدول الزمني، PDF A4 (*.pdf)</translation>
    </message>
    <message>
        <source>Chronogramme, PDF A3 (*.pdf)</source>
        <translation>الجدول الزمني، PDF A3 (*.pdf)</translation>
    </message>
    <message>
        <source>Chronogramme, image (*.png)</source>
        <translation>الجدول الزمني، صورة (*.png)</translation>
    </message>
    <message>
        <source>Chronogramme, Excel (*.xlsx)</source>
        <translation>الجدول الزمني، Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendar for phones and computers (*.ics)</source>
        <translation>مفكرة للهواتف والحواسيب (*.ics)</translation>
    </message>
    <message>
        <source>Export the chronogramme</source>
        <translation>تصدير الجدول الزمني</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
</context>
<context>
    <name>CalendarLists</name>
    <message>
        <source>Deadlines to meet</source>
        <translation>المواعيد النهائية المقبلة</translation>
    </message>
    <message>
        <source>No deadline to meet</source>
        <translation>لا يوجد موعد نهائي</translation>
    </message>
    <message>
        <source>Report due dates, instalments and milestones of the project appear here.</source>
        <translation>تظهر هنا مواعيد التقارير والدفعات ومراحل المشروع.</translation>
    </message>
    <message>
        <source>No activity planned for this project</source>
        <translation>لا يوجد نشاط مبرمج لهذا المشروع</translation>
    </message>
    <message>
        <source>Activities of the logframe, with their sessions, are listed here.</source>
        <translation>تظهر هنا أنشطة الإطار المنطقي مع جلساتها.</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>لا يوجد مشروع بعد</translation>
    </message>
    <message>
        <source>Create a project to plan its activities.</source>
        <translation>أنشئ مشروعا لبرمجة أنشطته.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Reached: %1 women, %2 men (%3 people, %4 sessions)</source>
        <translation>المستفيدون: %1 نساء، %2 رجال (%3 أشخاص، %4 جلسات)</translation>
    </message>
    <message>
        <source>People on a participant list are counted once, however many sessions they came to.</source>
        <translation>يُحتسب المسجلون في قائمة المشاركين مرة واحدة مهما كان عدد الجلسات التي حضروها.</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>لا يوجد مشروع بعد</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>موعد نهائي جديد</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Chronogramme</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>أشهر</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>أسابيع</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl + wheel)</source>
        <translation>تكبير (Ctrl + العجلة)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl + wheel)</source>
        <translation>تصغير (Ctrl + العجلة)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>متوقع</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>فعلي</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>موعد نهائي</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>عطلة رسمية</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>رمضان</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Create a project to plan its activities.</source>
        <translation>أنشئ مشروعا لبرمجة أنشطته.</translation>
    </message>
    <message>
        <source>Move an activity</source>
        <translation>نقل نشاط</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>تمت الكتابة: %1</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>New deadline</source>
        <translation>موعد نهائي جديد</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>موعد نهائي</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>تم الوفاء به</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Deadline “%1”</source>
        <translation>الموعد النهائي «%1»</translation>
    </message>
    <message>
        <source>Delete a deadline</source>
        <translation>حذف موعد نهائي</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>متوقع: %1</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>فعلي: %1</translation>
    </message>
    <message>
        <source>Outside the project period</source>
        <translation>خارج فترة المشروع</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>رمضان</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Ramadan</source>
        <translation>رمضان</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Planned dates</source>
        <translation>التواريخ المتوقعة</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>التواريخ الفعلية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
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
        <source>All participants, including those whose sex was not recorded</source>
        <translation>جميع المشاركين، بمن فيهم من لم يُسجَّل جنسهم</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>تم الوفاء به</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>قادم</translation>
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
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>Initials</source>
        <translation>الأحرف الأولى</translation>
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
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Add someone already listed…</source>
        <translation>إضافة شخص مسجل سابقا…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Initials only (e.g. A.K.): never a full name.</source>
        <translation>الأحرف الأولى فقط (مثال: A.K.)، وليس الاسم الكامل أبدا.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>المنشط(ة)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Keep a list of participants (counted once across sessions)</source>
        <translation>الاحتفاظ بقائمة المشاركين (يُحتسبون مرة واحدة عبر الجلسات)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>جلسة %1</translation>
    </message>
    <message>
        <source>Delete a session</source>
        <translation>حذف جلسة</translation>
    </message>
</context>
</TS>