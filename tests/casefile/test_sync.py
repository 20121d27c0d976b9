"""Two laptops (SQLite folders) and a team library (PostgreSQL) on this machine, synced with the
real command line (issue 14's "done when"): offline adds, edits, deletions and one same-field
conflict on both laptops, two syncs each, then all three libraries show the case alike (but
for their own ids), the conflict is listed once and nothing is lost. The same with a sync
killed (-9) between its two halves."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from cli_runner import ROOT, casefile

from casefile.library import Library
from casefile.models import Event, Quote

ARTICLES = {
    "reunion.txt": """date 2026-02-06
Reunión ministerial de seguridad en Washington

WASHINGTON.— Los cancilleres de México y Estados Unidos se reunieron el pasado jueves 5 de
febrero en Washington y acordaron metas mensuales contra el tráfico de armas.
"La cooperación es total", dijo la canciller Mariana Ortega.
""",
    "aduanas.txt": """date 2026-02-10
Aduanas revisarán juntas la carga en Nogales

NOGALES.— Las aduanas de ambos países revisarán juntas la carga en la garita de Nogales a
partir del 1 de marzo, informó este lunes la ANAM.
""",
}


def shown(library: Path | str) -> dict[str, Any]:
    """``casefile show --json`` of the case, without the library's own ids, lists in a
    global order (by uid)."""
    value = json.loads(casefile(library, "show", "Seguridad", "--json").stdout)
    return _without_ids(value)


def _without_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: _without_ids(item)
            for key, item in value.items()
            if key != "id" and not key.endswith("_id")
        }
    if isinstance(value, list):
        items = [_without_ids(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, default=str))
    return value


@pytest.fixture
def three(tmp_path: Path, team_url: str) -> tuple[Path, Path, str]:
    """Laptop A with a case of two articles, synced to the team; laptop B following it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    a, b = tmp_path / "laptop-a", tmp_path / "laptop-b"
    casefile(a, "case", "new", "Seguridad", "--countries", "MX,US")
    casefile(a, "import", "Seguridad", str(folder), "--accept")
    casefile(a, "sync", team_url)
    casefile(b, "sync", team_url, "--case", "Seguridad")
    assert shown(a) == shown(b) == shown(team_url)
    return a, b, team_url


def _edit_offline(a: Path, b: Path) -> dict[str, Any]:
    """The same case edited on both laptops, apart; what each did, to check afterwards."""
    with closing(Library.open(a)) as library:
        case = library.find_case("Seguridad")
        events = library.items("event", case.id)
        shared = events[0]
        library.add(Event(case_id=case.id, date=dt.date(2026, 3, 1), title="Solo en A"))
        library.update("event", shared.id, title="Título de A")
        library.set_tags("event", shared.id, ["armas"])
        quote = library.items("quote", case.id)[0]
        library.delete("quote", quote.id)
        gone_quote = quote.uid
        edited_place = events[1].uid
        deleted_event = events[-1].uid
    with closing(Library.open(b)) as library:
        case = library.find_case("Seguridad")
        library.add(Quote(case_id=case.id, text="Una cita escrita en B", speaker="Analista"))
        by_uid = {event.uid: event for event in library.items("event", case.id)}
        library.update("event", by_uid[edited_place].id, place="Nogales, Sonora")
        library.delete("event", by_uid[deleted_event].id)
        library.update("event", by_uid[shared.uid].id, title="Título de B")  # later than A's
    return {
        "shared": shared.uid,
        "a_title": "Título de A",
        "gone_quote": gone_quote,
        "edited_place": edited_place,
        "deleted_event": deleted_event,
    }


def _check_agreement(a: Path, b: Path, team: str, did: dict[str, Any]) -> None:
    seen = shown(a)
    assert seen == shown(b) == shown(team)
    events = {event["uid"]: event for event in seen["events"]}
    assert events[did["shared"]]["title"] == "Título de B"  # the later change won
    assert events[did["edited_place"]]["place"] == "Nogales, Sonora"
    assert did["deleted_event"] not in events
    assert "Solo en A" in {event["title"] for event in events.values()}
    quotes = {quote["uid"]: quote for quote in seen["quotes"]}
    assert did["gone_quote"] not in quotes
    assert "Una cita escrita en B" in {quote["text"] for quote in quotes.values()}
    with closing(Library.open(a)) as library:
        event = next(
            e
            for e in library.items("event", library.find_case("Seguridad").id)
            if e.uid == did["shared"]
        )
        assert library.tags("event", event.id) == ["armas"]
    # the conflict is listed once, where it was met, with the value that lost
    listed = [
        *json.loads(casefile(a, "conflicts", "list", "--json").stdout),
        *json.loads(casefile(b, "conflicts", "list", "--json").stdout),
    ]
    assert [(c["field"], c["kept"], c["lost"]) for c in listed] == [
        ("title", "Título de B", did["a_title"])
    ]


def test_two_laptops_and_a_team_library_agree_after_two_syncs_each(
    three: tuple[Path, Path, str],
) -> None:
    a, b, team = three
    did = _edit_offline(a, b)
    for _round in range(2):
        casefile(a, "sync", team)
        casefile(b, "sync", team)
    _check_agreement(a, b, team, did)
    # nothing is lost: the losing title can be put back, and the next syncs carry it
    conflict = json.loads(casefile(b, "conflicts", "list", "--json").stdout)[0]
    casefile(b, "conflicts", "restore", str(conflict["id"]))
    casefile(b, "sync", team)
    casefile(a, "sync", team)
    titles = {e["uid"]: e["title"] for e in shown(a)["events"]}
    assert titles[did["shared"]] == did["a_title"]
    assert shown(a) == shown(b) == shown(team)


def test_a_sync_killed_between_its_halves_completes_the_next_time(
    three: tuple[Path, Path, str],
) -> None:
    a, b, team = three
    did = _edit_offline(a, b)
    casefile(a, "sync", team)
    # B's sync is killed once the team has its side, before B writes its own.
    process = subprocess.Popen(
        [sys.executable, "-m", "casefile", "sync", team],
        env={**os.environ, "CASEFILE_LIBRARY": str(b)},
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stderr is not None
    for line in process.stderr:
        if line.startswith("[4/5]"):  # the team's transaction is committed
            os.kill(process.pid, signal.SIGKILL)
            break
    process.wait(timeout=60)
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    for _round in range(2):
        casefile(b, "sync", team)
        casefile(a, "sync", team)
    _check_agreement(a, b, team, did)


def test_a_cancelled_sync_changes_neither_side(tmp_path: Path, team_url: str) -> None:
    from casefile import sync, sync_conflicts

    with (
        closing(Library.open(tmp_path / "laptop")) as laptop,
        closing(Library.open(team_url)) as team,
    ):
        laptop.create_case("Seguridad")
        with pytest.raises(sync.SyncCancelled):
            sync.sync(laptop, team, cancelled=lambda: True)
        assert team.cases() == []
        assert sync_conflicts.last_synced(laptop) is None
        report = sync.sync(laptop, team)
        assert report.pushed == {"added": 1}
        assert [case.title for case in team.cases()] == ["Seguridad"]
        assert sync_conflicts.last_synced(laptop) is not None


def test_one_article_imported_on_both_laptops_is_one_source(
    three: tuple[Path, Path, str], tmp_path: Path
) -> None:
    a, b, team = three
    article = tmp_path / "comunicado.txt"
    article.write_text(
        "date 2026-03-02\nComunicado conjunto sobre armas\n\nLa SRE y el Departamento de "
        "Estado acordaron el 2 de marzo revisar juntos los envíos de armas.\n",
        encoding="utf-8",
    )
    casefile(a, "import", "Seguridad", str(article), "--accept")
    casefile(b, "import", "Seguridad", str(article), "--accept")
    for _round in range(2):
        casefile(a, "sync", team)
        casefile(b, "sync", team)
    with closing(Library.open(team)) as library:
        titles = [s.title for s in library.sources(library.find_case("Seguridad").id)]
    assert titles.count("Comunicado conjunto sobre armas") == 1
    assert shown(a)["sources"] == shown(b)["sources"] == shown(team)["sources"]


def test_a_saved_pages_figure_reaches_the_other_laptop(
    three: tuple[Path, Path, str], tmp_path: Path
) -> None:
    from pictures import photo

    a, b, team = three
    picture = photo((500, 300), colour="maroon")
    (tmp_path / "nogales_files").mkdir()
    (tmp_path / "nogales_files" / "garita.jpg").write_bytes(picture)
    (tmp_path / "nogales.html").write_text(
        "<html><head><title>Garita de Nogales</title></head><body><article>"
        "<h1>Aduanas revisan la carga en Nogales</h1><p>Las aduanas de ambos países revisaron "
        "juntas la carga el 2 de marzo de 2026 en la garita de Nogales.</p>"
        '<figure><img src="nogales_files/garita.jpg"><figcaption>Camiones en la garita de '
        "Nogales / Foto: Agencia IP</figcaption></figure></article></body></html>",
        encoding="utf-8",
    )
    casefile(a, "import", "Seguridad", str(tmp_path / "nogales.html"))
    casefile(a, "sync", team)
    casefile(b, "sync", team)
    with closing(Library.open(b)) as library:
        case = library.find_case("Seguridad")
        [caption] = [c for c in library.items("caption", case.id) if "garita" in c.caption]
        assert library.files.path(caption.image_file).read_bytes() == picture


def test_an_event_added_to_a_case_deleted_elsewhere_is_kept_in_the_conflicts(
    three: tuple[Path, Path, str],
) -> None:
    from casefile import sync_conflicts

    a, b, team = three
    with closing(Library.open(a)) as library:
        case = library.find_case("Seguridad")
        library.add(Event(case_id=case.id, date=dt.date(2026, 4, 1), title="Añadido en A"))
    with closing(Library.open(b)) as library:
        library.delete("case", library.find_case("Seguridad").id)
    casefile(b, "sync", team)
    casefile(a, "sync", team)  # not stuck: the deletion stands ...
    casefile(a, "sync", team)
    with closing(Library.open(a)) as library:
        assert library.cases() == []
        kept = sync_conflicts.conflicts(library)
    # ... and the event that had nowhere to go is kept, whole, where it was made
    assert [(c.table, c.field, c.lost["title"]) for c in kept] == [("event", "*", "Añadido en A")]


def test_a_colleagues_edit_during_a_sync_is_not_overwritten(tmp_path: Path, team_url: str) -> None:
    from casefile import sync, sync_conflicts

    with (
        closing(Library.open(tmp_path / "laptop")) as laptop,
        closing(Library.open(team_url)) as team,
    ):
        case = laptop.create_case("Seguridad")
        event = laptop.add(Event(case_id=case.id, date=dt.date(2026, 2, 5), title="Original"))
        sync.sync(laptop, team)
        laptop.update("event", event.id, title="Del portátil")
        team_event = next(e for e in team.items("event", team.cases()[0].id))

        def colleague_saves(done: int, _total: int, _step: str) -> None:
            if done == 2:  # read, merged, not yet written
                with closing(Library.open(team_url)) as colleague:
                    colleague.update("event", team_event.id, title="Del colega")

        report = sync.sync(laptop, team, progress=colleague_saves)
        assert report.left_for_next == 1
        assert team.get("event", team_event.id).title == "Del colega"  # still theirs
        assert laptop.get("event", event.id).title == "Del portátil"  # still mine
        sync.sync(laptop, team)  # merged again: the later change (the colleague's) wins
        assert laptop.get("event", event.id).title == "Del colega"
        assert [(c.kept, c.lost) for c in sync_conflicts.conflicts(laptop)] == [
            ("Del colega", "Del portátil")
        ]


def test_times_are_utc_whatever_the_servers_time_zone(tmp_path: Path, team_url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from casefile import sync

    database = make_url(team_url).database
    admin = create_engine(
        team_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + "/postgres",
        isolation_level="AUTOCOMMIT",
    )
    with admin.connect() as connection:
        connection.execute(text(f"ALTER DATABASE \"{database}\" SET timezone TO 'Europe/Madrid'"))
    admin.dispose()
    with (
        closing(Library.open(tmp_path / "laptop")) as laptop,
        closing(Library.open(team_url)) as team,
    ):
        case = laptop.create_case("Seguridad")
        laptop.add(Event(case_id=case.id, date=dt.date(2026, 2, 5), title="Reunión"))
        sync.sync(laptop, team)
        again = sync.sync(laptop, team)
        assert (again.pushed, again.pulled) == ({}, {})  # nothing moved by an hour


def test_a_reference_to_a_case_not_followed_is_kept_on_the_team(
    tmp_path: Path, team_url: str
) -> None:
    from casefile import sync

    with closing(Library.open(team_url)) as team:
        followed = team.create_case("Seguridad")
        other = team.create_case("Aduanas")
        there = team.add(Event(case_id=other.id, date=dt.date(2026, 3, 1), title="En Aduanas"))
        proposal = team.add(
            Event(
                case_id=followed.id,
                date=dt.date(2026, 3, 1),
                title="Propuesta",
                same_as_id=there.id,
            )
        )
        with closing(Library.open(tmp_path / "laptop")) as laptop:
            sync.sync(laptop, team, "Seguridad")
            sync.sync(laptop, team)
            sync.sync(laptop, team)
        assert team.get("event", proposal.id).same_as_id == there.id


def test_a_case_is_not_deleted_under_a_colleagues_new_event(tmp_path: Path, team_url: str) -> None:
    from casefile import sync, sync_conflicts

    with (
        closing(Library.open(tmp_path / "laptop")) as laptop,
        closing(Library.open(team_url)) as team,
    ):
        case = laptop.create_case("Seguridad")
        sync.sync(laptop, team)
        laptop.delete("case", case.id)
        team_case = team.cases()[0]

        def colleague_adds(done: int, _total: int, _step: str) -> None:
            if done == 2:  # read, merged, not yet written
                with closing(Library.open(team_url)) as colleague:
                    colleague.add(
                        Event(case_id=team_case.id, date=dt.date(2026, 5, 1), title="Del colega")
                    )

        sync.sync(laptop, team, progress=colleague_adds)
        assert [e.title for e in team.items("event", team_case.id)] == ["Del colega"]
        sync.sync(laptop, team)  # now seen: the case goes, the event is kept in the list
        assert team.cases() == []
        kept = [(c.table, c.field, c.lost["title"]) for c in sync_conflicts.conflicts(laptop)]
        assert kept == [("event", "*", "Del colega")]
