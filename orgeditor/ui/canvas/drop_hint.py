"""Why a drop would be refused, said next to the pointer while a card drag aims there.

A rounded red-bordered box with one sentence ("Alan cannot report to Per: Per already reports
to Alan."), a little right of and below the pointer. It ignores the view's zoom so it stays
readable at any scale, and stands above every other item. The card drag adds it while the
pointer is over a refused target and removes it when the pointer leaves, on drop and on cancel.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgeditor.drawing.scheme import LIGHT
from orgeditor.drawing.style import DROP_REFUSED, font

HINT_Z = 1000.0  # above cards, dragged cards (card_drag.DRAG_Z) and decorations
OFFSET = QPointF(16.0, 16.0)  # from the pointer, in screen pixels: clear of the cursor
MAX_WIDTH = 320.0  # longer sentences wrap
PADDING = 8.0
HINT_RADIUS = 6.0
HINT_FONT = font(13)
_FILL = QColor("#FEF2F2")
_DARK_FILL = QColor("#3A1E22")  # on a dark canvas: a deep red, the scheme's light text on it
_BORDER = QPen(DROP_REFUSED, 1.5)
_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class DropHintItem(QGraphicsItem):
    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(HINT_Z)
        self._text = ""
        self._box = QRectF()
        self.set_text(text)

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text == self._text and not self._box.isNull():
            return
        self.prepareGeometryChange()
        self._text = text
        metrics = QFontMetricsF(HINT_FONT)
        size = metrics.boundingRect(QRectF(0.0, 0.0, MAX_WIDTH, 1e4), _FLAGS, text).size()
        self._box = QRectF(
            OFFSET.x(),
            OFFSET.y(),
            size.width() + 2 * PADDING + 1.0,  # a pixel spare: no wrap from rounding
            size.height() + 2 * PADDING,
        )
        self.update()

    def show_at(self, scene_pos: QPointF) -> None:
        """Put the hint next to the pointer (the item's origin is the pointer)."""
        self.setPos(scene_pos)

    def boundingRect(self) -> QRectF:
        return self._box.adjusted(-1.0, -1.0, 1.0, 1.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        scheme = getattr(self.scene(), "scheme", LIGHT)
        painter.setPen(_BORDER)
        painter.setBrush(_DARK_FILL if scheme.dark else _FILL)
        painter.drawRoundedRect(self._box, HINT_RADIUS, HINT_RADIUS)
        painter.setPen(scheme.text)
        painter.setFont(HINT_FONT)
        inner = self._box.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.drawText(inner, _FLAGS, self._text)
