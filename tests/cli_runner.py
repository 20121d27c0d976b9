"""``casefile …`` as the analyst runs it: a real process on a library (a folder or a team
library's URL, given as CASEFILE_LIBRARY), from the repository root. Used by the tests that
check what another process's changes do (sync, live updates)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def casefile(
    library: Path | str, *args: str, timeout: int = 180
) -> subprocess.CompletedProcess[str]:
    """Run ``casefile *args`` on ``library``; fail the test with its stderr unless it succeeds."""
    done = subprocess.run(
        [sys.executable, "-m", "casefile", *args],
        env={**os.environ, "CASEFILE_LIBRARY": str(library)},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done
