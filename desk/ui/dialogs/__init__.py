"""Dialogs of the shell: opening files (locks, refusals), the new-association wizard, the
association profile, preferences and About."""
