"""Writing an export: the whole file or nothing."""

from __future__ import annotations

from pathlib import Path


def write_whole(path: Path, data: bytes) -> None:
    """Write beside the target, then rename: a half-written export never replaces a good one
    (a full disk, a killed process), and a reader never sees half a file."""
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(data)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
