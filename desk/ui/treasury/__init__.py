"""The treasurer's dialogs: entry in plain words (with its split editor and receipts), the
receipt viewer, bulk re-assign, and the undo commands they run."""
