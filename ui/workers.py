"""QRunnable jobs that call the core off the GUI thread and report through Qt signals.

Start one with ``QThreadPool.globalInstance().start(worker)`` after connecting
``worker.signals``; keep a reference to the worker until ``finished`` or ``failed`` arrives.
The signals holder is created in the thread that builds the worker (the GUI thread), so its
signals reach GUI slots queued, whatever thread emits them.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from casefile import ingest
from casefile.errors import CasefileError
from casefile.importer import ImportReport, import_documents, import_paths
from casefile.library import Library

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    """progress(done, total, name), finished(result), failed(message a person can act on)."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)


class BuildCancelled(Exception):
    """Raised inside a job's progress callback to stop the core between two steps."""


class _Job(QRunnable):
    """Shared plumbing: signals, a thread-safe cancel flag, errors turned into messages."""

    failure_prefix = "The job failed"

    def __init__(self) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at the next safe point; callable from any thread."""
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self) -> None:
        try:
            result = self.work()
        except CasefileError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a traceback on screen is a bug: log it, show a sentence
            log.exception("%s", self.failure_prefix)
            self.signals.failed.emit(f"{self.failure_prefix}: {exc}")
        else:
            self.signals.finished.emit(result)

    def work(self) -> object:
        raise NotImplementedError


class ImportWorker(_Job):
    """Import dropped files/folders and already-read documents into a case.

    ``finished`` carries one :class:`~casefile.importer.ImportReport` for the whole drop.
    Progress counts files and documents together. ``cancel()`` stops between two sources:
    the core stores each source with its proposals in one transaction, so a cancelled import
    leaves whole sources only, and the report says ``cancelled``.
    """

    failure_prefix = "The import stopped"

    def __init__(
        self,
        library: Library,
        case_id: int,
        paths: Sequence[Path] = (),
        documents: Sequence[ingest.Document] = (),
        accept: bool = False,
    ) -> None:
        super().__init__()
        self.library = library
        self.case_id = case_id
        self.paths = list(paths)
        self.documents = list(documents)
        self.accept = accept

    def work(self) -> ImportReport:
        self.library.case(self.case_id)  # a clear message if the case went away
        files = list(ingest.iter_article_files(self.paths)) if self.paths else []
        total = len(files) + len(self.documents)
        report = ImportReport()
        if files:
            report = import_paths(
                self.library,
                self.case_id,
                files,
                accept=self.accept,
                progress=lambda done, files_total, name: self._file_progress(
                    done, files_total, name, total
                ),
                cancelled=self.is_cancelled,
            )
        for index, document in enumerate(self.documents, start=len(files)):
            if report.cancelled or self.is_cancelled():
                report.cancelled = True
                break
            self.signals.progress.emit(index, total, document.title or document.url or "text")
            _merge(
                report, import_documents(self.library, self.case_id, [document], accept=self.accept)
            )
        if not report.cancelled:
            self.signals.progress.emit(total, total, "")
        return report

    def _file_progress(self, done: int, files_total: int, name: str, total: int) -> None:
        # The core's closing tick (all files done) waits for the documents; work() sends it.
        if done < files_total:
            self.signals.progress.emit(done, total, name)


def _merge(into: ImportReport, part: ImportReport) -> None:
    into.added += part.added
    into.linked += part.linked
    into.duplicates += part.duplicates
    into.unreadable += part.unreadable


class BriefWorker(_Job):
    """Build a case's brief as a PDF at ``out_path``.

    The PDF is written beside ``out_path`` under a temporary name and moved into place only
    when complete, so a failed or cancelled build never leaves a half-written file nor
    replaces an earlier brief. ``cancel()`` stops the build at its next progress step;
    ``finished`` then carries ``None``, otherwise the core's report.
    """

    failure_prefix = "The brief could not be built"

    def __init__(self, library: Library, case_id: int, options: object, out_path: Path) -> None:
        super().__init__()
        self.library = library
        self.case_id = case_id
        self.options = options
        self.out_path = Path(out_path)

    def work(self) -> object:
        from casefile import brief  # the brief (ReportLab, fonts) loads only when asked for

        partial = self.out_path.with_name(f".{self.out_path.stem}.partial{self.out_path.suffix}")
        try:
            try:
                report = brief.build(
                    self.library, self.case_id, self.options, partial, self._report_progress
                )
            except Exception:
                if self.is_cancelled():  # however the core passed our BuildCancelled on
                    return None
                raise
            if self.is_cancelled():
                return None
            try:
                os.replace(partial, self.out_path)
            except OSError as exc:
                raise CasefileError(
                    f"{self.out_path}: cannot write the brief ({exc.strerror})."
                ) from exc
        finally:
            partial.unlink(missing_ok=True)
        return report

    def _report_progress(self, done: int, total: int) -> None:
        if self.is_cancelled():
            raise BuildCancelled
        self.signals.progress.emit(done, total, "")


class BackupWorker(_Job):
    """Copy the library's database to ``out_path`` (SQLite's online backup; safe while in use).

    ``finished`` carries the path written.
    """

    failure_prefix = "The backup failed"

    def __init__(self, library: Library, out_path: Path) -> None:
        super().__init__()
        self.library = library
        self.out_path = Path(out_path)

    def work(self) -> Path:
        from casefile.backup import backup

        return backup(self.library, self.out_path, progress=self.signals.progress.emit)


class RollingBackupWorker(_Job):
    """The automatic backup into the library's backups/ folder (the newest ``keep`` kept).

    ``finished`` carries the newest backup's path (an unchanged library makes no new one).
    """

    failure_prefix = "The automatic backup failed"

    def __init__(self, library: Library, keep: int) -> None:
        super().__init__()
        self.library = library
        self.keep = keep

    def work(self) -> Path:
        from casefile.backup import rolling_backup

        return rolling_backup(self.library, keep=self.keep)


class BundleExportWorker(_Job):
    """Write one case as a ``.casefile`` bundle; ``finished`` carries the bundle's path."""

    failure_prefix = "The case could not be exported"

    def __init__(self, library: Library, case_id: int, out_path: Path) -> None:
        super().__init__()
        self.library = library
        self.case_id = case_id
        self.out_path = Path(out_path)

    def work(self) -> Path:
        from casefile.bundle import export_case

        return export_case(
            self.library, self.case_id, self.out_path, progress=self.signals.progress.emit
        )


class BundleImportWorker(_Job):
    """Bring a bundle's case into the library; ``finished`` carries the summary dict
    (case_id, case_title, new_case, added, skipped). The rows go in one transaction."""

    failure_prefix = "The bundle could not be imported"

    def __init__(self, library: Library, path: Path) -> None:
        super().__init__()
        self.library = library
        self.path = Path(path)

    def work(self) -> dict[str, object]:
        from casefile.bundle import import_bundle

        return import_bundle(self.library, self.path, progress=self.signals.progress.emit)
