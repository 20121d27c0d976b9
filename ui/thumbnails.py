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

_KEPT_BYTES = 64 * 1024 * 1024  # of decoded pixmaps: a few hundred thumbnails, a few previews


class PixmapCache:
    """Thumbnails of one library's stored pictures, by stored name and size, the most recently
    shown kept up to ``_KEPT_BYTES``. A picture that cannot be read is asked for again next
    time (a sync may bring it meanwhile)."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._kept: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()
        self._bytes = 0

    def pixmap(self, stored: str, size: int = SIZE) -> QPixmap | None:
        """The thumbnail of ``stored`` at ``size``; None when the picture cannot be read."""
        key = (stored, size)
        if key in self._kept:
            self._kept.move_to_end(key)
            return self._kept[key]
        path = thumbnail(self._library.files, stored, size)
        pixmap = QPixmap(str(path)) if path is not None else None
        if pixmap is None or pixmap.isNull():
            return None
        self._kept[key] = pixmap
        self._bytes += _weight(pixmap)
        while self._bytes > _KEPT_BYTES and len(self._kept) > 1:
            _key, dropped = self._kept.popitem(last=False)
            self._bytes -= _weight(dropped)
        return pixmap


def _weight(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4
