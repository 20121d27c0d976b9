"""The change log a window follows, on a folder and on a team library (issue 14)."""

from __future__ import annotations

import datetime as dt
import time
from contextlib import closing

import pytest

from casefile.change_log import ChangeFeed
from casefile.library import Library
from casefile.models import Event

pytestmark = pytest.mark.both_backends


def test_a_feed_hears_what_another_connection_changes(
    library: Library, library_location: str
) -> None:
    case = library.create_case("Seguridad")
    feed = ChangeFeed(library.engine)
    try:
        assert not feed.pending()
        assert feed.read() == []
        with closing(Library.open(library_location)) as colleague:
            event = colleague.add(Event(case_id=case.id, date=dt.date(2026, 2, 5), title="A"))
            colleague.update("event", event.id, title="B")
            colleague.set_tags("event", event.id, ["armas"])
            colleague.delete("event", event.id)
        assert _heard(feed)
        seen = [(c.kind, c.item_id, c.action) for c in feed.read() if c.kind == "event"]
        assert seen[0] == ("event", event.id, "insert")
        assert ("event", event.id, "update") in seen
        assert seen.index(("event", event.id, "delete")) > seen.index(("event", event.id, "update"))
        # a tag put on or taken off is an update of its item, never its insert or delete
        assert seen.count(("event", event.id, "insert")) == 1
        assert not feed.pending() or feed.read() == []  # nothing more, once read
        assert feed.read() == []
    finally:
        feed.close()


def test_a_bulk_load_is_heard_as_its_case(library: Library) -> None:
    case = library.create_case("Bulk")
    feed = ChangeFeed(library.engine)
    try:
        rows = [
            {"case_id": case.id, "date": dt.date(2026, 1, 1 + i), "title": "x"} for i in range(30)
        ]
        library.bulk_insert("event", rows)
        assert _heard(feed)
        changes = [c for c in feed.read() if c.kind == "event"]
        if library.is_sqlite:  # one row for the load, not thirty
            assert [(c.case_id, c.action) for c in changes] == [(case.id, "bulk")]
        else:
            assert len(changes) == 30
            assert {c.case_id for c in changes} == {case.id}
    finally:
        feed.close()


def _heard(feed: ChangeFeed) -> bool:
    """Whether the feed hears of a change within a second (a notification travels)."""
    deadline = time.monotonic() + 1
    while time.monotonic() < deadline:
        if feed.pending():
            return True
        time.sleep(0.02)
    return False


@pytest.mark.sqlite_only("not parametrised: it takes a team library of its own")
def test_a_feed_whose_connection_is_lost_says_so(team_url: str) -> None:
    from sqlalchemy import text

    from casefile.change_log import FeedLost

    with closing(Library.open(team_url)) as library:
        feed = ChangeFeed(library.engine)
        try:
            with library.engine.begin() as connection:  # the server ends the feed's session
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )
            with pytest.raises(FeedLost):
                _poll_for(feed, seconds=5)
        finally:
            feed.close()
        again = ChangeFeed(library.engine)  # a new feed listens again
        library.create_case("Después")
        assert _heard(again)
        again.close()


def _poll_for(feed: ChangeFeed, seconds: float) -> None:
    """Ask the feed again and again for ``seconds`` (what a window's timer does)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        feed.pending()
        time.sleep(0.05)


def test_a_change_committed_after_later_ones_is_still_heard(
    library: Library, library_location: str
) -> None:
    """A long transaction (a sync) writes a change, another commits after it, the feed reads,
    then the long one commits: its change, numbered below the one read, is not lost."""
    case = library.create_case("Seguridad")
    feed = ChangeFeed(library.engine)
    try:
        with (
            closing(Library.open(library_location)) as slow,
            closing(Library.open(library_location)) as quick,
        ):
            long_one = slow.engine.connect()
            transaction = long_one.begin()
            long_one.execute(
                Event.__table__.insert().values(  # type: ignore[attr-defined]
                    case_id=case.id, date=dt.date(2026, 1, 1), title="Lenta", uid="u-slow"
                )
            )
            if library.is_sqlite:  # SQLite lets one writer at a time: nothing can overtake
                transaction.commit()
                long_one.close()
                quick.add(Event(case_id=case.id, date=dt.date(2026, 1, 2), title="Rápida"))
            else:
                quick.add(Event(case_id=case.id, date=dt.date(2026, 1, 2), title="Rápida"))
                assert _heard(feed)
                first = {c.item_id for c in feed.read() if c.kind == "event"}
                assert len(first) == 1  # the quick one only: the slow one is not committed
                transaction.commit()
                long_one.close()
            assert _heard(feed) or library.is_sqlite
            heard = {c.action for c in feed.read() if c.kind == "event"}
            assert heard == {"insert"}
    finally:
        feed.close()
