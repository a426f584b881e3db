"""The Rapports page's parts: the catalog of report texts and groups (`catalog`), the line
of one report (`row.ReportRow`), and the receipts export dialog of the treasury page."""
