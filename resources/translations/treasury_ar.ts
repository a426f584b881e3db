<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AttachmentBox</name>
    <message>
        <source>Add a receipt…</source>
        <translation>إضافة وصل…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Drop images or PDF files here</source>
        <translation>اسحب الصور أو ملفات PDF هنا</translation>
    </message>
    <message>
        <source>Add a receipt</source>
        <translation>إضافة وصل</translation>
    </message>
    <message>
        <source>Images and PDF (*.jpg *.jpeg *.png *.pdf *.gif *.bmp *.webp)</source>
        <translation>صور وملفات PDF (*.jpg *.jpeg *.png *.pdf *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save and new (Ctrl+Enter)</source>
        <translation>حفظ ومتابعة (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Change a transaction</source>
        <translation>تعديل عملية</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>بدون مشروع</translation>
    </message>
    <message>
        <source>Split over several categories or budget lines</source>
        <translation>توزيع على عدة فئات أو بنود ميزانية</translation>
    </message>
    <message>
        <source>No receipt can exist (bank fees…)</source>
        <translation>لا يوجد وصل ممكن (رسوم بنكية…)</translation>
    </message>
    <message>
        <source>No budget line</source>
        <translation>بدون بند ميزانية</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>بدون نشاط</translation>
    </message>
    <message>
        <source>(not now)</source>
        <translation>(ليس الآن)</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>مدفوع من</translation>
    </message>
    <message>
        <source>Received into</source>
        <translation>مقبوض في</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Money returned into</source>
        <translation>المال المُرجع إلى</translation>
    </message>
    <message>
        <source>Repaid from</source>
        <translation>مُسدَّد من</translation>
    </message>
    <message>
        <source>Amount spent (receipts)</source>
        <translation>المبلغ المصروف (مبرر)</translation>
    </message>
    <message>
        <source>Amount advanced</source>
        <translation>المبلغ المُسبَّق</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>مقبوض من</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>مدفوع إلى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Money returned</source>
        <translation>المال المُرجع</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>رقم الوصل</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>بند الميزانية</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>الوصولات</translation>
    </message>
    <message>
        <source>This expense is outside the eligible period of %1 (%2): the donor may refuse it.</source>
        <translation>هذه النفقة خارج الفترة المؤهلة لـ %1 (%2): قد يرفضها المانح.</translation>
    </message>
</context>
<context>
    <name>LedgerExport</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>رقم الوصل</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>الطرف المقابل</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>بند الميزانية</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>المبلغ ({currency})</translation>
    </message>
    <message>
        <source>Balance ({currency})</source>
        <translation>الرصيد ({currency})</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>مجموع المداخيل</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>مجموع المصاريف</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>دفتر الخزينة</translation>
    </message>
</context>
<context>
    <name>LedgerExportAction</name>
    <message>
        <source>ledger</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>تصدير الدفتر</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file for Excel (*.csv)</source>
        <translation>ملف CSV لبرنامج Excel (*.csv)</translation>
    </message>
    <message>
        <source>Ledger exported: %1</source>
        <translation>تم تصدير الدفتر: %1</translation>
    </message>
    <message>
        <source>The ledger was not exported: %1</source>
        <translation>لم يتم تصدير الدفتر: %1</translation>
    </message>
    <message>
        <source>Exporting the ledger…</source>
        <translation>جارٍ تصدير الدفتر…</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <source>Search a label, a payee, a receipt number…</source>
        <translation>ابحث عن بيان أو طرف أو رقم وصل…</translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>بدون وثيقة إثبات</translation>
    </message>
    <message>
        <source>Only the transactions whose receipt is missing</source>
        <translation>فقط العمليات التي ينقصها الوصل</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>كل المشاريع</translation>
    </message>
    <message>
        <source>All budget lines</source>
        <translation>كل بنود الميزانية</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>كل الأنشطة</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <source>Financial year %1</source>
        <translation>السنة المالية %1</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>تواريخ…</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>كل الحسابات</translation>
    </message>
</context>
<context>
    <name>LedgerRowActions</name>
    <message>
        <source>Change a transaction</source>
        <translation>تعديل عملية</translation>
    </message>
    <message>
        <source>Reconciled transaction</source>
        <translation>عملية مطابَقة</translation>
    </message>
    <message>
        <source>This transaction was reconciled with a bank statement. Changing it cancels its reconciliation. Change it anyway?</source>
        <translation>تمت مطابقة هذه العملية مع كشف بنكي. تعديلها يلغي المطابقة. هل تريد تعديلها رغم ذلك؟</translation>
    </message>
    <message>
        <source>Delete a transaction</source>
        <translation>حذف عملية</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo it from the Edit menu.</source>
        <translation>حذف «%1»؟ يمكنك التراجع من قائمة تحرير.</translation>
    </message>
    <message>
        <source>This transaction was reconciled with a bank statement. Deleting it cancels its reconciliation. Delete it anyway?</source>
        <translation>تمت مطابقة هذه العملية مع كشف بنكي. حذفها يلغي المطابقة. هل تريد حذفها رغم ذلك؟</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Re-assign to a project…</source>
        <translation>إعادة التخصيص لمشروع…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>View the receipts</source>
        <translation>عرض الوصولات</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>سجل التعديلات</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناقصة</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>غير مطلوبة</translation>
    </message>
    <message>
        <source>The receipt of this transaction is missing</source>
        <translation>وصل هذه العملية ناقص</translation>
    </message>
    <message>
        <source>Marked as needing no receipt (bank fees…)</source>
        <translation>لا تحتاج إلى وصل (رسوم بنكية…)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>رقم الوصل</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>الطرف المقابل</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Balance of the account after this line</source>
        <translation>رصيد الحساب بعد هذه العملية</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>وثيقة الإثبات</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Re-assign to a project</source>
        <translation>إعادة التخصيص لمشروع</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) selected.</source>
        <translation>
            <numerusform>%n عملية محددة.</numerusform>
            <numerusform>%n عملية محددة.</numerusform>
            <numerusform>%n عملية محددة.</numerusform>
            <numerusform>%n عملية محددة.</numerusform>
            <numerusform>%n عملية محددة.</numerusform>
            <numerusform>%n عملية محددة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No project</source>
        <translation>بدون مشروع</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>بند الميزانية</translation>
    </message>
    <message>
        <source>No budget line</source>
        <translation>بدون بند ميزانية</translation>
    </message>
</context>
<context>
    <name>ReceiptViewer</name>
    <message>
        <source>“%1” was opened with your computer&apos;s PDF reader.</source>
        <translation>تم فتح «%1» بقارئ PDF في حاسوبك.</translation>
    </message>
</context>
<context>
    <name>SplitEditor</name>
    <message>
        <source>Add a line</source>
        <translation>إضافة سطر</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>حذف السطر</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>بدون مشروع</translation>
    </message>
    <message>
        <source>No budget line</source>
        <translation>بدون بند ميزانية</translation>
    </message>
    <message>
        <source>Fully split</source>
        <translation>موزع بالكامل</translation>
    </message>
    <message>
        <source>Left to split: %1</source>
        <translation>المتبقي للتوزيع: %1</translation>
    </message>
    <message>
        <source>Split too much by %1</source>
        <translation>موزع بزيادة %1</translation>
    </message>
</context>
<context>
    <name>Treasury</name>
    <message>
        <source>Record “%1”</source>
        <translation>تسجيل «%1»</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>تعديل «%1»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>Re-assign %n transaction(s)</source>
        <translation>إعادة تخصيص %n عملية</translation>
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
        <source>Internal transfer</source>
        <translation>تحويل داخلي</translation>
    </message>
    <message>
        <source>Advance to a member</source>
        <translation>سلفة لعضو</translation>
    </message>
    <message>
        <source>Advance settlement</source>
        <translation>تسوية سلفة</translation>
    </message>
    <message>
        <source>Member reimbursement</source>
        <translation>تعويض عضو</translation>
    </message>
    <message>
        <source>Cash count…</source>
        <translation>جرد الصندوق…</translation>
    </message>
    <message>
        <source>Bank reconciliation…</source>
        <translation>المطابقة البنكية…</translation>
    </message>
    <message>
        <source>Import a bank statement…</source>
        <translation>استيراد كشف بنكي…</translation>
    </message>
    <message>
        <source>Close the financial year…</source>
        <translation>إقفال السنة المالية…</translation>
    </message>
    <message>
        <source>Export the receipts (ZIP)…</source>
        <translation>تصدير وثائق الإثبات (ZIP)…</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>سجل التعديلات…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>بند الميزانية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>TreasuryPage</name>
    <message>
        <source>held by a member</source>
        <translation>في حوزة عضو</translation>
    </message>
    <message>
        <source>Money kept on a member&apos;s personal account: flagged in reports.</source>
        <translation>أموال في الحساب الشخصي لأحد الأعضاء: يُشار إليها في التقارير.</translation>
    </message>
    <message>
        <source>Computing the totals…</source>
        <translation>جارٍ حساب المجاميع…</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) · In %1 · Out %2 · Net %3</source>
        <translation>
            <numerusform>%n عملية · مداخيل %1 · مصاريف %2 · الرصيد %3</numerusform>
            <numerusform>%n عملية · مداخيل %1 · مصاريف %2 · الرصيد %3</numerusform>
            <numerusform>%n عملية · مداخيل %1 · مصاريف %2 · الرصيد %3</numerusform>
            <numerusform>%n عملية · مداخيل %1 · مصاريف %2 · الرصيد %3</numerusform>
            <numerusform>%n عملية · مداخيل %1 · مصاريف %2 · الرصيد %3</numerusform>
            <numerusform>%n عملية · مداخيل %1 · مصاريف %2 · الرصيد %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No transaction matches these filters</source>
        <translation>لا توجد عملية تطابق هذه المرشحات</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>The transactions filtered below, to Excel or CSV</source>
        <translation>العمليات المصفاة أدناه، إلى Excel أو CSV</translation>
    </message>
    <message>
        <source>Change the period or the account, or clear the search.</source>
        <translation>غيّر الفترة أو الحساب، أو امسح البحث.</translation>
    </message>
    <message>
        <source>No transaction yet</source>
        <translation>لا توجد أي عملية حاليًا</translation>
    </message>
    <message>
        <source>Expenses and income recorded by the treasurer will be listed here.</source>
        <translation>ستظهر هنا المصاريف والمداخيل التي يسجلها أمين المال.</translation>
    </message>
    <message>
        <source>Recorded under number %1.</source>
        <translation>سُجلت تحت الرقم %1.</translation>
    </message>
</context>
</TS>
