"""All reporting lines as one item, kept by manager and painted by tile.

Solid lines are elbow connectors (down from the manager, a horizontal bar, down to each
report); a stacked team gets a vertical bus beside each column with a tick into each card.
Dotted (matrix) lines are dashed curves in another colour. One item for all lines: an item
per line does not scale to thousands of positions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
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


def manager_lines(
    positions: Mapping[str, Point],
    stacked: Iterable[str],
    reports: Iterable[tuple[str, Iterable[str]]],
    opts: LayoutOptions = OPTIONS,
    as_laid_out: bool = False,
    routes: Mapping[str, Sequence[Segment]] | None = None,
) -> dict[str, Sequence[Segment]]:
    """Each manager's solid reporting lines to its reports at `positions` (managers without
    any left out).

    reports: (manager id, its reports in order) pairs (chart.graph.adjacency() will do, or
    the pairs of the managers whose lines changed); reports without a place (hidden by the
    view) get no line.
    as_laid_out: the positions are the tidy layout's own (stacks are known to be intact).
    routes: manager -> its lines as the layout drew them for these positions (the compact
    layout's rows and stacks); used as they are.
    """
    routes = routes or {}
    stacked = stacked if isinstance(stacked, (set, frozenset)) else set(stacked)
    lines: dict[str, Sequence[Segment]] = {}
    for manager, adjacent in reports:
        if not adjacent or manager not in positions:
            continue
        route = routes.get(manager)
        if route is None:
            route = _routed(manager, adjacent, positions, manager in stacked, opts, as_laid_out)
        if route:
            lines[manager] = route
    return lines


def _routed(
    manager: str,
    adjacent: Iterable[str],
    positions: Mapping[str, Point],
    stacked: bool,
    opts: LayoutOptions,
    as_laid_out: bool,
) -> list[Segment]:
    """A manager's lines routed from the places of its cards (no layout route for them)."""
    cw, ch = opts.card_width, opts.card_height
    half_w, half_h = cw / 2, ch / 2
    half_gap = opts.v_gap / 2
    half_indent = opts.compact_indent / 2
    segments: list[Segment] = []
    add = segments.append
    kids: Sequence[str] = [k for k in adjacent if k in positions]
    if not kids:
        return segments
    mx, my = positions[manager]
    cx = mx + half_w
    top = my + ch
    bar_y = top + half_gap
    xs: list[float] = []
    if stacked:
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
            return segments
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


TILE = 2048.0  # scene units: the side of a square of the grid the lines are filed in
FEW = 48  # up to this many managers' lines are drawn one path each; more are drawn as one
TileKey = tuple[int, int]


def _tiles_crossed(lines: Iterable[Segment]) -> set[TileKey]:
    """The grid squares a manager's lines pass through (its lines are across or down)."""
    keys: set[TileKey] = set()
    for ax, ay, bx, by in lines:
        if ax > bx:
            ax, bx = bx, ax
        if ay > by:
            ay, by = by, ay
        c0, c1 = int(ax // TILE), int(bx // TILE)
        r0, r1 = int(ay // TILE), int(by // TILE)
        if c0 == c1 and r0 == r1:
            keys.add((c0, r0))
        else:
            keys.update((c, r) for c in range(c0, c1 + 1) for r in range(r0, r1 + 1))
    return keys


class ConnectorItem(QGraphicsItem):
    """Draws every reporting line; has no position id (item.data(0) stays None).

    The solid lines are kept by manager (set_lines, update_lines), each manager's as one path
    filed in the TILE-square grid squares its lines cross: a frame draws only the managers
    filed in the squares it exposes (panning at reading zoom over 50,000 positions touches a
    few hundred, not 20,000), and an edit builds again only the paths of the managers whose
    lines changed. `solid`, the whole path (the overview and the exports use it), is put
    together when first asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self._solid: QPainterPath | None = QPainterPath()
        self._lines: dict[str, Sequence[Segment]] = {}  # manager -> its lines
        self._paths: dict[str, QPainterPath] = {}  # manager -> its lines as a path
        self._tiles_of: dict[str, set[TileKey]] = {}  # manager -> the squares it crosses
        self._owners: dict[TileKey, set[str]] = {}  # square -> the managers crossing it
        self._lines_rect = QRectF()
        self._pages: QPainterPath | None = None  # a page's own lines (set_paths), painted whole
        self.dotted = QPainterPath()
        self._bounds = QRectF()
        self._solid_pen = QPen(CONNECTOR, 1.5)
        self._solid_pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self._dotted_pen = QPen(DOTTED, 1.5, Qt.PenStyle.DashLine)
        self._far_pen = QPen(CONNECTOR, 0)  # zoomed out: cosmetic, one pixel at any scale

    def set_colours(self, line: QColor, dotted: QColor) -> None:
        """The colours of the reporting and the dotted lines (the scene's scheme)."""
        self._solid_pen.setColor(line)
        self._far_pen.setColor(line)
        self._dotted_pen.setColor(dotted)
        self.update()

    @property
    def solid(self) -> QPainterPath:
        if self._pages is not None:
            return self._pages
        if self._solid is None:
            whole = QPainterPath()
            for path in self._paths.values():
                whole.addPath(path)
            self._solid = whole
        return self._solid

    def segments(self) -> list[Segment]:
        """Every solid line segment, manager by manager."""
        return [segment for lines in self._lines.values() for segment in lines]

    def set_paths(self, solid: QPainterPath, dotted: QPainterPath) -> None:
        """Paint these whole paths instead of the lines (an export's page) until
        end_paths()."""
        self.prepareGeometryChange()
        self._pages = solid
        self.dotted = dotted
        self._bounds = solid.boundingRect().united(dotted.boundingRect()).adjusted(-4, -4, 4, 4)
        self.update()

    def end_paths(self, dotted: QPainterPath) -> None:
        """Back to the lines kept by manager (after set_paths), with these dotted lines."""
        self._pages = None
        self._set_dotted(dotted)

    def set_lines(self, lines: dict[str, Sequence[Segment]], dotted: QPainterPath) -> None:
        """Every manager's solid lines (manager_lines), and the dotted ones as a path."""
        self._lines, self._paths, self._tiles_of, self._owners = {}, {}, {}, {}
        self._lines_rect = QRectF()
        self.update_lines(lines, dotted)
        self._solid = None

    def update_lines(
        self, changed: Mapping[str, Sequence[Segment] | None], dotted: QPainterPath
    ) -> QRectF:
        """New lines for some managers (None or empty: it has none now). Returns the area
        where lines changed."""
        lines, paths, tiles_of, owners = self._lines, self._paths, self._tiles_of, self._owners
        area = QRectF()
        for manager, new in changed.items():
            if new and lines.get(manager) == new:
                continue  # laid out again, but its lines did not change
            old_path = paths.get(manager)
            if old_path is not None:
                area = area.united(old_path.boundingRect())
            for key in tiles_of.pop(manager, ()):
                owner = owners[key]
                owner.discard(manager)
                if not owner:
                    del owners[key]
            paths.pop(manager, None)
            if not new:
                lines.pop(manager, None)
                continue
            lines[manager] = new
            path = paths[manager] = segments_path(new)
            keys = tiles_of[manager] = _tiles_crossed(new)
            for key in keys:
                owner = owners.get(key)
                if owner is None:
                    owners[key] = {manager}
                else:
                    owner.add(manager)
            # bounds only grow here (too large costs nothing); set_lines measures afresh
            rect = path.boundingRect()
            self._lines_rect = self._lines_rect.united(rect)
            area = area.united(rect)
        if not area.isNull():  # (a single straight line has no width: not isEmpty)
            self._solid = None
        self._set_dotted(dotted)
        return area

    def _set_dotted(self, dotted: QPainterPath) -> None:
        self.dotted = dotted
        bounds = self._lines_rect.united(dotted.boundingRect()).adjusted(-4, -4, 4, 4)
        if bounds != self._bounds:  # (it costs a millisecond at 50,000 positions)
            self.prepareGeometryChange()
            self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _exposed_paths(self, exposed: QRectF) -> list[QPainterPath]:
        left, right = int(exposed.left() // TILE), int(exposed.right() // TILE)
        top, bottom = int(exposed.top() // TILE), int(exposed.bottom() // TILE)
        if (right - left + 1) * (bottom - top + 1) >= len(self._owners):
            return list(self._paths.values())
        managers: set[str] = set()
        get = self._owners.get
        for column in range(left, right + 1):
            for row in range(top, bottom + 1):
                owner = get((column, row))
                if owner:
                    managers.update(owner)
        paths = self._paths
        return [paths[m] for m in managers]

    def draw_lines(self, painter: QPainter, exposed: QRectF) -> None:
        """Draw the solid lines that pass through `exposed`, with the painter's pen."""
        if self._pages is not None:
            painter.drawPath(self._pages)
            return
        if not self._paths:
            return
        paths = self._exposed_paths(exposed)
        if len(paths) <= FEW:
            for path in paths:
                painter.drawPath(path)
        elif len(paths) == len(self._paths):
            painter.drawPath(self.solid)
        else:
            together = QPainterPath()
            for path in paths:
                together.addPath(path)
            painter.drawPath(together)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setPen(self._solid_pen if lod * self._solid_pen.widthF() >= 1.0 else self._far_pen)
        self.draw_lines(painter, option.exposedRect)
        if not self.dotted.isEmpty():
            painter.setPen(self._dotted_pen)
            painter.drawPath(self.dotted)
