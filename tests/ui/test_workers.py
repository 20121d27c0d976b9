"""Workers report progress, stop cleanly when cancelled and turn errors into sentences."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from sqlmodel import select

from casefile import ingest
from casefile.importer import ImportReport
from casefile.library import Library
from casefile.models import CaseSource, Source
from ui.workers import BriefWorker, ImportWorker

ARTICLE = (
    "Security group meets\n\n"
    "MEXICO CITY, 16 January 2026 — Officials from Mexico and the United States met on "
    "Friday. “We agreed on the next steps”, said Foreign Minister Juan Ramón de la Fuente. "
    "Article number {n}.\n"
)


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = []
    for n in range(5):
        path = folder / f"article-{n}.txt"
        path.write_text(ARTICLE.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


def _run(qtbot, worker: ImportWorker) -> ImportReport:
    with qtbot.waitSignal(worker.signals.finished, timeout=30_000) as finished:
        QThreadPool.globalInstance().start(worker)
    report = finished.args[0]
    assert isinstance(report, ImportReport)
    return report


def test_import_reports_progress_for_every_file(qtbot, library: Library, articles) -> None:
    case = library.create_case("Seguridad")
    worker = ImportWorker(library, case.id, [articles[0].parent])
    seen: list[tuple[int, int, str]] = []
    worker.signals.progress.connect(lambda done, total, name: seen.append((done, total, name)))
    report = _run(qtbot, worker)
    qtbot.waitUntil(lambda: len(seen) == 6)
    assert [done for done, _, _ in seen] == [0, 1, 2, 3, 4, 5]
    assert {total for _, total, _ in seen} == {5}
    assert seen[0][2] == "article-0.txt"
    assert len(report.added) == 5
    assert not report.cancelled


def test_progress_counts_files_and_dropped_documents_together(
    qtbot, library: Library, articles
) -> None:
    case = library.create_case("Seguridad")
    documents = [ingest.read_text(ARTICLE.format(n="pasted")), ingest.read_url("https://x.org/a")]
    worker = ImportWorker(library, case.id, articles[:2], documents)
    seen: list[tuple[int, int]] = []
    worker.signals.progress.connect(lambda done, total, _name: seen.append((done, total)))
    report = _run(qtbot, worker)
    qtbot.waitUntil(lambda: (4, 4) in seen)
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert len(report.added) == 4


def test_cancel_after_the_first_file_leaves_whole_sources_only(
    qtbot, library: Library, articles
) -> None:
    case = library.create_case("Seguridad")
    worker = ImportWorker(library, case.id, articles)

    def cancel_once_a_file_is_in(done: int, _total: int, _name: str) -> None:
        if done >= 1:
            worker.cancel()

    # Direct: the flag is set in the worker's thread, before it reaches the next file.
    worker.signals.progress.connect(cancel_once_a_file_is_in, Qt.ConnectionType.DirectConnection)
    report = _run(qtbot, worker)

    assert report.cancelled
    assert 1 <= len(report.added) < len(articles)
    with library.session() as session:
        sources = list(session.exec(select(Source)))
        linked = {link.source_id for link in session.exec(select(CaseSource))}
    assert len(sources) == len(report.added)
    stored = set(library.files.stored())
    for source in sources:
        assert source.id in linked
        assert source.text
        assert source.stored_file in stored
    assert stored == {source.stored_file for source in sources}  # no file without its row


def test_a_cancelled_import_can_be_run_again_for_the_rest(
    qtbot, library: Library, articles
) -> None:
    case = library.create_case("Seguridad")
    worker = ImportWorker(library, case.id, articles)
    worker.cancel()
    first = _run(qtbot, worker)
    assert first.cancelled
    assert first.added == []
    second = _run(qtbot, ImportWorker(library, case.id, articles))
    assert len(second.added) == 5


def test_unreadable_files_are_reported_not_raised(qtbot, library: Library, tmp_path) -> None:
    case = library.create_case("Seguridad")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    report = _run(qtbot, ImportWorker(library, case.id, [empty]))
    (message,) = report.unreadable
    assert "empty.txt" in message


def test_failure_is_a_sentence_without_traceback(qtbot, library: Library, articles) -> None:
    worker = ImportWorker(library, 999, articles)
    with qtbot.waitSignal(worker.signals.failed) as failed:
        QThreadPool.globalInstance().start(worker)
    (message,) = failed.args
    assert message == "No case with id 999."
    assert "Traceback" not in message


def test_brief_worker_builds_a_pdf_and_reports_progress(
    qtbot, library: Library, articles, tmp_path
) -> None:
    brief = pytest.importorskip("casefile.brief")
    if not hasattr(brief, "build"):
        pytest.skip("casefile.brief.build has not landed yet")
    case = library.create_case("Seguridad México–EE.UU.")
    _run(qtbot, ImportWorker(library, case.id, articles[:2], accept=True))
    out = tmp_path / "brief.pdf"
    worker = BriefWorker(library, case.id, brief.BriefOptions(), out)
    seen: list[tuple[int, int]] = []
    worker.signals.progress.connect(lambda done, total, _name: seen.append((done, total)))
    with qtbot.waitSignal(worker.signals.finished, timeout=60_000) as finished:
        QThreadPool.globalInstance().start(worker)
    assert finished.args[0] is not None
    assert out.read_bytes().startswith(b"%PDF")
    assert seen
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_cancelled_brief_writes_no_file(qtbot, library: Library, tmp_path) -> None:
    brief = pytest.importorskip("casefile.brief")
    if not hasattr(brief, "build"):
        pytest.skip("casefile.brief.build has not landed yet")
    case = library.create_case("Seguridad")
    out = tmp_path / "brief.pdf"
    worker = BriefWorker(library, case.id, brief.BriefOptions(), out)
    worker.cancel()
    with qtbot.waitSignal(worker.signals.finished, timeout=60_000) as finished:
        QThreadPool.globalInstance().start(worker)
    assert finished.args[0] is None
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_one_summary_lists_every_outcome_of_an_import(qtbot, library: Library, articles) -> None:
    from ui.views.import_summary import ImportSummaryDialog

    case = library.create_case("Seguridad")
    _run(qtbot, ImportWorker(library, case.id, articles[:1]))
    broken = articles[0].with_name("<b>broken.pdf")
    broken.write_bytes(b"%PDF-1.4 not really")
    report = _run(qtbot, ImportWorker(library, case.id, [*articles[:3], broken]))
    dialog = ImportSummaryDialog(report, drop_problems=["dropped text: the text is empty"])
    qtbot.addWidget(dialog)
    assert dialog.group_lines("Added") == ["article-1.txt", "article-2.txt"]
    (duplicate,) = dialog.group_lines("Duplicates, skipped")
    assert duplicate.startswith("article-0.txt: already in this case")
    unreadable = dialog.group_lines("Unreadable, skipped")
    assert unreadable[0].startswith("<b>broken.pdf")  # shown as typed, never as markup
    assert unreadable[1] == "dropped text: the text is empty"
    assert dialog.headline.text() == "2 sources added, 3 skipped."
    assert dialog.headline.textFormat() == Qt.TextFormat.PlainText
