"""The review panel: keyboard decisions reach the database, undo puts them back."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from casefile.domain import Review
from casefile.library import Library
from casefile.models import Actor, Caption, CaseSource, Event, Quote, Source
from ui.changes import LibraryChanges
from ui.views.evidence_text import utf16_offset
from ui.views.review import ReviewPanel

TEXT = (
    "WASHINGTON — On 16 January 2026 the security group met in Washington.\n"
    "“We will not accept unilateral action”, said Foreign Minister Juan Ramón de la Fuente.\n"
    "Photo: delegates at the State Department. (Reuters)\n"
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


@dataclass
class Reviewable:
    library: Library
    case_id: int
    source_id: int
    other_source_id: int
    panel: ReviewPanel
    stack: QUndoStack
    changes: LibraryChanges


def _source(library: Library, case_id: int, title: str, text: str, digest: str) -> int:
    source = library.add(Source(title=title, text=text, content_hash=digest))
    library.add(CaseSource(case_id=case_id, source_id=source.id))
    return int(source.id)


def _proposals(library: Library, case_id: int, source_id: int) -> None:
    proposed = {"review": Review.PROPOSED.value, "source_id": source_id}
    start, end = _span(TEXT, "On 16 January 2026 the security group met")
    library.add(
        Event(
            case_id=case_id,
            date=dt.date(2026, 1, 16),
            title="Security group meets",
            evidence_start=start,
            evidence_end=end,
            **proposed,
        )
    )
    start, end = _span(TEXT, "“We will not accept unilateral action”")
    library.add(
        Quote(
            case_id=case_id,
            text="We will not accept unilateral action",
            speaker="Juan Ramón de la Fuente",
            evidence_start=start,
            evidence_end=end,
            **proposed,
        )
    )
    start, end = _span(TEXT, "Photo: delegates at the State Department. (Reuters)")
    library.add(
        Caption(
            case_id=case_id,
            caption="Delegates at the State Department",
            credit="Reuters",
            evidence_start=start,
            evidence_end=end,
            **proposed,
        )
    )
    start, end = _span(TEXT, "Juan Ramón de la Fuente")
    library.add(
        Actor(
            case_id=case_id,
            name="Juan Ramón de la Fuente",
            evidence_start=start,
            evidence_end=end,
            **proposed,
        )
    )


@pytest.fixture
def reviewable(qtbot, library: Library) -> Reviewable:
    case = library.create_case("Seguridad México–EE.UU.", ["MX", "US"])
    source_id = _source(library, case.id, "Security group meets", TEXT, "a" * 64)
    other_id = _source(library, case.id, "Second article", "On 3 March 2026 nothing.", "b" * 64)
    _proposals(library, case.id, source_id)
    library.add(
        Event(
            case_id=case.id,
            date=dt.date(2026, 3, 3),
            title="Nothing",
            review=Review.PROPOSED.value,
            source_id=other_id,
            evidence_start=0,
            evidence_end=15,
        )
    )
    changes = LibraryChanges()
    stack = QUndoStack()
    panel = ReviewPanel(library, changes, stack)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    with qtbot.waitSignal(panel.pending_changed) as blocker:
        panel.set_case(case.id)
    assert blocker.args == [5]
    panel.proposals_view.setFocus()
    return Reviewable(library, case.id, source_id, other_id, panel, stack, changes)


def _reviews(library: Library, case_id: int, source_id: int) -> dict[str, str]:
    reviews = {}
    for kind in ("event", "quote", "caption", "actor"):
        for item in library.items(kind, case_id):
            if item.source_id == source_id:
                reviews[kind] = item.review
    return reviews


def _current_kind(panel: ReviewPanel) -> str:
    row = panel.current_row()
    assert row is not None
    return panel.proposals.row(row).kind


def test_sources_with_pending_proposals_are_listed_with_counts(reviewable: Reviewable) -> None:
    model = reviewable.panel.sources
    labels = [model.index(row).data() for row in range(model.rowCount())]
    assert labels == ["Security group meets (4)", "Second article (1)"]
    assert reviewable.panel.text_view.toPlainText() == TEXT


def test_proposals_follow_the_order_of_their_evidence(reviewable: Reviewable) -> None:
    rows = reviewable.panel.proposals.rows()
    assert [row.kind for row in rows] == ["event", "quote", "actor", "caption"]
    model = reviewable.panel.proposals
    assert model.index(0, 1).data() == "2026-01-16"
    assert model.index(1, 3).data() == "Juan Ramón de la Fuente"
    assert model.index(3, 3).data() == "Reuters"


def test_a_accepts_and_r_rejects_the_current_proposal(qtbot, reviewable: Reviewable) -> None:
    panel, view = reviewable.panel, reviewable.panel.proposals_view
    assert _current_kind(panel) == "event"
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert _current_kind(panel) == "quote"  # moved on to the next pending one
    qtbot.keyClick(view, Qt.Key.Key_R)
    reviews = _reviews(reviewable.library, reviewable.case_id, reviewable.source_id)
    assert reviews["event"] == "accepted"
    assert reviews["quote"] == "rejected"
    assert reviews["actor"] == reviews["caption"] == "proposed"
    qtbot.waitUntil(lambda: panel.pending_count() == 3)
    assert panel.sources.index(0).data() == "Security group meets (2)"


def test_undo_restores_the_previous_review_state(qtbot, reviewable: Reviewable) -> None:
    panel = reviewable.panel
    qtbot.keyClick(panel.proposals_view, Qt.Key.Key_R)
    assert _reviews(reviewable.library, reviewable.case_id, reviewable.source_id)["event"] == (
        "rejected"
    )
    qtbot.waitUntil(lambda: panel.pending_count() == 4)
    with qtbot.waitSignal(panel.pending_changed) as blocker:
        reviewable.stack.undo()
    assert blocker.args == [5]
    assert _reviews(reviewable.library, reviewable.case_id, reviewable.source_id)["event"] == (
        "proposed"
    )
    assert panel.proposals.row(0).review == "proposed"  # the table shows it at once


def test_arrows_move_between_proposals(qtbot, reviewable: Reviewable) -> None:
    panel = reviewable.panel
    qtbot.keyClick(panel.proposals_view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.proposals_view, Qt.Key.Key_Down)
    assert _current_kind(panel) == "actor"
    panel.text_view.setFocus()
    qtbot.keyClick(panel.text_view, Qt.Key.Key_Up)  # from the text too
    assert _current_kind(panel) == "quote"
    qtbot.keyClick(panel.text_view, Qt.Key.Key_A)
    reviews = _reviews(reviewable.library, reviewable.case_id, reviewable.source_id)
    assert reviews["quote"] == "accepted"
    assert reviews["event"] == "proposed"


def test_e_edits_then_accepts_in_one_undoable_step(qtbot, reviewable: Reviewable) -> None:
    panel = reviewable.panel
    qtbot.keyClick(panel.proposals_view, Qt.Key.Key_E)
    editor = panel.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.inputs["title"].setText("Security Implementation Group meets")
    precision = editor.inputs["precision"]
    precision.setCurrentIndex(precision.findData("month"))
    kind = editor.inputs["category"]  # its proposed kind, editable like the rest
    kind.setCurrentIndex(kind.findData("agree"))
    editor.accept_if_complete()
    qtbot.waitUntil(lambda: panel.editor is None)
    event = next(
        e
        for e in reviewable.library.items("event", reviewable.case_id)
        if e.source_id == reviewable.source_id
    )
    assert (event.title, event.precision, event.review, event.category) == (
        "Security Implementation Group meets",
        "month",
        "accepted",
        "agree",
    )
    assert panel.proposals.index(0, 1).data() == "2026-01"
    assert reviewable.stack.count() == 1
    reviewable.stack.undo()
    event = reviewable.library.get("event", event.id)
    assert (event.title, event.precision, event.review) == (
        "Security group meets",
        "day",
        "proposed",
    )


def test_editing_a_quote_keeps_the_speaker_typed(qtbot, reviewable: Reviewable) -> None:
    panel = reviewable.panel
    qtbot.keyClick(panel.proposals_view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.proposals_view, Qt.Key.Key_E)
    assert panel.editor is not None
    panel.editor.inputs["speaker"].setText("<b>De la Fuente</b>")
    panel.editor.accept_if_complete()
    quote = reviewable.library.items("quote", reviewable.case_id)[0]
    assert (quote.speaker, quote.review) == ("<b>De la Fuente</b>", "accepted")


def test_accept_all_of_this_source_is_one_undo_step(qtbot, reviewable: Reviewable) -> None:
    panel = reviewable.panel
    changed: list[tuple[str, int]] = []
    reviewable.changes.item_changed.connect(lambda kind, item_id: changed.append((kind, item_id)))
    qtbot.mouseClick(panel.accept_source_button, Qt.MouseButton.LeftButton)
    reviews = _reviews(reviewable.library, reviewable.case_id, reviewable.source_id)
    assert set(reviews.values()) == {"accepted"}
    assert len(changed) == 4  # every other view hears of each decision
    other = _reviews(reviewable.library, reviewable.case_id, reviewable.other_source_id)
    assert other == {"event": "proposed"}
    qtbot.waitUntil(lambda: panel.pending_count() == 1)
    assert reviewable.stack.count() == 1
    reviewable.stack.undo()
    reviews = _reviews(reviewable.library, reviewable.case_id, reviewable.source_id)
    assert set(reviews.values()) == {"proposed"}
    qtbot.waitUntil(lambda: panel.pending_count() == 5)


def test_evidence_is_highlighted_at_its_offsets(qtbot, reviewable: Reviewable) -> None:
    panel = reviewable.panel
    selections = panel.text_view.extraSelections()
    ranges = sorted((s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in selections)
    expected = sorted((row.start, row.end) for row in panel.proposals.rows())
    assert ranges == [(utf16_offset(TEXT, a), utf16_offset(TEXT, b)) for a, b in expected]
    assert ranges == expected  # no character outside the BMP in this text
    current = selections[-1]  # drawn last: the current proposal, stronger
    event = panel.proposals.row(0)
    assert (current.cursor.selectionStart(), current.cursor.selectionEnd()) == (
        event.start,
        event.end,
    )
    others = {s.format.background().color().name() for s in selections[:-1]}
    assert current.format.background().color().name() not in others
    assert panel.text_view.textCursor().position() == event.start


def test_highlights_survive_characters_outside_the_bmp(qtbot, library: Library) -> None:
    case = library.create_case("Emoji")
    text = "🇲🇽🇺🇸 On 16 January 2026 they met.\r\nEnd."
    source_id = _source(library, case.id, "Post", text, "c" * 64)
    start = text.index("On 16")
    end = text.index(" they")
    library.add(
        Event(
            case_id=case.id,
            date=dt.date(2026, 1, 16),
            title="Meeting",
            review="proposed",
            source_id=source_id,
            evidence_start=start,
            evidence_end=end,
        )
    )
    panel = ReviewPanel(library, LibraryChanges(), QUndoStack())
    qtbot.addWidget(panel)
    panel.set_case(case.id)
    (selection,) = panel.text_view.extraSelections()
    assert selection.cursor.selectedText() == "On 16 January 2026"


def test_choosing_another_source_shows_its_text_and_proposals(
    qtbot, reviewable: Reviewable
) -> None:
    panel = reviewable.panel
    panel.sources_view.setCurrentIndex(panel.sources.index(1))
    assert panel.text_view.toPlainText() == "On 3 March 2026 nothing."
    assert [row.kind for row in panel.proposals.rows()] == ["event"]


def test_an_import_during_review_adds_its_source_and_keeps_the_place(
    qtbot, reviewable: Reviewable
) -> None:
    panel, library = reviewable.panel, reviewable.library
    qtbot.keyClick(panel.proposals_view, Qt.Key.Key_Down)
    assert _current_kind(panel) == "quote"
    new_id = _source(library, reviewable.case_id, "Third article", "On 9 May 2026.", "e" * 64)
    library.add(
        Event(
            case_id=reviewable.case_id,
            date=dt.date(2026, 5, 9),
            title="May",
            review="proposed",
            source_id=new_id,
        )
    )
    with qtbot.waitSignal(panel.pending_changed) as blocker:
        reviewable.changes.sources_changed.emit(reviewable.case_id)
    assert blocker.args == [6]
    model = panel.sources
    assert [model.source_id(row) for row in range(model.rowCount())][-1] == new_id
    assert panel.text_view.toPlainText() == TEXT
    assert _current_kind(panel) == "quote"


def test_a_source_s_tooltip_gives_its_whole_title_as_typed(qtbot, library: Library) -> None:
    case = library.create_case("Títulos")
    title = "<b>Bold</b> claims: " + "a very long headline " * 8
    source_id = _source(library, case.id, title, TEXT, "f" * 64)
    library.add(
        Event(
            case_id=case.id,
            date=dt.date(2026, 1, 16),
            title="Meeting",
            review="proposed",
            source_id=source_id,
        )
    )
    panel = ReviewPanel(library, LibraryChanges(), QUndoStack())
    qtbot.addWidget(panel)
    panel.set_case(case.id)
    tooltip = panel.sources.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines() == ["Proposals pending: 1", title]  # no outlet nor date known
    assert not QtGui.Qt.mightBeRichText(tooltip)  # the title's tags show as typed


def test_a_proposal_s_tooltip_gives_all_of_it(reviewable: Reviewable) -> None:
    model = reviewable.panel.proposals
    quote = model.find("quote", model.rows()[1].id)
    assert quote is not None
    for column in range(model.columnCount()):  # whichever cell the pointer rests on
        tooltip = model.index(quote, column).data(Qt.ItemDataRole.ToolTipRole)
        assert tooltip.splitlines() == [
            "Quote · proposed",
            "“We will not accept unilateral action”",
            "Juan Ramón de la Fuente",
        ]
    event = model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert event.splitlines() == ["Event · 2026-01-16 · proposed", "Security group meets"]
