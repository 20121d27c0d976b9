"""A source's text with the evidence of each of its proposals highlighted."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from casefile.domain import Review
from ui.models.proposals import PROPOSED, ProposalRow

HIGHLIGHT = {
    Review.PROPOSED.value: QColor(255, 236, 150),
    Review.ACCEPTED.value: QColor(198, 235, 196),
    Review.REJECTED.value: QColor(225, 225, 225),
}
CURRENT_HIGHLIGHT = QColor(255, 160, 60)


def utf16_offset(text: str, offset: int) -> int:
    """A Python string offset as a QTextDocument position (UTF-16 code units)."""
    offset = max(0, min(offset, len(text)))
    return len(text[:offset].encode("utf-16-le")) // 2


class EvidenceTextView(QPlainTextEdit):
    """Read-only source text; :meth:`highlight` colours each proposal's evidence by state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self._text = ""

    def show_text(self, text: str) -> None:
        """Show ``text``, whose offsets the proposals' evidence spans count in."""
        self._text = text
        # Length-preserving: QTextDocument would fold "\r\n" into one position.
        self.setPlainText(text.replace("\r\n", " \n").replace("\r", "\n"))

    def highlight(self, rows: Sequence[ProposalRow], current: int | None) -> None:
        """Highlight every row's evidence, row ``current`` stronger and scrolled to."""
        selections = []
        current_selection = None
        for number, row in enumerate(rows):
            if row.start is None or row.end is None or row.end <= row.start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(utf16_offset(self._text, row.start))
            cursor.setPosition(utf16_offset(self._text, row.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            char_format = QTextCharFormat()
            char_format.setBackground(HIGHLIGHT.get(row.review, HIGHLIGHT[PROPOSED]))
            if number == current:
                char_format.setBackground(CURRENT_HIGHLIGHT)
                current_selection = selection
            selection.format = char_format
            selections.append(selection)
        if current_selection is not None:  # drawn last, so on top of overlapping evidence
            selections.remove(current_selection)
            selections.append(current_selection)
            cursor = QTextCursor(current_selection.cursor)
            cursor.setPosition(cursor.selectionStart())
            self.setTextCursor(cursor)
            self.centerCursor()
        self.setExtraSelections(selections)
