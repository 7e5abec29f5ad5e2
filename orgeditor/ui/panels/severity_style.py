"""How finding severities look: a colour and a distinct shape each (readable without colour):
the shapes are the cards' badges' (drawing/severity_marks.py), the colours Okabe-Ito's."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QIcon, QPainter

from orgeditor.drawing.severity_marks import paint_severity_mark
from orgeditor.ui.panels.icons import painted_icon

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")

# Okabe-Ito: vermillion, orange, blue
SEVERITY_COLOURS: dict[str, str] = {"error": "#D55E00", "warning": "#E69F00", "info": "#0072B2"}


def _paint(painter: QPainter, severity: str, size: int) -> None:
    colour = QColor(SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["info"]))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(7, int(size * (0.62 if severity == "warning" else 0.72))))
    glyph = "i" if severity == "info" else "!"
    box = QRectF(0.5, 0.5, size - 1, size - 1)
    paint_severity_mark(painter, severity, box, colour, glyph, font)


@cache
def severity_icon(severity: str, size: int = 16) -> QIcon:
    return painted_icon(size, size, lambda painter: _paint(painter, severity, size))
