"""Pictures for the window: thumbnails of the library's pictures as QPixmaps, kept in memory.

The thumbnails themselves are files (``casefile.thumbnails``), made when a picture is
imported; this cache only keeps the few hundred last shown as pixmaps, so that scrolling a
table of captions does not read them again.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtGui import QPixmap

from casefile.library import Library
from casefile.thumbnails import SIZE, thumbnail

_KEPT = 400  # pixmaps of 256 px: about 100 MB at most, far less for real pictures
PREVIEW_SIZE = 768  # the detail pane's larger preview


class PixmapCache:
    """Thumbnails of one library's stored pictures, by stored name and size."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._kept: OrderedDict[tuple[str, int], QPixmap | None] = OrderedDict()

    def pixmap(self, stored: str, size: int = SIZE) -> QPixmap | None:
        """The thumbnail of ``stored`` at ``size``; None when the picture cannot be read."""
        key = (stored, size)
        if key in self._kept:
            self._kept.move_to_end(key)
            return self._kept[key]
        path = thumbnail(self._library.files, stored, size)
        pixmap = QPixmap(str(path)) if path is not None else None
        if pixmap is not None and pixmap.isNull():
            pixmap = None
        self._kept[key] = pixmap
        if len(self._kept) > _KEPT:
            self._kept.popitem(last=False)
        return pixmap

    def forget(self) -> None:
        self._kept.clear()
