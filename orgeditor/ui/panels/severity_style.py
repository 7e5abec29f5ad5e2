"""How finding severities look: a colour and a distinct shape each (readable without colour)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPolygonF

from orgeditor.ui.panels.icons import painted_icon

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")

# Okabe-Ito: vermillion, orange, blue
SEVERITY_COLOURS: dict[str, str] = {"error": "#D55E00", "warning": "#E69F00", "info": "#0072B2"}


def _paint(painter: QPainter, severity: str, size: int) -> None:
    colour = QColor(SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["info"]))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    box = QRectF(0.5, 0.5, size - 1, size - 1)
    glyph = "i" if severity == "info" else "!"
    text_box = QRectF(box)
    if severity == "warning":  # a triangle
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(size / 2, 0.5),
                    QPointF(size - 0.5, size - 1.0),
                    QPointF(0.5, size - 1.0),
                ]
            )
        )
        text_box.adjust(0, size * 0.2, 0, 0)
        text_colour = QColor("#1a1a1a")
    elif severity == "error":  # an octagon, a "stop" sign: its corners tell it from the circle
        painter.drawPolygon(_octagon(box))
        text_colour = QColor("white")
    else:  # a circle
        painter.drawEllipse(box)
        text_colour = QColor("white")
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(7, int(size * (0.62 if severity == "warning" else 0.72))))
    painter.setFont(font)
    painter.setPen(text_colour)
    painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, glyph)


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


@cache
def severity_icon(severity: str, size: int = 16) -> QIcon:
    return painted_icon(size, size, lambda painter: _paint(painter, severity, size))
