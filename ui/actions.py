"""The main window's QActions, shared by its menus, toolbar and buttons, and the menus themselves.

Shortcuts that are ordinary typing keys (A, R, Delete) are scoped to the item tables, so that
they never fire while the analyst types in a field, and never clash with the Review panel's own
A and R.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenuBar, QStyle, QToolBar, QToolButton, QWidget


class WindowActions(QObject):
    """Every command the window offers, each one QAction with its shortcut."""

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        style = window.style()

        def action(
            text: str,
            shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None,
            icon: QStyle.StandardPixmap | None = None,
            tip: str = "",
            *,
            window_wide: bool = True,
        ) -> QAction:
            made = QAction(text, window)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            if icon is not None:
                made.setIcon(style.standardIcon(icon))
            made.setStatusTip(tip)
            made.setToolTip(
                f"{text.replace('…', '')} ({made.shortcut().toString()})" if shortcut else text
            )
            if window_wide:
                window.addAction(made)
            return made

        pixmap = QStyle.StandardPixmap
        self.new_case = action(
            self.tr("New case…"),
            QKeySequence.StandardKey.New,
            pixmap.SP_FileDialogNewFolder,
            self.tr("Create a case file"),
        )
        self.rename_case = action(
            self.tr("Rename case…"), "F2", tip=self.tr("Give the case a new title")
        )
        self.rename_case.setIconText(self.tr("Rename"))
        self.archive_case = action(
            self.tr("Archive case"), tip=self.tr("Archive or restore the selected case")
        )
        self.archive_case.setIconText(self.tr("Archive"))
        self.open_team = action(
            self.tr("Open team library…"),
            tip=self.tr("Open a library shared on a PostgreSQL server, in a window of its own"),
        )
        self.sync_team = action(
            self.tr("Sync with team library…"),
            tip=self.tr("Send this library's changes to a team library and bring back theirs"),
        )
        self.sync_conflicts = action(
            self.tr("Sync conflicts…"),
            tip=self.tr("Values a sync replaced with a later change from the other side"),
        )
        self.import_files = action(
            self.tr("Import files…"),
            QKeySequence.StandardKey.Open,
            pixmap.SP_DialogOpenButton,
            self.tr("Add articles to the case"),
        )
        self.export_brief = action(
            self.tr("Export brief…"),
            "Ctrl+E",
            pixmap.SP_DialogSaveButton,
            self.tr("Write the case's brief as a PDF"),
        )
        self.export_bundle = action(
            self.tr("Export case bundle…"),
            tip=self.tr("Write the case, its sources and files as one .casefile file to share"),
        )
        self.import_bundle = action(
            self.tr("Import case bundle…"),
            tip=self.tr("Bring in a case from a .casefile file, adding only what is new"),
        )
        self.back_up = action(
            self.tr("Back up library now…"),
            tip=self.tr("Save a copy of the library's database to a file"),
        )
        self.restore_backup = action(
            self.tr("Restore from backup…"),
            tip=self.tr("Put the library back as it was in an earlier backup"),
        )
        self.settings = action(self.tr("Settings…"), "Ctrl+,")
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = action(self.tr("Quit"), QKeySequence.StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo = undo_stack.createUndoAction(window, self.tr("Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.setIcon(style.standardIcon(pixmap.SP_ArrowBack))
        self.redo = undo_stack.createRedoAction(window, self.tr("Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.setIcon(style.standardIcon(pixmap.SP_ArrowForward))
        window.addAction(self.undo)
        window.addAction(self.redo)
        self.accept = action(
            self.tr("Accept"),
            "A",
            pixmap.SP_DialogApplyButton,
            self.tr("Accept the selected proposals"),
            window_wide=False,
        )
        self.reject = action(
            self.tr("Reject"),
            "R",
            pixmap.SP_DialogCancelButton,  # a cross beside Accept's tick; the bin is Delete's
            self.tr("Reject the selected proposals"),
            window_wide=False,
        )
        self.delete = action(
            self.tr("Delete"),
            QKeySequence.StandardKey.Delete,
            pixmap.SP_DialogDiscardButton,  # the theme's "edit-delete"; SP_TrashIcon is a place
            self.tr("Delete the selected items"),
            window_wide=False,
        )
        self.merge_events = action(
            self.tr("Merge events"),
            "Ctrl+M",
            tip=self.tr("Make the selected events one event standing on all their sources"),
        )
        self.find = action(self.tr("Search the library"), "Ctrl+K")
        self.find.setShortcuts(
            [QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)]
        )
        for scoped in (self.accept, self.reject, self.delete):
            scoped.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.show_rejected = action(self.tr("Show rejected proposals"))
        self.show_rejected.setCheckable(True)
        self.show_archived = action(self.tr("Show archived cases"))
        self.show_archived.setCheckable(True)
        self.tab_actions = [
            action(text, f"Ctrl+{number}")
            for number, text in enumerate(
                (
                    self.tr("Timeline"),
                    self.tr("Quotes"),
                    self.tr("Sources"),
                    self.tr("Captions"),
                    self.tr("Actors"),
                    self.tr("Review"),
                ),
                start=1,
            )
        ]
        self.focus_cases = action(self.tr("Go to the case list"), "Ctrl+L")
        self.about = action(self.tr("About Casefile"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def scope_item_shortcuts(self, widgets: list[QWidget]) -> None:
        """Let A, R and Delete work where items are listed (and only there)."""
        for widget in widgets:
            widget.addActions([self.accept, self.reject, self.delete])

    def build_menus(self, menu_bar: QMenuBar) -> None:
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_case, self.rename_case, self.archive_case])
        file_menu.addSeparator()
        file_menu.addActions([self.open_team, self.sync_team])
        file_menu.addSeparator()
        file_menu.addActions([self.import_files, self.export_brief])
        file_menu.addSeparator()
        file_menu.addActions([self.import_bundle, self.export_bundle])
        file_menu.addSeparator()
        file_menu.addActions([self.back_up, self.restore_backup])
        file_menu.addSeparator()
        file_menu.addActions([self.settings, self.quit])
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.accept, self.reject, self.delete])
        edit_menu.addAction(self.merge_events)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        view_menu.addActions(self.tab_actions)
        view_menu.addSeparator()
        view_menu.addActions([self.focus_cases, self.show_archived, self.show_rejected])
        view_menu.addSeparator()
        view_menu.addAction(self.sync_conflicts)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)

    def build_toolbar(self, toolbar: QToolBar) -> None:
        """The toolbar, text beside each icon except where the icon says it alone.

        Undo and Redo name the step they undo ("Undo Edit event"), so their text would make
        the toolbar grow with every edit; their arrows, like Delete's bin, need no words, and
        their tooltips name them. That keeps every action in view at 1280 px in a longer
        language, none behind the toolbar's » overflow.
        """
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_case, self.import_files, self.export_brief])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.accept, self.reject, self.delete])
        for icon_only in (self.undo, self.redo, self.delete):
            button = toolbar.widgetForAction(icon_only)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
