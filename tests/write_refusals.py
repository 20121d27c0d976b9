"""Writes the library refuses, for real: SQLite connections that may not write (as a read-only
library's are) or may not grow the database (a full disk), set up on the library's own engine.

Used as ``with full_disk(library): ...`` by tests in both tests/casefile and tests/ui.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from sqlalchemy import event as sa_event

from casefile.library import Library

_PRAGMAS: dict[int, Callable[[Any], None]] = {}  # engine id -> the refusal now in force
# Called before the engine's pool is replaced: the UI tests wait here for their windows'
# background jobs (the timeline picture's read), so no thread is opening a connection while
# the pool is disposed (SQLAlchemy's first-connect listeners are not safe against that).
QUIET: list[Callable[[], object]] = []


def _dispose(library: Library) -> None:
    for wait in QUIET:
        wait()
    library.engine.dispose()


def install(library: Library) -> None:
    """Hook the library's engine once, before any other thread uses it (the library
    fixture does this): adding or removing an engine listener while a background job
    (the timeline picture's read) opens a connection would race SQLAlchemy's listener
    list, so the refusals switch a pragma this one listener applies instead."""
    engine = library.engine
    if getattr(engine, "_refusal_hook", False):
        return

    def apply(connection, _record) -> None:  # type: ignore[no-untyped-def]
        pragma = _PRAGMAS.get(id(engine))
        if pragma is not None:
            pragma(connection)

    sa_event.listen(engine, "connect", apply)
    engine._refusal_hook = True  # type: ignore[attr-defined]


@contextmanager
def _each_connection(library: Library, pragma: Callable[[Any], None]) -> Iterator[None]:
    """Run ``pragma`` on every connection the library's engine opens, until the block ends."""
    install(library)
    key = id(library.engine)
    _PRAGMAS[key] = pragma
    _dispose(library)  # every connection from now on is a new one
    try:
        yield
    finally:
        _PRAGMAS.pop(key, None)
        _dispose(library)


def _query_only(connection: Any) -> None:
    connection.execute("PRAGMA query_only = ON")


def _no_growth(connection: Any) -> None:
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")


def read_only_medium(library: Library) -> AbstractContextManager[None]:
    """Every write fails as on a read-only medium (SQLite ``query_only``, as a read-only
    library's connections have)."""
    return _each_connection(library, _query_only)


def full_disk(library: Library) -> AbstractContextManager[None]:
    """The database may not grow past the pages it has."""
    return _each_connection(library, _no_growth)
