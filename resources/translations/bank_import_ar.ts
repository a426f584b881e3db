<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BankImport</name>
    <message>
        <source>Import of {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Amount (+ in, − out)</source>
        <translation>المبلغ (+ داخل، − خارج)</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>مدين (خارج)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>دائن (داخل)</translation>
    </message>
    <message>
        <source>Details (added to the label)</source>
        <translation>تفاصيل (تُضاف إلى البيان)</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>تاريخ القيمة</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>أي عمود يحتوي على ماذا؟</translation>
    </message>
    <message>
        <source>AssoDesk guessed the columns; correct them if needed. The choice is remembered for this bank.</source>
        <translation>تعرّف AssoDesk على الأعمدة؛ صحّحها عند الحاجة. يُحفظ الاختيار لهذا البنك.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Line of the column names</source>
        <translation>سطر أسماء الأعمدة</translation>
    </message>
    <message>
        <source>Dates written as</source>
        <translation>صيغة التواريخ</translation>
    </message>
    <message>
        <source>Amounts written as</source>
        <translation>صيغة المبالغ</translation>
    </message>
    <message>
        <source>{rows} rows read: {new} new, {duplicates} already there, {errors} errors.</source>
        <translation>{rows} أسطر مقروءة: {new} جديدة، {duplicates} موجودة مسبقًا، {errors} أخطاء.</translation>
    </message>
    <message>
        <source>Correct the columns or the statement: nothing is imported while a line is in error.</source>
        <translation>صحّح الأعمدة أو الكشف: لا يُستورد شيء ما دام هناك سطر به خطأ.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Already in the books</source>
        <translation>موجود في الحسابات</translation>
    </message>
    <message>
        <source>Repeated in the statement</source>
        <translation>مكرر في الكشف</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Nothing in the history: check this category.</source>
        <translation>لا شيء في السجل: تحقّق من هذه الفئة.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>تحقّق قبل الاستيراد</translation>
    </message>
    <message>
        <source>Categories come from what you booked before; orange ones are only a guess. Double-click a category to change it.</source>
        <translation>تأتي الفئات مما سجلته من قبل؛ البرتقالية مجرد تخمين. انقر مرتين على فئة لتغييرها.</translation>
    </message>
    <message>
        <source>{new} transactions to import into {account}, net total {total}. {duplicates} rows already in the books are skipped.</source>
        <translation>{new} عملية للاستيراد إلى {account}، المجموع الصافي {total}. تم تخطي {duplicates} سطرًا موجودًا مسبقًا في الدفاتر.</translation>
    </message>
    <message>
        <source>Balance and total lines set aside: {count}.</source>
        <translation>أسطر الرصيد والمجموع المستبعدة: {count}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>لم يُستورد شيء: {reason}</translation>
    </message>
    <message>
        <source>Import a bank statement</source>
        <translation>استيراد كشف بنكي</translation>
    </message>
    <message>
        <source>Export the statement from your bank&apos;s website as CSV or Excel, then choose it here. Nothing is written before the last step.</source>
        <translation>صدّر الكشف من موقع بنكك بصيغة CSV أو Excel، ثم اختره هنا. لا يُكتب شيء قبل الخطوة الأخيرة.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>e.g. Banque Populaire</source>
        <translation>مثال: البنك الشعبي</translation>
    </message>
    <message>
        <source>Statement file:</source>
        <translation>ملف الكشف:</translation>
    </message>
    <message>
        <source>Into the account:</source>
        <translation>في الحساب:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>البنك:</translation>
    </message>
    <message>
        <source>The columns of a statement are remembered under the bank&apos;s name.</source>
        <translation>تُحفظ أعمدة الكشف تحت اسم البنك.</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>كشف بنكي</translation>
    </message>
    <message>
        <source>Bank statements (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>كشوف بنكية (*.csv *.txt *.xlsx *.xlsm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Statement imported</source>
        <translation>تم استيراد الكشف</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Columns remembered for {bank}.</source>
        <translation>الأعمدة المحفوظة لـ {bank}.</translation>
    </message>
    <message>
        <source>Columns guessed from their names: check them.</source>
        <translation>تم التعرف على الأعمدة من أسمائها: تحقّق منها.</translation>
    </message>
    <message>
        <source>Importing the statement…</source>
        <translation>جارٍ استيراد الكشف…</translation>
    </message>
    <message>
        <source>{count} transactions were added to {account}; {duplicates} rows already in the books were skipped. Edit ▸ Undo removes them all.</source>
        <translation>أضيفت {count} عملية إلى {account}؛ وتم تخطي {duplicates} سطرًا موجودًا مسبقًا. تحرير ◂ تراجع يزيلها كلها.</translation>
    </message>
    <message>
        <source>Open the file in AssoDesk and use “Import a statement…” once to say which column is which; the choice is remembered for this bank.</source>
        <translation>افتح الملف في AssoDesk واستعمل «استيراد كشف…» مرة واحدة لتحديد الأعمدة؛ يُحفظ الاختيار لهذا البنك.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>already in the books</source>
        <translation>موجود في الدفاتر</translation>
    </message>
    <message>
        <source>repeated in the statement</source>
        <translation>مكرر في الكشف</translation>
    </message>
    <message>
        <source>from history</source>
        <translation>من السجل</translation>
    </message>
    <message>
        <source>from the label</source>
        <translation>من البيان</translation>
    </message>
    <message>
        <source>by default, to check</source>
        <translation>افتراضي، للتحقق</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>السطر {line}: {message}</translation>
    </message>
    <message>
        <source>remembered for {bank}</source>
        <translation>محفوظ لـ {bank}</translation>
    </message>
    <message>
        <source>guessed from the columns&apos; names</source>
        <translation>مستنتج من أسماء الأعمدة</translation>
    </message>
    <message>
        <source>chosen by hand</source>
        <translation>مختار يدويًا</translation>
    </message>
    <message>
        <source>Statement: {name} ({kind})</source>
        <translation>الكشف: {name} ({kind})</translation>
    </message>
    <message>
        <source>Account: {account}; columns {mapping}</source>
        <translation>الحساب: {account}؛ الأعمدة {mapping}</translation>
    </message>
    <message>
        <source>Rows read: {count}</source>
        <translation>الأسطر المقروءة: {count}</translation>
    </message>
    <message>
        <source>Total of the {count} new rows: {total}</source>
        <translation>مجموع الأسطر الجديدة ({count}): {total}</translation>
    </message>
    <message>
        <source>Duplicates skipped: {count}</source>
        <translation>المكررات المتخطاة: {count}</translation>
    </message>
    <message>
        <source>Balance and total lines set aside: {lines}</source>
        <translation>أسطر الرصيد والمجموع المستبعدة: {lines}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>تنبيه: {message}</translation>
    </message>
    <message>
        <source>Errors: {count}</source>
        <translation>الأخطاء: {count}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Imported: {count} transactions into {account}.</source>
        <translation>تم الاستيراد: {count} عملية إلى {account}.</translation>
    </message>
    <message>
        <source>Trial run: nothing was written.</source>
        <translation>تشغيل تجريبي: لم يُكتب شيء.</translation>
    </message>
</context>
</TS>
