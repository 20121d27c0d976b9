"""A picture shown larger beside its caption (or its image source), with a button that opens
the original in the system's viewer."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from casefile.files import is_stored_name
from casefile.library import Library
from casefile.thumbnails import PREVIEW_SIZE
from ui.thumbnails import PixmapCache

MAX_HEIGHT = 360  # pixels: the form's fields stay in view below the picture


class PicturePreview(QWidget):
    """The picture of one caption or image source, scaled to the pane's width."""

    def __init__(self, library: Library, pictures: PixmapCache, parent: QWidget | None = None):
        super().__init__(parent)
        self._library = library
        self._pictures = pictures
        self._stored = ""
        self._pixmap: QPixmap | None = None
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("Open picture"), self)
        self.open_button.setToolTip(self.tr("Open the original picture in the system's viewer"))
        self.open_button.clicked.connect(self.open_original)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.hide()

    def show_picture(self, stored: str) -> None:
        """Show stored picture ``stored``; "" hides the preview."""
        self._stored = stored
        self._pixmap = self._pictures.pixmap(stored, PREVIEW_SIZE) if stored else None
        self.setVisible(bool(stored))
        if stored and self._pixmap is None:
            self.label.setFixedHeight(self.label.fontMetrics().lineSpacing() * 2)
            self.label.setText(self.tr("The picture cannot be shown (missing or damaged)."))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._pixmap is None:
            return  # the label says why there is no picture (or the preview is hidden)
        width = max(self.width(), 64)
        box = QSize(width, MAX_HEIGHT)
        shown = self._pixmap.size().boundedTo(box * self.devicePixelRatioF())
        scaled = self._pixmap.scaled(
            self._pixmap.size().scaled(shown, Qt.AspectRatioMode.KeepAspectRatio),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(self.devicePixelRatioF())
        self.label.setPixmap(scaled)
        self.label.setFixedHeight(int(scaled.height() / self.devicePixelRatioF()))

    def open_original(self) -> None:
        """The stored original, opened locally by the system (never a web address), and only
        a picture inside the library's files (a name from a sync is never trusted as a path)."""
        # Imported here: casefile.ingest brings every reader, which the first screen does not need.
        from casefile.ingest.document import IMAGE_SUFFIXES

        if not self._stored or not is_stored_name(self._stored):
            return
        path = self._library.files.path(self._stored)
        if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
