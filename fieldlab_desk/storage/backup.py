"""Consistent copies of a FieldLab file through SQLite's online backup API.

A backup is taken while the file may be open (WAL readers and writers keep going), is a
complete single file without ``-wal``/``-shm`` companions, and is written to a temporary
name first so that a half-written backup never looks like a good one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from fieldlab_desk.domain.errors import WriteFailed
from fieldlab_desk.storage.sqlite_file import connect_for_reading


def backup_path_for(
    path: Path, *, folder: Path | None = None, now: dt.datetime | None = None
) -> Path:
    """``portfolio.fieldlab`` → ``portfolio.backup-20261128-101500.fieldlab`` (same folder)."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target_folder = folder if folder is not None else path.parent
    candidate = target_folder / f"{path.stem}.backup-{stamp}{path.suffix or '.fieldlab'}"
    counter = 2
    while candidate.exists():
        candidate = target_folder / f"{path.stem}.backup-{stamp}-{counter}{path.suffix}"
        counter += 1
    return candidate


def backup_file(path: Path, target: Path | None = None, *, folder: Path | None = None) -> Path:
    """Copy the database at ``path`` to ``target`` (or a timestamped name) and return it."""
    destination = target if target is not None else backup_path_for(path, folder=folder)
    partial = destination.with_name(destination.name + ".partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        source = connect_for_reading(path, timeout=10)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        partial.replace(destination)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise WriteFailed("file.write_failed", path=str(destination), reason=reason) from error
    return destination


KEEP_AUTOMATIC = 5  # backups made before migrations, per file


def prune_backups(path: Path, *, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Delete all but the newest ``keep`` timestamped backups of ``path`` in its folder."""
    backups = sorted(
        path.parent.glob(f"{path.stem}.backup-*{path.suffix or '.fieldlab'}"),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    removed = []
    for old in backups[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
            removed.append(old)
    return removed
