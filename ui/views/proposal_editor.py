"""The small form that edits a proposal's main fields before it is accepted."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from casefile.domain import ActorKind, Category, Precision
from ui.formatting import actor_kind_name, category_name, precision_name


class ProposalEditor(QDialog):
    """A small form for the main fields of one proposal; :meth:`fields` gives the edits."""

    def __init__(self, kind: str, item: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("Edit and accept"))
        form = QFormLayout(self)
        self.inputs: dict[str, QWidget] = {}
        if kind == "event":
            date = QDateEdit(QDate(item.date.year, item.date.month, item.date.day))
            date.setDisplayFormat("yyyy-MM-dd")
            date.setCalendarPopup(True)
            self._add(form, "date", self.tr("Date"), date)
            self._add(
                form, "precision", self.tr("Precision"), self._combo(Precision, item.precision)
            )
            self._add(form, "title", self.tr("Title"), QLineEdit(item.title))
            category = item.category or Category.OTHER.value
            self._add(form, "category", self.tr("Kind"), self._combo(Category, category))
        elif kind == "quote":
            self._add(form, "text", self.tr("Quote"), self._plain(item.text))
            self._add(form, "speaker", self.tr("Speaker"), QLineEdit(item.speaker))
        elif kind == "caption":
            self._add(form, "caption", self.tr("Caption"), self._plain(item.caption))
            self._add(form, "credit", self.tr("Credit"), QLineEdit(item.credit))
        else:
            self._add(form, "name", self.tr("Name"), QLineEdit(item.name))
            self._add(form, "kind", self.tr("Kind"), self._combo(ActorKind, item.kind))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Accept"))
        buttons.accepted.connect(self.accept_if_complete)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def fields(self) -> dict[str, Any]:
        """The edited values, named as the library's fields."""
        values: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QDateEdit):
                values[name] = dt.date.fromisoformat(widget.date().toString("yyyy-MM-dd"))
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText().strip()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text().strip()
        return values

    def accept_if_complete(self) -> None:
        """Close with the edits unless the main text was emptied."""
        main = {"quote": "text", "caption": "caption", "actor": "name"}.get(self.kind)
        if main is None or self.fields()[main]:
            self.accept()

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        self.inputs[name] = widget
        form.addRow(label, widget)

    def _combo(self, values: Any, current: str) -> QComboBox:
        names = {Precision: precision_name, Category: category_name}
        name = names.get(values, actor_kind_name)
        combo = QComboBox()
        for value in values:
            combo.addItem(name(value.value), value.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _plain(self, text: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setPlainText(text)
        editor.setTabChangesFocus(True)
        return editor
