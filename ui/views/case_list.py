"""The case list on the left: filter, titles with their counts, new / rename / archive.

The pane is narrow (about 280 px) and the button labels are as long as the language makes
them, so the buttons flow onto a second row rather than be cut (:class:`ButtonRows`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.models.cases import CASE_ID_ROLE, COUNTS_ROLE, CaseFilterProxyModel, CaseListModel

PADDING = 6
MIN_WIDTH = 220
BUTTON_NAMES = ("newCaseButton", "renameCaseButton", "archiveCaseButton")


class CaseDelegate(QStyledItemDelegate):
    """Two lines per case: the title, then its counts in a smaller, quieter font.

    Both are drawn with ``drawText`` as plain text: a case title is user data.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        return QSize(200, metrics.height() * 2 + PADDING * 2 + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        title = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)
        painter.save()
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(
            foreground if foreground is not None and not selected else option.palette.color(group)
        )
        line = painter.fontMetrics().height()
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y(), rect.width(), line, Qt.AlignmentFlag.AlignLeft, elided)
        counts_font = QFont(option.font)
        counts_font.setPointSizeF(option.font.pointSizeF() * 0.9)
        painter.setFont(counts_font)
        quiet = option.palette.color(group)
        if not selected:
            quiet = option.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(quiet)
        counts = str(index.data(COUNTS_ROLE) or "")
        elided = painter.fontMetrics().elidedText(counts, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            rect.x(), rect.y() + line + 2, rect.width(), line, Qt.AlignmentFlag.AlignLeft, elided
        )
        painter.restore()


class ButtonRows(QLayout):
    """Buttons side by side at their natural width, on as many rows as the width needs.

    A button is never narrower than its text: where the next one would not fit, a row
    begins. The height follows the width (``heightForWidth``), so the pane grows a row.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All the buttons on one row."""
        shown = self._shown_items()
        width = sum(item.sizeHint().width() for item in shown)
        width += self.spacing() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """One button a row: as narrow as the widest button."""
        width = max((item.sizeHint().width() for item in self._shown_items()), default=0)
        return QSize(width, self.heightForWidth(width))

    def _shown_items(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the buttons out in ``rect`` (when ``move``); the height they take."""
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._shown_items():
            size = item.sizeHint()
            if x > rect.x() and x + size.width() > rect.right() + 1:
                x, y = rect.x(), y + row_height + self.spacing()
                row_height = 0
            if move:
                item.setGeometry(QRect(x, y, size.width(), size.height()))
            x += size.width() + self.spacing()
            row_height = max(row_height, size.height())
        return y + row_height - rect.y()


class CaseListView(QWidget):
    """Lists the cases; says which one the analyst chose."""

    case_selected = Signal(int)  # 0 when no case is selected

    def __init__(self, model: CaseListModel, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.proxy = CaseFilterProxyModel(model, self)
        self.filter_field = QLineEdit(self)
        self.filter_field.setPlaceholderText(self.tr("Filter cases"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CaseDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions(actions)
        self.view.selectionModel().currentRowChanged.connect(self._announce_case)
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.show_archived.setToolTip(self.tr("Show archived cases in the list, greyed"))
        self.show_archived.toggled.connect(self.set_show_archived)
        buttons = ButtonRows()
        self.buttons = [self._button_for(action) for action in actions]
        for button, name in zip(self.buttons, BUTTON_NAMES, strict=False):
            button.setObjectName(name)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.show_archived)
        layout.addLayout(buttons)
        # The floor goes on the list, not the pane: the pane stays as wide as its widest
        # button or label needs, so the splitter can never cut one.
        self.view.setMinimumWidth(MIN_WIDTH - layout.contentsMargins().left())

    def _button_for(self, action: QAction) -> QPushButton:
        """A push button that triggers ``action`` and follows its short text and state."""
        button = QPushButton(self)
        button.clicked.connect(action.trigger)

        def follow_action() -> None:
            button.setText(action.iconText())
            button.setToolTip(action.toolTip())
            button.setEnabled(action.isEnabled())

        action.changed.connect(follow_action)
        follow_action()
        return button

    def _announce_case(self, current: QModelIndex) -> None:
        self.case_selected.emit(int(current.data(CASE_ID_ROLE)) if current.isValid() else 0)

    def current_case_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(CASE_ID_ROLE)) if index.isValid() else None

    def select_case(self, case_id: int) -> bool:
        """Make ``case_id`` current, clearing the filter or showing archived cases if needed."""
        row = self.proxy.row_of(case_id)
        if row is None and self.filter_field.text():
            self.filter_field.clear()
            row = self.proxy.row_of(case_id)
        if row is None and not self.proxy.show_archived:
            self.show_archived.setChecked(True)
            row = self.proxy.row_of(case_id)
        if row is None:
            return False
        index = self.proxy.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        return True

    def first_case_id(self) -> int | None:
        if self.proxy.rowCount() == 0:
            return None
        return int(self.proxy.index(0, 0).data(CASE_ID_ROLE))

    def set_show_archived(self, show: bool) -> None:
        """Show archived cases (greyed) in the list, or hide them."""
        current = self.current_case_id()
        self.proxy.set_show_archived(show)
        if self.show_archived.isChecked() != show:
            self.show_archived.setChecked(show)
        if current is not None and self.proxy.row_of(current) is None:
            first = self.first_case_id()
            if first is not None:
                self.select_case(first)
            else:
                self.case_selected.emit(0)
