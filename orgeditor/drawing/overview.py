"""The zoomed-out picture of a large chart: every card as a rectangle in a few paths.

Painting ten thousand card items costs one Python paint() each (110 ms); this one item draws
them all from cached paths (about 1 ms with DeviceCoordinateCache). The scene shows it, and
hides the cards and connectors, when a large chart is zoomed out below the detail threshold.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgeditor.drawing.segment_colours import NOT_SET
from orgeditor.drawing.style import (
    CARD_H,
    CARD_W,
    CONNECTOR,
    SELECTION,
    SEVERITY_COLOURS,
    family_colour,
    pale,
)

Point = tuple[float, float]


def rects_path(ids: Iterable[str], positions: Mapping[str, Point]) -> QPainterPath:
    path = QPainterPath()
    add = path.addRect
    for pid in ids:
        point = positions.get(pid)
        if point is not None:
            add(point[0], point[1], CARD_W, CARD_H)
    return path


class OverviewItem(QGraphicsItem):
    """All cards (by role family), the reporting lines, selection and finding marks."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._cards: list[tuple[QColor, QPainterPath]] = []
        self._connectors = QPainterPath()
        self._selected = QPainterPath()
        self._badges: list[tuple[QColor, QPainterPath]] = []
        self._bounds = QRectF()
        self._line_pen = QPen(CONNECTOR, 0)  # cosmetic: one pixel at any zoom
        self.dirty = True  # cards or lines changed since the paths were built

    def set_cards(
        self,
        positions: Mapping[str, Point],
        families: Mapping[str, str],
        connectors: QPainterPath,
        colours: Mapping[str, str] | None = None,
    ) -> None:
        """families: a key per card (its role family, or with `colours` given any key such as
        a segment value); colours: key -> hex colour (default: the role family colours)."""
        paths: dict[str, QPainterPath] = {}
        for pid, (x, y) in positions.items():
            family = families.get(pid, "other")
            path = paths.get(family)
            if path is None:
                path = paths[family] = QPainterPath()
            path.addRect(x, y, CARD_W, CARD_H)
        if colours is None:
            self._cards = [
                (pale(family_colour(family).name(), 0.6), path) for family, path in paths.items()
            ]
        else:
            self._cards = [
                (pale(colours.get(key, NOT_SET), 0.6), path) for key, path in paths.items()
            ]
        self._connectors = connectors
        bounds = connectors.boundingRect()
        for _colour, path in self._cards:
            bounds = bounds.united(path.boundingRect())
        self.prepareGeometryChange()
        self._bounds = bounds.adjusted(-4, -4, 4, 4)
        self.dirty = False
        self.update()

    def set_marks(
        self,
        positions: Mapping[str, Point],
        selected: Iterable[str],
        badges: Mapping[str, tuple[str, int]],
    ) -> None:
        self._selected = rects_path(selected, positions)
        by_severity: dict[str, list[str]] = {}
        for pid, (severity, _count) in badges.items():
            by_severity.setdefault(severity, []).append(pid)
        self._badges = [
            (SEVERITY_COLOURS[severity], _corner_marks(ids, positions))
            for severity, ids in sorted(by_severity.items())
        ]
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(self._line_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._connectors)
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, path in self._cards:
            painter.setBrush(colour)
            painter.drawPath(path)
        for colour, path in self._badges:
            painter.setBrush(colour)
            painter.drawPath(path)
        if not self._selected.isEmpty():
            painter.setBrush(SELECTION)
            painter.drawPath(self._selected)


def _corner_marks(ids: Iterable[str], positions: Mapping[str, Point]) -> QPainterPath:
    """A square on the top-right corner of each card with findings."""
    path = QPainterPath()
    for pid in ids:
        point = positions.get(pid)
        if point is not None:
            path.addRect(point[0] + CARD_W - 70.0, point[1] - 10.0, 80.0, 50.0)
    return path
