<?xml version='1.0' encoding='utf-8'?>
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
        <source>Unknown account {account}.</source>
        <translation>حساب غير معروف: {account}.</translation>
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
        <source>The split does not add up to the amount: {remainder} centimes remain.</source>
        <translation>التوزيع لا يساوي المبلغ: يتبقى {remainder} سنتيم.</translation>
    </message>
    <message>
        <source>Choose two different accounts for a transfer.</source>
        <translation>اختر حسابين مختلفين للتحويل.</translation>
    </message>
    <message>
        <source>This transaction cannot be changed with the entry form.</source>
        <translation>لا يمكن تعديل هذه العملية باستمارة الإدخال.</translation>
    </message>
    <message>
        <source>This transaction was reconciled with a bank statement: changing it cancels the reconciliation.</source>
        <translation>تمت مطابقة هذه العملية مع كشف بنكي: تعديلها يلغي المطابقة.</translation>
    </message>
    <message>
        <source>“{name}” is neither an image nor a PDF.</source>
        <translation>«{name}» ليس صورة ولا ملف PDF.</translation>
    </message>
    <message>
        <source>“{name}” is too large (at most {limit} MB).</source>
        <translation>«{name}» كبير جدا ({limit} ميغابايت على الأكثر).</translation>
    </message>
    <message>
        <source>Enter a whole number of notes or coins (0 or more).</source>
        <translation>أدخل عددًا صحيحًا من الأوراق أو القطع النقدية (0 أو أكثر).</translation>
    </message>
    <message>
        <source>A cash count is only for a cash box (caisse).</source>
        <translation>جرد النقد خاص بالصندوق فقط.</translation>
    </message>
    <message>
        <source>The count matches the books: there is nothing to adjust.</source>
        <translation>الجرد مطابق للحسابات: لا شيء للتسوية.</translation>
    </message>
    <message>
        <source>The difference of this count was already booked.</source>
        <translation>تم تسجيل فرق هذا الجرد من قبل.</translation>
    </message>
    <message>
        <source>Only a bank or mobile-money account can be reconciled with a statement.</source>
        <translation>لا يمكن مطابقة كشف إلا مع حساب بنكي أو حساب أداء عبر الهاتف.</translation>
    </message>
    <message>
        <source>The difference with the statement is {difference}: it must be zero to finish.</source>
        <translation>الفرق مع الكشف هو {difference}: يجب أن يكون صفرًا للإنهاء.</translation>
    </message>
    <message>
        <source>A reconciliation of this account is already in progress: finish it first.</source>
        <translation>هناك مطابقة جارية لهذا الحساب: أنهها أولًا.</translation>
    </message>
    <message>
        <source>The statement date must come after the last reconciled statement ({last}).</source>
        <translation>يجب أن يكون تاريخ الكشف بعد آخر كشف تمت مطابقته ({last}).</translation>
    </message>
    <message>
        <source>This reconciliation is finished: it can no longer be changed.</source>
        <translation>هذه المطابقة منتهية: لا يمكن تعديلها.</translation>
    </message>
    <message>
        <source>This line cannot be ticked on this statement.</source>
        <translation>لا يمكن تأشير هذا السطر في هذا الكشف.</translation>
    </message>
    <message>
        <source>Only the latest reconciliation of an account can be cancelled.</source>
        <translation>لا يمكن إلغاء إلا آخر مطابقة للحساب.</translation>
    </message>
    <message>
        <source>The financial year {year} is already closed.</source>
        <translation>السنة المالية {year} مقفلة من قبل.</translation>
    </message>
    <message>
        <source>The financial year {year} is open.</source>
        <translation>السنة المالية {year} مفتوحة.</translation>
    </message>
    <message>
        <source>The financial year {year} is not over yet: it ends on {end}.</source>
        <translation>السنة المالية {year} لم تنته بعد: تنتهي في {end}.</translation>
    </message>
    <message>
        <source>Close the financial year {year} first.</source>
        <translation>أقفل السنة المالية {year} أولًا.</translation>
    </message>
    <message>
        <source>Reopen the financial year {year} first: it comes after this one.</source>
        <translation>أعد فتح السنة المالية {year} أولًا: فهي تليها.</translation>
    </message>
    <message>
        <source>{count} transactions of this year do not balance: correct them first.</source>
        <translation>{count} عمليات من هذه السنة غير متوازنة: صححها أولًا.</translation>
    </message>
    <message>
        <source>The statement {path} cannot be read: {reason}.</source>
        <translation>تعذّرت قراءة الكشف {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a CSV or Excel table ({format}). Export the statement from your bank as CSV or Excel.</source>
        <translation>‏{path} ليس جدول CSV أو Excel ‏({format}). نزّل الكشف من بنكك بصيغة CSV أو Excel.</translation>
    </message>
    <message>
        <source>The statement {path} contains no operations.</source>
        <translation>الكشف {path} لا يحتوي على أي عملية.</translation>
    </message>
    <message>
        <source>Say which column holds: {missing}.</source>
        <translation>حدّد العمود الذي يحتوي على: {missing}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Example: 23/11/2026</source>
        <translation>«{text}» ليس تاريخًا. مثال: 23/11/2026</translation>
    </message>
    <message>
        <source>No amount on this row.</source>
        <translation>لا يوجد مبلغ في هذا السطر.</translation>
    </message>
    <message>
        <source>This row has both a debit ({debit}) and a credit ({credit}).</source>
        <translation>هذا السطر يحتوي على مدين ({debit}) ودائن ({credit}) معًا.</translation>
    </message>
    <message>
        <source>No label on this row.</source>
        <translation>لا يوجد بيان في هذا السطر.</translation>
    </message>
    <message>
        <source>{count} rows have errors: nothing was imported. Correct them and try again.</source>
        <translation>توجد أخطاء في {count} أسطر: لم يُستورد شيء. صحّحها ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The statement's own balances do not add up: expected {expected}, found {found} (difference {difference}). Check the statement with your bank.</source>
        <translation>أرصدة الكشف نفسه غير متطابقة: المتوقع {expected}، الموجود {found} (الفرق {difference}). تحقّق من الكشف مع بنكك.</translation>
    </message>
    <message>
        <source>No treasury account named “{name}”. Accounts: {choices}.</source>
        <translation>لا يوجد حساب خزينة باسم «{name}». الحسابات: {choices}.</translation>
    </message>
    <message>
        <source>The account {name} is in {currency}; statements can only be imported into accounts in {base}.</source>
        <translation>الحساب {name} بعملة {currency}؛ لا يمكن استيراد الكشوف إلا إلى حسابات بعملة {base}.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the books.</source>
        <translation>لا شيء للاستيراد: كل الأسطر موجودة في الحسابات.</translation>
    </message>
    <message>
        <source>The import cannot be undone: {count} of its transactions were reconciled or changed since.</source>
        <translation>لا يمكن إلغاء الاستيراد: {count} من عملياته تمت مطابقتها أو تعديلها منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>This statement is in {found} but the account {account} is kept in {expected}: its amounts would be wrong. Choose an account kept in {found}.</source>
        <translation>هذا الكشف بعملة {found} لكن الحساب {account} ممسوك بعملة {expected}: ستكون مبالغه خاطئة. اختر حسابًا ممسوكًا بعملة {found}.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative ({value}).</source>
        <translation>لا يمكن أن تكون الكمية سالبة ({value}).</translation>
    </message>
    <message>
        <source>A budget amount cannot be negative ({value}).</source>
        <translation>لا يمكن أن يكون مبلغ الميزانية سالبا ({value}).</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100 % ({value} given).</source>
        <translation>يجب أن تكون النسبة بين 0 و100 % (أدخلت {value}).</translation>
    </message>
    <message>
        <source>No exchange rate for {currency} on {date}: enter the grant's rate before using this currency.</source>
        <translation>لا يوجد سعر صرف لـ {currency} في {date}: أدخل سعر المنحة قبل استعمال هذه العملة.</translation>
    </message>
    <message>
        <source>The expense of {date} (“{label}”) is outside the grant period ({start} – {end}): the donor will not accept it.</source>
        <translation>مصروف {date} («{label}») خارج مدة المنحة ({start} – {end}): لن يقبله الممول.</translation>
    </message>
    <message>
        <source>Budget lines nest at most three levels deep.</source>
        <translation>بنود الميزانية تتفرع على ثلاثة مستويات على الأكثر.</translation>
    </message>
    <message>
        <source>The code {line} is already used in this budget.</source>
        <translation>الرمز {line} مستعمل من قبل في هذه الميزانية.</translation>
    </message>
    <message>
        <source>The line {line} has {count} expenses tagged to it: move them to another line first.</source>
        <translation>البند {line} يحمل {count} مصاريف: انقلها أولا إلى بند آخر.</translation>
    </message>
    <message>
        <source>This budget is {status}: it cannot be changed. Make a new version (amendment) instead.</source>
        <translation>هذه الميزانية {status}: لا يمكن تعديلها. أنشئ نسخة جديدة (ملحقا تعديليا) بدلا من ذلك.</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>يجب أن تأتي نهاية المدة بعد بدايتها.</translation>
    </message>
    <message>
        <source>Line {line} ({label}) is {percent} of the direct costs: the donor allows at most {cap}.</source>
        <translation>البند {line} ({label}) يمثل {percent} من التكاليف المباشرة: الممول يقبل {cap} على الأكثر.</translation>
    </message>
    <message>
        <source>The co-funding of line {line} adds up to {funded}, not to the line total {total}.</source>
        <translation>التمويل المشترك للبند {line} يساوي {funded} وليس مجموع البند {total}.</translation>
    </message>
    <message>
        <source>Line {line} is linked to no activity of the plan.</source>
        <translation>البند {line} غير مرتبط بأي نشاط من الخطة.</translation>
    </message>
    <message>
        <source>Heading {line} moves by {percent}, more than the {cap} allowed without an amendment.</source>
        <translation>الباب {line} يتغير بـ {percent}، أكثر من {cap} المسموح بها دون ملحق تعديلي.</translation>
    </message>
    <message>
        <source>The yearly amounts of line {line} add up to {funded}, not to {total}.</source>
        <translation>المبالغ السنوية للبند {line} تساوي {funded} وليس {total}.</translation>
    </message>
    <message>
        <source>There is no previous financial year to estimate from.</source>
        <translation>لا توجد سنة مالية سابقة للتقدير انطلاقا منها.</translation>
    </message>
    <message>
        <source>The project {project} has no logframe yet.</source>
        <translation>المشروع {project} ليس له إطار منطقي بعد.</translation>
    </message>
    <message>
        <source>{path} cannot be read as an Excel workbook (.xlsx). Open it in Excel or LibreOffice, save it as .xlsx and try again.</source>
        <translation>تعذرت قراءة {path} كمصنف Excel ‏(.xlsx). افتحه في Excel أو LibreOffice واحفظه بصيغة .xlsx ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “{sheet}”.</source>
        <translation>لا توجد في المصنف ورقة باسم «{sheet}».</translation>
    </message>
    <message>
        <source>No logframe header row (Intervention logic, Indicators, Sources of verification, Assumptions) was found in the sheet “{sheet}”. Choose the columns by hand.</source>
        <translation>لم يُعثر في الورقة «{sheet}» على سطر عناوين لإطار منطقي (منطق التدخل، المؤشرات، مصادر التحقق، الفرضيات). اختر الأعمدة يدويًا.</translation>
    </message>
    <message>
        <source>Choose the column that holds the intervention logic (the statements).</source>
        <translation>اختر العمود الذي يحتوي على منطق التدخل (الصيغ).</translation>
    </message>
    <message>
        <source>No objective, result or activity was found in the sheet “{sheet}”.</source>
        <translation>لم يُعثر على أي هدف أو نتيجة أو نشاط في الورقة «{sheet}».</translation>
    </message>
    <message>
        <source>The project {project} already has a logframe: the import would replace it. Import into another project, or delete that logframe first.</source>
        <translation>للمشروع {project} إطار منطقي بالفعل: الاستيراد سيحل محله. استورد في مشروع آخر أو احذف ذلك الإطار أولًا.</translation>
    </message>
    <message>
        <source>There is no logframe template named “{name}” in this file.</source>
        <translation>لا يوجد في هذا الملف نموذج إطار منطقي باسم «{name}».</translation>
    </message>
    <message>
        <source>A logframe has only one overall objective.</source>
        <translation>للإطار المنطقي هدف عام واحد فقط.</translation>
    </message>
    <message>
        <source>The logframe has no level below the activities.</source>
        <translation>لا يوجد في الإطار المنطقي مستوى أدنى من الأنشطة.</translation>
    </message>
    <message>
        <source>The overall objective cannot be moved or deleted.</source>
        <translation>لا يمكن نقل الهدف العام أو حذفه.</translation>
    </message>
    <message>
        <source>An item cannot be moved under itself.</source>
        <translation>لا يمكن نقل عنصر تحت نفسه.</translation>
    </message>
    <message>
        <source>An item keeps its level: place it under an item of the level just above.</source>
        <translation>يحتفظ العنصر بمستواه: ضعه تحت عنصر من المستوى الأعلى مباشرة.</translation>
    </message>
    <message>
        <source>Describe what the indicator measures.</source>
        <translation>صف ما يقيسه المؤشر.</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Example: 12,5</source>
        <translation>«{text}» ليس رقما. مثال: 12,5</translation>
    </message>
    <message>
        <source>A yes/no indicator takes the value 1 (yes) or 0 (no).</source>
        <translation>مؤشر نعم/لا يأخذ القيمة 1 (نعم) أو 0 (لا).</translation>
    </message>
    <message>
        <source>A percentage is between 0 and 100.</source>
        <translation>النسبة المئوية بين 0 و100.</translation>
    </message>
    <message>
        <source>Give the end date of the period.</source>
        <translation>أدخل تاريخ نهاية الفترة.</translation>
    </message>
    <message>
        <source>The end ({end}) comes before the start ({start}).</source>
        <translation>النهاية ({end}) تسبق البداية ({start}).</translation>
    </message>
    <message>
        <source>The dates must stay within the project period, from {project_start} to {project_end}.</source>
        <translation>يجب أن تبقى التواريخ ضمن فترة المشروع، من {project_start} إلى {project_end}.</translation>
    </message>
    <message>
        <source>A number of participants cannot be negative ({count}).</source>
        <translation>لا يمكن أن يكون عدد المشاركين سالبا ({count}).</translation>
    </message>
    <message>
        <source>Choose a result of this project's logframe for the activity.</source>
        <translation>اختر للنشاط نتيجة من الإطار المنطقي لهذا المشروع.</translation>
    </message>
    <message>
        <source>Participant {row}: give initials only (at most {max_length} characters), not a full name.</source>
        <translation>المشارك {row}: اكتب الأحرف الأولى فقط (على الأكثر {max_length} أحرف)، وليس الاسم الكامل.</translation>
    </message>
    <message>
        <source>The session date must be within the project period, from {project_start} to {project_end}.</source>
        <translation>يجب أن يكون تاريخ الجلسة ضمن فترة المشروع، من {project_start} إلى {project_end}.</translation>
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
        <source>Change &amp;log…</source>
        <translation>سجل التعديلات…</translation>
    </message>
    <message>
        <source>Close the financial &amp;year…</source>
        <translation>إقفال السنة المالية…</translation>
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
        <source>All the association's data lives in this one file: copy it on a USB stick or send it by e-mail to your coach.</source>
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