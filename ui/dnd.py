"""Everything about QMimeData: what a drop holds (files, folders, links, text, HTML).

A drop from a file manager carries file URLs (and often the same paths as plain text); a link
dragged from a browser carries ``text/uri-list`` (Firefox adds ``text/x-moz-url`` with the
page title); a selection dragged from a browser carries ``text/html`` and ``text/plain``.
:func:`payload_from_mime` turns any of these into a :class:`DropPayload`: paths for the
importer to read, and documents already read from the dropped text. Links are stored as
sources, never fetched: Casefile works offline.

:func:`install_drop_target` makes any widget (the main window, the case list) accept such
drops and hands each one, with its position, to a callback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QPoint, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from casefile import ingest
from casefile.errors import CasefileError
from ui.messages import describe, say
from ui.translatable import QT_TRANSLATE_NOOP

URI_LIST = "text/uri-list"
MOZ_URL = "text/x-moz-url"
HTML = "text/html"
PLAIN = "text/plain"
WEB_SCHEMES = frozenset({"http", "https"})
CONTEXT = "DropPayload"
# The core names a dropped piece in English ("The dropped text: …"); the reader sees it in
# the interface's language, in the sentence ui/messages.py translates.
DROPPED_NAMES = {
    "The dropped text": QT_TRANSLATE_NOOP("DropPayload", "The dropped text"),
    "The dropped page": QT_TRANSLATE_NOOP("DropPayload", "The dropped page"),
}


@dataclass
class DropPayload:
    """What a drop holds: files and folders to import, and documents read from text or links.

    ``problems`` holds a message for each dropped piece that could not become a document
    (e.g. a selection of binary junk), for the import summary, in the interface's language.
    """

    paths: list[Path] = field(default_factory=list)
    documents: list[ingest.Document] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.paths or self.documents)


@dataclass(frozen=True)
class _Link:
    url: str
    title: str = ""


def can_accept(mime: QMimeData) -> bool:
    """True when the drop holds a local file or folder, a web link, HTML or non-empty text."""
    if _local_paths(mime) or _web_links(mime):
        return True
    if mime.hasHtml() and mime.html().strip():
        return True
    return mime.hasText() and bool(mime.text().strip())


def payload_from_mime(mime: QMimeData) -> DropPayload:
    """Files win over text (file managers send both); HTML wins over plain text (browsers)."""
    payload = DropPayload(paths=_local_paths(mime))
    links = _web_links(mime)
    for link in links:
        _add_document(payload, partial(ingest.read_url, link.url, title=link.title or None))
    if payload.paths or links:
        return payload
    if mime.hasHtml() and mime.html().strip():
        html = mime.html()
        _add_document(payload, lambda: ingest.read_html_string(html))
    elif mime.hasText() and mime.text().strip():
        text = mime.text()
        _add_document(payload, lambda: ingest.read_text(text))
    return payload


def _add_document(payload: DropPayload, read: Callable[[], ingest.Document]) -> None:
    try:
        payload.documents.append(read())
    except CasefileError as exc:
        payload.problems.append(drop_problem(exc))


def drop_problem(error: CasefileError) -> str:
    """What went wrong with a dropped piece, in the interface's language.

    The core's sentence already names the piece (the link, "The dropped text"); that name
    is translated too.
    """
    name = error.params.get("name")
    if isinstance(name, str) and name in DROPPED_NAMES:
        params = {**error.params, "name": QCoreApplication.translate(CONTEXT, name)}
        return say(error.key, params) or describe(error)
    return describe(error)


def _urls(mime: QMimeData) -> list[QUrl]:
    urls = list(mime.urls()) if mime.hasUrls() else []
    if not urls and mime.hasText():
        # Some applications put only plain text; a text made of URLs alone is a list of links.
        lines = [line.strip() for line in mime.text().splitlines() if line.strip()]
        candidates = [QUrl(line) for line in lines]
        if lines and all(_is_link(url) for url in candidates):
            urls = candidates
    return urls


def _is_link(url: QUrl) -> bool:
    return url.isValid() and (url.isLocalFile() or url.scheme().lower() in WEB_SCHEMES)


def _local_paths(mime: QMimeData) -> list[Path]:
    paths: list[Path] = []
    for url in _urls(mime):
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path not in paths:
                paths.append(path)
    return paths


def _web_links(mime: QMimeData) -> list[_Link]:
    titles = dict(_moz_links(mime))
    links: list[_Link] = []
    seen: set[str] = set()
    urls = [url.toString() for url in _urls(mime) if url.scheme().lower() in WEB_SCHEMES]
    # Firefox may give the link only as text/x-moz-url.
    for url in [*urls, *titles]:
        if url not in seen:
            seen.add(url)
            links.append(_Link(url, titles.get(url, "")))
    return links


def _moz_links(mime: QMimeData) -> list[tuple[str, str]]:
    """``text/x-moz-url``: UTF-16 lines alternating URL and title."""
    if not mime.hasFormat(MOZ_URL):
        return []
    raw = bytes(mime.data(MOZ_URL).data())
    text = (
        raw.decode("utf-16", errors="replace") if b"\x00" in raw else raw.decode("utf-8", "replace")
    )
    lines = text.replace("\x00", "").splitlines()
    pairs: list[tuple[str, str]] = []
    for index in range(0, len(lines), 2):
        url = lines[index].strip()
        title = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if QUrl(url).scheme().lower() in WEB_SCHEMES:
            pairs.append((url, title))
    return pairs


DropHandler = Callable[[DropPayload, QPoint], None]


class DropTarget(QObject):
    """An event filter that accepts what :func:`can_accept` accepts and reports each drop.

    The position given to the handler is in the coordinates of the widget passed to
    :func:`install_drop_target`, even when the events arrive at a scroll area's viewport.
    """

    def __init__(self, widget: QWidget, on_drop: DropHandler) -> None:
        super().__init__(widget)
        self._widget = widget
        self._on_drop = on_drop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if can_accept(event.mimeData()):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            return self._deliver_drop(watched, event)
        return False

    def _deliver_drop(self, watched: QObject, event: QDropEvent) -> bool:
        mime = event.mimeData()
        if not can_accept(mime):
            event.ignore()
            return True
        payload = payload_from_mime(mime)
        event.acceptProposedAction()
        position = event.position().toPoint()
        if isinstance(watched, QWidget) and watched is not self._widget:
            position = watched.mapTo(self._widget, position)
        self._on_drop(payload, position)
        return True


def install_drop_target(widget: QWidget, on_drop: DropHandler) -> DropTarget:
    """Make ``widget`` accept dropped files, folders, links, text and HTML.

    ``on_drop(payload, position)`` is called once per accepted drop. For item views and other
    scroll areas the filter also watches the viewport, where Qt delivers the drag events.
    The returned filter is parented to ``widget``; remove it with ``removeEventFilter``.
    """
    target = DropTarget(widget, on_drop)
    widget.setAcceptDrops(True)
    widget.installEventFilter(target)
    if isinstance(widget, QAbstractScrollArea):
        widget.viewport().setAcceptDrops(True)
        widget.viewport().installEventFilter(target)
    return target
