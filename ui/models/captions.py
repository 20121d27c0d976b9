"""A case's photo captions and their credits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QIcon

from ui.formatting import review_name
from ui.models.items import Column, ItemTableModel, Row, sortable, text_at
from ui.thumbnails import PixmapCache
from ui.translatable import QT_TRANSLATE_NOOP

# Positions in a row tuple: the fields of casefile.queries.CaptionRow (CAPTION: its start, as
# much as a table cell shows; IMAGE: the stored picture, or "").
ID, CAPTION, CREDIT, REVIEW, IMAGE = range(5)


def _caption_or_prompt(row: Row) -> str:
    """The caption; a photo imported without one says it awaits one."""
    if row[CAPTION]:
        return text_at(CAPTION)(row)
    return QCoreApplication.translate("CaptionTableModel", "No caption yet: write one")


class CaptionTableModel(ItemTableModel):
    kind = "caption"
    icon_size = 64
    _pictures: PixmapCache | None = None  # made when the first thumbnail is shown
    columns = (
        Column(
            QT_TRANSLATE_NOOP("CaptionTableModel", "Caption"),
            _caption_or_prompt,
            sortable(CAPTION),
            width=520,
        ),
        Column(
            QT_TRANSLATE_NOOP("CaptionTableModel", "Credit"),
            text_at(CREDIT),
            sortable(CREDIT),
            width=180,
            squeeze=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("CaptionTableModel", "Review"),
            lambda row: review_name(row[REVIEW]),
            sortable(REVIEW),
            width=90,
        ),
    )

    def read_rows(
        self, case_id: int, *, include_rejected: bool, item_id: int | None = None
    ) -> Sequence[Row]:
        return self._library.caption_rows(
            case_id, include_rejected=include_rejected, item_id=item_id
        )

    def review_of(self, row: Row) -> str:
        return str(row[REVIEW])

    def row_font(self, row: Row) -> QFont | None:
        """Italic for a photo's caption still to be written (the prompt is no caption)."""
        if row[CAPTION]:
            return None
        font = QFont()
        font.setItalic(True)
        return font

    def decoration(self, row: Row, column: int) -> Any:
        """The picture's thumbnail beside the caption."""
        if column != 0 or not row[IMAGE]:
            return None
        if self._pictures is None:
            self._pictures = PixmapCache(self._library)
        pixmap = self._pictures.pixmap(str(row[IMAGE]))
        # An icon, not the pixmap: a view draws an icon within its icon size, keeping its
        # shape, where it would give a pixmap its own 256 pixels.
        return QIcon(pixmap) if pixmap is not None else None
