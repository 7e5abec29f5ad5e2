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
    elif severity == "error":  # an octagon-like round square: a "stop" sign
        painter.drawRoundedRect(box, size * 0.28, size * 0.28)
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


@cache
def severity_icon(severity: str, size: int = 16) -> QIcon:
    return painted_icon(size, size, lambda painter: _paint(painter, severity, size))
