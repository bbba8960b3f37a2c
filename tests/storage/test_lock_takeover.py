"""Locks that tell the truth: a lock whose process id now belongs to another process (after a
reboot, or reused) is stale, and taking over a stale lock is atomic — of many starts taking
it over at once, exactly one edits."""

from __future__ import annotations

import getpass
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from fieldlab_desk.storage.lock import FileLock, LockOwner, boot_id, lock_path, process_start


def leftover(pid: int, **more: str) -> dict[str, object]:
    return {"user": getpass.getuser(), "host": socket.gethostname(), "pid": pid,
            "since": "2026-11-28T16:00:00+00:00", **more}  # fmt: skip


def test_a_lock_whose_process_id_was_reused_is_stale(tmp_path: Path) -> None:
    me = LockOwner.me()
    assert me.started and me.boot and not me.is_stale  # this very process: alive and itself
    # the same id, alive, but started at another moment: another process got the id
    reused = LockOwner(me.user, me.host, os.getpid(), me.since, str(int(me.started) - 1), me.boot)
    assert reused.is_stale and reused.is_own_leftover
    # the same id in an earlier boot of this machine: it cannot run now
    rebooted = LockOwner(me.user, me.host, os.getpid(), me.since, me.started, "another-boot")
    assert rebooted.is_stale
    # a lock of an older version (no start time): judged by the id alone, as before
    assert not LockOwner(me.user, me.host, os.getpid(), me.since).is_stale
    assert process_start(os.getpid()) == me.started and boot_id() == me.boot

    path = tmp_path / "p.fieldlab"
    lock_path(path).write_text(json.dumps(leftover(os.getppid(), started="1", boot=me.boot)),
                               encoding="utf-8")  # fmt: skip
    taken = FileLock(path)
    taken.acquire()  # the parent's id with another start time: left by a process long gone
    assert taken.held
    written = json.loads(lock_path(path).read_text(encoding="utf-8"))
    assert written["pid"] == os.getpid() and written["started"] == me.started
    taken.release()
    assert not lock_path(path).exists()
    assert not list(tmp_path.iterdir())  # no draft or moved-aside lock left behind


RACE = """
import sys, time
from pathlib import Path
from fieldlab_desk.storage.lock import FileLock, FileLocked
path, start = Path(sys.argv[1]), float(sys.argv[2])
lock = FileLock(path)
while time.time() < start:
    pass
try:
    lock.acquire()
except FileLocked:
    print("locked", flush=True)
    sys.exit(0)
print("held", flush=True)
time.sleep(1.5)  # holding: the others judge a live lock meanwhile
lock.release()
"""


def test_many_starts_taking_over_a_stale_lock_at_once_never_both_edit(tmp_path: Path) -> None:
    path = tmp_path / "p.fieldlab"
    for _round in range(6):
        lock_path(path).write_text(json.dumps(leftover(2**22 + 4321)), encoding="utf-8")
        start = time.time() + 1.5
        racers = [subprocess.Popen([sys.executable, "-c", RACE, str(path), str(start)],
                                   stdout=subprocess.PIPE, text=True) for _ in range(6)]  # fmt: skip
        said = [racer.communicate(timeout=60)[0].strip() for racer in racers]
        assert sorted(said) == ["held"] + ["locked"] * 5, said
        assert not lock_path(path).exists()
        assert not [p for p in tmp_path.iterdir() if p.name.startswith("p.fieldlab.lock.")]
