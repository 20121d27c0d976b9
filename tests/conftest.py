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
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


# The library, search, migration and command-line tests run on both kinds of library: a
# folder (SQLite) and a team library on PostgreSQL. A module opts in with
# ``pytestmark = pytest.mark.both_backends``; its tests then take the ``backend`` parameter.
BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_backends"
    ):
        only = metafunc.definition.get_closest_marker("sqlite_only")
        metafunc.parametrize("backend", BACKENDS[:1] if only else BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which kind of library the test runs on: "sqlite" unless parametrised (see above)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server's maintenance database, for the team-library tests:
    the one ``.ci/run`` started (``CASEFILE_TEST_PG``), else one started here."""
    import pg_server

    given = os.environ.get("CASEFILE_TEST_PG")
    if given:
        yield given
        return
    if pg_server.bindir() is None:
        if os.environ.get("CASEFILE_REQUIRE_PG"):
            pytest.fail(
                "PostgreSQL is not installed, and CI requires it (apt-get install postgresql)"
            )
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    # Not under pytest's own temp folder: as root, the server runs as "postgres", who cannot
    # pass through pytest-of-root (mode 700).
    folder = Path(tempfile.mkdtemp(prefix="casefile-pg-"))
    try:
        url = pg_server.start(folder)
        yield url
    finally:
        pg_server.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> str:
    """A database migrated to the newest schema once, copied for each test (fast)."""
    from sqlalchemy import text

    from casefile import migrations
    from casefile.library import make_engine

    name = f"casefile_template_{os.getpid()}"
    admin = _admin_engine(pg_server)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    engine = make_engine(_database_url(pg_server, name))
    migrations.upgrade(engine)
    engine.dispose()
    return name


def _admin_engine(server: str) -> Any:
    from sqlalchemy import create_engine

    return create_engine(
        server.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
    )


def _database_url(server: str, database: str) -> str:
    return server.rsplit("/", 1)[0] + "/" + database


_DATABASES = iter(range(1, 1_000_000))


def _new_database(server: str, template: str) -> Iterator[str]:
    from sqlalchemy import text

    name = f"casefile_test_{os.getpid()}_{next(_DATABASES)}"
    admin = _admin_engine(server)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield _database_url(server, name)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def team_url(pg_server: str, pg_template: str) -> Iterator[str]:
    """A fresh team library's URL: a new database copied from the migrated template."""
    yield from _new_database(pg_server, pg_template)


@pytest.fixture
def empty_team_url(pg_server: str) -> Iterator[str]:
    """An empty database on the test server, for migrations from the first revision."""
    yield from _new_database(pg_server, "template0")


@pytest.fixture
def library_location(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> str:
    """Where the test's library is: a folder, or a team library's URL (see ``backend``)."""
    if backend == "postgresql":
        return str(request.getfixturevalue("team_url"))
    return str(tmp_path / "library")


@pytest.fixture
def library(library_location: str) -> Iterator[Library]:
    from write_refusals import install

    opened = Library.open(library_location)
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


@pytest.fixture
def tesseract() -> None:
    """Tests that read pictures of text need Tesseract with Spanish and English; CI installs
    them (``.ci/run``, which sets CASEFILE_REQUIRE_OCR), elsewhere the tests are skipped."""
    from casefile.ingest.ocr import tesseract_ready

    if tesseract_ready():
        return
    missing = "Tesseract with Spanish and English is not installed"
    install = "apt-get install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng"
    if os.environ.get("CASEFILE_REQUIRE_OCR"):
        pytest.fail(f"{missing}, and CI requires it ({install})")
    pytest.skip(f"{missing} (Debian: {install})")
