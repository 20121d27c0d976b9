"""One editor per kind of field the detail pane edits; each reports a finished edit once.

Every editor shows a model value (``show_value``) and emits ``edited(value)`` with a value of
the model's type when the analyst finishes an edit (Return, leaving the field, choosing from a
list). Showing a value never emits. Editors that cannot read what was typed (a date that is not
a date) emit ``invalid(message)`` and put the old value back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ui.formatting import date_input_text, parse_date_input


class FieldEditor(QObject):
    """The common shape: a widget, a value shown, a signal for a finished edit."""

    edited = Signal(object)
    invalid = Signal(str)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self._value: Any = None
        self._settled = ""  # the text shown or last finished

    def show_value(self, value: Any) -> None:
        self._value = value
        self._display(value)
        self._settled = self.current_text()

    def _display(self, value: Any) -> None:
        raise NotImplementedError

    def current_text(self) -> str:
        """What the widget holds now, as typed (a choice is never typed)."""
        return ""

    def typing(self) -> bool:
        """Whether the analyst is in this field with text not yet finished (saved)."""
        return self.widget.hasFocus() and self.current_text() != self._settled

    def _finish(self, value: Any) -> None:
        self._settled = self.current_text()  # finished: from now on, saved or being saved
        if value != self._value:
            self._value = value
            self.edited.emit(value)


class LineEditor(FieldEditor):
    """One line of text; ``separator`` makes it a list ("MX, US" or "El Mayo; Ismael Zambada")."""

    def __init__(
        self, placeholder: str = "", separator: str | None = None, joiner: str = ""
    ) -> None:
        self.line = QLineEdit()
        super().__init__(self.line)
        self.line.setPlaceholderText(placeholder)
        self._separator = separator
        self._joiner = joiner or (separator or "")
        self.line.editingFinished.connect(self.finish_editing)

    def _display(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self._separator is not None:
            text = f"{self._separator} ".join(
                part.strip() for part in text.split(self._separator) if part.strip()
            )
        self.line.setText(text)
        self.line.setCursorPosition(0)

    def current_text(self) -> str:
        return self.line.text()

    def finish_editing(self) -> None:
        text = self.line.text().strip()
        if self._separator is not None:
            text = self._joiner.join(
                part.strip() for part in text.split(self._separator) if part.strip()
            )
        self._finish(text)


class CountriesEditor(LineEditor):
    """ISO country codes, typed "mx, us", stored "MX,US"."""

    def __init__(self, placeholder: str = "") -> None:
        super().__init__(placeholder, separator=",", joiner=",")

    def finish_editing(self) -> None:
        codes = [code.strip().upper() for code in self.line.text().split(",") if code.strip()]
        self._finish(",".join(codes))


class TagsEditor(LineEditor):
    """Tags as a list of names, typed comma-separated."""

    def __init__(self, placeholder: str = "") -> None:
        super().__init__(placeholder)

    def _display(self, value: Any) -> None:
        self.line.setText(", ".join(value or []))

    def finish_editing(self) -> None:
        names = sorted({name.strip() for name in self.line.text().split(",") if name.strip()})
        self._finish(names)


class PlainTextField(QPlainTextEdit):
    """A QPlainTextEdit that says when the analyst leaves it (it has no editingFinished)."""

    editing_finished = Signal()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class TextEditor(FieldEditor):
    """Several lines of plain text (descriptions, quotes, notes, the case summary)."""

    def __init__(self, placeholder: str = "", lines: int = 4) -> None:
        self.text = PlainTextField()
        super().__init__(self.text)
        self.text.setPlaceholderText(placeholder)
        self.text.setTabChangesFocus(True)
        height = self.text.fontMetrics().lineSpacing() * lines + 12
        self.text.setMinimumHeight(height)
        self.text.setMaximumHeight(height * 2)
        policy = self.text.sizePolicy()
        policy.setVerticalPolicy(policy.Policy.Preferred)
        self.text.setSizePolicy(policy)
        self.text.editing_finished.connect(self.finish_editing)

    def _display(self, value: Any) -> None:
        self.text.setPlainText("" if value is None else str(value))

    def current_text(self) -> str:
        return self.text.toPlainText()

    def finish_editing(self) -> None:
        self._finish(self.text.toPlainText().strip())


class DateEditor(FieldEditor):
    """A date typed ``YYYY-MM-DD``; ``with_precision`` also reads ``YYYY-MM`` and ``YYYY``.

    With precision the value is a (date, precision) pair; without, a date or None when
    ``optional`` and left empty.
    """

    def __init__(self, placeholder: str, *, with_precision: bool = False, optional: bool = True):
        self.line = QLineEdit()
        super().__init__(self.line)
        self.line.setPlaceholderText(placeholder)
        self._with_precision = with_precision
        self._optional = optional
        self.line.editingFinished.connect(self.finish_editing)

    def _display(self, value: Any) -> None:
        if self._with_precision:
            day, precision = value if value else (None, "day")
            self.line.setText(date_input_text(day, precision))
        else:
            self.line.setText(value.isoformat() if isinstance(value, dt.date) else "")

    def current_text(self) -> str:
        return self.line.text()

    def finish_editing(self) -> None:
        text = self.line.text().strip()
        if not text and self._optional and not self._with_precision:
            self._finish(None)
            return
        parsed = parse_date_input(text)
        if parsed is None:
            self._display(self._value)
            self.invalid.emit(text)
            return
        self._finish(parsed if self._with_precision else parsed[0])


class ChoiceEditor(FieldEditor):
    """One of a fixed set of values (precision, status, kind), shown by translated name."""

    def __init__(self, choices: Sequence[tuple[str, str]]) -> None:
        self.combo = QComboBox()
        super().__init__(self.combo)
        for value, label in choices:
            self.combo.addItem(label, value)
        self.combo.activated.connect(self.finish_editing)

    def _display(self, value: Any) -> None:
        position = self.combo.findData(value)
        if position < 0 and value:
            self.combo.addItem(str(value), value)  # a value from a newer version: keep it
            position = self.combo.count() - 1
        self.combo.setCurrentIndex(position)

    def finish_editing(self, _position: int = 0) -> None:
        self._finish(self.combo.currentData())
