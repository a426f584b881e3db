"""`assodesk import`: the command's logic (command.py) and its text and JSON output
(text.py), fed by desk.services.bank_import."""
