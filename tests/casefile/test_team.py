"""Several analysts on one library at once (issue 14), on a folder and on a team library: no
edit is lost without a word, and an article imported by two at once is stored once."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from casefile.errors import EditConflictError
from casefile.library import Library
from casefile.models import Event

pytestmark = pytest.mark.both_backends

ROOT = Path(__file__).resolve().parents[2]

ARTICLE = """date 2026-02-06
Reunión ministerial de seguridad en Washington

WASHINGTON.— Los cancilleres de México y Estados Unidos se reunieron el pasado jueves 5 de
febrero en Washington y acordaron metas mensuales contra el tráfico de armas.
"""

WRITER = """
import datetime as dt, sys
from contextlib import closing
from casefile.errors import EditConflictError
from casefile.library import Library
from casefile.models import Event
location, case_id, number = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with closing(Library.open(location)) as library:
    for i in range(20):
        library.add(Event(case_id=case_id, date=dt.date(2026, 1, 1 + i), title=f"w{number} {i}"))
        while True:  # an analyst told of a conflict looks again and redoes the edit
            shared = library.items("event", case_id)[0]
            seen = {"description": shared.description}
            appended = shared.description + str(number)
            try:
                library.update("event", shared.id, seen=seen, description=appended)
                break
            except EditConflictError:
                pass
"""


def test_an_edit_to_a_value_changed_elsewhere_is_refused_with_the_current_value(
    library: Library, library_location: str
) -> None:
    case = library.create_case("Seguridad")
    event = library.add(Event(case_id=case.id, date=dt.date(2026, 2, 5), title="Reunión"))
    with closing(Library.open(library_location)) as colleague:
        colleague.update(
            "event", event.id, seen={"title": "Reunión"}, title="Reunión en Washington"
        )
    with pytest.raises(EditConflictError, match="Someone else changed this") as refused:
        library.update("event", event.id, seen={"title": "Reunión"}, title="Reunión ministerial")
    assert refused.value.current == {"title": "Reunión en Washington"}
    assert library.get("event", event.id).title == "Reunión en Washington"
    # an edit to another field is no conflict: both stay, and each added to the version
    library.update("event", event.id, seen={"place": ""}, place="Washington")
    stored = library.get("event", event.id)
    assert (stored.title, stored.place, stored.version) == (
        "Reunión en Washington",
        "Washington",
        3,
    )


def test_several_processes_write_to_one_case_at_once(
    library: Library, library_location: str, tmp_path: Path
) -> None:
    case = library.create_case("Seguridad")
    assert case.id is not None
    library.add(Event(case_id=case.id, date=dt.date(2025, 12, 31), title="a shared event"))
    article = tmp_path / "reunion.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "CASEFILE_LIBRARY": library_location, "PYTHONPATH": str(ROOT)}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, library_location, str(case.id), str(number)],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for number in range(4)
    ]
    importers = [
        subprocess.Popen(
            [sys.executable, "-m", "casefile", "import", str(case.id), str(article), "--json"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    for process in writers:
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors
    outcomes = []
    for process in importers:
        output, errors = process.communicate(timeout=120)
        assert process.returncode in (0, 1), errors
        outcomes.append(output)
    events = library.items("event", case.id)
    assert len([e for e in events if e.title.startswith("w")]) == 80
    shared = next(e for e in events if e.title == "a shared event")
    # every writer's 20 appends to the one description are there: none overwrote another
    # (each was told when its value had moved, and looked again)
    assert sorted(shared.description) == sorted("0123" * 20)
    assert shared.version == 81
    sources = library.sources(case.id)
    assert len(sources) == 1  # stored once, whoever came first
    added = [json.loads(output) for output in outcomes if output.strip()]
    assert sum(len(report.get("added", [])) for report in added) == 1


def test_an_edit_made_through_the_orm_moves_the_version_too(library: Library) -> None:
    """Merging events writes through the ORM, not Library.update: its edits still count as
    changes for a colleague's conflict check and for sync's "later wins"."""
    from casefile import consolidate

    case = library.create_case("Seguridad")
    first = library.add(
        Event(case_id=case.id, date=dt.date(2026, 2, 5), title="Reunión", review="proposed")
    )
    second = library.add(Event(case_id=case.id, date=dt.date(2026, 2, 5), title="Reunión en DC"))
    before = library.get("event", first.id)
    consolidate.merge(library, first.id, second.id)  # takes the accepted one's review
    after = library.get("event", first.id)
    assert after.review == "accepted"
    assert after.version > before.version
    assert after.modified_at > before.modified_at
    # a colleague who was shown the proposal is told, not overwritten
    with pytest.raises(EditConflictError):
        library.update("event", first.id, seen={"review": "proposed"}, review="rejected")
