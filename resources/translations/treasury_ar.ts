<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>LedgerFilterBar</name>
    <message>
        <source>Search a label, a payee, a receipt number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>بدون وثيقة إثبات</translation>
    </message>
    <message>
        <source>Only the transactions whose receipt is missing</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>كل الحسابات</translation>
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
    <message numerus="yes">
        <source>%n receipt(s) attached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The receipt of this transaction is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as needing no receipt (bank fees…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
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
        <source>Receipt</source>
        <translation>وثيقة الإثبات</translation>
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
    <message numerus="yes">
        <source>%n transaction(s) · In %1 · Out %2 · Net %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No transaction matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the period or the account, or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction yet</source>
        <translation>لا توجد أي عملية حاليًا</translation>
    </message>
    <message>
        <source>Expenses and income recorded by the treasurer will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
