"""Library-wide search from the toolbar: ranked hits in a popup, snippets with matches in bold.

The snippet comes from the library (user text with highlight markers around the matches). It
is escaped with ``html.escape`` first and only then are the markers turned into ``<b>``, so
markup in an article ("<b>x</b>", "&amp;") shows literally.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from casefile import search
from casefile.library import Library
from casefile.search import SearchHit
from ui.formatting import format_date, kind_name

SAVE_ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "save-search.svg"
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
OF_KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # (n, of): the hit's place among its kind's
SEARCH_DELAY_MS = 150
POPUP_WIDTH = 560
AnyIndex = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """``snippet`` escaped for HTML, with the library's highlight markers turned into <b>."""
    escaped = html.escape(snippet.replace("\n", " "), quote=False)
    return escaped.replace(search.HIGHLIGHT_START, "<b>").replace(search.HIGHLIGHT_END, "</b>")


def hit_html(hit: SearchHit, muted: str = "#777777", of_kind: tuple[int, int] | None = None) -> str:
    """Three lines for one hit: kind (its place among the hits of its kind), date and the
    forms it matched (in ``muted``), title, snippet; user text escaped."""
    about = kind_name(hit.kind).capitalize()
    if of_kind is not None:
        about += f" {of_kind[0]}/{of_kind[1]}"
    if hit.date is not None:
        about += " · " + format_date(hit.date, "day")
    if hit.matched:
        found = ", ".join(hit.matched[:4])
        about += " · " + QCoreApplication.translate("SearchField", "found: {forms}").format(
            forms=found
        )
    title = html.escape(hit.title or "—", quote=False)
    return (
        f'<div style="color:{muted}">{html.escape(about, quote=False)}</div>'
        f"<div><b>{title}</b></div><div>{snippet_html(hit.snippet)}</div>"
    )


class SearchHitsModel(QAbstractListModel):
    """The hits of the last search, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self._of_kind: list[tuple[int, int]] = []  # each hit's place among those of its kind

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show ``hits`` grouped by kind, the kind of the best hit first, best first within."""
        order: dict[str, int] = {}
        for hit in hits:
            order.setdefault(hit.kind, len(order))
        grouped = sorted(hits, key=lambda hit: order[hit.kind])  # a stable sort keeps rank
        counts = {kind: sum(1 for hit in hits if hit.kind == kind) for kind in order}
        self.beginResetModel()  # a new query replaces every row: a reset is the honest signal
        self.hits = grouped
        self._of_kind = []
        seen: dict[str, int] = {}
        for hit in grouped:
            seen[hit.kind] = seen.get(hit.kind, 0) + 1
            self._of_kind.append((seen[hit.kind], counts[hit.kind]))
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title} — {hit.plain_snippet('', '')}"
        if role == HIT_ROLE:
            return hit
        if role == HTML_ROLE:
            return hit_html(hit, of_kind=self._of_kind[index.row()])
        if role == OF_KIND_ROLE:
            return self._of_kind[index.row()]
        return None


class SnippetDelegate(QStyledItemDelegate):
    """Draws a hit's escaped HTML (kind, title, snippet with bold matches)."""

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        hit = index.data(HIT_ROLE)
        if hit is not None:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            role = (
                QPalette.ColorRole.HighlightedText
                if selected
                else QPalette.ColorRole.PlaceholderText
            )
            muted = option.palette.color(role).name()
            document.setHtml(hit_html(hit, muted, index.data(OF_KIND_ROLE)))
        document.setTextWidth(max(option.rect.width() - 8, 200))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.save()
        painter.translate(option.rect.topLeft() + QPoint(4, 2))
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        document = self._document(option, index)
        document.setTextWidth(POPUP_WIDTH - 24)
        return QSize(POPUP_WIDTH - 24, int(document.size().height()) + 6)


class SearchPopup(QListView):
    """The list of hits under the search field; keys other than navigation go to the field."""

    chosen = Signal(object)  # SearchHit

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)  # a popup window, yet gone with its field (and its model)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(field)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(SnippetDelegate(self))
        self.setMouseTracking(True)
        self._field = field
        self.clicked.connect(self.choose)
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose(self.currentIndex())
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                return False
            self._field.event(event)  # typing goes on in the field, as in QCompleter
            return True
        return super().eventFilter(watched, event)

    def choose(self, index: QModelIndex) -> None:
        """Open the hit at ``index`` (the first one when none is current)."""
        if not index.isValid() and self.model() is not None and self.model().rowCount():
            index = self.model().index(0, 0)
        if index.isValid():
            self.hide()
            self.chosen.emit(index.data(HIT_ROLE))


class SearchField(QLineEdit):
    """Searches the whole library as the analyst types; ``hit_chosen`` opens a hit."""

    hit_chosen = Signal(object)  # SearchHit
    searched = Signal(int)  # number of hits, after each search
    save_requested = Signal(str)  # the query, to keep as a saved search

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.setPlaceholderText(self.tr("Search the library (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.setMaximumWidth(420)
        self.hits = SearchHitsModel(self)
        self.popup = SearchPopup(self)
        self.popup.setModel(self.hits)
        self.popup.chosen.connect(self.hit_chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(self._timer.start)
        self.returnPressed.connect(self.open_best_hit)
        self.save_action = QAction(QIcon(str(SAVE_ICON)), self.tr("Save this search…"), self)
        self.save_action.setToolTip(self.tr("Keep this search in the sidebar"))
        self.save_action.triggered.connect(lambda: self.save_requested.emit(self.text().strip()))
        self.addAction(self.save_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textChanged.connect(lambda text: self.save_action.setVisible(bool(text.strip())))
        self.save_action.setVisible(False)

    def run_query(self, query: str) -> None:
        """Put ``query`` in the field and search for it at once (a saved search)."""
        self.setText(query)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.run_search()

    def run_search(self) -> None:
        """Search for the text in the field and show the hits."""
        self._timer.stop()
        query = self.text().strip()
        hits: list[SearchHit] = []
        if query:
            hits = self._library.search(query, limit=50)
        self.hits.set_hits(hits)
        self.searched.emit(len(hits))
        if hits:
            self.show_popup()
        else:
            self.popup.hide()

    def show_popup(self) -> None:
        width = max(self.width(), POPUP_WIDTH)
        rows = min(self.hits.rowCount(), 6)
        height = sum(self.popup.sizeHintForRow(row) for row in range(rows)) + 4
        below = self.mapToGlobal(QPoint(self.width() - width, self.height()))
        self.popup.setGeometry(max(below.x(), 0), below.y(), width, height)
        self.popup.setCurrentIndex(self.hits.index(0, 0))
        self.popup.show()

    def open_best_hit(self) -> None:
        """Return in the field: search now if needed, then open the current or first hit."""
        if self._timer.isActive() or not self.hits.rowCount():
            self.run_search()
        if self.hits.rowCount():
            self.popup.choose(self.popup.currentIndex())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.hits.rowCount():
            self.show_popup()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.hits.set_hits([])
            self.popup.hide()
            return
        super().keyPressEvent(event)
