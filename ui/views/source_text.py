"""A source's full text, scrolled to the span an item was drawn from and highlighted there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from casefile.library import Library
from casefile.models import Source

EVIDENCE_HIGHLIGHT = QColor("#ffe08a")


class SourceTextDialog(QDialog):
    """Read-only source text; :meth:`show_span` highlights one span with an ExtraSelection."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.source_id: int | None = None
        self._python_text = ""
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def show_source(self, source_id: int, start: int | None = None, end: int | None = None) -> None:
        """Show ``source_id``'s text; highlight and centre [start, end) when given."""
        source: Source = self._library.get("source", source_id)
        self.source_id = source_id
        title = source.title or source.original_name or self.tr("Untitled source")
        self.setWindowTitle(self.tr("Source: {title}").format(title=title))
        self.heading.setText(title)
        details = [part for part in (source.outlet, source.author, source.url) if part]
        if source.published:
            details.insert(0, source.published.isoformat())
        self.details.setText(" · ".join(details))
        self.details.setVisible(bool(details))
        self._python_text = source.text
        self.text.setPlainText(source.text)
        self.highlight_span(start, end)
        self.show()
        self.raise_()
        self.activateWindow()

    def highlight_span(self, start: int | None, end: int | None) -> None:
        """Highlight [start, end) of the text and scroll it to the middle of the view.

        Offsets count Python characters; Qt counts UTF-16 units, which differ after an emoji.
        """
        length = len(self._python_text)
        if start is None or end is None or not 0 <= start < end <= length:
            self.text.setExtraSelections([])
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
            return
        start, end = self._utf16(start), self._utf16(end)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        highlight = QTextCharFormat()
        highlight.setBackground(EVIDENCE_HIGHLIGHT)
        selection.format = highlight
        self.text.setExtraSelections([selection])
        caret = QTextCursor(self.text.document())
        caret.setPosition(start)
        self.text.setTextCursor(caret)
        self.text.centerCursor()

    def _utf16(self, offset: int) -> int:
        return len(self._python_text[:offset].encode("utf-16-le")) // 2

    def highlighted_text(self) -> str:
        """The text under the highlight ("" when none), for tests and accessibility."""
        selections = self.text.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""
