"""Opening, creating, locking, migrating and copying `*.assodesk` files.

The public API: `create_file`, `open_file`, `AssoFile` (engine + units of work), and the
`DomainError` codes FILE_* raised when a file cannot be used.
"""

from desk.store.assofile import AssoFile, create_file, open_file

__all__ = ["AssoFile", "create_file", "open_file"]
