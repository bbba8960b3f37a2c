"""What every benchmark here shares: the median time of a repeated action, and the memory of
an action alone."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path


def median_time(action: Callable[[], object], runs: int) -> float:
    """The median of ``runs`` timed calls of ``action``, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_mib(action: Callable[[], object]) -> float:
    """The peak of Python objects ``action`` allocates, in MiB (tracemalloc)."""
    import tracemalloc

    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def resident_mib(script: str, *arguments: str) -> float:
    """The peak resident memory (VmHWM) of a fresh Python process that runs ``script`` (with
    ``arguments`` as ``sys.argv[1:]``) and nothing else, in MiB. Not ``ru_maxrss`` of a child:
    that counts the parent's memory, which Linux carries over a fork and exec."""
    report = (
        "\nprint(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1])"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", script + report, *arguments], cwd=root,
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout.split()[-1]) / 1024  # KiB
