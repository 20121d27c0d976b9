"""The detail pane: every field of the selected item (or of the case), edited in place.

Each finished edit becomes one QUndoCommand on the window's stack and is written at once. An
event, quote, caption or actor drawn from a source shows its evidence excerpt, with a button
that opens the source text at that span.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from casefile.domain import ActorKind, Category, EventStatus, Precision, Review, SourceKind
from casefile.errors import CasefileError
from casefile.library import Library
from ui.changes import LibraryChanges
from ui.commands import DateSourceCommand, SetFieldsCommand, SetReviewCommand, SetTagsCommand
from ui.formatting import (
    actor_kind_name,
    category_name,
    kind_name,
    precision_name,
    review_name,
    source_kind_name,
    status_name,
)
from ui.thumbnails import PixmapCache
from ui.views.editors import (
    ChoiceEditor,
    CountriesEditor,
    DateEditor,
    FieldEditor,
    LineEditor,
    TagsEditor,
    TextEditor,
)
from ui.views.event_sources import EventSourcesBox
from ui.views.picture_preview import PicturePreview

DATE_WITH_PRECISION = "date+precision"  # one editor writing both Event.date and .precision
TAGS = "tags"
REQUIRED = {("case", "title"), ("actor", "name"), ("quote", "text"), ("caption", "caption")}
EVIDENCE_KINDS = ("event", "quote", "caption", "actor")
MIN_WIDTH = 300


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _fit_placeholder(line: QLineEdit) -> None:
    """Make ``line`` as wide as its placeholder; a form that wraps long rows then puts the
    field under its label, at the pane's full width, rather than cut the hint."""
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    margins, metrics = line.textMargins(), line.fontMetrics()
    # QLineEdit keeps 2 px either side of its text.
    text = metrics.horizontalAdvance(line.placeholderText()) + margins.left() + margins.right() + 4
    size = QSize(text, metrics.height())
    contents = QStyle.ContentsType.CT_LineEdit
    line.setMinimumWidth(line.style().sizeFromContents(contents, option, size, line).width())


@dataclass
class ItemForm:
    """The editors of one kind, laid out in a QFormLayout, plus its evidence box."""

    kind: str
    page: QWidget
    editors: dict[str, FieldEditor]
    heading: QLabel
    review_label: QLabel
    accept_button: QPushButton
    reject_button: QPushButton
    evidence: QPlainTextEdit | None
    evidence_source: QLabel | None
    show_source_button: QPushButton | None
    picture: PicturePreview | None = None  # a caption's or an image source's picture


class DetailPane(QScrollArea):
    """Shows one item or the case; turns each finished edit into an undoable command."""

    message = Signal(str)  # for the status bar
    show_in_source = Signal(int, object, object)  # source id, start, end (None: no span)

    def __init__(
        self,
        library: Library,
        changes: LibraryChanges,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._changes = changes
        self._undo_stack = undo_stack
        self._kind: str | None = None
        self._item_id: int | None = None
        self._item: Any = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QStackedWidget()
        self.empty_label = _plain_label(self.tr("Select an item to see and edit it here."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("detailEmpty")
        self.pages.addWidget(self.empty_label)
        self._pictures = PixmapCache(library)
        self.forms: dict[str, ItemForm] = {}
        self.event_sources = EventSourcesBox(library, changes, undo_stack)
        self.event_sources.show_in_source.connect(self.show_in_source)
        for kind in ("case", "source", "event", "quote", "caption", "actor"):
            self.forms[kind] = self._build_form(kind)
            self.pages.addWidget(self.forms[kind].page)
        self.setWidget(self.pages)
        changes.item_changed.connect(self.reload_if_shown)
        changes.item_removed.connect(self.clear_if_shown)
        changes.case_changed.connect(lambda case_id: self.reload_if_shown("case", case_id))

    def minimumSizeHint(self) -> QSize:
        """As wide as the widest form needs, scroll bar included: the splitter then narrows
        the other panes, rather than cut a field or its hint behind a sideways scroll bar."""
        hint = super().minimumSizeHint()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        needed = self.pages.minimumSizeHint().width() + scroll_bar + self.frameWidth() * 2
        return QSize(max(MIN_WIDTH, needed), hint.height())

    # Building the forms

    def _fields(self, kind: str) -> list[tuple[str, str, FieldEditor]]:
        precisions = [(value.value, precision_name(value.value)) for value in Precision]
        statuses = [(value.value, status_name(value.value)) for value in EventStatus]
        categories = [("", "—"), *((value.value, category_name(value.value)) for value in Category)]
        actor_kinds = [(value.value, actor_kind_name(value.value)) for value in ActorKind]
        source_kinds = [(value.value, source_kind_name(value.value)) for value in SourceKind]
        day_hint = self.tr("YYYY-MM-DD")
        tags_editor = TagsEditor(self.tr("e.g. fentanyl, arms"))
        tags_editor.widget.setToolTip(self.tr("Tags, separated by commas"))
        tags = (TAGS, self.tr("Tags"), tags_editor)
        # Each kind's editors are made only when that kind's form is built.
        fields: dict[str, Callable[[], list[tuple[str, str, FieldEditor]]]] = {
            "case": lambda: [
                ("title", self.tr("Title"), LineEditor()),
                (
                    "countries",
                    self.tr("Countries"),
                    CountriesEditor(self.tr("ISO codes, e.g. MX, US")),
                ),
                ("description", self.tr("Description"), TextEditor(lines=3)),
                (
                    "summary",
                    self.tr("Summary"),
                    TextEditor(self.tr("Your summary, printed in the brief"), lines=6),
                ),
            ],
            "source": lambda: [
                ("title", self.tr("Title"), LineEditor()),
                ("outlet", self.tr("Outlet"), LineEditor()),
                ("author", self.tr("Author"), LineEditor()),
                ("url", self.tr("URL"), LineEditor("https://…")),
                ("published", self.tr("Published"), DateEditor(day_hint)),
                ("kind", self.tr("Kind"), ChoiceEditor(source_kinds)),
                ("notes", self.tr("Notes"), TextEditor(lines=4)),
            ],
            "event": lambda: [
                (DATE_WITH_PRECISION, self.tr("Date"), self._event_date_editor(day_hint)),
                ("precision", self.tr("Precision"), ChoiceEditor(precisions)),
                ("end_date", self.tr("Until"), DateEditor(self.tr("optional, YYYY-MM-DD"))),
                ("title", self.tr("Event"), LineEditor()),
                ("description", self.tr("Description"), TextEditor(lines=3)),
                ("place", self.tr("Place"), LineEditor()),
                ("status", self.tr("Status"), ChoiceEditor(statuses)),
                ("category", self.tr("Kind"), ChoiceEditor(categories)),
                (
                    "direction",
                    self.tr("Direction"),
                    LineEditor(self.tr("who acts on whom, e.g. MX>US")),
                ),
            ],
            "quote": lambda: [
                ("text", self.tr("Quote"), TextEditor(lines=4)),
                ("speaker", self.tr("Speaker"), LineEditor()),
                ("date", self.tr("Date"), DateEditor(day_hint)),
            ],
            "caption": lambda: [
                ("caption", self.tr("Caption"), TextEditor(lines=3)),
                ("credit", self.tr("Credit"), LineEditor()),
            ],
            "actor": lambda: [
                ("name", self.tr("Name"), LineEditor()),
                ("kind", self.tr("Kind"), ChoiceEditor(actor_kinds)),
                (
                    "aliases",
                    self.tr("Also known as"),
                    LineEditor(self.tr("separated by ;"), ";", "; "),
                ),
                ("role", self.tr("Role"), LineEditor()),
                ("country", self.tr("Country"), LineEditor(self.tr("ISO code, e.g. MX"))),
            ],
        }
        return [*fields[kind](), tags]

    def _event_date_editor(self, hint: str) -> DateEditor:
        # An event always has a date, so its hint is seldom seen: the formats go in the tooltip.
        editor = DateEditor(hint, with_precision=True)
        editor.widget.setToolTip(self.tr("A day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY)"))
        return editor

    def _build_form(self, kind: str) -> ItemForm:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = _plain_label()
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        layout.addWidget(heading)
        picture = None
        if kind in ("caption", "source"):
            picture = PicturePreview(self._library, self._pictures, page)
            layout.addWidget(picture)
        review_label = QLabel(page)  # one line: beside the buttons, or over them
        review_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QWidget(page)
        accept_button = QPushButton(self.tr("Accept"), buttons)
        reject_button = QPushButton(self.tr("Reject"), buttons)
        accept_button.clicked.connect(lambda: self.set_review(Review.ACCEPTED.value))
        reject_button.clicked.connect(lambda: self.set_review(Review.REJECTED.value))
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addStretch(1)
        button_row.addWidget(accept_button)
        button_row.addWidget(reject_button)
        # A form row of its own: the buttons go under the review state when both would not
        # fit on one line, rather than squeeze it onto three.
        review_row = QFormLayout()
        review_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        review_row.addRow(review_label, buttons)
        if kind in EVIDENCE_KINDS:
            layout.addLayout(review_row)
        else:
            for widget in (review_label, buttons):
                widget.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        editors: dict[str, FieldEditor] = {}
        for name, label, editor in self._fields(kind):
            if isinstance(editor.widget, QLineEdit) and editor.widget.placeholderText():
                _fit_placeholder(editor.widget)
            form.addRow(label, editor.widget)
            editors[name] = editor
            editor.edited.connect(lambda value, name=name: self.save_field(name, value))
            editor.invalid.connect(self.report_invalid_date)
        layout.addLayout(form)
        evidence = evidence_source = show_source_button = None
        if kind in (*EVIDENCE_KINDS, "source"):
            if kind != "source":
                layout.addWidget(_plain_label(self.tr("Evidence")))
                evidence = QPlainTextEdit()
                evidence.setReadOnly(True)
                evidence.setMaximumHeight(evidence.fontMetrics().lineSpacing() * 8 + 12)
                layout.addWidget(evidence)
                evidence_source = _plain_label()
                layout.addWidget(evidence_source)
            show_source_button = QPushButton(
                self.tr("Show in source") if kind != "source" else self.tr("Show text")
            )
            show_source_button.clicked.connect(self.open_evidence_in_source)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(show_source_button)
            layout.addLayout(row)
        if kind == "event":
            layout.addWidget(_plain_label(self.tr("Sources")))
            layout.addWidget(self.event_sources)
        layout.addStretch(1)
        return ItemForm(
            kind,
            page,
            editors,
            heading,
            review_label,
            accept_button,
            reject_button,
            evidence,
            evidence_source,
            show_source_button,
            picture,
        )

    # Showing

    @property
    def shown(self) -> tuple[str | None, int | None]:
        return self._kind, self._item_id

    def current_form(self) -> ItemForm | None:
        return self.forms.get(self._kind or "")

    def show_item(self, kind: str | None, item_id: int | None) -> None:
        """Show ``kind`` ``item_id`` (a case, source or item); None clears the pane."""
        self.finish_pending_edit()
        if kind is None or item_id is None:
            self._kind = self._item_id = self._item = None
            self.pages.setCurrentWidget(self.empty_label)
            return
        try:
            self._item = self._library.get(kind, item_id)
        except CasefileError:
            self.show_item(None, None)
            return
        self._kind, self._item_id = kind, item_id
        form = self.forms[kind]
        self._fill(form, self._item)
        self.pages.setCurrentWidget(form.page)

    def _fill(self, form: ItemForm, item: Any, skip: str | None = None) -> None:
        form.heading.setText(kind_name(form.kind).capitalize())
        for name, editor in form.editors.items():
            if name == skip:
                continue  # being typed in
            if name == TAGS:
                editor.show_value(self._library.tags(form.kind, item.id))
            elif name == DATE_WITH_PRECISION:
                editor.show_value((item.date, item.precision))
            else:
                editor.show_value(getattr(item, name))
        if form.kind in EVIDENCE_KINDS:
            review = item.review
            form.review_label.setText(self.tr("Review: {state}").format(state=review_name(review)))
            form.accept_button.setEnabled(review != Review.ACCEPTED)
            form.reject_button.setEnabled(review != Review.REJECTED)
        if form.evidence is not None and form.evidence_source is not None:
            has_source = item.source_id is not None
            form.evidence.setPlainText(item.evidence_text or "")
            form.evidence.setVisible(bool(item.evidence_text))
            form.evidence_source.setText(self._source_line(item.source_id))
        if form.show_source_button is not None:
            has_source = form.kind == "source" or item.source_id is not None
            form.show_source_button.setEnabled(has_source)
        if form.kind == "event":
            self.event_sources.show_event(item.id)
        if form.picture is not None:
            if form.kind == "caption":
                form.picture.show_picture(item.image_file)
            else:
                is_image = item.kind == SourceKind.IMAGE.value
                form.picture.show_picture(item.stored_file if is_image else "")

    def _source_line(self, source_id: int | None) -> str:
        if source_id is None:
            return self.tr("Typed by hand; no source.")
        try:
            source = self._library.get("source", source_id)
        except CasefileError:
            return self.tr("The source has been removed.")
        title = source.title or source.original_name or self.tr("Untitled source")
        outlet = f" — {source.outlet}" if source.outlet else ""
        return self.tr("From: {source}").format(source=f"{title}{outlet}")

    def reload_if_shown(self, kind: str, item_id: int) -> None:
        """Show the item again after it changed (here or elsewhere). What the analyst is
        typing stays: the focused editor keeps its text, and the value it was shown stays
        what a save of it is checked against (a colleague's edit to that very field is then
        reported, not overwritten)."""
        if (kind, item_id) != (self._kind, self._item_id):
            return
        form = self.current_form()
        editors = form.editors.items() if form else ()
        typing = [name for name, editor in editors if editor.typing()]
        if not typing or form is None or self._item is None:
            self.show_item(kind, item_id)
            return
        try:
            fresh = self._library.get(kind, item_id)
        except CasefileError:
            self.show_item(None, None)
            return
        fields = {"date", "precision"} if typing[0] == DATE_WITH_PRECISION else {typing[0]}
        for name in fields - {TAGS}:
            setattr(fresh, name, getattr(self._item, name))
        self._item = fresh
        self._fill(form, fresh, skip=typing[0])

    def clear_if_shown(self, kind: str, item_id: int) -> None:
        if (kind, item_id) == (self._kind, self._item_id):
            self.show_item(None, None)

    def finish_pending_edit(self) -> None:
        """Save an edit still in the focused editor before the pane shows something else."""
        form = self.current_form()
        if form is None:
            return
        for editor in form.editors.values():
            if editor.widget.hasFocus() and hasattr(editor, "finish_editing"):
                editor.finish_editing()

    # Editing

    def save_field(self, name: str, value: Any) -> None:
        """Write one finished edit through an undoable command."""
        kind, item_id = self._kind, self._item_id
        if kind is None or item_id is None:
            return
        if (kind, name) in REQUIRED and not value:
            self.message.emit(self.tr("This field cannot be empty."))
            self.show_item(kind, item_id)
            return
        label = kind_name(kind)
        if name == TAGS:
            command: Any = SetTagsCommand(self._library, self._changes, kind, item_id, list(value))
            command.setText(self.tr("Tag {kind}").format(kind=label))
        else:
            fields = (
                {"date": value[0], "precision": value[1]}
                if name == DATE_WITH_PRECISION
                else {name: value}
            )
            text = self.tr("Edit {kind}").format(kind=label)
            # What the pane showed: a colleague's edit to it since is never overwritten unseen.
            seen = {field: getattr(self._item, field) for field in fields}
            if kind == "source" and name == "published" and value is not None:
                command = DateSourceCommand(
                    self._library, self._changes, item_id, value, text, seen
                )
            else:
                command = SetFieldsCommand(
                    self._library, self._changes, kind, item_id, fields, text, seen
                )
        self._undo_stack.push(command)
        if isinstance(command, DateSourceCommand) and command.dated and command.dated.events:
            self.message.emit(
                self.tr(
                    "With this source's date, its relative dates propose %n event(s): "
                    "review them in the Review tab.",
                    "",
                    len(command.dated.events),
                )
            )

    def set_review(self, review: str) -> None:
        """Accept or reject the item shown (undoable)."""
        if self._kind not in EVIDENCE_KINDS or self._item_id is None:
            return
        command = SetReviewCommand(self._library, self._changes, self._kind, self._item_id, review)
        self._undo_stack.push(command)

    def report_invalid_date(self, text: str) -> None:
        self.message.emit(
            self.tr("“{text}” is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.").format(text=text)
        )

    def open_evidence_in_source(self) -> None:
        item = self._item
        if item is None:
            return
        if self._kind == "source":
            self.show_in_source.emit(item.id, None, None)
        elif item.source_id is not None:
            self.show_in_source.emit(item.source_id, item.evidence_start, item.evidence_end)
