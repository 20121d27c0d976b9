"""The work each flow runs off the GUI thread, as plain functions of a :class:`~ui.jobs.JobControl`.

Start one on the window's runner with the flow's values bound::

    runner.start(partial(back_up, library=library, out_path=path), failure="The backup failed")

Each function calls the core (which knows nothing of Qt), reports progress through ``control``
and, where the core has safe points, stops there when the job is cancelled. Each one's value
is what the job's ``succeeded`` carries.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from casefile import ingest
from casefile.errors import CasefileError
from casefile.importer import ImportReport, import_documents, import_paths
from casefile.library import Library
from ui.jobs import JobCancelled, JobControl, failure_message
from ui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from casefile.brief import BriefOptions


def import_into_case(
    control: JobControl,
    *,
    library: Library,
    case_id: int,
    paths: Sequence[Path] = (),
    documents: Sequence[ingest.Document] = (),
    accept: bool = False,
) -> ImportReport:
    """Import dropped files/folders and already-read documents into a case; one report for all.

    Progress counts files and documents together, and the pages of a scan while OCR reads
    it. A cancel stops between two sources or two pages of a scan: the core stores each source
    with its proposals in one transaction, so a cancelled import leaves whole sources only,
    and the report says ``cancelled``.
    """
    library.case(case_id)  # a clear message if the case went away
    files = list(ingest.iter_article_files(paths)) if paths else []
    total = len(files) + len(documents)

    def file_progress(done: int, files_total: int, name: str) -> None:
        # The core's closing tick (all files done) waits for the documents; we send it below.
        if done < files_total:
            control.progress(done, total, name)

    def page_progress(name: str, done: int, pages: int) -> None:
        # A scan read by OCR: the bar counts its pages until the next file.
        label = QCoreApplication.translate("Workers", "{name}, pages").format(name=name)
        control.progress(min(done, pages - 1), pages, label)

    report = ImportReport()
    if files:
        report = import_paths(
            library,
            case_id,
            files,
            accept=accept,
            progress=file_progress,
            cancelled=control.cancelled,
            pages=page_progress,
        )
    for index, document in enumerate(documents, start=len(files)):
        if report.cancelled or control.cancelled():
            report.cancelled = True
            break
        label = document.title or document.url or QCoreApplication.translate("Workers", "text")
        control.progress(index, total, label)
        _merge(report, import_documents(library, case_id, [document], accept=accept))
    if not report.cancelled:
        control.progress(total, total, "")
    return report


def _merge(into: ImportReport, part: ImportReport) -> None:
    into.added += part.added
    into.linked += part.linked
    into.duplicates += part.duplicates
    into.unreadable += part.unreadable
    into.errors.update(part.errors)


def build_brief(
    control: JobControl, *, library: Library, case_id: int, options: BriefOptions, out_path: Path
) -> object:
    """Build a case's brief as a PDF at ``out_path``; the core's report.

    The PDF is written beside ``out_path`` under a temporary name and moved into place only
    when complete, so a failed or cancelled build never leaves a half-written file nor
    replaces an earlier brief. A cancel stops the build at its next progress step. A failure
    the brief describes only in English is said as "The brief could not be built: …", so that
    the reader gets a sentence in the interface's language with the English detail behind it.
    """
    from casefile import brief  # the brief (ReportLab, fonts) loads only when asked for

    def report_progress(done: int, total: int) -> None:
        control.check_cancelled()
        control.progress(done, total)

    out_path = Path(out_path)
    partial_path = out_path.with_name(f".{out_path.stem}.partial{out_path.suffix}")
    try:
        try:
            report = brief.build(library, case_id, options, partial_path, report_progress)
        except CasefileError as exc:
            if exc.key:
                raise
            raise CasefileError(key="brief_failed", detail=str(exc)) from exc
        control.check_cancelled()
        try:
            os.replace(partial_path, out_path)
        except OSError as exc:
            raise CasefileError(key="brief_unwritable", path=out_path, detail=exc.strerror) from exc
    finally:
        partial_path.unlink(missing_ok=True)
    return report


def back_up(control: JobControl, *, library: Library, out_path: Path) -> Path:
    """Copy the library's database to ``out_path`` (SQLite's online backup; safe while in use)."""
    from casefile.backup import backup

    return backup(library, Path(out_path), progress=control.progress)


def back_up_rolling(control: JobControl, *, library: Library, keep: int) -> Path:
    """The automatic backup into the library's backups/ folder (the newest ``keep`` kept),
    after the open's database checks when the window left them for now (defer_checks).

    Returns the newest backup's path (an unchanged library makes no new one).
    """
    from casefile.backup import rolling_backup

    library.finish_checks()  # before the backup, so a backup never copies what they would mend
    return rolling_backup(library, keep=keep)


def restore_from_backup(control: JobControl, *, library: Library, backup_path: Path) -> Path:
    """Put ``backup_path`` in place of the library's database and reopen it into ``library``.

    Returns the backup made of the state replaced; see ``casefile.backup.restore_library`` for
    the lock kept throughout and the :class:`~casefile.backup.RestoreError` it raises.
    """
    from casefile.backup import restore_library

    return restore_library(library, Path(backup_path), progress=control.progress)


def export_bundle(control: JobControl, *, library: Library, case_id: int, out_path: Path) -> Path:
    """Write one case as a ``.casefile`` bundle; returns the bundle's path."""
    from casefile.bundle import export_case

    return export_case(library, case_id, Path(out_path), progress=control.progress)


def import_bundle(control: JobControl, *, library: Library, path: Path) -> dict[str, object]:
    """Bring a bundle's case into the library, in one transaction; returns the summary dict
    (case_id, case_title, new_case, added, skipped)."""
    from casefile.bundle import import_bundle as import_case_bundle

    return import_case_bundle(library, Path(path), progress=control.progress)


class WorkerSignals(QObject):
    """progress(done, total, name), finished(report), failed(message a person can act on)."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)


class ImportWorker(QRunnable):
    """:func:`import_into_case` on any QThreadPool, for code with no window and so no runner
    (the drag-and-drop tests' peer process). A window imports through its JobRunner.

    Keep a reference until ``finished`` or ``failed`` arrives; ``cancel()`` as a job's.
    """

    failure = QT_TRANSLATE_NOOP("ImportWorker", "The import stopped")

    def __init__(
        self,
        library: Library,
        case_id: int,
        paths: Sequence[Path] = (),
        documents: Sequence[ingest.Document] = (),
        accept: bool = False,
    ) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self.control = JobControl(self.signals.progress.emit)
        self._work = partial(
            import_into_case,
            library=library,
            case_id=case_id,
            paths=list(paths),
            documents=list(documents),
            accept=accept,
        )

    def cancel(self) -> None:
        self.control.cancel()

    def run(self) -> None:
        try:
            report = self._work(self.control)
        except Exception as exc:
            failure = QCoreApplication.translate("ImportWorker", self.failure)
            self.signals.failed.emit(failure_message(exc, failure))
        else:
            self.signals.finished.emit(report)


def sync_with_team(
    control: JobControl, *, library: Library, url: str, password: str, case: str
) -> Any:
    """Sync ``library`` with the team library at ``url`` (casefile.sync); a cancel before
    the team's side is written leaves both as they were."""
    from sqlalchemy.engine import make_url

    from casefile import sync

    address = make_url(url)
    if password:
        address = address.set(password=password)
    team = Library.open_team(address.render_as_string(hide_password=False))
    try:
        return sync.sync(
            library,
            team,
            case or None,
            progress=control.progress,
            cancelled=control.cancelled,
        )
    except sync.SyncCancelled:
        raise JobCancelled from None
    finally:
        team.close()
