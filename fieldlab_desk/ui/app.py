"""Starting the desktop app. Placeholder until the desktop issue lands: prints and exits."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run_app(arguments: Sequence[str]) -> int:
    print("fieldlab-desk: the desktop window arrives with the next issue.", file=sys.stderr)
    return 0
