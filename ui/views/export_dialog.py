"""Export a case's brief as a PDF: choose period, sections, language, tags and the byline.

``ExportBriefDialog(library, case_id, settings, parent)``. The byline is prefilled from the
settings keys ``analyst/name``, ``analyst/organisation``, ``brief/classification``, the
language from ``brief/language`` and the paper from ``brief/paper`` (US Letter by default where
the system measures in inches, else A4); what the analyst chose is saved back on export.
The build is a job (``ui.workers.build_brief``) on ``runner``, the window's JobRunner, so that
closing the window waits for it; without one the dialog keeps a runner of its own. Cancel
stops the build at its next step and no file is written (it is built under a temporary name).
Keep the dialog alive while a build runs: give it a parent and do not delete it on close.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile import brief
from casefile.library import Library
from ui.jobs import Job, JobRunner
from ui.workers import build_brief

LANGUAGES = (("en", "English"), ("es", "Español"))


def default_paper() -> str:
    """US Letter where the system measures in inches (the United States), else A4."""
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


def case_period(library: Library, case_id: int) -> tuple[dt.date, dt.date]:
    """The span of the case's events, or the last year when it has none."""
    span = library.event_span(case_id)
    if span is not None:
        return span
    today = dt.date.today()
    return (today.replace(year=today.year - 1), today)


def default_brief_path(case_title: str) -> Path:
    """``<Documents>/<case title>.pdf``, with characters file systems refuse replaced."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", case_title).strip(" .-") or "brief"
    return Path(folder or Path.home()) / f"{name}.pdf"


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ExportBriefDialog(QDialog):
    """Options, then the build with a progress bar, then Open / Show folder."""

    def __init__(
        self,
        library: Library,
        case_id: int,
        settings: QSettings,
        parent: QWidget | None = None,
        runner: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._case_id = case_id
        self._settings = settings
        self._runner = runner or JobRunner(self)
        self._job: Job | None = None
        self.case = library.case(case_id)
        self.setWindowTitle(self.tr("Export brief"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._period_box())
        layout.addWidget(self._sections_box())
        layout.addWidget(self._tags_box())
        layout.addLayout(self._byline_form())
        layout.addLayout(self._output_row())
        layout.addLayout(self._progress_rows())

    # Building the form

    def _period_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Period"))
        first, last = case_period(self._library, self._case_id)
        self.all_dates = QCheckBox(self.tr("All dates"))
        self.all_dates.setChecked(True)
        self.date_from = QDateEdit(_qdate(first))
        self.date_to = QDateEdit(_qdate(last))
        row = QHBoxLayout(box)
        row.addWidget(self.all_dates)
        for label, edit in ((self.tr("From"), self.date_from), (self.tr("To"), self.date_to)):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            row.addWidget(QLabel(label))
            row.addWidget(edit)
        self.all_dates.toggled.connect(self.enable_period)
        return box

    def _sections_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sections"))
        grid = QGridLayout(box)
        titles = {
            "summary": self.tr("Summary"),
            "timeline": self.tr("Timeline"),
            "quotes": self.tr("Quotes"),
            "captions": self.tr("Photo captions"),
            "actors": self.tr("Actors"),
            "sources": self.tr("Sources"),
        }
        order = getattr(brief, "SECTION_ORDER", sorted(brief.ALL_SECTIONS))
        self.section_boxes: dict[str, QCheckBox] = {}
        for number, section in enumerate(order):
            check = QCheckBox(titles.get(section, section.capitalize()))
            check.setChecked(True)
            self.section_boxes[section] = check
            grid.addWidget(check, number // 3, number % 3)
        return box

    def _tags_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Only items tagged (none checked: all items)"))
        self.tags_model = QStandardItemModel(self)
        for name in self._library.tags_in_case(self._case_id):
            item = QStandardItem(name)
            item.setCheckable(True)
            item.setEditable(False)
            self.tags_model.appendRow(item)
        view = QListView()
        view.setModel(self.tags_model)
        view.setMaximumHeight(90)
        column = QVBoxLayout(box)
        column.addWidget(view)
        box.setVisible(self.tags_model.rowCount() > 0)
        return box

    def _byline_form(self) -> QFormLayout:
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        saved = str(self._settings.value("brief/language", "en"))
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        paper = str(self._settings.value("brief/paper", default_paper()))
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.author = QLineEdit(str(self._settings.value("analyst/name", "")))
        self.organisation = QLineEdit(str(self._settings.value("analyst/organisation", "")))
        self.classification = QLineEdit(str(self._settings.value("brief/classification", "")))
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Classification"), self.classification)
        return form

    def _output_row(self) -> QHBoxLayout:
        self.out_path = QLineEdit(str(default_brief_path(self.case.title)))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_output_file)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save as")))
        row.addWidget(self.out_path, 1)
        row.addWidget(choose)
        return row

    def _progress_rows(self) -> QVBoxLayout:
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_brief)
        self.folder_button = QPushButton(self.tr("Show folder"))
        self.folder_button.clicked.connect(self.show_brief_folder)
        for button in (self.open_button, self.folder_button):
            button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_button, self.folder_button, self.export_button):
            buttons.addWidget(button)
        buttons.addWidget(self.cancel_button)
        column = QVBoxLayout()
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addLayout(buttons)
        return column

    # Options

    def enable_period(self, all_dates: bool) -> None:
        """The From/To dates count only when "All dates" is off."""
        self.date_from.setEnabled(not all_dates)
        self.date_to.setEnabled(not all_dates)

    def choose_output_file(self) -> None:
        """Ask where to save the PDF."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save brief as"), self.out_path.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.out_path.setText(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    def options(self) -> Any:
        """The :class:`casefile.brief.BriefOptions` the form describes."""
        date_from = date_to = None
        if not self.all_dates.isChecked():
            date_from, date_to = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        tags = {
            self.tags_model.item(row).text()
            for row in range(self.tags_model.rowCount())
            if self.tags_model.item(row).checkState() == Qt.CheckState.Checked
        }
        return brief.BriefOptions(
            language=str(self.language.currentData()),
            date_from=date_from,
            date_to=date_to,
            sections=frozenset(name for name, box in self.section_boxes.items() if box.isChecked()),
            tags=frozenset(tags),
            author=self.author.text().strip(),
            organisation=self.organisation.text().strip(),
            classification=self.classification.text().strip(),
            paper=str(self.paper.currentData()),
        )

    def _remember_byline(self) -> None:
        self._settings.setValue("brief/language", self.language.currentData())
        self._settings.setValue("brief/paper", self.paper.currentData())
        self._settings.setValue("analyst/name", self.author.text().strip())
        self._settings.setValue("analyst/organisation", self.organisation.text().strip())
        self._settings.setValue("brief/classification", self.classification.text().strip())

    # The build

    def start_export(self) -> None:
        """Check the form, then build the brief off the GUI thread."""
        if self._job is not None:
            return
        text = self.out_path.text().strip()
        if not text:
            self._show_status(self.tr("Choose where to save the brief."))
            return
        if self.date_from.isEnabled() and self.date_from.date() > self.date_to.date():
            self._show_status(self.tr("The period ends before it starts."))
            return
        path = Path(text).expanduser()
        if not path.parent.is_dir():
            self._show_status(self.tr("The folder %s does not exist.") % path.parent)
            return
        self._remember_byline()
        self._path = path
        work = partial(
            build_brief,
            library=self._library,
            case_id=self._case_id,
            options=self.options(),
            out_path=path,
        )
        self._job = self._runner.start(work, failure=self.tr("The brief could not be built"))
        self._job.progressed.connect(self.show_progress)
        self._job.succeeded.connect(self.show_finished)
        self._job.failed.connect(self.show_failure)
        self._job.cancelled.connect(self.show_cancelled)
        self._set_building(True)
        self._show_status(self.tr("Building the brief…"))

    def show_progress(self, done: int, total: int, _name: str) -> None:
        """Move the progress bar."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_finished(self, _report: object) -> None:
        """Offer Open and Show folder."""
        self._job = None
        self._set_building(False)
        self.progress.setValue(self.progress.maximum())
        self._show_status(self.tr("Saved to %s") % self._path)
        self.open_button.setVisible(True)
        self.folder_button.setVisible(True)
        self.open_button.setFocus()

    def show_cancelled(self) -> None:
        """Say that nothing was written."""
        self._job = None
        self._set_building(False)
        self._show_status(self.tr("Cancelled; no file was written."))

    def show_failure(self, message: str, _error: object = None) -> None:
        """Show why the brief could not be built; the form stays as it was."""
        self._job = None
        self._set_building(False)
        self._show_status(message)

    def cancel_or_close(self) -> None:
        """While building: stop the build (nothing is written). Otherwise close."""
        if self._job is None:
            self.reject()
            return
        self._job.cancel()
        self.cancel_button.setEnabled(False)
        self._show_status(self.tr("Cancelling after the current step…"))

    def reject(self) -> None:
        if self._job is not None:  # Esc or the window's close button while building
            self.cancel_or_close()
            return
        super().reject()

    def is_building(self) -> bool:
        return self._job is not None

    def brief_path(self) -> Path:
        """Where the last export wrote (or will write) the PDF."""
        return getattr(self, "_path", Path(self.out_path.text()))

    def open_brief(self) -> None:
        """Open the PDF in the system's viewer."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.brief_path())))

    def show_brief_folder(self) -> None:
        """Open the folder holding the PDF in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.brief_path().parent)))

    def _set_building(self, building: bool) -> None:
        self.progress.setVisible(True)
        if building:
            self.progress.setRange(0, 0)
            self.open_button.setVisible(False)
            self.folder_button.setVisible(False)
        self.export_button.setEnabled(not building)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel") if building else self.tr("Close"))

    def _show_status(self, message: str) -> None:
        self.status.setText(message)
