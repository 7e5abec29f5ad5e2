"""The colour legend for colouring cards by a segment dimension.

Colours come from legend_colours (the canvas's own assignment), or from the scene's legend
when the panel is given it, so the legend shows the colours the cards have. Cards without a
value are grey on the canvas: the legend lists them last as "no value".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from orgeditor.analysis.segments import UNASSIGNED
from orgeditor.ui.panels.figure_widgets import format_number, muted_colour
from orgeditor.ui.panels.legend_colours import NO_VALUE_COLOUR, legend_colours

__all__ = ["NO_VALUE_COLOUR", "SegmentLegend", "legend_colours"]


class SegmentLegend(QWidget):
    """Swatch, value and number of positions per value of the chosen dimension."""

    ROW = 19
    MAX_ROWS = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentLegend")
        self._rows: list[tuple[str, int, str]] = []  # value, positions, hex
        self._more = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, counts: dict[str, int], colours: dict[str, str] | None = None) -> None:
        """counts: value -> positions (analysis.figures.segment_values: most common first,
        "unassigned" last); colours: value -> hex (default: legend_colours(counts))."""
        colours = colours if colours is not None else legend_colours(counts)
        named = [
            (v, n, colours.get(v, NO_VALUE_COLOUR)) for v, n in counts.items() if v != UNASSIGNED
        ]
        rows = named[: self.MAX_ROWS]
        self._more = len(named) - len(rows)
        if UNASSIGNED in counts:
            rows.append((UNASSIGNED, counts[UNASSIGNED], colours.get(UNASSIGNED, NO_VALUE_COLOUR)))
        self._rows = rows
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def entries(self) -> list[tuple[str, int, str]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(300, (len(self._rows) + (1 if self._more else 0)) * self.ROW + 2)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text = self.palette().color(QPalette.ColorRole.Text)
        muted = muted_colour(self)
        count_w = max(
            (metrics.horizontalAdvance(format_number(n)) for _v, n, _c in self._rows), default=0
        )
        y = 1.0
        for value, n, colour in self._rows:
            swatch = QRectF(1.5, y + (self.ROW - 12) / 2, 12, 12)
            fill = QColor(colour)
            painter.setPen(QPen(fill.darker(130), 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(swatch, 2.5, 2.5)
            none = value == UNASSIGNED
            label = QCoreApplication.translate("Segments", "no value") if none else value
            painter.setPen(muted if none else text)
            room = int(self.width() - 22 - count_w - 8)
            painter.drawText(
                QRectF(20, y, room, self.ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, room),
            )
            painter.setPen(muted)
            painter.drawText(
                QRectF(self.width() - count_w - 2, y, count_w, self.ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_number(n),
            )
            y += self.ROW
        if self._more:
            painter.setPen(muted)
            more = (
                QCoreApplication.translate("Segments", "1 more value")
                if self._more == 1
                else QCoreApplication.translate("Segments", "%1 more values").replace(
                    "%1", str(self._more)
                )
            )
            painter.drawText(
                QRectF(20, y, self.width() - 20, self.ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                more,
            )
        painter.end()
