"""The zoomed-out picture of a large chart: every card as a rectangle in a few paths.

Painting ten thousand card items costs one Python paint() each (110 ms); this one item draws
them all from cached paths (about 1 ms with DeviceCoordinateCache). The scene shows it, and
makes the cards transparent and hides the connectors, when a large chart is zoomed out below
the detail threshold.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgeditor.drawing.connectors import ConnectorItem
from orgeditor.drawing.scheme import LIGHT, Scheme
from orgeditor.drawing.segment_colours import NOT_SET
from orgeditor.drawing.severity_marks import severity_path
from orgeditor.drawing.style import (
    CARD_H,
    CARD_W,
    SELECTION,
    SEVERITY_COLOURS,
    family_colour,
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


TILE = 4096.0  # scene units: the side of a square of cards drawn again together after an edit
TileKey = tuple[int, int]


def _tile(point: Point) -> TileKey:
    return int(point[0] // TILE), int(point[1] // TILE)


class OverviewItem(QGraphicsItem):
    """All cards (by role family or a segment value's colour), the reporting lines, selection
    and finding marks.

    The picture is cached at the view's resolution (DeviceCoordinateCache). Cards are filed in
    TILE-square tiles, one path per colour in each: after an edit only the tiles of the cards
    that moved, came, went or changed colour are built again, and only they and the changed
    lines are painted again into the cache (update with a rectangle). The lines are the
    connector item's own, drawn for the exposed area (drawing/connectors.py)."""

    def __init__(self, lines: ConnectorItem) -> None:
        super().__init__()
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self._lines = lines
        self._positions: Mapping[str, Point] = {}
        self._keys: Mapping[str, str] = {}  # card -> its colour key (role family, or value)
        self._colours: Mapping[str, str] | None = None  # key -> hex colour (None: families)
        self._brushes: dict[str, QColor] = {}
        self._tile_of: dict[str, TileKey] = {}
        self._members: dict[TileKey, set[str]] = {}
        self._tiles: dict[TileKey, list[tuple[QColor, QPainterPath]]] = {}
        self._tile_rects: dict[TileKey, QRectF] = {}
        self._selected = QPainterPath()
        self._badges: list[tuple[QColor, QPainterPath]] = []
        self._badges_given: Mapping[str, tuple[str, int]] = {}
        self._cards_moved = True  # since the finding marks were built
        self._bounds = QRectF()
        self.scheme: Scheme = LIGHT
        self._line_pen = QPen(LIGHT.connector, 0)  # cosmetic: one pixel at any zoom
        self.dirty = True  # cards or lines changed since the picture was built (set_cards)
        self._built = True  # the tiles are built for the cards set (see set_cards)

    def set_scheme(self, scheme: Scheme) -> None:
        """Draw in these colours (the scene's); the picture is to be built again."""
        self.scheme = scheme
        self._line_pen = QPen(scheme.connector, 0)
        self.dirty = True

    def set_cards(
        self,
        positions: Mapping[str, Point],
        keys: Mapping[str, str],
        colours: Mapping[str, str] | None = None,
    ) -> None:
        """The whole picture. positions and keys are kept (not copied): refresh() reads them
        again. keys: a key per card (its role family, or with `colours` given any key such as
        a segment value); colours: key -> hex colour (default: the role family colours)."""
        self._positions, self._keys, self._colours = positions, keys, colours
        self._brushes = {}
        self._tile_of, self._members, self._tiles, self._tile_rects = {}, {}, {}, {}
        # the tiles are built when first painted or asked for (_built): opening a chart shows
        # the overview for a moment (a fit, then the reading zoom) and may never paint it
        self._built = False
        self.dirty = False
        self._cards_moved = True
        cards = QRectF()
        if positions:
            xs = [x for x, _y in positions.values()]
            ys = [y for _x, y in positions.values()]
            x0, y0 = min(xs), min(ys)
            cards = QRectF(x0, y0, max(xs) + CARD_W - x0, max(ys) + CARD_H - y0)
        self._set_bounds(cards)  # as the tiles will make them
        self.update()

    def _build_all(self) -> None:
        """The tiles of set_cards, from the kept positions and keys."""
        self._built = True
        for pid, point in self._positions.items():
            key = self._tile_of[pid] = _tile(point)
            members = self._members.get(key)
            if members is None:
                self._members[key] = {pid}
            else:
                members.add(pid)
        for key in list(self._members):
            self._build(key)

    def tile_paths(self) -> dict[TileKey, list[tuple[QColor, QPainterPath]]]:
        """The card rectangles drawn, by tile: a path per colour."""
        if not self._built:
            self._build_all()
        return self._tiles

    def refresh(self, ids: Iterable[str], lines: QRectF | None = None) -> None:
        """These cards moved, came, went or changed colour (as the kept positions and keys now
        say); `lines`: where reporting lines changed. Only that is painted again."""
        if not self._built:
            self._build_all()
        touched: set[TileKey] = set()
        positions, tile_of, all_members = self._positions, self._tile_of, self._members
        for pid in ids:
            old = tile_of.pop(pid, None)
            if old is not None:
                touched.add(old)
                all_members[old].discard(pid)
            point = positions.get(pid)
            if point is not None:
                key = tile_of[pid] = _tile(point)
                touched.add(key)
                members = all_members.get(key)
                if members is None:
                    all_members[key] = {pid}
                else:
                    members.add(pid)
        dirty = QRectF() if lines is None else QRectF(lines)
        for key in touched:
            before = self._tile_rects.get(key)
            if before is not None:
                dirty = dirty.united(before)
            self._build(key)
            after = self._tile_rects.get(key)
            if after is not None:
                dirty = dirty.united(after)
        self._cards_moved = self._cards_moved or bool(touched)
        self._set_bounds()
        if not dirty.isNull():
            self.update(dirty.adjusted(-2, -2, 2, 2))

    def card_colours(self) -> set[str]:
        """The colours the cards are drawn in (#rrggbb)."""
        return {colour.name() for paths in self.tile_paths().values() for colour, _path in paths}

    def _brush(self, key: str) -> QColor:
        brush = self._brushes.get(key)
        if brush is None:
            if self._colours is None:
                brush = self.scheme.pale(family_colour(key), 0.6)
            else:
                brush = self.scheme.pale(QColor(self._colours.get(key, NOT_SET)), 0.6)
            self._brushes[key] = brush
        return brush

    def _build(self, tile: TileKey) -> None:
        members = self._members.get(tile)
        if not members:
            self._members.pop(tile, None)
            self._tiles.pop(tile, None)
            self._tile_rects.pop(tile, None)
            return
        paths: dict[str, QPainterPath] = {}
        positions, keys = self._positions, self._keys
        for pid in members:
            key = keys.get(pid, "other")
            path = paths.get(key)
            if path is None:
                path = paths[key] = QPainterPath()
            x, y = positions[pid]
            path.addRect(x, y, CARD_W, CARD_H)
        self._tiles[tile] = [(self._brush(key), path) for key, path in paths.items()]
        rect = QRectF()
        for path in paths.values():
            rect = rect.united(path.boundingRect())
        self._tile_rects[tile] = rect

    def _set_bounds(self, cards: QRectF | None = None) -> None:
        """Around the lines and the cards (cards: their bounds; None: the tiles')."""
        bounds = self._lines.boundingRect()
        if cards is not None:
            bounds = bounds.united(cards)
        else:
            for rect in self._tile_rects.values():
                bounds = bounds.united(rect)
        bounds = bounds.adjusted(-80, -80, 80, 80)  # the corner marks reach past the cards
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def set_marks(
        self,
        positions: Mapping[str, Point],
        selected: Iterable[str],
        badges: Mapping[str, tuple[str, int]] | None,
    ) -> None:
        """The selection and the finding marks (badges: position -> (severity, count); None:
        as they were, though moved with their cards)."""
        dirty = self._selected.boundingRect()
        self._selected = rects_path(selected, positions)
        dirty = dirty.united(self._selected.boundingRect())
        if badges is None and self._cards_moved:
            badges = self._badges_given
        if badges is not None:  # built again: 20,000 marks cost ~10 ms
            self._badges_given = badges
            self._cards_moved = False
            by_severity: dict[str, list[str]] = {}
            for pid, (severity, _count) in badges.items():
                by_severity.setdefault(severity, []).append(pid)
            for _colour, path in self._badges:
                dirty = dirty.united(path.boundingRect())
            self._badges = [
                (SEVERITY_COLOURS[severity], _corner_marks(ids, positions, severity))
                for severity, ids in sorted(by_severity.items())
            ]
            for _colour, path in self._badges:
                dirty = dirty.united(path.boundingRect())
        if not dirty.isNull():
            self.update(dirty.adjusted(-12, -12, 12, 12))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self._built:  # bounds unchanged: the tiles hold the cards set_cards measured
            self._build_all()
        exposed = option.exposedRect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(self._line_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._lines.draw_lines(painter, exposed)
        painter.setPen(Qt.PenStyle.NoPen)
        rects = self._tile_rects
        for tile, paths in self._tiles.items():
            if exposed.intersects(rects[tile]):
                for colour, path in paths:
                    painter.setBrush(colour)
                    painter.drawPath(path)
        for colour, path in self._badges:
            painter.setBrush(colour)
            painter.drawPath(path)
        if not self._selected.isEmpty():
            painter.setBrush(SELECTION)
            painter.drawPath(self._selected)


def _corner_marks(
    ids: Iterable[str], positions: Mapping[str, Point], severity: str = "info"
) -> QPainterPath:
    """The severity's shape (drawing/severity_marks.py) on the top-right corner of each card
    with findings: its shape tells the severity where its colour cannot."""
    path = QPainterPath()
    mark = severity_path(severity, QRectF(0.0, 0.0, 80.0, 80.0))
    for pid in ids:
        point = positions.get(pid)
        if point is not None:
            path.addPath(mark.translated(point[0] + CARD_W - 70.0, point[1] - 10.0))
    return path
