"""Case bundles: a round trip loses nothing, re-imports add nothing, hostile zips change nothing."""

from __future__ import annotations

import json
import stat
import zipfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from bundle_snapshot import case_snapshot

from casefile import bundle_format
from casefile.bundle import case_uid, export_case, import_bundle
from casefile.domain import Precision, Review
from casefile.errors import CasefileError
from casefile.importer import import_paths
from casefile.library import Library
from casefile.models import Event, EventActor, Quote

ARTICLE_ES = """date 2026-03-02
Reunión de seguridad entre México y Estados Unidos

El pasado 27 de febrero, los cancilleres sostuvieron una llamada sobre el fentanilo.
La próxima reunión está prevista para marzo de 2026 en Washington.

“Vamos a redoblar los esfuerzos contra el tráfico de armas”, afirmó la canciller Alicia Bárcena.
"""
ARTICLE_EN = """date 2026-03-05
Treasury sanctions fentanyl traffickers

The Treasury Department sanctioned a network of traffickers last Thursday, officials said.
<b>Bold</b> &amp; <img src=x> </table> stay literal.
"""


def _filled_library(library: Library, articles: Path) -> int:
    case = library.create_case("Seguridad MX–US", ["MX", "US"], "Cooperación bilateral")
    assert case.id is not None
    articles.mkdir(exist_ok=True)
    (articles / "reunion.txt").write_text(ARTICLE_ES, encoding="utf-8")
    (articles / "treasury.md").write_text(ARTICLE_EN, encoding="utf-8")
    report = import_paths(library, case.id, [articles])
    assert len(report.added) == 2
    events = library.items("event", case.id)
    library.set_review("event", events[0].id, Review.ACCEPTED.value)
    if len(events) > 1:
        library.set_review("event", events[1].id, Review.REJECTED.value)
    typed = library.add(
        Event(case_id=case.id, date=events[0].date, precision=Precision.MONTH.value, title="A mano")
    )
    actors = library.items("actor", case.id)
    if actors:
        library.add(EventActor(event_id=typed.id, actor_id=actors[0].id))
        library.add(Quote(case_id=case.id, text="Sin fuente", speaker_actor_id=actors[0].id))
    library.set_tags("case", case.id, ["fentanilo", "bilateral"])
    library.set_tags("event", typed.id, ["prioridad"])
    library.set_tags("source", report.added[0][1], ["oficial"])
    return case.id


@pytest.fixture
def exported(tmp_path: Path) -> Iterator[tuple[Library, int, Path]]:
    with closing(Library.open(tmp_path / "a")) as library:
        case_id = _filled_library(library, tmp_path / "articles")
        output = export_case(library, case_id, tmp_path / "out" / "seguridad.casefile")
        yield library, case_id, output


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Library]:
    """A second, empty library to import bundles into."""
    with closing(Library.open(tmp_path / "b")) as library:
        yield library


def test_round_trip_keeps_every_field_tag_span_review_and_file(
    exported: tuple[Library, int, Path], target: Library
) -> None:
    source_library, case_id, output = exported
    summary = import_bundle(target, output)
    assert summary["new_case"] is True
    assert case_snapshot(target, summary["case_id"]) == case_snapshot(source_library, case_id)


def test_reimporting_the_same_bundle_adds_nothing(
    exported: tuple[Library, int, Path], target: Library
) -> None:
    _, _, output = exported
    first = import_bundle(target, output)
    before = case_snapshot(target, first["case_id"])
    again = import_bundle(target, output)
    assert again["case_id"] == first["case_id"]
    assert again["new_case"] is False
    assert sum(again["added"].values()) == 0
    assert case_snapshot(target, first["case_id"]) == before
    assert len(target.cases()) == 1


def test_importing_into_the_library_it_came_from_adds_nothing(
    exported: tuple[Library, int, Path],
) -> None:
    library, case_id, output = exported
    before = case_snapshot(library, case_id)
    summary = import_bundle(library, output)
    assert summary["case_id"] == case_id
    assert sum(summary["added"].values()) == 0
    assert case_snapshot(library, case_id) == before


def test_case_keeps_its_uid_when_exported_again_from_another_library(
    exported: tuple[Library, int, Path], target: Library
) -> None:
    library, case_id, output = exported
    imported = import_bundle(target, output)["case_id"]
    assert case_uid(target, imported) == case_uid(library, case_id)


def test_sources_already_in_the_library_are_linked_not_copied(
    tmp_path: Path, exported: tuple[Library, int, Path], target: Library
) -> None:
    _, _, output = exported
    other = target.create_case("Otro caso")
    assert other.id is not None
    folder = tmp_path / "again"
    folder.mkdir()
    (folder / "reunion.txt").write_text(ARTICLE_ES, encoding="utf-8")
    import_paths(target, other.id, [folder])
    summary = import_bundle(target, output)
    assert summary["added"]["sources"] == 1
    assert summary["added"]["source_links"] == 2
    assert target.source_count() == 2


def _members(output: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(output) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write_zip(path: Path, members: dict[str, bytes], symlink: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        if symlink is not None:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return path


def _hostile_bundles(output: Path, folder: Path) -> dict[str, Path]:
    members = _members(output)
    manifest = json.loads(members["manifest.json"])
    missing = dict(members)
    first_file = next(name for name in members if name.startswith("files/"))
    del missing[first_file]
    tampered = dict(members)
    tampered[first_file] = b"not the original bytes"
    bad_date = json.loads(members["manifest.json"])
    bad_date["events"][0]["date"] = "yesterday"
    bad_actor = json.loads(members["manifest.json"])
    bad_actor["events"][0]["actors"] = [987654]
    newer = {**manifest, "version": 99}
    not_zip = folder / "not-a-zip.casefile"
    not_zip.write_bytes(b"PK\x03\x04 but not really a zip")
    return {
        "traversal": _write_zip(folder / "t.casefile", {**members, "../../x": b"x"}),
        "absolute": _write_zip(folder / "a.casefile", {**members, "/tmp/x": b"x"}),
        "symlink": _write_zip(folder / "s.casefile", members, symlink="files/link"),
        "missing": _write_zip(folder / "m.casefile", missing),
        "tampered": _write_zip(folder / "h.casefile", tampered),
        "bad date": _write_zip(
            folder / "d.casefile", {**members, "manifest.json": json.dumps(bad_date).encode()}
        ),
        "bad actor": _write_zip(
            folder / "r.casefile", {**members, "manifest.json": json.dumps(bad_actor).encode()}
        ),
        "newer": _write_zip(
            folder / "n.casefile", {**members, "manifest.json": json.dumps(newer).encode()}
        ),
        "no manifest": _write_zip(folder / "e.casefile", {"files/x.txt": b"x"}),
        "not json": _write_zip(folder / "j.casefile", {"manifest.json": b"{nope"}),
        "not zip": not_zip,
    }


def test_hostile_bundles_are_refused_and_change_nothing(
    tmp_path: Path, exported: tuple[Library, int, Path], target: Library
) -> None:
    _, _, output = exported
    folder = tmp_path / "hostile"
    folder.mkdir()
    for label, path in _hostile_bundles(output, folder).items():
        with pytest.raises(CasefileError) as refused:
            import_bundle(target, path)
        assert path.name in str(refused.value), label
        assert target.cases() == [], label
        assert list(target.files.stored()) == [], label
    assert not (tmp_path / "x").exists()


def test_a_bundle_that_unpacks_past_the_cap_is_refused(
    tmp_path: Path,
    exported: tuple[Library, int, Path],
    target: Library,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, _, output = exported
    bomb = _write_zip(
        tmp_path / "bomb.casefile", {**_members(output), "files/zeros.bin": bytes(4_000_000)}
    )
    monkeypatch.setattr(bundle_format, "MAX_TOTAL_BYTES", 1_000_000)
    with pytest.raises(CasefileError, match="unpacks to"):
        import_bundle(target, bomb)
    assert target.cases() == []


def test_export_leaves_no_partial_file_when_it_cannot_write(
    tmp_path: Path, exported: tuple[Library, int, Path]
) -> None:
    library, case_id, _ = exported
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(CasefileError):
        export_case(library, case_id, blocker / "x.casefile")


def test_cli_exports_and_imports_a_bundle(
    tmp_path: Path, exported: tuple[Library, int, Path]
) -> None:
    import subprocess
    import sys

    target = tmp_path / "cli-target"
    out = tmp_path / "cli.casefile"
    common = [sys.executable, "-m", "casefile"]
    made = subprocess.run(
        [*common, "export", "1", "-o", str(out), "--library", str(tmp_path / "a")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    loaded = subprocess.run(
        [*common, "import-bundle", str(out), "--library", str(target), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert loaded.returncode == 0, loaded.stderr
    assert json.loads(loaded.stdout)["new_case"] is True
    refused = subprocess.run(
        [*common, "import-bundle", str(tmp_path / "hostile-none"), "--library", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert refused.returncode == 2
    assert "casefile:" in refused.stderr


def test_upgrade_to_0003_keeps_rows_and_records_bundle_cases(
    tmp_path: Path, exported: tuple[Library, int, Path]
) -> None:
    from casefile import migrations
    from casefile.library import make_engine

    _, _, output = exported
    folder = tmp_path / "old"
    (folder / "files").mkdir(parents=True)
    engine = make_engine(f"sqlite:///{folder / 'casefile.db'}")
    migrations.upgrade(engine, "0002")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            'INSERT INTO "case" (id, title, countries, description, summary, created_at, '
            "updated_at, archived) VALUES (4, 'Caso viejo', 'MX', '', '', "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00', 0)"
        )
    engine.dispose()
    with closing(Library.open(folder)) as library:
        assert library.schema_version() == migrations.head_revision()
        assert [case.title for case in library.cases()] == ["Caso viejo"]
        imported = import_bundle(library, output)["case_id"]
        assert import_bundle(library, output)["case_id"] == imported
        migrations.downgrade(library.engine, "0002")
        migrations.upgrade(library.engine)
        assert sorted(case.title for case in library.cases()) == ["Caso viejo", "Seguridad MX–US"]


def test_a_photos_picture_comes_with_its_caption_and_its_thumbnails(
    tmp_path: Path, target: Library
) -> None:
    from pictures import photo

    from casefile.thumbnails import PREVIEW_SIZE, SIZE, thumbnail_path

    data = photo((900, 600), iptc={(2, 120): "Cancilleres en la frontera", (2, 110): "EFE"})
    (tmp_path / "foto.jpg").write_bytes(data)
    with closing(Library.open(tmp_path / "a")) as library:
        case = library.create_case("Fotos")
        import_paths(library, case.id, [tmp_path / "foto.jpg"])
        output = export_case(library, case.id, tmp_path / "fotos.casefile")
    import_bundle(target, output)
    [caption] = target.items("caption", target.find_case("Fotos").id)
    assert target.files.path(caption.image_file).read_bytes() == data
    for size in (SIZE, PREVIEW_SIZE):  # made by the import, not by the window later
        assert thumbnail_path(target.files, caption.image_file, size).is_file()
