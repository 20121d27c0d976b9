"""The command line end to end, on real temp libraries, in a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.both_backends

ARTICLE_ES = """date 2026-03-02
url https://example.org/seguridad/reunion
Reunión de seguridad entre México y Estados Unidos

El pasado 27 de febrero, los cancilleres de ambos países sostuvieron una llamada para revisar
la cooperación contra el tráfico de fentanilo. La próxima reunión del grupo bilateral está
prevista para el 18 de marzo en Washington.

“Vamos a redoblar los esfuerzos contra el tráfico de armas hacia nuestro país”, afirmó la
canciller Alicia Bárcena.
"""

ARTICLE_EN = """date 2026-03-05
Treasury sanctions fentanyl traffickers

The Treasury Department sanctioned a network of fentanyl traffickers last Thursday.
"""


def run(
    library: Path | str, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CASEFILE_LIBRARY": str(library)}
    return subprocess.run(
        [sys.executable, "-m", "casefile", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
        check=False,
    )


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "nested").mkdir(parents=True)
    (folder / "reunion.txt").write_text(ARTICLE_ES, encoding="utf-8")
    (folder / "nested" / "treasury.md").write_text(ARTICLE_EN, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_case_new_and_list(library_location: str) -> None:
    library = library_location
    created = run(library, "case", "new", "México–EE.UU. seguridad", "--countries", "MX,US")
    assert created.returncode == 0, created.stderr
    listed = run(library, "case", "list", "--json")
    (case,) = json.loads(listed.stdout)
    assert (case["title"], case["countries"]) == ("México–EE.UU. seguridad", "MX,US")


def test_import_reports_added_duplicate_and_unreadable(
    library_location: str, articles: Path
) -> None:
    library = library_location
    run(library, "case", "new", "Seguridad")
    first = run(library, "--library", str(library), "import", "Seguridad", str(articles))
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("added\t") == 2
    assert "empty.txt" in first.stderr
    again = run(library, "import", "1", str(articles / "reunion.txt"), "--json")
    report = json.loads(again.stdout)
    assert report["added"] == []
    assert len(report["duplicates"]) == 1
    assert "already in this case" in report["duplicates"][0]


def test_show_json_lists_sources_and_proposals(library_location: str, articles: Path) -> None:
    library = library_location
    run(library, "case", "new", "Seguridad")
    run(library, "import", "Seguridad", str(articles / "reunion.txt"))
    shown = json.loads(run(library, "show", "Seguridad", "--json").stdout)
    assert set(shown) == {"case", "sources", "events", "quotes", "captions", "actors"}
    (source,) = shown["sources"]
    assert source["published"] == "2026-03-02"
    assert source["url"] == "https://example.org/seguridad/reunion"
    assert {event["review"] for event in shown["events"]} == {"proposed"}
    dates = {event["date_text"] for event in shown["events"]}
    assert {"2026-02-27", "2026-03-18"} <= dates
    assert any(quote["speaker"] for quote in shown["quotes"])


def test_import_accept_accepts_every_proposal(library_location: str, articles: Path) -> None:
    library = library_location
    run(library, "case", "new", "Seguridad")
    run(library, "import", "Seguridad", str(articles / "reunion.txt"), "--accept")
    shown = json.loads(run(library, "show", "Seguridad", "--json").stdout)
    assert shown["events"]
    assert {event["review"] for event in shown["events"]} == {"accepted"}


def test_search_json_hits_best_first(library_location: str, articles: Path) -> None:
    library = library_location
    run(library, "case", "new", "Seguridad")
    run(library, "import", "Seguridad", str(articles), "--accept")
    hits = json.loads(run(library, "search", "Fentanilo", "--json").stdout)
    assert hits
    # today's fields, and the forms each hit matched (issue 13)
    assert set(hits[0]) == {"kind", "id", "case", "title", "snippet", "score", "matched"}
    assert all(hit["matched"] for hit in hits)
    assert {form.casefold() for hit in hits for form in hit["matched"]} >= {"fentanilo"}
    assert [hit["score"] for hit in hits] == sorted((hit["score"] for hit in hits), reverse=True)
    assert all(hit["case"] == 1 for hit in hits)
    for hostile in ['"', "AND (", "*"]:
        result = run(library, "search", hostile, "--json")
        assert result.returncode == 0, result.stderr
        assert isinstance(json.loads(result.stdout), list)


def test_unknown_case_is_an_error_a_person_can_act_on(library_location: str) -> None:
    result = run(library_location, "show", "Nope")
    assert result.returncode == 2
    assert "case list" in result.stderr
    assert "Traceback" not in result.stderr


def test_extract_prints_proposals_without_a_library(tmp_path: Path, articles: Path) -> None:
    library = tmp_path / "untouched"
    result = run(library, "extract", str(articles / "reunion.txt"), "--json")
    assert result.returncode == 0, result.stderr
    value = json.loads(result.stdout)
    assert value["source"]["published"] == "2026-03-02"
    assert {"2026-02-27", "2026-03-18"} <= {event["date"] for event in value["events"]}
    assert not library.exists()


def test_dates_reads_many_texts_from_stdin(tmp_path: Path) -> None:
    texts = "el pasado 11 de enero\nel próximo mes de febrero\nlast Thursday\n"
    result = run(tmp_path / "lib", "dates", "-", "--ref", "2026-01-16", stdin=texts)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [found[0]["value"] for found in lines] == ["2026-01-11", "2026-02", "2026-01-15"]
    assert [found[0]["precision"] for found in lines] == ["day", "month", "day"]


def test_a_date_that_is_not_one_is_refused_with_the_form_to_use(tmp_path: Path) -> None:
    done = run(tmp_path / "lib", "dates", "ayer", "--ref", "2026-13-01")
    assert done.returncode == 2
    assert "'2026-13-01' is not a date; write it as YYYY-MM-DD" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "lib").exists()  # dates never opens a library


def test_glossary_entries_are_added_listed_and_removed(
    tmp_path: Path, library_location: str
) -> None:
    library = library_location
    run(library, "case", "new", "Seguridad")
    article = tmp_path / "halcones.txt"
    article.write_text("Detienen a tres halcones del cártel en Culiacán.\n", encoding="utf-8")
    run(library, "import", "Seguridad", str(article), "--accept")
    assert json.loads(run(library, "search", "lookouts", "--json").stdout) == []
    added = run(library, "glossary", "add", "halcón | halcones", "lookout | lookouts")
    assert added.returncode == 0, added.stderr
    run(library, "glossary", "add", "plaza", "turf")
    entries = json.loads(run(library, "glossary", "list", "--json").stdout)
    assert [(e["spanish"], e["english"]) for e in entries] == [
        ("halcón | halcones", "lookout | lookouts"),
        ("plaza", "turf"),
    ]
    hits = json.loads(run(library, "search", "lookouts", "--json").stdout)
    assert [hit["matched"] for hit in hits] == [["halcones"]]
    assert run(library, "glossary", "remove", str(entries[1]["id"])).returncode == 0
    kept = json.loads(run(library, "glossary", "list", "--json").stdout)
    assert kept == entries[:1]  # the entry that stays keeps its id
    one_sided = run(library, "glossary", "add", "sicario", "")
    assert "needs its form in the other language" in one_sided.stderr
    missing = run(library, "glossary", "remove", "99")
    assert missing.returncode != 0
    assert "No glossary entry with id 99" in missing.stderr


def test_a_search_is_saved_listed_and_run_by_name(library_location: str, articles: Path) -> None:
    library = library_location
    run(library, "case", "new", "Seguridad")
    run(library, "import", "Seguridad", str(articles), "--accept")
    saved = run(library, "search", "fentanyl kind:event", "--save", "Fentanilo, eventos")
    assert saved.returncode == 0, saved.stderr
    listed = json.loads(run(library, "search", "--saved", "--json").stdout)
    assert listed == [{"name": "Fentanilo, eventos", "query": "fentanyl kind:event"}]
    by_name = json.loads(run(library, "search", "--saved", "fentanilo,  EVENTOS", "--json").stdout)
    direct = json.loads(run(library, "search", "fentanyl kind:event", "--json").stdout)
    assert by_name == direct
    assert by_name
    assert {hit["kind"] for hit in by_name} == {"event"}
    unknown = run(library, "search", "--saved", "nada")
    assert unknown.returncode != 0
    assert "No saved search named 'nada'" in unknown.stderr
    # what --save cannot keep is refused, and a search that fails is not saved
    filtered = run(library, "search", "armas", "--kind", "event", "--save", "Armas")
    assert "--save keeps the query only" in filtered.stderr
    failed = run(library, "search", "armas", "--case", "Nope", "--save", "Armas")
    assert failed.returncode != 0
    assert [s["name"] for s in json.loads(run(library, "search", "--saved", "--json").stdout)] == [
        "Fentanilo, eventos"
    ]
    assert "Type what to search for" in run(library, "search").stderr
    assert "not both" in run(library, "search", "x", "--saved", "Fentanilo, eventos").stderr


def test_version_is_the_one_pyproject_gives() -> None:
    import tomllib

    declared = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    done = subprocess.run(
        [sys.executable, "-m", "casefile", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"casefile {declared['project']['version']}"
