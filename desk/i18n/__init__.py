"""Languages and translated messages, usable without widgets (QtCore only): the UI, the CLI and
the report builders share them."""
