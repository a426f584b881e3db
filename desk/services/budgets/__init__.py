"""Grants and budgets (issue 4): the grant record and its rules, the budget builder (lines,
templates, co-funding, per-year amounts, versions), the operating budget, and budget vs actual.

Each call opens one unit of work (or a reader) and returns frozen dataclasses; refusals are
`DomainError`s with codes of the "grants and budgets" heading.
"""
