"""Opening FieldLab databases: SQLite files (with backups and migrations) or PostgreSQL URLs."""

from fieldlab_desk.storage.backup import backup_file, backup_path_for
from fieldlab_desk.storage.database import (
    APPLICATION_ID,
    Database,
    create_database,
    head_revision,
    open_database,
)

__all__ = [
    "APPLICATION_ID",
    "Database",
    "backup_file",
    "backup_path_for",
    "create_database",
    "head_revision",
    "open_database",
]
