<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About AssoDesk</source>
        <translation>حول AssoDesk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>The money and projects of your association, kept in one file.</source>
        <translation>أموال جمعيتكم ومشاريعها، في ملف واحد.</translation>
    </message>
    <message>
        <source>Licence: proprietary. All rights reserved.</source>
        <translation>الترخيص: خاص. جميع الحقوق محفوظة.</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide {pyside} · Python {python}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Enter an amount.</source>
        <translation>أدخلوا مبلغًا.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Example: 1 234,50</source>
        <translation>«{text}» ليس مبلغًا. مثال: 1 234,50</translation>
    </message>
    <message>
        <source>Too many decimals in “{text}”.</source>
        <translation>عدد الأرقام بعد الفاصلة كبير جدًا في «{text}».</translation>
    </message>
    <message>
        <source>Internal error: an amount was given as a float.</source>
        <translation>خطأ داخلي: تم تمرير مبلغ كعدد عشري تقريبي.</translation>
    </message>
    <message>
        <source>The currency does not match.</source>
        <translation>العملة غير متطابقة.</translation>
    </message>
    <message>
        <source>Unknown currency “{currency}”.</source>
        <translation>عملة غير معروفة: «{currency}».</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>يجب أن يكون المبلغ موجبًا.</translation>
    </message>
    <message>
        <source>The shares cannot be used to split this amount.</source>
        <translation>لا يمكن استعمال هذه الحصص لتوزيع هذا المبلغ.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>هذا المبلغ كبير جدًا.</translation>
    </message>
    <message>
        <source>The transaction does not balance: a difference of {difference} centimes remains.</source>
        <translation>العملية غير متوازنة: يبقى فرق قدره {difference} سنتيم.</translation>
    </message>
    <message>
        <source>A transaction needs at least two lines.</source>
        <translation>يجب أن تتضمن العملية سطرين على الأقل.</translation>
    </message>
    <message>
        <source>The date {date} is outside every financial year of this file.</source>
        <translation>التاريخ {date} خارج كل السنوات المالية لهذا الملف.</translation>
    </message>
    <message>
        <source>The financial year {year} is closed: it cannot be changed.</source>
        <translation>السنة المالية {year} مقفلة: لا يمكن تعديلها.</translation>
    </message>
    <message>
        <source>The receipt number {number} is already used.</source>
        <translation>رقم الوصل {number} مستعمل من قبل.</translation>
    </message>
    <message>
        <source>Unknown account {code}.</source>
        <translation>حساب غير معروف: {code}.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>هذا العنصر لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>هذه الخانة إلزامية.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>هذه القيمة غير صالحة.</translation>
    </message>
    <message>
        <source>The file {path} cannot be found.</source>
        <translation>تعذر العثور على الملف {path}.</translation>
    </message>
    <message>
        <source>{path} is not an AssoDesk file.</source>
        <translation>{path} ليس ملف AssoDesk.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. Open one of its backups instead.</source>
        <translation>الملف {path} تالف ولا يمكن فتحه. افتحوا إحدى نسخه الاحتياطية بدلًا منه.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of AssoDesk. Install the latest version to open it; the file has not been changed.</source>
        <translation>تم حفظ {path} بإصدار أحدث من AssoDesk. ثبّتوا آخر إصدار لفتحه؛ لم يتم تغيير الملف.</translation>
    </message>
    <message>
        <source>{path} is already open by {user} on {machine} since {since}.</source>
        <translation>{path} مفتوح حاليًا من طرف {user} على الجهاز {machine} منذ {since}.</translation>
    </message>
    <message>
        <source>The file is open read-only: changes cannot be saved.</source>
        <translation>الملف مفتوح للقراءة فقط: لا يمكن حفظ التغييرات.</translation>
    </message>
    <message>
        <source>A file named {path} already exists.</source>
        <translation>يوجد مسبقًا ملف باسم {path}.</translation>
    </message>
    <message>
        <source>The file {path} could not be written.</source>
        <translation>تعذر حفظ الملف {path}.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space.</source>
        <translation>القرص ممتلئ: لم يتم تغيير أي شيء. وفّروا بعض المساحة.</translation>
    </message>
    <message>
        <source>Unexpected error ({code}).</source>
        <translation>خطأ غير متوقع ({code}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>AssoDesk files (*{suffix});;All files (*)</source>
        <translation>ملفات AssoDesk (*{suffix});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>AssoDesk</source>
        <translation>AssoDesk</translation>
    </message>
    <message>
        <source>File already open</source>
        <translation>الملف مفتوح مسبقًا</translation>
    </message>
    <message>
        <source>This file is already open by {user} on {machine} since {since}.</source>
        <translation>هذا الملف مفتوح حاليًا من طرف {user} على الجهاز {machine} منذ {since}.</translation>
    </message>
    <message>
        <source>You can open it read-only to look at it: nothing can be changed. To work on it, ask that person to close AssoDesk first.</source>
        <translation>يمكنكم فتحه للقراءة فقط للاطلاع عليه: لن يمكن تغيير أي شيء. للعمل عليه، اطلبوا من ذلك الشخص إغلاق AssoDesk أولًا.</translation>
    </message>
    <message>
        <source>File cannot be changed</source>
        <translation>لا يمكن تعديل الملف</translation>
    </message>
    <message>
        <source>This file cannot be changed where it is (a protected USB stick, a CD or a read-only folder).</source>
        <translation>لا يمكن تعديل هذا الملف في مكانه الحالي (مفتاح USB محمي أو قرص مضغوط أو مجلد للقراءة فقط).</translation>
    </message>
    <message>
        <source>You can open it read-only to look at it. To work on it, copy it to your Documents folder first.</source>
        <translation>يمكنكم فتحه للقراءة فقط للاطلاع عليه. للعمل عليه، انسخوه أولًا إلى مجلد المستندات.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>تعذر فتح الملف</translation>
    </message>
    <message>
        <source>Open an association file</source>
        <translation>فتح ملف جمعية</translation>
    </message>
    <message>
        <source>Save the association file as</source>
        <translation>حفظ ملف الجمعية باسم</translation>
    </message>
    <message>
        <source>{name} - copy {date}</source>
        <translation>{name} - نسخة {date}</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>حفظ نسخة من الملف</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>لم يتم حفظ النسخة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New association…</source>
        <translation>جمعية &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>الملفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أ&amp;دوات</translation>
    </message>
    <message>
        <source>Association &amp;profile…</source>
        <translation>&amp;بيانات الجمعية…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About AssoDesk</source>
        <translation>&amp;حول AssoDesk</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>لا توجد ملفات حديثة</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>This file is open read-only: you can look at everything but change nothing.</source>
        <translation>هذا الملف مفتوح للقراءة فقط: يمكنكم الاطلاع على كل شيء دون تغيير أي شيء.</translation>
    </message>
    <message>
        <source>This page could not be opened: {error}</source>
        <translation>تعذر فتح هذه الصفحة: {error}</translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed.</source>
        <translation>فُتح للقراءة فقط: لا يمكن تغيير أي شيء.</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>تم فتح {name}.</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>تم حفظ النسخة: {path}</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>تم حفظ بيانات الجمعية.</translation>
    </message>
</context>
<context>
    <name>NewAssociationWizard</name>
    <message>
        <source>Moroccan dirham</source>
        <translation>الدرهم المغربي</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>اليورو</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>الدولار الأمريكي</translation>
    </message>
    <message>
        <source>West African CFA franc</source>
        <translation>فرنك CFA لغرب إفريقيا</translation>
    </message>
    <message>
        <source>Central African CFA franc</source>
        <translation>فرنك CFA لوسط إفريقيا</translation>
    </message>
    <message>
        <source>association</source>
        <translation>جمعية</translation>
    </message>
    <message>
        <source>New association</source>
        <translation>جمعية جديدة</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Your association</source>
        <translation>جمعيتكم</translation>
    </message>
    <message>
        <source>The name appears on every report you print.</source>
        <translation>يظهر الاسم في كل التقارير التي تطبعونها.</translation>
    </message>
    <message>
        <source>e.g. Association Afrique Solidaire</source>
        <translation>مثال: جمعية إفريقيا المتضامنة</translation>
    </message>
    <message>
        <source>e.g. AAS (optional)</source>
        <translation>مثال: AAS (اختياري)</translation>
    </message>
    <message>
        <source>e.g. Rabat</source>
        <translation>مثال: الرباط</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Acronym:</source>
        <translation>الاسم المختصر:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>المدينة:</translation>
    </message>
    <message>
        <source>Money and financial year</source>
        <translation>العملة والسنة المالية</translation>
    </message>
    <message>
        <source>You can keep grants in other currencies: this is the currency of your books.</source>
        <translation>يمكن أن تكون المنح بعملات أخرى: هذه هي عملة محاسبتكم.</translation>
    </message>
    <message>
        <source>Currency of the books:</source>
        <translation>عملة المحاسبة:</translation>
    </message>
    <message>
        <source>Financial year starts in:</source>
        <translation>بداية السنة المالية:</translation>
    </message>
    <message>
        <source>First financial year:</source>
        <translation>السنة المالية الأولى:</translation>
    </message>
    <message>
        <source>Where to keep the file</source>
        <translation>أين يُحفظ الملف</translation>
    </message>
    <message>
        <source>All the association&apos;s data lives in this one file: copy it on a USB stick or send it by e-mail to your coach.</source>
        <translation>كل بيانات الجمعية موجودة في هذا الملف الواحد: انسخوه على مفتاح USB أو أرسلوه بالبريد الإلكتروني إلى مرافقكم.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Keep a copy somewhere else too: File ▸ Save a copy.</source>
        <translation>احتفظوا بنسخة في مكان آخر أيضًا: ملف ◂ حفظ نسخة.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Association profile</source>
        <translation>بيانات الجمعية</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Acronym:</source>
        <translation>الاسم المختصر:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>المدينة:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>رقم التسجيل:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <source>This file is open read-only: the profile cannot be changed.</source>
        <translation>هذا الملف مفتوح للقراءة فقط: لا يمكن تعديل بيانات الجمعية.</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>اختيار الشعار</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>صور ({patterns})</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>The language of AssoDesk’s menus, pages and messages.</source>
        <translation>لغة القوائم والصفحات والرسائل في AssoDesk.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to AssoDesk</source>
        <translation>مرحبًا بكم في AssoDesk</translation>
    </message>
    <message>
        <source>The money and projects of your association, kept in one file.</source>
        <translation>أموال جمعيتكم ومشاريعها، في ملف واحد.</translation>
    </message>
    <message>
        <source>Open an association file…</source>
        <translation>فتح ملف جمعية…</translation>
    </message>
    <message>
        <source>New association…</source>
        <translation>جمعية جديدة…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>فتح المثال التجريبي</translation>
    </message>
    <message>
        <source>An example association with a year of bookkeeping, to try everything.</source>
        <translation>جمعية نموذجية بسنة كاملة من المحاسبة، لتجربة كل شيء.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>الملفات الأخيرة</translation>
    </message>
    <message>
        <source>No recent files yet. Your files will be listed here.</source>
        <translation>لا توجد ملفات حديثة بعد. ستظهر ملفاتكم هنا.</translation>
    </message>
</context>
</TS>
