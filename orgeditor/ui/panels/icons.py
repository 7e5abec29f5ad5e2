"""Small icons painted in code, at 1x and 2x so they stay crisp on high-dpi screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


def painted_icon(width: int, height: int, paint: Callable[[QPainter], None]) -> QIcon:
    """An icon of width x height (logical pixels) that paint(painter) draws on a transparent
    pixmap, once per device pixel ratio."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(width * scale, height * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def rounded_swatch(colour: QColor, size: int, radius: float, outline_darker: int) -> QIcon:
    """A rounded square swatch of colour with a darker outline (QColor.darker's factor)."""

    def paint(painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour.darker(outline_darker), 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), radius, radius)

    return painted_icon(size, size, paint)
