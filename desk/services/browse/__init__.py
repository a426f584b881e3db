"""Read-only query services for the pages of the main window, one module per area.

Each function opens one `asso.reader()` session, lets SQL filter and aggregate, and returns
frozen dataclasses (or tuples of them): widgets never see a Session nor build a query. Nothing
here imports Qt.

- `projects`: the project list shared by the budget, logframe and calendar pages;
- `treasury`: the ledger by keyset window (`ledger_page`), its totals and the balances
  (`ledger_query`: the filters as SQL and the totals, shared by both);
- `budgets`: project and operating budgets as lines with their computed totals;
- `logframe`: the logframe tree with indicators, targets and latest values;
- `calendar`: activities with sessions and attendance, deadlines;
- `review`: review comments and the checks summary;
- `reports`: the audit log;
- `audit`: the change log dialog's query: filters, windows, field-by-field differences;
- `records`: plain labels of records named by table and id (comments, audit entries).
"""
