"""The checks list's view: each finding as its severity icon and its message, wrapped.

No rule id in the rows: the list is read by sales leaders (the id is in the tooltip and details).
A click on empty space clears the selection, and with it the details.

A short list (up to WRAPPED_MAX rows) shows each message whole, every row as high as its text.
A longer one gives every row LINES lines (a longer message ends in "…"; the tooltip and the
details show it whole): the list then never measures its rows, so a change to a few findings
of thousands costs no more than drawing the rows in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QIcon,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

AnyIndex = QModelIndex | QPersistentModelIndex
ICON = 16
PAD = 6
LINES = 2  # lines of message per row in a long list
WRAPPED_MAX = 200  # rows measured one by one (each as high as its message) up to this many
MEASURED_MAX = 20_000  # remembered row sizes (texts x widths) before starting afresh


def message_lines(font: QFont, text: str, width: int, most: int = LINES) -> list[str]:
    """The text wrapped at `width` into at most `most` lines, the last elided if it is cut."""
    width = max(1, width)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as Qt.TextWordWrap wraps
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    units = text.encode("utf-16-le")  # Qt counts UTF-16 code units

    def piece(start: int, end: int | None = None) -> str:
        stop = None if end is None else 2 * end
        return units[2 * start : stop].decode("utf-16-le", errors="ignore").rstrip()

    if len(spans) <= most:
        return [piece(start, start + length) for start, length in spans]
    shown = [piece(start, start + length) for start, length in spans[: most - 1]]
    rest = piece(spans[most - 1][0])
    shown.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return shown


class FindingDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._sizes: dict[tuple[str, int, str], QSize] = {}

    def _text_width(self) -> int:
        return max(80, self.view.viewport().width() - ICON - 3 * PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = self._text_width()
        if self.view.uniformItemSizes():
            # a long list: the same for every row (the view asks one row only)
            lines = LINES * QFontMetrics(option.font).lineSpacing()
            return QSize(width + ICON + 3 * PAD, max(lines, ICON) + 2 * PAD)
        # a short list asks every row after each refresh: measure each text once per width
        text = str(index.data() or "")
        key = (text, width, option.font.key())
        size = self._sizes.get(key)
        if size is None:
            message = QFontMetrics(option.font).boundingRect(
                QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
            )
            height = message.height() + 2 * PAD
            size = QSize(width + ICON + 3 * PAD, max(height, ICON + 2 * PAD))
            if len(self._sizes) >= MEASURED_MAX:
                self._sizes.clear()
            self._sizes[key] = size
        return QSize(size)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        # background, selection and focus, without the default text and icon
        opt.text = ""
        opt.icon = QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        font = option.font
        rect = option.rect
        painter.save()
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, QRect(rect.left() + PAD, rect.top() + PAD + 1, ICON, ICON))
        left = rect.left() + ICON + 2 * PAD
        width = rect.right() - left - PAD
        painter.setFont(font)
        painter.setPen(text_colour)
        text = str(index.data() or "")
        if self.view.uniformItemSizes():  # a long list: LINES lines at most
            spacing = QFontMetrics(font).lineSpacing()
            top = rect.top() + PAD
            for line in message_lines(font, text, width):
                painter.drawText(
                    QRect(left, top, width, spacing),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    line,
                )
                top += spacing
        else:
            message_rect = QFontMetrics(font).boundingRect(
                QRect(left, rect.top() + PAD, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
            )
            painter.drawText(
                QRect(left, rect.top() + PAD, width, message_rect.height()),
                int(Qt.TextFlag.TextWordWrap),
                text,
            )
        painter.restore()


class FindingsView(QListView):
    """A list of findings; says so when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""
        self.setItemDelegate(FindingDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)  # until the list is long (doItemsLayout)
        self.setAlternatingRowColors(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # a single-selection list keeps its current row on a click beside the rows: drop it, so
        # the details never describe a finding that no longer looks selected
        if not self.indexAt(event.position().toPoint()).isValid():
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())
            return
        super().mousePressEvent(event)

    def doItemsLayout(self) -> None:
        model = self.model()
        long_list = model is not None and model.rowCount() > WRAPPED_MAX
        if long_list != self.uniformItemSizes():
            self.setUniformItemSizes(long_list)
        super().doItemsLayout()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # wrapped rows change height with the width

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self.empty_text,
            )
            painter.end()
