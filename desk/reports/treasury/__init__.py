"""Treasury reports: the receipts ZIP (files named by receipt number)."""
