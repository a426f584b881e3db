"""The "Import a logframe" wizard (XLSX → the logframe of a project)."""
