"""One tab of a case: a filter field over a table of one item kind (events, quotes, …)."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.items import ITEM_ID_ROLE, ItemProxyModel, ItemTableModel

FILTER_DELAY_MS = 200


class ItemTable(QWidget):
    """A sortable, filterable table of one kind; tells which item is current and selected."""

    current_item_changed = Signal(str, int)  # kind, item id (0: none)
    selection_changed = Signal()

    def __init__(self, model: ItemTableModel, filter_hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.proxy = ItemProxyModel(model, self)
        self.filter_field = QLineEdit(self)
        self.filter_field.setPlaceholderText(filter_hint)
        self.filter_field.setClearButtonEnabled(True)
        # One filter pass per pause in typing: on 100,000 rows a pass takes ~0.35 s.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_field.textChanged.connect(self._filter_timer.start)
        self.view = QTableView(self)
        self._set_up_view()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.view)

    def _set_up_view(self) -> None:
        view = self.view
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setShowGrid(False)
        view.setCornerButtonEnabled(False)
        vertical = view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        row_height = view.fontMetrics().height() + 10
        if self.model.icon_size:  # thumbnails: rows tall enough to make them out
            view.setIconSize(QSize(self.model.icon_size, self.model.icon_size))
            row_height = max(row_height, self.model.icon_size + 8)
        vertical.setDefaultSectionSize(row_height)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSortIndicator(max(self.model._sort_column, 0), Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        widest = 0
        self._preferred: dict[int, int] = {}
        self._least: dict[int, int] = {}
        for position, column in enumerate(self.model.columns):
            # The model's width suits the English header; a longer word ("Revisión") and the
            # sort arrow's room widen the column rather than cut its header.
            fitted = header.sectionSizeFromContents(position).width()
            self._preferred[position] = max(column.width, fitted)
            self._least[position] = min(self._preferred[position], fitted)
            view.setColumnWidth(position, self._preferred[position])
            if column.width > self.model.columns[widest].width:
                widest = position
        self._widest = widest
        header.setSectionResizeMode(widest, QHeaderView.ResizeMode.Stretch)
        view.viewport().installEventFilter(self)
        selection = view.selectionModel()
        selection.currentRowChanged.connect(self._announce_current_item)
        selection.selectionChanged.connect(self._announce_selection)
        # A case read again (an import here or elsewhere, a sync) keeps what was selected,
        # and the detail pane is not told of the passing blank, so typing there stays.
        self._kept: tuple[int | None, list[int]] | None = None
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Give the widest column (an event's title, a quote) up to 40% of a narrow table: the
        short columns give up room, down to what their header and the rows on screen need
        (free text such as a place down to its header), and take it back when it widens."""
        others = [position for position in self._preferred if position != self._widest]
        wanted = sum(self._preferred[position] for position in others)
        if not wanted:
            return
        available = self.view.viewport().width()
        room = available - max(available * 0.4, 160)
        scale = min(1.0, max(room, 0) / wanted)
        header = self.view.horizontalHeader()
        columns = self.model.columns
        for position in others:
            least = max(self._least[position], columns[position].least)
            if not columns[position].squeeze:  # the rows in view shown whole ("11 Jan 2026")
                least = max(least, min(self._widest_in_view(position), self._preferred[position]))
            width = max(least, int(self._preferred[position] * scale))
            if header.sectionSize(position) != width:
                header.resizeSection(position, width)

    def _widest_in_view(self, column: int) -> int:
        """The width the cells of ``column`` in the rows on screen need (not the first
        thousand rows Qt's own size hint reads: one long span there would widen it for all)."""
        view = self.view
        first = max(view.rowAt(0), 0)
        last = view.rowAt(view.viewport().height() - 1)
        last = self.proxy.rowCount() - 1 if last < 0 else last
        metrics = view.fontMetrics()
        widest = 0
        for row in range(first, min(last, first + 60) + 1):
            text = self.proxy.index(row, column).data()
            if text:
                widest = max(widest, metrics.horizontalAdvance(str(text)))
        return widest + 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8

    def apply_filter(self) -> None:
        """Show only the rows whose cells contain the text in the filter field."""
        self._filter_timer.stop()
        self.proxy.setFilterFixedString(self.filter_field.text())

    @property
    def kind(self) -> str:
        return self.model.kind

    def _announce_current_item(self) -> None:
        if self._kept is None:
            self.current_item_changed.emit(self.kind, self.current_item_id() or 0)

    def _keep_selection(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        ids = [index.data(ITEM_ID_ROLE) for index in rows]
        self._kept = (self.current_item_id(), [int(i) for i in ids if i is not None])

    def _restore_selection(self) -> None:
        """After the model was read again: the same items selected, the same one current
        (those still there); the views are told only if that differs from before."""
        if self._kept is None:
            return
        current, selected = self._kept
        selection = self.view.selectionModel()
        try:
            flags = QItemSelectionModel.SelectionFlag
            for item_id in selected:
                row = self.proxy.row_of(item_id)
                if row is not None:
                    selection.select(self.proxy.index(row, 0), flags.Select | flags.Rows)
            row = self.proxy.row_of(current) if current is not None else None
            if row is not None:
                selection.setCurrentIndex(self.proxy.index(row, 0), flags.NoUpdate)
        finally:
            self._kept = None
        if self.current_item_id() != current:
            self._announce_current_item()

    def _announce_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_changed.emit()

    def current_item_id(self) -> int | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        value = index.data(ITEM_ID_ROLE)
        return int(value) if value is not None else None

    def selected_item_ids(self) -> list[int]:
        """The selected items, in table order."""
        rows = self.view.selectionModel().selectedRows()
        return [int(index.data(ITEM_ID_ROLE)) for index in sorted(rows, key=lambda i: i.row())]

    def select_item(self, item_id: int) -> bool:
        """Make ``item_id`` current and selected, clearing the filter if it hides it."""
        row = self.proxy.row_of(item_id)
        if row is None and self.filter_field.text():
            self.filter_field.clear()
            self.apply_filter()
            row = self.proxy.row_of(item_id)
        if row is None:
            return False
        index = self.proxy.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def focus_table(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
