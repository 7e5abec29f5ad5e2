"""Where every shown card goes after a structural edit.

With re-layout on (settings.auto_layout) that is the chart's layout (compact or wide, what
its view shows), hand placements kept. With it off, cards already on the canvas stay where
they are; only new cards, and cards that changed manager (with their subtrees), get a place:
where the layout would put them relative to their manager's current place.

Cards the view hides (in a folded branch, or outside the focused one) get no place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from orgeditor.drawing.style import CARD_H, CARD_W, OPTIONS
from orgeditor.layout import (
    CompactLayouter,
    LayoutChanges,
    LayoutResult,
    Segment,
    chart_layout,
    shown_roots,
)
from orgeditor.model import Chart

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Placement:
    positions: dict[str, Point]  # top-left corner of each shown card
    stacked: frozenset[str]  # managers whose leaf reports stand in stacked columns
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1 around every card
    as_laid_out: bool = False  # exactly the layout: no hand placement, nothing kept
    # manager -> its lines as the layout drew them, for managers whose team stands as laid
    # out (perhaps moved as a whole); other managers' lines are routed from the places
    routes: Mapping[str, tuple[Segment, ...]] = field(default_factory=dict)
    # what changed since the previous placement from the same layouter (LayoutResult.changes);
    # None: not known, take everything as changed
    changes: LayoutChanges | None = None


def place_cards(
    chart: Chart,
    current: Mapping[str, Point],
    keep_places: bool,
    moved: set[str],
    layouter: CompactLayouter | None = None,
    stale: Iterable[str] | None = None,
) -> Placement:
    """Places for every shown card. `current`: where cards stand now; `moved`: ids whose
    manager changed since (their subtrees go with them when places are kept). layouter and
    stale: the compact layout kept between calls and what changed since (see chart_layout)."""
    result = chart_layout(chart, OPTIONS, respect_manual=True, layouter=layouter, stale=stale)
    if not keep_places or not current:
        pure = not any(p.xy is not None for p in chart.positions())
        return Placement(
            result.positions, result.stacked, result.bounds, pure, result.routes, result.changes
        )
    laid = result.positions
    positions: dict[str, Point] = {}
    others = [p for q, p in current.items() if q in laid]
    right = max((p[0] for p in others), default=0.0) + CARD_W + OPTIONS.subtree_gap
    top = min((p[1] for p in others), default=0.0)
    succ = chart.graph.succ
    collapsed = chart.view.collapsed
    arrived: list[str] = []  # the top card of each group that came to a kept manager
    # pre-order walk; a card follows its manager when the manager is new or moved
    stack: list[tuple[str, bool]] = [(root, False) for root in reversed(shown_roots(chart))]
    while stack:
        pid, manager_follows = stack.pop()
        follows = manager_follows or pid not in current or pid in moved
        xy = chart.position(pid).xy
        if xy is not None:
            positions[pid] = (float(xy[0]), float(xy[1]))
        elif not follows:
            positions[pid] = current[pid]
        else:
            manager = chart.manager_of(pid)
            lx, ly = laid[pid]
            if manager is not None and manager in positions:
                mx, my = positions[manager]
                lmx, lmy = laid[manager]
                positions[pid] = (mx + lx - lmx, my + ly - lmy)
                if not manager_follows:
                    arrived.append(pid)
            else:  # a new root: to the right of everything else, at the top
                positions[pid] = (right, top) if others else (lx, ly)
                right += CARD_W + OPTIONS.subtree_gap
        if pid not in collapsed:
            stack.extend((kid, follows) for kid in reversed(list(succ[pid])))
    if arrived:
        _clear_of_others(chart, positions, arrived)
    return Placement(
        positions,
        result.stacked,
        bounds_of(positions),
        routes=_kept_routes(chart, result, positions),
    )


def _clear_of_others(chart: Chart, positions: dict[str, Point], arrived: list[str]) -> None:
    """Move each arrived group (a card and the reports that came with it) down until its top
    card overlaps no card that stayed: the team it joined keeps its shape, which may differ
    from the one the layout would give it now (a stack one card longer, say)."""
    groups: list[list[str]] = []
    moving: set[str] = set()
    succ = chart.graph.succ
    for top in arrived:
        group = [top]
        for pid in group:  # grows while walked
            group.extend(kid for kid in succ[pid] if kid in positions)
        groups.append(group)
        moving.update(group)
    staying = [p for pid, p in positions.items() if pid not in moving]
    step = CARD_H + OPTIONS.compact_v_gap
    for group in groups:
        x, y = positions[group[0]]
        start = y
        for _ in range(len(staying) + 1):
            if not any(abs(px - x) < CARD_W and abs(py - y) < CARD_H for px, py in staying):
                break
            y += step
        if y != start:
            for pid in group:
                if chart.position(pid).xy is not None:
                    continue  # placed by hand: it stays where it was put
                px, py = positions[pid]
                positions[pid] = (px, py + y - start)
        staying.extend(positions[pid] for pid in group)


def _kept_routes(
    chart: Chart, result: LayoutResult, positions: Mapping[str, Point]
) -> dict[str, tuple[Segment, ...]]:
    """The layout's lines for every manager whose team kept its laid-out shape, moved with
    it: the manager and all its shown reports moved by one offset."""
    laid = result.positions
    kept: dict[str, tuple[Segment, ...]] = {}
    succ = chart.graph.succ
    for manager, route in result.routes.items():
        mx, my = positions[manager]
        lx, ly = laid[manager]
        dx, dy = mx - lx, my - ly
        if all(
            positions[k][0] - laid[k][0] == dx and positions[k][1] - laid[k][1] == dy
            for k in succ[manager]
        ):
            kept[manager] = (
                route
                if not (dx or dy)
                else tuple((x1 + dx, y1 + dy, x2 + dx, y2 + dy) for x1, y1, x2, y2 in route)
            )
    return kept


def bounds_of(positions: Mapping[str, Point]) -> tuple[float, float, float, float]:
    if not positions:
        return (0.0, 0.0, 0.0, 0.0)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    return (min(xs), min(ys), max(xs) + CARD_W, max(ys) + CARD_H)
