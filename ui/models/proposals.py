"""The proposals drawn from one source, for the review panel, and how many await review.

Unlike the item tables (:class:`~ui.models.items.ItemTableModel`, one kind over a whole case)
this table mixes the four kinds that extraction proposes, in every review state, and keeps
the order in which their evidence appears in the source's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from casefile.domain import Review
from casefile.library import Library
from casefile.models import Caption, Event, Quote
from casefile.queries import PROPOSAL_KINDS as PROPOSAL_KINDS  # for the review panel
from casefile.queries import ProposalItem
from casefile.records import date_at_precision
from ui.formatting import actor_kind_name, category_name
from ui.models.items import AnyIndex

PROPOSED = Review.PROPOSED.value


def pending_counts(library: Library, case_id: int) -> dict[int, int]:
    """How many proposals still await review, per source of the case."""
    return library.pending_counts(case_id)


@dataclass
class ProposalRow:
    """One proposal as the table shows it."""

    kind: str
    id: int
    review: str
    start: int | None
    end: int | None
    date: str
    text: str
    credit: str
    same_as: int | None = None  # events: the event the case holds that this one reports
    needs_text: bool = False  # a photo's caption that its file did not hold: to be written


def proposal_row(kind: str, item: ProposalItem, library: Library | None = None) -> ProposalRow:
    """What the table shows of an event, quote, caption or actor (``kind`` says which); an
    event proposed as the same as one the case holds names that one where credits go."""
    date, text, credit = "", "", ""
    same_as = None
    if isinstance(item, Event):
        date = date_at_precision(item.date, item.precision) or ""
        text = item.title
        credit = category_name(item.category) if item.category else ""  # its proposed kind
        if item.same_as_id is not None and item.review == PROPOSED and library is not None:
            same_as = item.same_as_id
            held = library.get("event", same_as)
            when = date_at_precision(held.date, held.precision) or ""
            credit = QCoreApplication.translate("ProposalTableModel", "Same as: {date} {title}")
            credit = credit.format(date=when, title=held.title)
    elif isinstance(item, Quote):
        date = item.date.isoformat() if item.date else ""
        text, credit = f"“{item.text}”", item.speaker
    elif isinstance(item, Caption):
        text, credit = item.caption, item.credit
        if not text:
            text = QCoreApplication.translate(
                "ProposalTableModel", "A photo with no caption in its file: press E to write one"
            )
    else:
        text, credit = item.name, actor_kind_name(item.kind)  # the kind, where credits go
    assert item.id is not None  # a stored item
    return ProposalRow(
        kind,
        item.id,
        item.review,
        item.evidence_start,
        item.evidence_end,
        date,
        text,
        credit,
        same_as,
        needs_text=isinstance(item, Caption) and not item.caption,
    )


class ProposalTableModel(QAbstractTableModel):
    """The proposals drawn from one source, in the order their evidence appears."""

    COLUMNS = ("kind", "date", "text", "credit", "review")

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[ProposalRow] = []

    def load(self, case_id: int | None, source_id: int | None) -> None:
        """Show the proposals of one source (all review states), or nothing."""
        rows: list[ProposalRow] = []
        if case_id is not None and source_id is not None:
            found = self._library.items_from_source(case_id, source_id)
            rows = [proposal_row(kind, item, self._library) for kind, item in found]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> ProposalRow:
        return self._rows[index]

    def rows(self) -> list[ProposalRow]:
        return list(self._rows)

    def find(self, kind: str, item_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.kind == kind and row.id == item_id:
                return number
        return None

    def refresh_item(self, kind: str, item_id: int) -> bool:
        """Re-read one item after a change; True when it is shown here."""
        number = self.find(kind, item_id)
        if number is None:
            return False
        self._rows[number] = proposal_row(kind, self._library.get(kind, item_id), self._library)
        last = self.index(number, len(self.COLUMNS) - 1)
        self.dataChanged.emit(self.index(number, 0), last)
        return True

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "kind":
                return self._kind_name(row.kind)
            if column == "review":
                return self._review_name(row.review)
            return getattr(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.review == Review.REJECTED.value:
            return QColor(130, 130, 130)
        if role == Qt.ItemDataRole.FontRole and row.review == PROPOSED:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (self.tr("Kind"), self.tr("Date"), self.tr("Proposal"))
            return (*titles, self.tr("Speaker / credit"), self.tr("State"))[section]
        return None

    def _tooltip(self, row: ProposalRow) -> str:
        """The whole proposal, which the table elides after two lines: kind, date and state,
        then the text, then the speaker, credit or actor kind.

        The first line is ours, never the analyst's data: Qt guesses rich text from a tooltip's
        first line only, so a proposal holding "<b>" is still shown as typed.
        """
        heading = [self._kind_name(row.kind), row.date, self._review_name(row.review)]
        lines = [" · ".join(part for part in heading if part), row.text]
        return "\n".join([*lines, row.credit] if row.credit else lines)

    def _kind_name(self, kind: str) -> str:
        names = {"event": self.tr("Event"), "quote": self.tr("Quote")}
        names |= {"caption": self.tr("Caption"), "actor": self.tr("Actor")}
        return names[kind]

    def _review_name(self, review: str) -> str:
        names = {PROPOSED: self.tr("proposed"), Review.ACCEPTED.value: self.tr("accepted")}
        return names.get(review, self.tr("rejected"))
