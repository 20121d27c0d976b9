"""Photos in the window: a photo dropped on the window becomes an image source whose caption
shows its thumbnail in the Captions tab and its picture in the detail pane; in the review, a
photo without a caption is written before it is accepted."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from pictures import photo
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QTextDocument
from test_dnd import _file_mime, drop

from casefile.domain import Review
from casefile.library import Library

CAPTION = (2, 120)
CREDIT = (2, 110)


def _drop_photos(qtbot, window, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    window.imports.install_drop_targets()
    with qtbot.waitSignal(window.imports.finished, timeout=60_000):
        assert drop(window, _file_mime(*paths))


def test_a_dropped_photo_shows_its_thumbnail_and_its_picture(
    qtbot, library: Library, make_window, tmp_path: Path
) -> None:
    case = library.create_case("Egipto–Etiopía", ["EG", "ET"])
    path = tmp_path / "presa.jpg"
    path.write_bytes(
        photo(
            (1200, 800), iptc={CAPTION: "Vista de la presa del Renacimiento", CREDIT: "<b>AFP</b>"}
        )
    )
    window = make_window()
    _drop_photos(qtbot, window, [path])

    [source] = library.sources(case.id)
    assert source.kind == "image"
    table = window.tabs.tables["caption"]
    window.tabs.tabs.setCurrentWidget(table)
    index = table.proxy.index(0, 0)
    assert index.data() == "Vista de la presa del Renacimiento"
    assert table.proxy.index(0, 1).data() == "<b>AFP</b>"  # metadata is never markup
    thumbnail = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(thumbnail, QIcon)
    drawn = thumbnail.actualSize(table.view.iconSize())
    assert (drawn.width(), drawn.height()) == (64, 42)  # within the icon size, its own shape
    assert table.view.iconSize().height() == 64
    assert table.view.rowHeight(0) >= 64

    table.view.setCurrentIndex(index)
    preview = window.detail.forms["caption"].picture
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    assert window.detail.forms["caption"].editors["credit"].line.text() == "<b>AFP</b>"
    shown = preview.label.pixmap()
    assert not shown.isNull()
    assert shown.width() / shown.height() == 1.5


def test_a_photo_without_a_caption_is_written_before_it_is_accepted(
    qtbot, library: Library, make_window, tmp_path: Path
) -> None:
    case = library.create_case("Marruecos–Argelia", ["MA", "DZ"])
    path = tmp_path / "sin-pie.png"
    path.write_bytes(photo((400, 300), fmt="PNG"))
    window = make_window()
    _drop_photos(qtbot, window, [path])
    review = window.tabs.review
    assert review is not None
    window.tabs.tabs.setCurrentWidget(review)
    qtbot.waitUntil(lambda: review.proposals.rowCount() == 1)
    review._select_row(0)
    row = review.proposals.row(0)
    assert row.needs_text
    assert "no caption" in review.proposals.index(0, 2).data()
    assert review.picture.isVisible()

    review.accept_all_of_source()  # leaves the caption to write
    [caption] = library.items("caption", case.id)
    assert caption.review == Review.PROPOSED.value

    review.accept_current()  # A: the editor opens instead
    assert review.editor is not None
    review.editor.inputs["caption"].setPlainText("Frontera cerrada en Zouj Beghal")
    review.editor.accept_if_complete()
    [caption] = library.items("caption", case.id)
    assert (caption.caption, caption.review) == (
        "Frontera cerrada en Zouj Beghal",
        Review.ACCEPTED.value,
    )


def test_a_long_caption_with_markup_shows_literally_in_its_tooltip(
    qtbot, library: Library, make_window, tmp_path: Path
) -> None:
    hostile = "<b>Ministros</b> & <i>aliados</i> en la frontera norte, con la prensa local"
    case = library.create_case("Caso", [])
    path = tmp_path / "hostil.jpg"
    path.write_bytes(photo(iptc={CAPTION: hostile}))
    window = make_window()
    _drop_photos(qtbot, window, [path])
    assert library.items("caption", case.id)
    table = window.tabs.tables["caption"]
    tip = table.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    shown = QTextDocument()
    if QtGui.Qt.mightBeRichText(tip):  # as QToolTip decides
        shown.setHtml(tip)
    else:
        shown.setPlainText(tip)
    assert shown.toPlainText() == hostile
