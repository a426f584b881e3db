"""Report builders (XLSX, PDF, charts), fed by services."""
