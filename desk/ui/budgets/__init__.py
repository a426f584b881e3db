"""The grants and budgets screens (issue 4): grant dialog, budget builder with live checks,
version comparison, budget vs actual with charts and drill-down, operating budget."""
