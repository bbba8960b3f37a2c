"""Making a demo portfolio file safely: built under a temporary name, renamed when whole."""

from __future__ import annotations

from pathlib import Path

from fieldlab_desk.demo.drenthe import build_drenthe_demo
from fieldlab_desk.demo.national import build_national_demo
from fieldlab_desk.domain.errors import BadFile, WriteFailed
from fieldlab_desk.services import file_info
from fieldlab_desk.services.portfolio import (
    Portfolio,
    os_errors_as_bad_file,
    remove_with_companions,
)
from fieldlab_desk.storage import open_database
from fieldlab_desk.storage.database import check_name
from fieldlab_desk.storage.lock import FileLock


def build_demo(path: Path, *, scale: str = "drenthe") -> file_info.FileSummary:
    """Build a demo portfolio at the new ``path`` and return its summary.

    It is built under a temporary name beside ``path`` and renamed when complete, with the
    lock on ``path`` held meanwhile: a build that is killed half-way leaves no ``path`` (the
    next start builds it again), and no app opens it half-made.
    """
    check_name(path)
    with os_errors_as_bad_file(str(path)):
        taken = path.exists()
    if taken:
        raise BadFile("file.exists", path=str(path))
    file_lock = FileLock(path)
    part = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_lock.acquire()
        remove_with_companions(part)  # what a killed build left
    except OSError as error:
        raise WriteFailed("file.write_failed", path=str(path), reason=str(error)) from error
    try:
        database = (build_national_demo if scale == "national" else build_drenthe_demo)(part)
        database.close()  # checkpoints the log into the file: one whole file to rename
        try:
            part.replace(path)
        except OSError as error:
            raise WriteFailed("file.write_failed", path=str(path), reason=str(error)) from error
        with Portfolio(open_database(path)) as built:  # closing it leaves no log behind
            return built.summary()
    finally:
        remove_with_companions(part)
        file_lock.release()
