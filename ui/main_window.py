"""The main window: case list | the case's tabs | the detail pane, with search in the toolbar."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QIcon, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QWidget,
)

from casefile.errors import CasefileError
from casefile.library import Library
from casefile.search import SearchHit
from ui import preferences as keys
from ui.actions import WindowActions
from ui.changes import LibraryChanges
from ui.commands import (
    ArchiveCaseCommand,
    DeleteItemCommand,
    MergeEventsCommand,
    RenameCaseCommand,
    SetReviewCommand,
    review_text,
    undo_macro,
)
from ui.import_flow import ImportFlow
from ui.jobs import JobRunner
from ui.library_actions import LibraryActions
from ui.live import LiveUpdates
from ui.messages import describe
from ui.models.cases import CaseListModel
from ui.models.items import ITEM_ID_ROLE
from ui.preferences import Preferences
from ui.read_only import ReadOnlyMode
from ui.source_actions import remove_sources
from ui.sync_flow import SyncFlow
from ui.views.case_counts import CaseCountsLabel
from ui.views.case_list import CaseListView
from ui.views.case_tabs import TAB_KINDS, CaseTabs
from ui.views.detail import EVIDENCE_KINDS, DetailPane
from ui.views.saved_searches import SavedSearchesView
from ui.views.search import SearchField
from ui.views.source_text import SourceTextDialog
from ui.window_jobs import WindowJobs

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "casefile.svg"
DETAIL_WIDTH = 360


class MainWindow(QMainWindow):
    """Casefile's one window over one library."""

    def __init__(
        self, library: Library, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings or QSettings()
        self.preferences = Preferences(self.settings)
        self.changes = LibraryChanges(self)
        self.undo_stack = QUndoStack(self)
        self.menu_actions = WindowActions(self, self.undo_stack)
        self._case_id: int | None = None
        self._source_dialog: SourceTextDialog | None = None
        self._detail_width = DETAIL_WIDTH  # kept while the Review tab hides the pane
        self.setWindowIcon(QIcon(str(ICON)))
        self._build_widgets()
        self._build_status_bar()
        self._build_helpers()
        self._connect()
        self._restore_layout()
        self.open_first_case(self.preferences.last_case)
        self.live.start()

    # Building

    def _build_widgets(self) -> None:
        self.case_model = CaseListModel(self.library, self.changes, self)
        actions = self.menu_actions
        self.case_list = CaseListView(
            self.case_model, [actions.new_case, actions.rename_case, actions.archive_case]
        )
        self.saved_searches = SavedSearchesView(
            self.library, self.changes, self.undo_stack, lambda: self.read_only.refuse()
        )
        self.sidebar = QSplitter(Qt.Orientation.Vertical, self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setChildrenCollapsible(False)
        self.sidebar.addWidget(self.case_list)
        self.sidebar.addWidget(self.saved_searches)
        self.sidebar.setStretchFactor(0, 3)
        self.sidebar.setStretchFactor(1, 1)
        self.tabs = CaseTabs(self.library, self.changes, self.undo_stack)
        self.detail = DetailPane(self.library, self.changes, self.undo_stack)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.sidebar, 0), (self.tabs, 1), (self.detail, 0)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes([280, 680, DETAIL_WIDTH])
        self.setCentralWidget(self.splitter)
        self.search_field = SearchField(self.library, self)
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        actions.build_toolbar(toolbar)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)
        self.addToolBar(toolbar)
        actions.build_menus(self.menuBar())
        actions.scope_item_shortcuts(list(self.tabs.tables.values()))
        self.setMinimumSize(900, 560)

    def _build_status_bar(self) -> None:
        self.counts_label = CaseCountsLabel(self.library, self.changes, self)
        self.statusBar().addPermanentWidget(self.counts_label)

    def _build_helpers(self) -> None:
        # Each gets the narrow things it needs, never the window (nor imports this module).
        self.jobs = WindowJobs(self, self.statusBar(), JobRunner(self))
        self.tabs.picture.set_runner(self.jobs.runner)
        self.live = LiveUpdates(self.library, self.changes, self)
        self.read_only = read_only = ReadOnlyMode(
            self, self.library, self.menu_actions, self.detail, self.tabs, self.jobs
        )
        self.imports = ImportFlow(
            self,
            self.library,
            self.changes,
            self.jobs,
            self.case_list.view,
            current_case=lambda: self._case_id,
            choose_case=self.choose_case_for_import,
            refuse_writes=read_only.refuse,
        )
        self.sync = SyncFlow(self, self.library, self.jobs, self.settings)
        self.library_actions = LibraryActions(
            self, self.library, self.jobs, self.menu_actions, read_only, lambda: self._case_id
        )

    def _connect(self) -> None:
        actions = self.menu_actions
        actions.new_case.triggered.connect(self.create_case)
        actions.rename_case.triggered.connect(self.rename_case)
        actions.archive_case.triggered.connect(self.toggle_archived)
        actions.import_files.triggered.connect(self.import_files)
        actions.export_brief.triggered.connect(self.export_brief)
        actions.settings.triggered.connect(self.open_settings)
        actions.open_team.triggered.connect(self.open_team_library)
        actions.sync_team.triggered.connect(self.sync_with_team)
        actions.sync_conflicts.triggered.connect(self.show_sync_conflicts)
        actions.quit.triggered.connect(self.close)
        actions.accept.triggered.connect(lambda: self.review_selected("accepted"))
        actions.reject.triggered.connect(lambda: self.review_selected("rejected"))
        actions.delete.triggered.connect(self.delete_selected)
        actions.merge_events.triggered.connect(self.merge_selected_events)
        actions.find.triggered.connect(self.focus_search)
        actions.focus_cases.triggered.connect(lambda: self.case_list.view.setFocus())
        actions.about.triggered.connect(self.show_about)
        actions.show_rejected.toggled.connect(self.set_show_rejected)
        actions.show_archived.toggled.connect(self.case_list.set_show_archived)
        self.case_list.show_archived.toggled.connect(actions.show_archived.setChecked)
        for action, kind in zip(actions.tab_actions, TAB_KINDS, strict=False):
            action.triggered.connect(lambda _=False, kind=kind: self.tabs.show_tab(kind))
        actions.tab_actions[-1].triggered.connect(self.tabs.show_review)
        self.case_list.case_selected.connect(self.show_case)
        self.tabs.current_item_changed.connect(self.show_item)
        self.tabs.selection_changed.connect(self.update_actions)
        self.tabs.tab_changed.connect(self.show_current_tab_item)
        self.tabs.tab_changed.connect(self.fit_layout_to_tab)
        self.tabs.currentChanged.connect(lambda _index: self.fit_layout_to_tab())  # empty state
        self.detail.message.connect(self.show_message)
        self.detail.show_in_source.connect(self.show_source_text)
        self.search_field.hit_chosen.connect(self.open_search_hit)
        self.search_field.save_requested.connect(self.saved_searches.save)
        self.saved_searches.run_requested.connect(self.search_field.run_query)
        self.saved_searches.message.connect(self.show_message)
        self.changes.case_changed.connect(self.update_case_header)
        self.undo_stack.indexChanged.connect(lambda _index: self.update_actions())
        self.imports.bundles_dropped.connect(self.library_actions.import_bundles)
        library_actions = self.library_actions
        library_actions.about_to_restore.connect(self.detail.finish_pending_edit)
        library_actions.about_to_restore.connect(self.live.stop)  # lets go of the old file
        library_actions.about_to_restore.connect(self.undo_stack.clear)  # it describes the past
        library_actions.reopened.connect(self.show_reopened_library)
        library_actions.bundle_imported.connect(self.open_imported_case)

    def _restore_layout(self) -> None:
        geometry = self.preferences.bytes(keys.WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.preferences.bytes(keys.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = self.preferences.bytes(keys.SPLITTER_STATE)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        review = self.preferences.bytes(keys.REVIEW_SPLITTERS)
        if review is not None:
            self.tabs.restore_review_layout_state(review)
        sidebar = self.preferences.bytes(keys.SIDEBAR_SPLITTER)
        if sidebar is not None:
            self.sidebar.restoreState(sidebar)
        timeline = self.preferences.bytes(keys.TIMELINE_SPLITTER)
        if timeline is not None:
            self.tabs.timeline.restoreState(timeline)
        self.menu_actions.show_archived.setChecked(self.preferences.show_archived)
        self.menu_actions.show_rejected.setChecked(self.preferences.show_rejected)

    def fit_layout_to_tab(self) -> None:
        """Hide the detail pane while the Review tab shows; give it back, at its width, after.

        Beside the review panel the pane only repeated the case form, in width the proposals
        and the source text need.
        """
        reviewing = self.tabs.review_is_current()
        if reviewing == self.detail.isHidden():
            return
        if reviewing:
            self._detail_width = self.splitter.sizes()[2] or self._detail_width
            self.detail.hide()
        else:
            self._show_detail_pane()

    def _show_detail_pane(self) -> None:
        # A splitter dragged while the pane was hidden would leave it no width: give it its own.
        sizes = self.splitter.sizes()
        width = max(self._detail_width, self.detail.minimumSizeHint().width())
        self.detail.show()
        self.splitter.setSizes([sizes[0], max(sum(sizes) - sizes[0] - width, 1), width])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.imports.install_drop_targets_soon()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.finish_pending_edit()
        # This window's jobs only: an import stops between two articles, the others run out;
        # then none starts (a view's reload due a moment later, say).
        self.jobs.runner.shut_down()
        self.live.stop()
        self.settings.setValue(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.setValue(keys.WINDOW_STATE, self.saveState())
        if self.detail.isHidden():  # saved as the other tabs show it: the next start opens there
            self._show_detail_pane()
        self.settings.setValue(keys.SPLITTER_STATE, self.splitter.saveState())
        self.settings.setValue(keys.TIMELINE_SPLITTER, self.tabs.timeline.saveState())
        self.settings.setValue(keys.SIDEBAR_SPLITTER, self.sidebar.saveState())
        review = self.tabs.review_layout_state()
        if review is not None:
            self.settings.setValue(keys.REVIEW_SPLITTERS, review)
        self.preferences.show_archived = self.menu_actions.show_archived.isChecked()
        self.preferences.show_rejected = self.menu_actions.show_rejected.isChecked()
        self.settings.sync()
        if self._source_dialog is not None:
            self._source_dialog.close()
        super().closeEvent(event)

    # Cases

    @property
    def case_id(self) -> int | None:
        return self._case_id

    def open_first_case(self, preferred: int | None) -> None:
        """Open ``preferred`` (the last case used) if it still exists, else the first case."""
        if preferred is not None and self.case_list.select_case(preferred):
            return
        first = self.case_list.first_case_id()
        if first is not None:
            self.case_list.select_case(first)
        else:
            self.show_case(0)

    def show_case(self, case_id: int) -> None:
        """Fill the tabs and the detail pane with ``case_id`` (0: no case)."""
        self.detail.finish_pending_edit()
        self._case_id = case_id or None
        self.tabs.set_case(self._case_id)
        self.detail.show_item("case" if self._case_id else None, self._case_id)
        if self._case_id is not None:
            self.preferences.last_case = self._case_id
        self.update_case_header()
        self.counts_label.set_case(self._case_id)
        self.update_actions()

    def update_case_header(self, *_args: Any) -> None:
        row = self.case_model.case_row(self._case_id) if self._case_id else None
        if row is None:
            self.setWindowTitle(f"Casefile — {self.library.display_name}")
        else:
            self.setWindowTitle(f"Casefile — {row.title}")
        archived = row is not None and row.archived
        self.menu_actions.archive_case.setText(
            self.tr("Restore case") if archived else self.tr("Archive case")
        )
        self.menu_actions.archive_case.setIconText(
            self.tr("Restore") if archived else self.tr("Archive")
        )

    def create_case(self) -> int | None:
        """Ask for a title and create a case; returns its id, or None if the user cancels."""
        title, ok = QInputDialog.getText(self, self.tr("New case"), self.tr("Title of the case:"))
        if not ok or not title.strip():
            return None
        try:
            case = self.library.create_case(title)
        except CasefileError as exc:
            self.show_message(describe(exc))
            return None
        self.case_model.add_case(case)
        assert case.id is not None
        self.case_list.select_case(case.id)
        self.show_message(self.tr("Case created. Drop articles on it to start."))
        return case.id

    def choose_case_for_import(self) -> int | None:
        """Ask which case dropped articles go into, offering to create one."""
        cases = self.library.cases(include_archived=False)
        new_case = self.tr("New case…")
        titles = [case.title for case in cases] + [new_case]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Import articles"), self.tr("Import into which case?"), titles, 0, False
        )
        if not ok:
            return None
        if choice == new_case:
            return self.create_case()
        return next(case.id for case in cases if case.title == choice)

    def show_reopened_library(self) -> None:
        """After a restore: the views show the library as it is now, the same case if there."""
        case_id = self._case_id
        self.live.restart()  # the feed of the library as it is now
        self.case_model.reload()
        self.saved_searches.refresh()
        self.open_first_case(case_id)
        self.show_case(self.case_list.current_case_id() or 0)

    def open_imported_case(self, summary: dict[str, Any]) -> None:
        """Open the case a bundle brought (refreshed, when it was open already)."""
        case_id = int(summary["case_id"])
        previous = self._case_id
        self.case_model.refresh_case(case_id)  # adds the case when it is new
        self.case_model.refresh_counts()
        self.case_list.select_case(case_id)  # opens it, unless it was open already
        if previous == case_id or self._case_id != case_id:
            self.show_case(case_id)

    def rename_case(self) -> None:
        row = self.case_model.case_row(self._case_id) if self._case_id else None
        if row is None:
            return
        title, ok = QInputDialog.getText(
            self,
            self.tr("Rename case"),
            self.tr("New title:"),
            QLineEdit.EchoMode.Normal,
            row.title,
        )
        if ok and title.strip() and title.strip() != row.title:
            self.undo_stack.push(
                RenameCaseCommand(self.library, self.changes, row.id, title.strip())
            )

    def toggle_archived(self) -> None:
        row = self.case_model.case_row(self._case_id) if self._case_id else None
        if row is not None:
            self.undo_stack.push(
                ArchiveCaseCommand(self.library, self.changes, row.id, not row.archived)
            )

    # Items

    def show_item(self, kind: str, item_id: int) -> None:
        """Show the current item of a tab in the detail pane (the case when none)."""
        if item_id:
            self.detail.show_item(kind, item_id)
        elif self._case_id is not None:
            self.detail.show_item("case", self._case_id)
        self.update_actions()

    def show_current_tab_item(self) -> None:
        table = self.tabs.current_table()
        item_id = table.current_item_id() if table is not None else None
        self.show_item(table.kind if table else "case", item_id or 0)

    def selected_items(self) -> tuple[str, list[int]]:
        table = self.tabs.current_table()
        if table is None:
            return "", []
        return table.kind, table.selected_item_ids()

    def review_selected(self, review: str) -> None:
        """Accept or reject the selected proposals (one undo step for all of them)."""
        if self.tabs.review_is_current() and self.tabs.review is not None:
            panel: Any = self.tabs.review
            (panel.accept_current if review == "accepted" else panel.reject_current)()
            return
        kind, ids = self.selected_items()
        if kind not in EVIDENCE_KINDS or not ids:
            return
        text = review_text(review, kind)
        with undo_macro(self.undo_stack, f"{text} ×{len(ids)}" if len(ids) > 1 else text):
            for item_id in ids:
                command = SetReviewCommand(self.library, self.changes, kind, item_id, review)
                self.undo_stack.push(command)

    def delete_selected(self) -> None:
        """Delete the selected items (undoable, one step)."""
        kind, ids = self.selected_items()
        if kind == "source" and ids and self._case_id is not None:
            remove_sources(
                self,
                self.library,
                self.changes,
                self.undo_stack,
                self._case_id,
                ids,
                self.show_message,
            )
            return
        if kind not in EVIDENCE_KINDS or not ids:
            return
        table = self.tabs.current_table()
        assert table is not None
        next_row = min(index.row() for index in table.view.selectionModel().selectedRows())
        commands = [DeleteItemCommand(self.library, self.changes, kind, item) for item in ids]
        text = commands[0].text()
        with undo_macro(self.undo_stack, f"{text} ×{len(ids)}" if len(ids) > 1 else text):
            for command in commands:
                self.undo_stack.push(command)
        rows = table.proxy.rowCount()
        if rows:  # keep the analyst's place: select the row that took the deleted one's
            table.select_item(int(table.proxy.index(min(next_row, rows - 1), 0).data(ITEM_ID_ROLE)))
        self.show_message(self.tr("Deleted. Ctrl+Z puts it back."))

    def merge_selected_events(self) -> None:
        """Make the selected events one: the first made keeps its fields and takes the
        others' evidence (undoable, one step)."""
        kind, ids = self.selected_items()
        if kind != "event" or len(ids) < 2:
            return
        target, *others = sorted(ids)
        text = self.tr("Merge {n} events").format(n=len(ids))
        with undo_macro(self.undo_stack, text):
            for other in others:
                self.undo_stack.push(MergeEventsCommand(self.library, self.changes, target, other))
        table = self.tabs.current_table()
        if table is not None:
            table.select_item(target)
        self.show_message(self.tr("Merged. Ctrl+Z splits them again."))

    def set_show_rejected(self, show: bool) -> None:
        for table in self.tabs.tables.values():
            table.model.set_show_rejected(show)

    def update_actions(self) -> None:
        has_case = self._case_id is not None
        for action in (
            self.menu_actions.rename_case,
            self.menu_actions.archive_case,
            self.menu_actions.import_files,
            self.menu_actions.export_brief,
        ):
            action.setEnabled(has_case)
        kind, ids = self.selected_items()
        reviewable = kind in EVIDENCE_KINDS and bool(ids)
        in_review = self.tabs.review_is_current()
        self.menu_actions.accept.setEnabled(reviewable or in_review)
        self.menu_actions.reject.setEnabled(reviewable or in_review)
        self.menu_actions.delete.setEnabled(reviewable or (kind == "source" and bool(ids)))
        self.menu_actions.merge_events.setEnabled(kind == "event" and len(ids) > 1)
        # A team library is what laptops sync with; it does not sync itself.
        self.menu_actions.sync_team.setEnabled(not self.library.is_team)
        self.menu_actions.sync_conflicts.setEnabled(not self.library.is_team)
        self.library_actions.update_actions()  # read-only: disables what would write

    # Search and sources

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def open_search_hit(self, hit: SearchHit) -> None:
        """Open the hit's case and tab, and select the hit there."""
        if hit.case is None:
            self.show_message(self.tr("This source is in no case."))
            return
        if hit.case != self._case_id and not self.case_list.select_case(hit.case):
            return
        table = self.tabs.show_tab(hit.kind)
        if not table.select_item(hit.id):
            if not self.menu_actions.show_rejected.isChecked():
                self.menu_actions.show_rejected.setChecked(True)
            table.select_item(hit.id)
        table.focus_table()

    def show_source_text(self, source_id: int, start: int | None, end: int | None) -> None:
        if self._source_dialog is None:
            self._source_dialog = SourceTextDialog(self.library, self)
        try:
            self._source_dialog.show_source(source_id, start, end)
        except CasefileError as exc:
            self.show_message(describe(exc))

    # Import, export, settings

    def import_files(self) -> None:
        if self._case_id is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files into the case"))
        if paths:
            self.imports.start(self._case_id, [Path(path) for path in paths], [])

    def import_paths(self, paths: Sequence[Path], documents: Sequence[Any] = ()) -> None:
        """Import into the open case (drag and drop, the command line, tests)."""
        if self._case_id is None:
            self.show_message(self.tr("Create a case first, then drop articles on it."))
            return
        self.imports.start(self._case_id, list(paths), list(documents))

    def export_brief(self) -> None:
        if self._case_id is None:
            return
        try:
            from ui.views.export_dialog import ExportBriefDialog
        except ImportError as exc:
            self.show_message(self.tr("The brief cannot be exported: {error}").format(error=exc))
            return
        dialog = ExportBriefDialog(
            self.library, self._case_id, self.settings, self, self.jobs.runner
        )
        dialog.exec()

    def open_team_library(self) -> None:
        from ui.views.team_dialog import OpenTeamLibraryDialog

        dialog = OpenTeamLibraryDialog(self.settings, self)
        if dialog.exec():
            self.show_message(self.tr("The team library opens in a window of its own."))

    def sync_with_team(self) -> None:
        if self.library.is_team:
            self.show_message(self.tr("This is a team library: laptops sync with it."))
            return
        if not self.read_only.refuse():
            self.sync.ask()

    def show_sync_conflicts(self) -> None:
        from ui.views.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.library, self)
        dialog.exec()

    def open_settings(self) -> None:
        from ui.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.preferences, self, self.library)
        if dialog.exec() and dialog.needs_restart():
            self.show_message(self.tr("Restart Casefile for the new settings to take effect."))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Casefile"), self.about_text())

    def about_text(self) -> str:
        """Help ▸ About: what Casefile is, its version, and what it carries under which
        licence (plain text: QMessageBox.about would read HTML-looking text as HTML)."""
        from casefile.version import COMPONENTS, casefile_version

        lines = [
            self.tr(
                "Casefile keeps case files on bilateral relations: articles, the dated events, "
                "quotes, captions and actors drawn from them, and briefs."
            ),
            self.tr("Everything stays on this computer, or on the team library you choose."),
            "",
            self.tr("Version {version}").format(version=casefile_version()),
            "",
            self.tr("Casefile uses and carries:"),
            *(f"• {name} — {licence}" for name, licence in COMPONENTS),
        ]
        return "\n".join(lines)

    def show_message(self, text: str) -> None:
        self.jobs.show_message(text)
