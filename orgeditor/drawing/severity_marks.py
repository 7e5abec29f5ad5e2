"""The shape of each finding severity, so that colour is never the only sign of it: an error
is an octagon (a stop sign), a warning a triangle, an info a circle. The card badges, the
overview's marks, the checks list's icons and the presentation strip all draw these shapes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

SHAPES = {"error": "octagon", "warning": "triangle", "info": "circle"}


def severity_path(severity: str, box: QRectF) -> QPainterPath:
    """The severity's shape filling `box` (a square)."""
    path = QPainterPath()
    shape = SHAPES.get(severity, "circle")
    if shape == "octagon":
        path.addPolygon(_octagon(box))
    elif shape == "triangle":
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(box.center().x(), box.top()),
                    QPointF(box.right(), box.bottom()),
                    QPointF(box.left(), box.bottom()),
                ]
            )
        )
    else:
        path.addEllipse(box)
    path.closeSubpath()
    return path


def text_box(severity: str, box: QRectF) -> QRectF:
    """Where a glyph or count sits inside the shape (low in a triangle, where it is wide)."""
    if SHAPES.get(severity) == "triangle":
        return box.adjusted(0, box.height() * 0.28, 0, 0)
    return QRectF(box)


def glyph_colour(severity: str) -> QColor:
    """Text on the severity's colour: dark on the warning's orange, else white."""
    return QColor("#1a1a1a") if severity == "warning" else QColor("#ffffff")


def paint_severity_mark(
    painter: QPainter,
    severity: str,
    box: QRectF,
    colour: QColor,
    text: str,
    font: QFont,
    ring: QPen | None = None,
) -> None:
    """The severity's shape in `colour` with `text` (a glyph or a count) inside it; `ring`:
    an outline that sets it off from what is under it."""
    painter.setPen(ring if ring is not None else QPen(Qt.PenStyle.NoPen))
    painter.setBrush(colour)
    painter.drawPath(severity_path(severity, box))
    if text:
        painter.setPen(glyph_colour(severity))
        painter.setFont(font)
        painter.drawText(text_box(severity, box), Qt.AlignmentFlag.AlignCenter, text)


def _octagon(box: QRectF) -> QPolygonF:
    """A regular octagon filling box, flat sides up, down, left and right."""
    cut = box.width() * 0.29  # (1 - 1/(1 + sqrt 2)) / 2 of the side: equal edges
    left, top, right, bottom = box.left(), box.top(), box.right(), box.bottom()
    return QPolygonF(
        [
            QPointF(left + cut, top),
            QPointF(right - cut, top),
            QPointF(right, top + cut),
            QPointF(right, bottom - cut),
            QPointF(right - cut, bottom),
            QPointF(left + cut, bottom),
            QPointF(left, bottom - cut),
            QPointF(left, top + cut),
        ]
    )
