"""The bank statement import wizard (`wizard.BankImportWizard`), its pages and table models,
and the undoable command that records an import in the Edit menu's history."""
