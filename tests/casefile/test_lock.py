"""One Casefile window per library: a second is told who has it; a dead holder frees it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from casefile.errors import CasefileError
from casefile.library import Library
from casefile.lock import LibraryInUseError, LibraryLock

HOLD = """
import sys, time
from pathlib import Path
from casefile.lock import LibraryLock
lock = LibraryLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


@contextmanager
def _holder(folder: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the app lock on ``folder``; killed (pipe closed) on leaving."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "held"
            yield process
        finally:
            process.kill()


def test_a_second_window_is_told_which_process_has_the_library(tmp_path: Path) -> None:
    with _holder(tmp_path) as holder:
        with pytest.raises(LibraryInUseError) as refused:
            LibraryLock(tmp_path).acquire()
        assert f"open in another Casefile window (pid {holder.pid})" in str(refused.value)
        assert isinstance(refused.value, CasefileError)


def test_the_lock_of_a_killed_window_is_taken_over(tmp_path: Path) -> None:
    with _holder(tmp_path) as holder:
        holder.kill()
        holder.wait()
    lock = LibraryLock(tmp_path)
    lock.acquire()
    assert lock.held
    lock.release()


def test_release_lets_the_next_window_in(tmp_path: Path) -> None:
    with LibraryLock(tmp_path), pytest.raises(LibraryInUseError):
        LibraryLock(tmp_path).acquire()
    with LibraryLock(tmp_path) as again:
        assert again.held


def test_command_line_works_beside_a_window_holding_the_library(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    Library.open(folder).close()
    with _holder(folder):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "casefile",
                "case",
                "new",
                "Desde la terminal",
                "--library",
                str(folder),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    with closing(Library.open(folder)) as library:
        assert [case.title for case in library.cases()] == ["Desde la terminal"]
