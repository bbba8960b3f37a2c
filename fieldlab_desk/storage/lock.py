"""A lock file beside a FieldLab file, so a second instance opens it read-only.

``portfolio.fieldlab.lock`` holds who has the file open: user, host, process id and since
when. Creating it is atomic (``O_EXCL``). A lock whose process is gone on this host is stale;
the user's own stale lock (same user, same machine, program gone: it was killed) is taken over
without asking; anyone else's lock the user may take over deliberately, knowing the risk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from fieldlab_desk.domain.errors import FieldLabError


@dataclass(frozen=True, slots=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: str  # ISO 8601, UTC

    @classmethod
    def me(cls) -> LockOwner:
        return cls(
            user=_user(),
            host=socket.gethostname(),
            pid=os.getpid(),
            since=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )

    @property
    def since_local(self) -> str:
        """When the lock was taken, in this machine's time zone (``dd-mm-jjjj uu:mm``)."""
        try:
            moment = dt.datetime.fromisoformat(self.since)
        except ValueError:
            return "?"
        return moment.astimezone().strftime("%d-%m-%Y %H:%M")

    @property
    def is_own_leftover(self) -> bool:
        """A lock this user left on this machine with a program that no longer runs."""
        return self.is_stale and self.user == _user()

    @property
    def is_stale(self) -> bool:
        """True when the owner is a process on this host that no longer runs."""
        if self.host != socket.gethostname():
            return False
        if self.pid <= 0:  # no process named (an empty lock left by a start killed mid-way)
            return True
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False


class FileLocked(FieldLabError):
    """Another FieldLab Desk has the file open; ``owner`` says who."""

    def __init__(self, path: Path, owner: LockOwner | None) -> None:
        self.owner = owner
        super().__init__(
            "lock.held",
            path=str(path),
            user=owner.user if owner else "?",
            host=owner.host if owner else "?",
            since=owner.since_local if owner else "?",
        )


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (containers, some services)
        return "onbekend"


EMPTY_GRACE_SECONDS = 2.0
"""How long an empty lock file may be on its way to being written before it counts as left."""


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class FileLock:
    """The lock on one file; acquire it once, release it when the file closes."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.target = path
        self.held = False

    def owner(self) -> LockOwner | None:
        try:
            written = self.path.read_text(encoding="utf-8")
            if not written.strip():  # created, never written: its maker was killed in between
                if time.time() - self.path.stat().st_mtime > EMPTY_GRACE_SECONDS:
                    return LockOwner(_user(), socket.gethostname(), 0, "")  # stale, ours
                return LockOwner("?", "?", -1, "")  # being written this very moment
            data = json.loads(written)
            return LockOwner(
                str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"])
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            return LockOwner("?", "?", -1, "")  # unreadable lock: someone made it; treat as held

    def acquire(self) -> None:
        """Take the lock or raise :class:`FileLocked` naming the current owner."""
        try:
            descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            owner = self.owner()
            if owner is not None and owner.is_own_leftover:
                self.take_over()  # this user's app on this machine was killed: no one to warn
                return
            raise FileLocked(self.target, owner) from None
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(asdict(LockOwner.me()), handle)
        self.held = True

    def take_over(self) -> None:
        """Replace someone else's lock with ours (the user chose to)."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        self.acquire()

    def release(self) -> None:
        if self.held:
            owner = self.owner()
            if (
                owner is not None
                and owner.pid == os.getpid()
                and owner.host == socket.gethostname()
            ):
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
            self.held = False
