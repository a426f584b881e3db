"""The treasurer's month-end and year-end dialogs (issue 3): cash count, bank reconciliation,
year closing and the audit log. Each is a QDialog opened with `(asso, parent)`; the treasury
page's "Plus" menu and the main window's Tools menu import them lazily."""
