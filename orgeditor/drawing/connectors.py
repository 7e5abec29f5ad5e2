"""All reporting lines as one item: two painter paths rebuilt after each layout.

Solid lines are elbow connectors (down from the manager, a horizontal bar, down to each
report); a stacked team gets a vertical bus beside each column with a tick into each card.
Dotted (matrix) lines are dashed curves in another colour. One item for all lines: an item
per line does not scale to thousands of positions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgeditor.drawing.style import CONNECTOR, DOTTED, OPTIONS
from orgeditor.layout import LayoutOptions

Point = tuple[float, float]
Segment = tuple[float, float, float, float]


def _stack_intact(
    kids: Sequence[str], positions: Mapping[str, Point], rows: int, bar_y: float
) -> bool:
    """Whether a stacked team still stands in its columns (nobody was moved by hand)."""
    for start in range(0, len(kids), rows):
        column = [positions[k] for k in kids[start : start + rows]]
        x = column[0][0]
        last_y = bar_y
        for kx, ky in column:
            if kx != x or ky < last_y:
                return False
            last_y = ky
    return True


def reporting_segments(
    positions: Mapping[str, Point],
    stacked: Iterable[str],
    reports: Iterable[tuple[str, Iterable[str]]],
    opts: LayoutOptions = OPTIONS,
    as_laid_out: bool = False,
    routes: Mapping[str, Sequence[Segment]] | None = None,
) -> list[Segment]:
    """Line segments for every solid reporting line between cards at `positions`.

    reports: (manager id, its reports in order) pairs (chart.graph.adjacency() will do);
    reports without a place (hidden by the view) get no line.
    as_laid_out: the positions are the tidy layout's own (stacks are known to be intact).
    routes: manager -> its lines as the layout drew them for these positions (the compact
    layout's rows and stacks); used as they are.
    """
    routes = routes or {}
    cw, ch = opts.card_width, opts.card_height
    half_w, half_h = cw / 2, ch / 2
    half_gap = opts.v_gap / 2
    half_indent = opts.compact_indent / 2
    stacked = set(stacked)
    segments: list[Segment] = []
    add = segments.append
    for manager, adjacent in reports:
        if not adjacent or manager not in positions:
            continue
        route = routes.get(manager)
        if route is not None:
            segments.extend(route)
            continue
        kids: Sequence[str] = [k for k in adjacent if k in positions]
        if not kids:
            continue
        mx, my = positions[manager]
        cx = mx + half_w
        top = my + ch
        bar_y = top + half_gap
        xs: list[float] = []
        if manager in stacked:
            rows = opts.stack_shape(len(kids))[1]
            if as_laid_out or _stack_intact(kids, positions, rows, bar_y):
                for start in range(0, len(kids), rows):
                    column = [positions[k] for k in kids[start : start + rows]]
                    bus_x = column[0][0] - half_indent
                    xs.append(bus_x)
                    for kx, ky in column:
                        mid = ky + half_h
                        add((bus_x, mid, kx, mid))
                    add((bus_x, bar_y, bus_x, max(bar_y, column[-1][1] + half_h)))
                kids = ()
        if len(kids) == 1:
            kx, ky = positions[kids[0]]
            if kx + half_w == cx and ky >= bar_y + 4.0:  # straight below: one line
                add((cx, top, cx, ky))
                continue
        for kid in kids:
            kx, ky = positions[kid]
            if ky >= bar_y + 4.0:  # below the manager: a drop from the bar
                kid_x = kx + half_w
                xs.append(kid_x)
                add((kid_x, bar_y, kid_x, ky))
            else:
                segments.extend(_side_route(mx, my, kx, ky, cw, ch))
        if xs:
            add((cx, top, cx, bar_y))
            left = min(cx, *xs)
            right = max(cx, *xs)
            if right > left:
                add((left, bar_y, right, bar_y))
    return segments


def _side_route(mx: float, my: float, kx: float, ky: float, cw: float, ch: float) -> list[Segment]:
    """A report placed by hand beside or above its manager: an orthogonal route between them."""
    mcy, kcy = my + ch / 2, ky + ch / 2
    if kx >= mx + cw or kx + cw <= mx:  # beside: leave from the facing side
        start = mx + cw if kx > mx else mx
        end = kx if kx > mx else kx + cw
        mid = (start + end) / 2
        return [(start, mcy, mid, mcy), (mid, mcy, mid, kcy), (mid, kcy, end, kcy)]
    # above (overlapping columns): leave upwards from the manager's top edge
    cx, kid_x = mx + cw / 2, kx + cw / 2
    bottom = ky + ch
    mid = (my + bottom) / 2
    return [(cx, my, cx, mid), (cx, mid, kid_x, mid), (kid_x, mid, kid_x, bottom)]


def segments_path(segments: Iterable[Segment]) -> QPainterPath:
    path = QPainterPath()
    move, line = path.moveTo, path.lineTo
    for x1, y1, x2, y2 in segments:
        move(x1, y1)
        line(x2, y2)
    return path


def dotted_path(
    lines: Iterable[tuple[str, str]], positions: Mapping[str, Point], opts: LayoutOptions = OPTIONS
) -> QPainterPath:
    """Matrix lines, off-centre so they never hide a solid line: a curve from the manager's
    bottom to the report's top, or between two cards on one row a route under both."""
    path = QPainterPath()
    cw, ch = opts.card_width, opts.card_height
    for manager, report in lines:
        if manager not in positions or report not in positions:
            continue
        mx, my = positions[manager]
        rx, ry = positions[report]
        start = QPointF(mx + cw * 0.65, my + ch)
        if abs(ry - my) < ch:  # the same row: down, along under the cards, up
            end = QPointF(rx + cw * 0.35, ry + ch)
            low = max(start.y(), end.y()) + opts.v_gap * 0.3
            path.moveTo(start)
            path.lineTo(start.x(), low)
            path.lineTo(end.x(), low)
            path.lineTo(end)
            continue
        end = QPointF(rx + cw * 0.35, ry) if ry > my else QPointF(rx + cw * 0.35, ry + ch)
        if ry < my:
            start = QPointF(mx + cw * 0.65, my)
        bend = max(40.0, abs(end.y() - start.y()) / 2) * (1 if ry > my else -1)
        path.moveTo(start)
        path.cubicTo(QPointF(start.x(), start.y() + bend), QPointF(end.x(), end.y() - bend), end)
    return path


TILE = 2048.0  # scene units: the width of a column of lines painted together
LONG = 1 << 40  # the key of the lines wider than a column (never a real column)


class ConnectorItem(QGraphicsItem):
    """Draws every reporting line; has no position id (item.data(0) stays None).

    Given segments (set_segments), the solid lines are kept in one path per TILE-wide column
    and a frame paints only the columns it exposes: panning at reading zoom over 50,000
    positions touches a few thousand lines, not 100,000. `solid`, the whole path (the
    overview and the exports use it), is built when first asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self._solid: QPainterPath | None = QPainterPath()
        self._segments: list[Segment] = []
        self._tiles: dict[int, QPainterPath] = {}
        self.dotted = QPainterPath()
        self._bounds = QRectF()
        self._solid_pen = QPen(CONNECTOR, 1.5)
        self._solid_pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self._dotted_pen = QPen(DOTTED, 1.5, Qt.PenStyle.DashLine)
        self._far_pen = QPen(CONNECTOR, 0)  # zoomed out: cosmetic, one pixel at any scale

    @property
    def solid(self) -> QPainterPath:
        if self._solid is None:
            self._solid = segments_path(self._segments)
        return self._solid

    def set_paths(self, solid: QPainterPath, dotted: QPainterPath) -> None:
        """Whole paths, painted whole (the exports' pages)."""
        self.prepareGeometryChange()
        self._solid, self._segments, self._tiles = solid, [], {}
        self.dotted = dotted
        self._bounds = solid.boundingRect().united(dotted.boundingRect()).adjusted(-4, -4, 4, 4)
        self.update()

    def set_segments(self, segments: list[Segment], dotted: QPainterPath) -> None:
        """The solid lines as segments, kept per tile; the dotted ones as a path."""
        self.prepareGeometryChange()
        tiles: dict[int, QPainterPath] = {}
        get = tiles.get
        for ax, ay, bx, by in segments:  # 100,000 at 50,000 positions: kept lean
            dx = bx - ax
            key = LONG if dx > TILE or -dx > TILE else int(ax // TILE)  # long bars: every frame
            path = get(key)
            if path is None:
                path = tiles[key] = QPainterPath()
            path.moveTo(ax, ay)
            path.lineTo(bx, by)
        self._segments, self._tiles, self._solid = segments, tiles, None
        self.dotted = dotted
        bounds = QRectF()
        for path in tiles.values():
            bounds = bounds.united(path.boundingRect())
        self._bounds = bounds.united(dotted.boundingRect()).adjusted(-4, -4, 4, 4)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setPen(self._solid_pen if lod * self._solid_pen.widthF() >= 1.0 else self._far_pen)
        if self._tiles:
            exposed = option.exposedRect  # a line is filed by its start: pad by a column
            left = int((exposed.left() - TILE) // TILE)
            right = int((exposed.right() + TILE) // TILE)
            if right - left + 1 < len(self._tiles):
                long_lines = self._tiles.get(LONG)
                if long_lines is not None:
                    painter.drawPath(long_lines)
                for column in range(left, right + 1):
                    path = self._tiles.get(column)
                    if path is not None:
                        painter.drawPath(path)
            else:
                for path in self._tiles.values():
                    painter.drawPath(path)
        elif self._solid is not None:
            painter.drawPath(self._solid)
        if not self.dotted.isEmpty():
            painter.setPen(self._dotted_pen)
            painter.drawPath(self.dotted)
