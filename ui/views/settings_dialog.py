"""Settings: where the library lives, who writes the briefs, and the languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.preferences import Preferences


class SettingsDialog(QDialog):
    """Edits :class:`~ui.preferences.Preferences`; saved when the analyst presses OK."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def choose_library_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Library folder"), self.library_path.text() or str(Path.home())
        )
        if folder:
            self.library_path.setText(folder)

    def accept(self) -> None:
        """Save every setting, then close."""
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
