<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>Cli</name>
    <message>
        <source>Add --force to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo association written to {path} in {seconds:.1f} s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactions: {count} (generated: {generated})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipts: {attached} attached, {missing} missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects: {projects}, activities: {activities}, sessions: {sessions}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash: {cash}   Bank: {bank}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--size must look like 1366x768, each side from {low} to {high}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown page “{page}”. Pages: {pages}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screenshot written to {out}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown export “{what}”. Exports: {choices}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This export needs --project CODE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--project is not used by this export; ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written: {path}</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>splits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipts attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>budget lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>logframe items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version: {revision} (this AssoDesk: {head})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broken links between records: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every transaction balances.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} transactions do not balance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactions without receipt: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict: sound.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict: NOT sound.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Financial year</source>
        <translation>السنة المالية</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This financial year is closed.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactions of the year without receipt</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funder</source>
        <translation>الممول</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget ({currency})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spent ({currency})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>% used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No active project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Income and expenditure</source>
        <translation>المداخيل والمصاريف</translation>
    </message>
    <message>
        <source>Income and expenditure {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Income ({currency})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expenses ({currency})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Result (income − expenses)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>