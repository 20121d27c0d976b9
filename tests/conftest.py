"""Shared fixtures: a fresh library folder per test; Qt always offscreen; a command bound by
file modes even when the suite runs as root; and the gate that fails a test which logs a
warning it did not expect.

The other gates are configured in pyproject.toml's ``[tool.pytest.ini_options]``: a Qt warning
fails the test (pytest-qt), a Python warning is an error, and markers and options are strict.
tests/test_gates.py shows each gate failing a test that misbehaves.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casefile.library import Library

# tests/test_gates.py runs small test files through this configuration to prove it bites.
pytest_plugins = ["pytester"]

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent
WORKER_WAIT_MS = 10_000  # a job still running at teardown gets this long to finish and log

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
    from write_refusals import install

    opened = Library.open(tmp_path / "library")
    install(opened)  # before any thread connects (tests/write_refusals.py says why)
    yield opened
    opened.close()


class WarningRecords(logging.Handler):
    """Keeps every record of WARNING or above, whichever thread logs it."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s [%(threadName)s] %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)  # logging holds this handler's lock around emit()


def _drain_worker_threads() -> None:
    """Let jobs still running in Qt's thread pool finish, so what they log counts here."""
    qtcore = sys.modules.get("PySide6.QtCore")  # only a test that used Qt can have started one
    if qtcore is not None:
        qtcore.QThreadPool.globalInstance().waitForDone(WORKER_WAIT_MS)


def _unexpected(
    request: pytest.FixtureRequest, records: list[logging.LogRecord]
) -> list[logging.LogRecord]:
    marker = request.node.get_closest_marker("expect_log_warnings")
    if marker is None:
        return records
    if not marker.args:
        return []
    return [
        record
        for record in records
        if not any(re.search(pattern, record.getMessage()) for pattern in marker.args)
    ]


@pytest.fixture(autouse=True)
def fail_on_logged_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test at teardown if anything, in any thread, logged a warning it did not expect.

    A logged warning is what an analyst would find in the log after using the app, so a test
    that causes one fails unless it says it expects it (``@pytest.mark.expect_log_warnings``)
    or takes ``caplog`` and asserts on the records itself. Being autouse, this fixture is set
    up before and torn down after the test's other fixtures, so their teardown counts too.
    """
    handler = WarningRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
        _drain_worker_threads()
    finally:
        root.removeHandler(handler)
    if "caplog" in request.fixturenames:
        return
    unexpected = _unexpected(request, handler.records)
    if unexpected:
        lines = "\n".join(handler.format(record) for record in unexpected)
        pytest.fail(
            f"{len(unexpected)} unexpected logged warning(s); mark the test "
            f"expect_log_warnings(pattern) if it means to log them:\n{lines}",
            pytrace=False,
        )
