"""Build the PyInstaller one-folder app and smoke-test it: ``python scripts/build_frozen.py``.

Needs ``pip install pyinstaller`` in the virtual environment. The smoke test starts the frozen
app on a fresh home folder (so it creates the demo, which runs the migrations) with
``--exit-when-ready`` and fails on a non-zero exit or any output on stderr.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(dist: Path = ROOT / "dist", work: Path = ROOT / "build" / "pyinstaller") -> int:
    tool = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [str(tool), "--noconfirm", "--log-level", "WARN", "--distpath", str(dist),
         "--workpath", str(work), "build.spec"],
        cwd=ROOT, check=True,
    )  # fmt: skip
    app = dist / "fieldlab-desk" / "fieldlab-desk"
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "FIELDLAB_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run(
            [str(app), "--exit-when-ready"], env=env, capture_output=True, text=True, timeout=300
        )
        demo_made = (Path(home) / "demo-drenthe.fieldlab").is_file()
    if result.returncode != 0 or result.stderr.strip() or not demo_made:
        print(
            f"smoke test failed: exit {result.returncode}, demo made: {demo_made}\n{result.stderr}",
            file=sys.stderr,
        )
        return 1
    print(f"frozen app OK: {app}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
