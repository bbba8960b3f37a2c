"""A lock file beside a FieldLab file, so a second instance opens it read-only.

``portfolio.fieldlab.lock`` holds who has the file open: user, host, process id, when that
process started and in which boot of the machine, and since when. It is written whole under a
name of its own and then linked into place, which fails when a lock is there (atomic, and never
a half-written lock; ``O_EXCL`` where the file system has no links). A lock whose process is
gone on this host is stale — also when its process id now belongs to another process (after a
reboot, or reused): the start time and boot tell. The user's own stale lock (same user, same
machine, program gone: it was killed) is taken over without asking; anyone else's lock the user
may take over deliberately, knowing the risk. A take-over moves the very lock that was judged
aside (a rename only one process can make) before putting its own in place, so two starts
taking over at once never both edit.
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
    started: str = ""
    """The process's start (``/proc/PID/stat`` field 22, clock ticks since boot); "" unknown."""
    boot: str = ""
    """The machine's boot (``/proc/sys/kernel/random/boot_id``); "" unknown."""

    @classmethod
    def me(cls) -> LockOwner:
        return cls(
            user=_user(),
            host=socket.gethostname(),
            pid=os.getpid(),
            since=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            started=process_start(os.getpid()),
            boot=boot_id(),
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
        if self.boot and boot_id() and self.boot != boot_id():
            return True  # the machine restarted since: no process of then runs now
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            pass  # another user's process by that id: alive, but is it the lock's?
        started = process_start(self.pid)
        return bool(self.started and started and started != self.started)  # the id reused


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


def process_start(pid: int) -> str:
    """When process ``pid`` started, in clock ticks since boot; "" when unknown (no /proc)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    fields = stat.rpartition(")")[2].split()  # the command name may hold spaces and brackets
    return fields[19] if len(fields) > 19 else ""


def boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


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
        return self._read()[1]

    def _read(self) -> tuple[str | None, LockOwner | None]:
        """The lock's text and the owner it names, read once (a take-over replaces only the
        very lock it judged)."""
        written: str | None = None
        try:
            written = self.path.read_text(encoding="utf-8")
            if not written.strip():  # created, never written: its maker was killed in between
                if time.time() - self.path.stat().st_mtime > EMPTY_GRACE_SECONDS:
                    return written, LockOwner(_user(), socket.gethostname(), 0, "")  # stale, ours
                return written, LockOwner("?", "?", -1, "")  # being written this very moment
            data = json.loads(written)
            return written, LockOwner(
                str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]),
                str(data.get("started", "")), str(data.get("boot", "")),
            )  # fmt: skip
        except FileNotFoundError:
            return None, None
        except (OSError, ValueError, KeyError, TypeError):
            return written, LockOwner("?", "?", -1, "")  # unreadable: someone made it; held

    def acquire(self) -> None:
        """Take the lock or raise :class:`FileLocked` naming the current owner."""
        if self._place():
            self.held = True
            return
        judged, owner = self._read()
        if owner is None or owner.is_own_leftover:  # gone meanwhile, or ours left by a kill
            self._replace(judged)  # this user's app on this machine was killed: no one to warn
            return
        raise FileLocked(self.target, owner)

    def take_over(self) -> None:
        """Replace someone else's lock with ours (the user chose to)."""
        if self._place():
            self.held = True
            return
        self._replace(self._read()[0])

    def _aside(self, suffix: str) -> Path:
        return self.path.with_name(f"{self.path.name}.{os.getpid()}.{time.monotonic_ns()}{suffix}")

    def _place(self) -> bool:
        """Put our lock in place when there is none: written whole, then linked (fails when a
        lock is there). False when one is there."""
        mine = json.dumps(asdict(LockOwner.me()))
        draft = self._aside(".new")
        try:
            draft.write_text(mine, encoding="utf-8")
            try:
                os.link(draft, self.path)
                return True
            except FileExistsError:
                return False
            except OSError:  # a file system without hard links: create exclusively instead
                try:
                    descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
                except FileExistsError:
                    return False
                with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                    handle.write(mine)
                return True
        finally:
            with contextlib.suppress(OSError):
                draft.unlink()

    def _replace(self, judged: str | None) -> None:
        """Take the place of the lock whose text was ``judged``: move that very file aside (only
        one process can), and put ours in place. Whoever was quicker holds it: then we raise
        :class:`FileLocked` naming them, and a lock we moved by mistake goes back."""
        moved = self._aside(".old")
        try:
            self.path.rename(moved)
        except FileNotFoundError:  # another start took it over (or it was released) first
            if self._place():
                self.held = True
                return
            raise FileLocked(self.target, self.owner()) from None
        try:
            try:
                text = moved.read_text(encoding="utf-8")
            except OSError:
                text = None
            if text != judged:  # a fresh lock came in meanwhile: it is not ours to take
                with contextlib.suppress(OSError):
                    os.link(moved, self.path)
                raise FileLocked(self.target, self.owner())
            if not self._place():
                raise FileLocked(self.target, self.owner())
            self.held = True
        finally:
            with contextlib.suppress(OSError):
                moved.unlink()

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
