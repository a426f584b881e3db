<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>Cli</name>
    <message>
        <source>Add --force to replace it.</source>
        <translation>أضف ‎--force لاستبداله.</translation>
    </message>
    <message>
        <source>Demo association written to {path} in {seconds:.1f} s.</source>
        <translation>كُتبت الجمعية التجريبية في {path} خلال {seconds:.1f} ثانية.</translation>
    </message>
    <message>
        <source>Transactions: {count} (generated: {generated})</source>
        <translation>العمليات: {count} (المولَّدة: {generated})</translation>
    </message>
    <message>
        <source>Receipts: {attached} attached, {missing} missing</source>
        <translation>وثائق الإثبات: {attached} مرفقة، {missing} ناقصة</translation>
    </message>
    <message>
        <source>Projects: {projects}, activities: {activities}, sessions: {sessions}</source>
        <translation>المشاريع: {projects}، الأنشطة: {activities}، الجلسات: {sessions}</translation>
    </message>
    <message>
        <source>Cash: {cash}   Bank: {bank}</source>
        <translation>الصندوق: {cash}   البنك: {bank}</translation>
    </message>
    <message>
        <source>--size must look like 1366x768, each side from {low} to {high}.</source>
        <translation>يجب أن يكون ‎--size على شكل 1366x768، وكل ضلع بين {low} و{high}.</translation>
    </message>
    <message>
        <source>Unknown page “{page}”. Pages: {pages}.</source>
        <translation>صفحة غير معروفة «{page}». الصفحات: {pages}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>Screenshot written to {out}.</source>
        <translation>كُتبت لقطة الشاشة في {out}.</translation>
    </message>
    <message>
        <source>Unknown export “{what}”. Exports: {choices}.</source>
        <translation>تصدير غير معروف «{what}». التصديرات الممكنة: {choices}.</translation>
    </message>
    <message>
        <source>This export needs --project CODE.</source>
        <translation>يتطلب هذا التصدير ‎--project CODE.</translation>
    </message>
    <message>
        <source>--project is not used by this export; ignored.</source>
        <translation>لا يستعمل هذا التصدير ‎--project؛ تم تجاهله.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>تمت الكتابة: {path}</translation>
    </message>
    <message>
        <source>This export takes no period: remove --from and --to.</source>
        <translation>هذا التصدير لا يأخذ فترة: احذف ‎--from و‎--to.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>يجب ألا يكون ‎--from بعد ‎--to.</translation>
    </message>
    <message>
        <source>This export cannot write “{suffix}” files. Formats: {formats}.</source>
        <translation>لا يمكن لهذا التصدير كتابة ملفات «{suffix}». الصيغ: {formats}.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>transactions</source>
        <translation>العمليات</translation>
    </message>
    <message>
        <source>splits</source>
        <translation>أسطر العمليات</translation>
    </message>
    <message>
        <source>receipts attached</source>
        <translation>وثائق الإثبات المرفقة</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>بنود الميزانية</translation>
    </message>
    <message>
        <source>logframe items</source>
        <translation>عناصر الإطار المنطقي</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>مدخلات سجل التعديلات</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>الملف: {path}</translation>
    </message>
    <message>
        <source>Schema version: {revision} (this AssoDesk: {head})</source>
        <translation>إصدار بنية الملف: {revision} (في نسخة AssoDesk هذه: {head})</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>سلامة الملف: {result}</translation>
    </message>
    <message>
        <source>Broken links between records: {count}</source>
        <translation>روابط مقطوعة بين السجلات: {count}</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>المحتوى:</translation>
    </message>
    <message>
        <source>Every transaction balances.</source>
        <translation>كل العمليات متوازنة.</translation>
    </message>
    <message>
        <source>{count} transactions do not balance:</source>
        <translation>عدد العمليات غير المتوازنة: {count}</translation>
    </message>
    <message>
        <source>Transactions without receipt: {count}</source>
        <translation>العمليات بدون وثيقة إثبات: {count}</translation>
    </message>
    <message>
        <source>Verdict: sound.</source>
        <translation>الخلاصة: الملف سليم.</translation>
    </message>
    <message>
        <source>Verdict: NOT sound.</source>
        <translation>الخلاصة: الملف غير سليم.</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>المبلغ ({currency})</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>السنة المالية</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>تاريخ التصدير</translation>
    </message>
    <message>
        <source>This financial year is closed.</source>
        <translation>هذه السنة المالية مقفلة.</translation>
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
        <source>Total cash and bank</source>
        <translation>مجموع الصندوق والبنك</translation>
    </message>
    <message>
        <source>Income of the year</source>
        <translation>مداخيل السنة</translation>
    </message>
    <message>
        <source>Expenses of the year</source>
        <translation>مصاريف السنة</translation>
    </message>
    <message>
        <source>Result of the year</source>
        <translation>نتيجة السنة</translation>
    </message>
    <message>
        <source>Cash and bank balances</source>
        <translation>أرصدة الصندوق والبنك</translation>
    </message>
    <message>
        <source>Transactions of the year without receipt</source>
        <translation>عمليات السنة بدون وثيقة إثبات</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>المشاريع الجارية</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>الممول</translation>
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
        <source>Budget ({currency})</source>
        <translation>الميزانية ({currency})</translation>
    </message>
    <message>
        <source>Spent ({currency})</source>
        <translation>المصروف ({currency})</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>نسبة الاستهلاك</translation>
    </message>
    <message>
        <source>No active project.</source>
        <translation>لا يوجد مشروع جارٍ.</translation>
    </message>
    <message>
        <source>Income and expenditure</source>
        <translation>المداخيل والمصاريف</translation>
    </message>
    <message>
        <source>Income and expenditure {year}</source>
        <translation>المداخيل والمصاريف {year}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Income ({currency})</source>
        <translation>المداخيل ({currency})</translation>
    </message>
    <message>
        <source>Expenses ({currency})</source>
        <translation>المصاريف ({currency})</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Result (income − expenses)</source>
        <translation>النتيجة (المداخيل − المصاريف)</translation>
    </message>
</context>
</TS>