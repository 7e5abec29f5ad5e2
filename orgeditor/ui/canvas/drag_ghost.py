"""Where dragged cards came from: dashed outlines at their places, one item for all of them.

During a card drag the cards follow the pointer; their old places stay outlined so a drop
can still aim at them (dropping a manager onto its own report is refused, in red).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgeditor.drawing.scheme import LIGHT, Scheme
from orgeditor.drawing.style import CARD_H, CARD_W, DROP_REFUSED, RADIUS

Point = tuple[float, float]


class DragGhostItem(QGraphicsItem):
    def __init__(self, places: Iterable[Point]) -> None:
        super().__init__()
        self.setZValue(-0.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        path = QPainterPath()
        for x, y in places:
            path.addRoundedRect(QRectF(x, y, CARD_W, CARD_H), RADIUS, RADIUS)
        self._path = path
        self._bounds = path.boundingRect().adjusted(-4, -4, 4, 4)
        self._refused: QRectF | None = None

    def scheme(self) -> Scheme:
        """The colours of the scene it is on: the outlines read on a dark canvas too."""
        return getattr(self.scene(), "scheme", LIGHT)

    def set_refused(self, place: Point | None) -> None:
        """Mark one old place red: the pointer is over a card of the dragged subtree."""
        rect = QRectF(place[0], place[1], CARD_W, CARD_H) if place is not None else None
        if rect != self._refused:
            self._refused = rect
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        outline = self.scheme().text_muted
        fill = QColor(outline)
        fill.setAlpha(18)
        painter.setPen(QPen(outline, 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.drawPath(self._path)
        if self._refused is not None:
            tint = QColor(DROP_REFUSED)
            tint.setAlpha(40)
            painter.setPen(QPen(DROP_REFUSED, 3.0))
            painter.setBrush(tint)
            painter.drawRoundedRect(self._refused, RADIUS, RADIUS)
