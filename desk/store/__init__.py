"""Opening, creating, locking, migrating, backing up and copying `*.assodesk` files.

Everything a file cannot do is a `DomainError` with a FILE_* code (or DISK_FULL); see
`open_file` for the order in which a file is refused. `desk.store` never imports Qt.
"""

from desk.store import fileinfo  # registers the file_info table on Base.metadata
from desk.store.assofile import AssoFile, schema_revision
from desk.store.backup import (
    ENV_DATA_DIR,
    auto_backup,
    backup_dir,
    backup_now,
    data_dir,
    list_backups,
)
from desk.store.files import create_file, open_file
from desk.store.identify import FileInfo, inspect_file
from desk.store.lock import LockHolder, current_holder, locked_error
from desk.store.migrate import head_revision

__all__ = [
    "ENV_DATA_DIR",
    "AssoFile",
    "FileInfo",
    "LockHolder",
    "auto_backup",
    "backup_dir",
    "backup_now",
    "create_file",
    "current_holder",
    "data_dir",
    "fileinfo",
    "head_revision",
    "inspect_file",
    "list_backups",
    "locked_error",
    "open_file",
    "schema_revision",
]
