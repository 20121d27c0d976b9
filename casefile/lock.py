"""Who has a library open: an exclusive lock for the app window, shared locks for every opener.

Two locks live in the library folder, both taken with ``flock`` so that the kernel drops them
when a process dies (a crashed window never leaves a stale lock behind):

* ``app.lock`` is held exclusively by the Casefile window for as long as it shows a library.
  A second window is told which process has it (the pid is written into the file).
  Command-line runs do not take it: SQLite's WAL mode and busy timeout let them work safely
  beside the window.
* ``open.lock`` is held *shared* by every :class:`~casefile.library.Library` while open.
  The start-up sweep upgrades it to exclusive without waiting: only a process that is alone
  with the library may delete files no source lists, because another process may be half-way
  through an import (file written, row not yet committed).

Where ``fcntl`` is missing (Windows), the app lock falls back to a pid file that is taken over
when its pid is no longer running, and the shared lock is a no-op (the sweep then only touches
files old enough that no import can still be writing them; see ``integrity``).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

from casefile.errors import CasefileError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

APP_LOCK_NAME = "app.lock"
OPEN_LOCK_NAME = "open.lock"


class LibraryInUseError(CasefileError):
    """The library is already open in another Casefile window."""


class LibraryLock:
    """The exclusive app lock on a library folder; ``acquire()`` then ``release()``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / APP_LOCK_NAME
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock or raise LibraryInUseError naming the process that holds it."""
        if self._handle is not None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
        except OSError:
            return  # a read-only folder: no one can write, so there is nothing to protect
        if fcntl is None:  # pragma: no cover - Windows
            handle.close()
            self._acquire_pid_file()
            return
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = _read_pid(handle)
            handle.close()
            raise _in_use(self.folder, holder) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Give the lock up (closing the file releases the flock)."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
        handle.close()

    def __enter__(self) -> LibraryLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def _acquire_pid_file(self) -> None:  # pragma: no cover - Windows
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                holder = _read_pid_path(self.path)
                if holder is not None and _pid_alive(holder):
                    raise _in_use(self.folder, holder) from None
                self.path.unlink(missing_ok=True)  # stale: its process is gone
                continue
            handle = os.fdopen(fd, "w", encoding="utf-8")
            handle.write(f"{os.getpid()}\n")
            handle.flush()
            self._handle = handle
            return
        raise _in_use(self.folder, None)


class OpenLock:
    """The shared lock every open Library holds; ``try_exclusive()`` for the start-up sweep."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / OPEN_LOCK_NAME
        self._handle: IO[str] | None = None
        self._mode: int | None = None  # fcntl.LOCK_SH or LOCK_EX while held

    @property
    def exclusive(self) -> bool:
        """True while this lock is held exclusively (no other opener has the library)."""
        return fcntl is not None and self._mode == fcntl.LOCK_EX

    def share(self) -> bool:
        """Hold the lock shared (waits only while a sweep or a restore has it exclusively);
        False if it cannot be made. On a lock held exclusively this steps it down in place.
        """
        if fcntl is None:  # pragma: no cover - Windows
            return False
        handle = self._open()
        if handle is None:
            return False
        fcntl.flock(handle.fileno(), fcntl.LOCK_SH)
        self._mode = fcntl.LOCK_SH
        return True

    def try_exclusive(self) -> bool:
        """Hold the lock exclusively if no other opener holds it; never waits.

        On a lock held shared this is an upgrade in place. flock converts a lock by dropping
        it and taking the new kind, and does not give the shared lock back when the exclusive
        one is refused, so a failed upgrade takes it again at once; only a process that
        found the library free in that instant could take it first.
        """
        if fcntl is None:  # pragma: no cover - Windows
            return False
        was_shared = self._mode == fcntl.LOCK_SH
        handle = self._open()
        if handle is None:
            return False
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            if was_shared:
                self.share()
            return False
        self._mode = fcntl.LOCK_EX
        return True

    def release(self) -> None:
        handle, self._handle = self._handle, None
        self._mode = None
        if handle is not None:
            handle.close()

    def _open(self) -> IO[str] | None:
        if self._handle is None:
            for mode in ("a+", "r"):  # "r": a lock file in a read-only folder still locks
                try:
                    self._handle = open(self.path, mode, encoding="utf-8")  # noqa: SIM115
                    break
                except OSError:
                    continue
        return self._handle


def _in_use(folder: Path, pid: int | None) -> LibraryInUseError:
    if pid is None:
        return LibraryInUseError(key="library_in_use", folder=folder)
    return LibraryInUseError(key="library_in_use_pid", folder=folder, pid=pid)


def _read_pid(handle: IO[str]) -> int | None:
    try:
        handle.seek(0)
        first = handle.readline().strip()
    except OSError:
        return None
    return int(first) if first.isdigit() else None


def _read_pid_path(path: Path) -> int | None:  # pragma: no cover - Windows
    try:
        first = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return int(first) if first.isdigit() else None


def _pid_alive(pid: int) -> bool:  # pragma: no cover - Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
