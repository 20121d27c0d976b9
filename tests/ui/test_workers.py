"""The flows' work (ui/workers) on a real runner: progress, cancel between sources, errors as
sentences."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from sqlmodel import select

from casefile import ingest
from casefile.importer import ImportReport
from casefile.library import Library
from casefile.models import CaseSource, Source
from ui.jobs import Job, JobControl, JobRunner
from ui.workers import ImportWorker, build_brief, import_into_case

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


@pytest.fixture
def runner(qtbot) -> Iterator[JobRunner]:  # type: ignore[no-untyped-def]
    made = JobRunner()
    yield made
    made.wait_for_all()


def _importing(
    runner: JobRunner,
    library: Library,
    case_id: int,
    paths: Sequence[Path] = (),
    documents: Sequence[ingest.Document] = (),
) -> Job:
    work = partial(
        import_into_case, library=library, case_id=case_id, paths=paths, documents=documents
    )
    return runner.start(work)


def _report(qtbot, job: Job) -> ImportReport:  # type: ignore[no-untyped-def]
    if job.running:
        with qtbot.waitSignal(job.ended, timeout=30_000):
            pass
    assert isinstance(job.result, ImportReport), job.message
    return job.result


def _run(qtbot, runner: JobRunner, library: Library, case_id: int, paths: Sequence[Path]):  # type: ignore[no-untyped-def]
    return _report(qtbot, _importing(runner, library, case_id, paths))


def test_import_reports_progress_for_every_file(
    qtbot, runner: JobRunner, library: Library, articles
) -> None:
    case = library.create_case("Seguridad")
    job = _importing(runner, library, case.id, [articles[0].parent])
    seen: list[tuple[int, int, str]] = []
    job.progressed.connect(lambda done, total, name: seen.append((done, total, name)))
    report = _report(qtbot, job)
    assert len(seen) == 6  # every tick arrives before the end
    assert [done for done, _, _ in seen] == [0, 1, 2, 3, 4, 5]
    assert {total for _, total, _ in seen} == {5}
    assert seen[0][2] == "article-0.txt"
    assert len(report.added) == 5
    assert not report.cancelled


def test_progress_counts_files_and_dropped_documents_together(
    qtbot, runner: JobRunner, library: Library, articles
) -> None:
    case = library.create_case("Seguridad")
    documents = [ingest.read_text(ARTICLE.format(n="pasted")), ingest.read_url("https://x.org/a")]
    job = _importing(runner, library, case.id, articles[:2], documents)
    seen: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total, _name: seen.append((done, total)))
    report = _report(qtbot, job)
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert len(report.added) == 4


def test_cancel_after_the_first_file_leaves_whole_sources_only(
    qtbot, runner: JobRunner, library: Library, articles
) -> None:
    case = library.create_case("Seguridad")

    class CancelAfterTheFirstFile(JobControl):
        def progress(self, done: int, total: int, label: str = "") -> None:
            if done >= 1:
                self.cancel()  # in the worker's thread, before it reaches the next file

    def import_and_cancel_once_a_file_is_in(control: JobControl) -> ImportReport:
        watching = CancelAfterTheFirstFile(control.progress)
        return import_into_case(watching, library=library, case_id=case.id, paths=articles)

    report = _report(qtbot, runner.start(import_and_cancel_once_a_file_is_in))

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
    qtbot, runner: JobRunner, library: Library, articles
) -> None:
    case = library.create_case("Seguridad")
    gate = threading.Event()

    def import_once_cancelled(control: JobControl) -> ImportReport:
        gate.wait(30)
        return import_into_case(control, library=library, case_id=case.id, paths=articles)

    job = runner.start(import_once_cancelled)
    job.cancel()
    gate.set()
    first = _report(qtbot, job)
    assert first.cancelled
    assert first.added == []
    second = _run(qtbot, runner, library, case.id, articles)
    assert len(second.added) == 5


def test_unreadable_files_are_reported_not_raised(
    qtbot, runner: JobRunner, library: Library, tmp_path
) -> None:
    case = library.create_case("Seguridad")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    report = _run(qtbot, runner, library, case.id, [empty])
    (message,) = report.unreadable
    assert "empty.txt" in message


def test_failure_is_a_sentence_without_traceback(
    qtbot, runner: JobRunner, library: Library, articles
) -> None:
    job = _importing(runner, library, 999, articles)
    with qtbot.waitSignal(job.failed) as failed:
        pass
    message, error = failed.args
    assert message == "No case with id 999."
    assert "Traceback" not in message
    assert job.error is error


def test_the_import_worker_runs_the_same_import_on_any_thread_pool(
    qtbot, library: Library, articles
) -> None:
    case = library.create_case("Seguridad")
    worker = ImportWorker(library, case.id, articles[:2])
    with qtbot.waitSignal(worker.signals.finished, timeout=30_000) as finished:
        QThreadPool.globalInstance().start(worker)
    assert len(finished.args[0].added) == 2
    failing = ImportWorker(library, 999, articles)
    with qtbot.waitSignal(failing.signals.failed, timeout=30_000) as failed:
        QThreadPool.globalInstance().start(failing)
    assert failed.args == ["No case with id 999."]


def _brief_job(runner: JobRunner, library: Library, case_id: int, out: Path) -> Job:
    from casefile import brief

    work = partial(
        build_brief, library=library, case_id=case_id, options=brief.BriefOptions(), out_path=out
    )
    return runner.start(work)


def test_the_brief_is_built_as_a_pdf_with_progress(
    qtbot, runner: JobRunner, library: Library, articles, tmp_path
) -> None:
    case = library.create_case("Seguridad México–EE.UU.")
    work = partial(import_into_case, library=library, case_id=case.id, paths=articles[:2])
    _report(qtbot, runner.start(partial(work, accept=True)))
    out = tmp_path / "brief.pdf"
    job = _brief_job(runner, library, case.id, out)
    seen: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total, _name: seen.append((done, total)))
    with qtbot.waitSignal(job.succeeded, timeout=60_000) as finished:
        pass
    assert finished.args[0] is not None
    assert out.read_bytes().startswith(b"%PDF")
    assert seen
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_a_cancelled_brief_writes_no_file(
    qtbot, runner: JobRunner, library: Library, tmp_path
) -> None:
    case = library.create_case("Seguridad")
    out = tmp_path / "brief.pdf"
    job = _brief_job(runner, library, case.id, out)
    job.cancel()
    with qtbot.waitSignal(job.ended, timeout=60_000):
        pass
    # The build may have finished before the cancel was seen; either way nothing half-made.
    assert job.state.value in ("cancelled", "succeeded")
    assert out.exists() == (job.state.value == "succeeded")
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_one_summary_lists_every_outcome_of_an_import(
    qtbot, runner: JobRunner, library: Library, articles
) -> None:
    from ui.views.import_summary import ImportSummaryDialog

    case = library.create_case("Seguridad")
    _run(qtbot, runner, library, case.id, articles[:1])
    broken = articles[0].with_name("<b>broken.pdf")
    broken.write_bytes(b"%PDF-1.4 not really")
    report = _run(qtbot, runner, library, case.id, [*articles[:3], broken])
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
