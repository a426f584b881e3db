<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Change log</source>
        <translation>سجل التعديلات</translation>
    </message>
    <message>
        <source>Change log of a transaction</source>
        <translation>سجل تعديلات عملية</translation>
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
        <source>All users</source>
        <translation>كل المستخدمين</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>كل السجلات</translation>
    </message>
    <message>
        <source>Search (label, amount, reason…)</source>
        <translation>بحث (البيان، المبلغ، السبب…)</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>الملف كله</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>التعديلات: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>No detail recorded.</source>
        <translation>لا توجد تفاصيل مسجلة.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>Bookkeeping</name>
    <message>
        <source>Label</source>
        <translation>البيان</translation>
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
        <source>Payee</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Treasury account</source>
        <translation>حساب الخزينة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Book balance</source>
        <translation>الرصيد المحاسبي</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>الرصيد النهائي</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>تاريخ الكشف</translation>
    </message>
    <message>
        <source>No receipt needed</source>
        <translation>لا حاجة لوثيقة إثبات</translation>
    </message>
    <message>
        <source>Reconciled lines</source>
        <translation>الأسطر المطابقة</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>سبب إعادة الفتح</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>الأرصدة</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <source>Cash count</source>
        <translation>جرد الصندوق</translation>
    </message>
    <message>
        <source>Who counted (name)</source>
        <translation>من قام بالعد (الاسم)</translation>
    </message>
    <message>
        <source>Cash box</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Date of the count</source>
        <translation>تاريخ الجرد</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>عدّه</translation>
    </message>
    <message>
        <source>Notes and coins</source>
        <translation>الأوراق والقطع النقدية</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ورقة</translation>
    </message>
    <message>
        <source>coin</source>
        <translation>قطعة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Counted total</source>
        <translation>المجموع المعدود</translation>
    </message>
    <message>
        <source>Book balance</source>
        <translation>الرصيد المحاسبي</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Save and book the difference</source>
        <translation>حفظ وتسجيل قيد الفرق</translation>
    </message>
    <message>
        <source>Save the count only</source>
        <translation>حفظ الجرد فقط</translation>
    </message>
    <message>
        <source>Book the difference of the selected count</source>
        <translation>تسجيل قيد فرق الجرد المختار</translation>
    </message>
    <message>
        <source>Previous counts</source>
        <translation>الجرود السابقة</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>الملف مفتوح للقراءة فقط.</translation>
    </message>
    <message>
        <source>Cash difference of %1</source>
        <translation>فرق الصندوق بتاريخ %1</translation>
    </message>
    <message>
        <source>This file has no cash box.</source>
        <translation>لا يحتوي هذا الملف على صندوق.</translation>
    </message>
    <message>
        <source>Book balance on %1</source>
        <translation>الرصيد المحاسبي في %1</translation>
    </message>
    <message>
        <source>The cash box matches the books: no entry is needed.</source>
        <translation>الصندوق مطابق للحسابات: لا حاجة لأي قيد.</translation>
    </message>
    <message>
        <source>Shortage of %1. Proposed entry:</source>
        <translation>عجز قدره %1. القيد المقترح:</translation>
    </message>
    <message>
        <source>Surplus of %1. Proposed entry:</source>
        <translation>فائض قدره %1. القيد المقترح:</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>مدين</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>دائن</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cash difference (shortage)</source>
        <translation>فرق الصندوق (عجز)</translation>
    </message>
    <message>
        <source>Cash difference (surplus)</source>
        <translation>فرق الصندوق (فائض)</translation>
    </message>
    <message>
        <source>Cash count of %1</source>
        <translation>جرد الصندوق بتاريخ %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
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
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>قبل ← بعد</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Book balance</source>
        <translation>الرصيد المحاسبي</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>عدّه</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>التسوية</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>مؤشر</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>تاريخ الكشف</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>الرصيد النهائي</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>انتهت في</translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <source>Bank reconciliation</source>
        <translation>المطابقة البنكية</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>الحساب البنكي</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>تاريخ الكشف</translation>
    </message>
    <message>
        <source>Closing balance of the statement</source>
        <translation>الرصيد النهائي للكشف</translation>
    </message>
    <message>
        <source>Reconciled balance before</source>
        <translation>الرصيد المطابق السابق</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>مؤشر</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Lines to tick</source>
        <translation>الأسطر المراد تأشيرها</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>تأشير الكل</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>إلغاء تأشير الكل</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>التخلي عن المسودة</translation>
    </message>
    <message>
        <source>Cancel the last reconciliation…</source>
        <translation>إلغاء آخر مطابقة…</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Update the statement</source>
        <translation>تحديث الكشف</translation>
    </message>
    <message>
        <source>Enter the date and closing balance of the bank statement, then Start.</source>
        <translation>أدخل تاريخ الكشف البنكي ورصيده النهائي، ثم ابدأ.</translation>
    </message>
    <message>
        <source>Balanced: you can finish.</source>
        <translation>متوازن: يمكنك الإنهاء.</translation>
    </message>
    <message>
        <source>Tick the lines that appear on the statement until the difference is zero.</source>
        <translation>أشّر الأسطر الموجودة في الكشف حتى يصبح الفرق صفرًا.</translation>
    </message>
    <message>
        <source>Tick statement lines</source>
        <translation>تأشير أسطر الكشف</translation>
    </message>
    <message>
        <source>Untick statement lines</source>
        <translation>إلغاء تأشير أسطر الكشف</translation>
    </message>
    <message>
        <source>Reconciliation finished.</source>
        <translation>انتهت المطابقة.</translation>
    </message>
    <message>
        <source>Cancel the last reconciliation</source>
        <translation>إلغاء آخر مطابقة</translation>
    </message>
    <message>
        <source>Why? (kept in the change log)</source>
        <translation>لماذا؟ (يحفظ في سجل التعديلات)</translation>
    </message>
</context>
<context>
    <name>YearClosingDialog</name>
    <message>
        <source>Close the financial year</source>
        <translation>إقفال السنة المالية</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>السنة المالية</translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation>إقفال السنة</translation>
    </message>
    <message>
        <source>Why must this year be reopened? (required, kept in the change log)</source>
        <translation>لماذا يجب إعادة فتح هذه السنة؟ (إلزامي، يحفظ في سجل التعديلات)</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>سبب إعادة الفتح</translation>
    </message>
    <message>
        <source>Reopen the year</source>
        <translation>إعادة فتح السنة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مقفلة</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Financial year %1</source>
        <translation>السنة المالية %1</translation>
    </message>
    <message>
        <source>Closed on %1 by %2.</source>
        <translation>أُقفلت في %1 من طرف %2.</translation>
    </message>
    <message>
        <source>No transaction dated in this year can be changed.</source>
        <translation>لا يمكن تعديل أي عملية مؤرخة في هذه السنة.</translation>
    </message>
    <message>
        <source>Reopened earlier: %1</source>
        <translation>أعيد فتحها سابقًا: %1</translation>
    </message>
    <message>
        <source>It cannot be closed yet:</source>
        <translation>لا يمكن إقفالها بعد:</translation>
    </message>
    <message>
        <source>Balances carried forward to %1 (opening entry on %2):</source>
        <translation>الأرصدة المرحلة إلى %1 (قيد افتتاحي في %2):</translation>
    </message>
    <message>
        <source>Nothing to carry forward.</source>
        <translation>لا شيء للترحيل.</translation>
    </message>
    <message>
        <source>The year %1 will be created.</source>
        <translation>سيتم إنشاء السنة %1.</translation>
    </message>
    <message>
        <source>%1 transactions have no receipt.</source>
        <translation>%1 عملية بدون وثيقة إثبات.</translation>
    </message>
    <message>
        <source>%1 bank lines are not reconciled.</source>
        <translation>%1 سطرًا بنكيًا غير مطابق.</translation>
    </message>
    <message>
        <source>No cash count was recorded in this year.</source>
        <translation>لم يسجل أي جرد للصندوق في هذه السنة.</translation>
    </message>
    <message>
        <source>Last cash count: %1.</source>
        <translation>آخر جرد للصندوق: %1.</translation>
    </message>
    <message>
        <source>To check before closing (closing is still allowed):</source>
        <translation>للتحقق قبل الإقفال (الإقفال يبقى ممكنًا):</translation>
    </message>
    <message>
        <source>Once closed, no transaction dated in this year can be added, changed or deleted, until the year is reopened with a written reason.</source>
        <translation>بعد الإقفال، لا يمكن إضافة أو تعديل أو حذف أي عملية مؤرخة في هذه السنة، إلا بإعادة فتحها مع ذكر السبب كتابة.</translation>
    </message>
    <message>
        <source>Close the financial year %1? Its transactions will be locked.</source>
        <translation>إقفال السنة المالية %1؟ ستُقفل عملياتها.</translation>
    </message>
</context>
</TS>