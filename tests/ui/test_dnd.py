"""Drops on a real widget, through real Qt drag events, become the right payload and sources."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QStringListModel, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QListView, QWidget
from sqlmodel import select

from casefile.library import Library
from casefile.models import CaseSource, Event, Quote, Source
from ui.dnd import DropPayload, can_accept, install_drop_target, payload_from_mime
from ui.workers import ImportWorker

ARTICLE = (
    "Mexico and US officials meet on security cooperation\n\n"
    "MEXICO CITY, 16 January 2026 — Mexican and US officials met on Friday in Mexico City "
    "to review security cooperation. “Cooperation has to respect our sovereignty”, said "
    "President Claudia Sheinbaum after the meeting. On 23 January 2026 the group will meet "
    "again in Washington.\n"
)


def _article(folder: Path, name: str, extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(ARTICLE + extra, encoding="utf-8")
    return path


class Dropped:
    """What a widget's drop target handed over."""

    def __init__(self) -> None:
        self.drops: list[tuple[DropPayload, QPoint]] = []

    def __call__(self, payload: DropPayload, position: QPoint) -> None:
        self.drops.append((payload, position))


@pytest.fixture
def target(qtbot) -> tuple[QWidget, Dropped]:
    widget = QWidget()
    widget.resize(300, 200)
    qtbot.addWidget(widget)
    dropped = Dropped()
    install_drop_target(widget, dropped)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, dropped


def drop(widget: QWidget, mime: QMimeData, at: QPoint = QPoint(40, 30)) -> bool:  # noqa: B008
    """Drag ``mime`` over ``widget`` and drop it, as Qt would; True when the drop was accepted."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, actions, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(at, actions, mime, buttons, modifiers)
    QApplication.sendEvent(widget, move)
    assert move.isAccepted()
    dropped = QDropEvent(QPointF(at), actions, mime, buttons, modifiers)
    QApplication.sendEvent(widget, dropped)
    return dropped.isAccepted()


def _file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    # File managers also put the paths as text; the files must win.
    mime.setText("\n".join(str(path) for path in paths))
    return mime


def test_dropping_several_files_gives_their_paths(target, tmp_path: Path) -> None:
    widget, dropped = target
    files = [_article(tmp_path, f"article-{n}.txt", f"Note {n}.") for n in range(3)]
    assert drop(widget, _file_mime(*files), QPoint(12, 34))
    ((payload, position),) = dropped.drops
    assert payload.paths == files
    assert payload.documents == []
    assert position == QPoint(12, 34)


def test_dropping_a_folder_gives_the_folder(target, tmp_path: Path) -> None:
    widget, dropped = target
    folder = tmp_path / "press"
    _article(folder / "2026" / "january", "sre.txt")
    assert drop(widget, _file_mime(folder))
    assert dropped.drops[0][0].paths == [folder]


def test_a_browser_link_is_stored_as_a_link_not_fetched(target) -> None:
    widget, dropped = target
    url = "https://www.gob.mx/sre/prensa/grupo-de-implementacion-de-seguridad"
    mime = QMimeData()
    mime.setData("text/uri-list", f"{url}\r\n".encode())
    mime.setData(
        "text/x-moz-url", f"{url}\nGrupo de Implementación de Seguridad".encode("utf-16-le")
    )
    mime.setHtml(f'<a href="{url}">Grupo</a>')
    mime.setText(url)
    assert drop(widget, mime)
    (payload, _), *_ = dropped.drops
    assert payload.paths == []
    (document,) = payload.documents
    assert document.url == url
    assert document.title == "Grupo de Implementación de Seguridad"


def test_a_link_given_only_as_plain_text_is_a_link(target) -> None:
    widget, dropped = target
    mime = QMimeData()
    mime.setText("https://www.state.gov/releases/us-mexico-security\n")
    assert drop(widget, mime)
    (document,) = dropped.drops[0][0].documents
    assert document.url == "https://www.state.gov/releases/us-mexico-security"


def test_dropped_plain_text_becomes_a_document(target) -> None:
    widget, dropped = target
    mime = QMimeData()
    mime.setText(ARTICLE)
    assert drop(widget, mime)
    (document,) = dropped.drops[0][0].documents
    assert "Claudia Sheinbaum" in document.text
    assert not document.url


def test_a_browser_selection_prefers_html_over_plain_text(target) -> None:
    widget, dropped = target
    mime = QMimeData()
    mime.setHtml(
        "<html><body><h1>Security cooperation</h1><p>On 16 January 2026 officials met"
        " in Mexico City.</p><p>“We respect sovereignty”, said the minister.</p></body></html>"
    )
    mime.setText("plain version that must not win")
    assert drop(widget, mime)
    (document,) = dropped.drops[0][0].documents
    assert "16 January 2026" in document.text
    assert "plain version" not in document.text


def test_an_empty_drag_is_refused(target) -> None:
    widget, dropped = target
    mime = QMimeData()
    mime.setText("   ")
    assert not can_accept(mime)
    assert not drop(widget, mime)
    assert dropped.drops == []


def test_item_views_receive_drops_on_their_viewport(qtbot, tmp_path: Path) -> None:
    view = QListView()
    view.setModel(QStringListModel(["Seguridad", "Aranceles"]))
    qtbot.addWidget(view)
    dropped = Dropped()
    install_drop_target(view, dropped)
    view.show()
    qtbot.waitExposed(view)
    path = _article(tmp_path, "a.txt")
    assert drop(view.viewport(), _file_mime(path), QPoint(5, 5))
    ((payload, position),) = dropped.drops
    assert payload.paths == [path]
    assert position == view.viewport().mapTo(view, QPoint(5, 5))


def test_payload_from_mime_keeps_files_and_web_links_together(tmp_path: Path) -> None:
    path = _article(tmp_path, "a.txt")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)), QUrl("https://example.org/nota")])
    payload = payload_from_mime(mime)
    assert payload.paths == [path]
    assert [document.url for document in payload.documents] == ["https://example.org/nota"]


def _import(qtbot, library: Library, case_id: int, payload: DropPayload) -> object:
    worker = ImportWorker(library, case_id, payload.paths, payload.documents)
    with qtbot.waitSignal(worker.signals.finished, timeout=30_000) as finished:
        QThreadPool.globalInstance().start(worker)
    return finished.args[0]


def test_dropped_files_folders_and_text_are_imported_with_proposals(
    qtbot, target, library: Library, tmp_path: Path
) -> None:
    widget, dropped = target
    case = library.create_case("Seguridad México–EE.UU.", ["MX", "US"])
    folder = tmp_path / "press"
    nested = [
        _article(folder, "one.txt", "First."),
        _article(folder / "deeper" / "still", "two.txt", "Second."),
    ]
    loose = _article(tmp_path / "desk", "three.txt", "Third.")
    assert drop(widget, _file_mime(folder, loose))
    text = QMimeData()
    text.setText(ARTICLE + "Pasted from an e-mail.")
    assert drop(widget, text)
    link = QMimeData()
    link.setData("text/uri-list", b"https://www.gob.mx/sre/prensa/nota\r\n")
    assert drop(widget, link)

    reports = [_import(qtbot, library, case.id, payload) for payload, _ in dropped.drops]

    assert [len(report.added) for report in reports] == [3, 1, 1]
    assert not any(report.problems for report in reports)
    with library.session() as session:
        sources = list(session.exec(select(Source)))
        links = list(session.exec(select(CaseSource)))
        events = list(session.exec(select(Event)))
        quotes = list(session.exec(select(Quote)))
    assert {source.original_name for source in sources} >= {p.name for p in [*nested, loose]}
    assert any(source.url == "https://www.gob.mx/sre/prensa/nota" for source in sources)
    assert len(links) == len(sources) == 5
    assert events
    assert quotes
    assert {item.review for item in [*events, *quotes]} == {"proposed"}


def test_dropping_the_same_folder_twice_imports_every_article_once(
    qtbot, target, library: Library, tmp_path: Path
) -> None:
    widget, dropped = target
    case = library.create_case("Aranceles")
    folder = tmp_path / "press"
    for n in range(3):
        _article(folder / f"sub{n}", f"a{n}.txt", f"Piece {n}.")
    assert drop(widget, _file_mime(folder))
    assert drop(widget, _file_mime(folder))
    first, second = (_import(qtbot, library, case.id, payload) for payload, _ in dropped.drops)
    assert len(first.added) == 3
    assert second.added == []
    assert len(second.duplicates) == 3
    assert library.source_count() == 3
