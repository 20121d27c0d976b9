"""Shared fixtures: a fresh library folder per test; Qt always offscreen; a command bound by
file modes even when the suite runs as root."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casefile.library import Library

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent

# Exec the command without the capabilities that let root write through file modes. It keeps
# uid 0, so it still reaches the interpreter under /root, which ``nobody`` could not.
WITHOUT_OVERRIDES = """
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
PR_CAPBSET_DROP = 24
for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
    if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
        sys.exit(f"cannot drop capability {capability}: errno {ctypes.get_errno()}")
os.execv(sys.argv[1], sys.argv[1:])
"""


def run_command(
    command: list[str], wrapper: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` from the repository root, offscreen, capturing its text output."""
    return subprocess.run(
        [*(wrapper or []), *command],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture
def run() -> Callable[..., subprocess.CompletedProcess[str]]:
    """``run_command``, for tests that start a command under a wrapper of their own."""
    return run_command


@pytest.fixture
def unprivileged() -> Callable[[list[str]], subprocess.CompletedProcess[str]]:
    """A runner for commands bound by file modes, as an ordinary user is."""

    def run(command: list[str]) -> subprocess.CompletedProcess[str]:
        if os.geteuid() != 0:
            return run_command(command)
        return run_command(command, [sys.executable, "-c", WITHOUT_OVERRIDES])

    return run


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    opened = Library.open(tmp_path / "library")
    yield opened
    opened.close()
