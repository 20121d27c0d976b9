"""Settings: where the library lives, who writes the briefs, the languages, and the glossary.

The glossary tab edits the library's own entries (``Library.set_glossary``), which search adds
to the shipped ones (casefile/data/glossary_es_en.tsv, listed read-only below them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import CasefileError
from casefile.folding import fold
from casefile.library import Library
from casefile.query import shipped_glossary_rows
from ui.messages import describe
from ui.preferences import Preferences

AnyIndex = QModelIndex | QPersistentModelIndex


class SettingsDialog(QDialog):
    """Edits :class:`~ui.preferences.Preferences`; saved when the analyst presses OK."""

    def __init__(
        self,
        preferences: Preferences,
        parent: QWidget | None = None,
        library: Library | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self.setWindowTitle(self.tr("Settings"))
        self._preferences = preferences
        self._initial_library = preferences.library_path
        self._initial_language = preferences.ui_language
        self.library_path = QLineEdit(str(preferences.library_path or ""))
        self.library_path.setPlaceholderText(self.tr("Default location"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_library_folder)
        library_row = QHBoxLayout()
        library_row.addWidget(self.library_path, 1)
        library_row.addWidget(browse)
        self.analyst_name = QLineEdit(preferences.analyst_name)
        self.organisation = QLineEdit(preferences.organisation)
        self.brief_language = QComboBox()
        self.brief_language.addItem(self.tr("Spanish"), "es")
        self.brief_language.addItem(self.tr("English"), "en")
        self.brief_language.setCurrentIndex(
            self.brief_language.findData(preferences.brief_language)
        )
        self.classification = QLineEdit(preferences.classification)
        self.classification.setPlaceholderText(self.tr("optional, e.g. RESERVADO"))
        self.ui_language = QComboBox()
        self.ui_language.addItem(self.tr("System language"), "system")
        self.ui_language.addItem("English", "en")
        self.ui_language.addItem("Español", "es")
        self.ui_language.setCurrentIndex(self.ui_language.findData(preferences.ui_language))
        form = QFormLayout()
        form.addRow(self.tr("Library folder"), library_row)
        form.addRow(self.tr("Analyst name"), self.analyst_name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Brief language"), self.brief_language)
        form.addRow(self.tr("Classification marking"), self.classification)
        form.addRow(self.tr("Interface language"), self.ui_language)
        self.note = QLabel(
            self.tr(
                "A new library folder or interface language takes effect the next time "
                "Casefile starts."
            )
        )
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget(self)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(self.note)
        general_layout.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("General"))
        self.glossary = GlossaryEditor(library, self) if library is not None else None
        if self.glossary is not None:
            self.tabs.addTab(self.glossary, self.tr("Glossary"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def choose_library_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Library folder"), self.library_path.text() or str(Path.home())
        )
        if folder:
            self.library_path.setText(folder)

    def accept(self) -> None:
        """Save every setting, then close."""
        if self.glossary is not None and not self.glossary.save():
            self.tabs.setCurrentWidget(self.glossary)
            return  # the glossary could not be saved: the dialog stays, with the reason
        preferences = self._preferences
        text = self.library_path.text().strip()
        preferences.library_path = Path(text) if text else None
        preferences.analyst_name = self.analyst_name.text().strip()
        preferences.organisation = self.organisation.text().strip()
        preferences.brief_language = str(self.brief_language.currentData())
        preferences.classification = self.classification.text().strip()
        preferences.ui_language = str(self.ui_language.currentData())
        preferences.settings.sync()
        super().accept()

    def needs_restart(self) -> bool:
        """True when a saved change only applies after Casefile restarts."""
        return (
            self._preferences.library_path != self._initial_library
            or self._preferences.ui_language != self._initial_language
        )


class GlossaryModel(QAbstractTableModel):
    """The analyst's glossary entries being edited: Spanish, English; saved by the dialog."""

    def __init__(self, rows: list[tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = [list(row) for row in rows]
        self._headers = (self.tr("Spanish"), self.tr("English"))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        return self._rows[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 2
        ):
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, index)
        return True

    def insertRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or not 0 <= row <= len(self._rows) or count < 1:
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._rows[row:row] = [["", ""] for _ in range(count)]
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self.endRemoveRows()
        return True

    def entries(self) -> list[tuple[str, str]]:
        return [(spanish, english) for spanish, english in self._rows]


class GlossaryEditor(QWidget):
    """The library's own glossary entries (Spanish, English), editable, over the shipped
    ones (read-only, filterable)."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        intro = QLabel(
            self.tr(
                "A search for a word also finds its translation. Add the terms of your track "
                "that Casefile does not know; separate several forms with |, as in "
                "“halcón | halcones” and “lookout | lookouts”."
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self._loaded = [(entry.spanish, entry.english) for entry in library.glossary()]
        self.model = GlossaryModel(self._loaded, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setObjectName("glossaryTable")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 240)
        self.add_button = QPushButton(self.tr("Add term"), self)
        self.add_button.clicked.connect(self.add_term)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        shipped_rows = shipped_glossary_rows()
        shipped_label = QLabel(
            self.tr("Shipped with Casefile ({count} terms)").format(count=len(shipped_rows)), self
        )
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter the shipped terms"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_shipped)
        self.shipped = QTableWidget(len(shipped_rows), 2, self)
        self.shipped.setObjectName("shippedGlossary")
        self.shipped.setHorizontalHeaderLabels([self.tr("Spanish"), self.tr("English")])
        self.shipped.horizontalHeader().setStretchLastSection(True)
        self.shipped.verticalHeader().setVisible(False)
        self.shipped.setColumnWidth(0, 240)
        self.shipped.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for number, (spanish, english) in enumerate(shipped_rows):
            self.shipped.setItem(number, 0, QTableWidgetItem(spanish))
            self.shipped.setItem(number, 1, QTableWidgetItem(english))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(shipped_label)
        layout.addWidget(self.filter)
        layout.addWidget(self.shipped, 3)
        if library.read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.add_button.setEnabled(False)
            self.remove_button.setEnabled(False)
            self._say(self.tr("This library is read-only; its glossary cannot be changed."))

    def add_term(self) -> None:
        """A new empty row, ready for typing its Spanish form."""
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedIndexes()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        for row in sorted(rows, reverse=True):
            self.model.removeRows(row, 1)

    def entries(self) -> list[tuple[str, str]]:
        """The rows as typed (cells the analyst left empty are empty strings)."""
        return self.model.entries()

    def save(self) -> bool:
        """Write what the analyst changed to the library, keeping entries others added
        meanwhile; False (and the reason shown) when it cannot."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.table.setCurrentIndex(QModelIndex())  # commits the cell being typed in
        entries = self.entries()
        if self._library.read_only or entries == self._loaded:
            return True
        added = [row for row in entries if row not in self._loaded]
        removed = [row for row in self._loaded if row not in entries]
        try:
            self._library.change_glossary(added, removed)
        except CasefileError as exc:
            self._say(describe(exc))
            return False
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _filter_shipped(self, text: str) -> None:
        wanted = fold(text.strip())  # "reunion" finds "reunión"
        for row in range(self.shipped.rowCount()):
            cells = (self.shipped.item(row, column) for column in (0, 1))
            shown = not wanted or any(
                cell is not None and wanted in fold(cell.text()) for cell in cells
            )
            self.shipped.setRowHidden(row, not shown)
