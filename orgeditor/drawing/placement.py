"""Where every card goes after a structural edit.

With re-layout on (settings.auto_layout) that is the tidy layout, hand placements kept. With
it off, cards already on the canvas stay where they are; only new cards, and cards that
changed manager (with their subtrees), get a place: where the tidy layout would put them
relative to their manager's current place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from orgeditor.drawing.style import CARD_H, CARD_W, OPTIONS
from orgeditor.layout import tidy_layout
from orgeditor.model import Chart

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Placement:
    positions: dict[str, Point]  # top-left corner of each card
    stacked: frozenset[str]  # managers whose leaf reports stand in stacked columns
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1 around every card
    as_laid_out: bool = False  # exactly the tidy layout: no hand placement, nothing kept


def place_cards(
    chart: Chart, current: Mapping[str, Point], keep_places: bool, moved: set[str]
) -> Placement:
    """Places for every card. `current`: where cards stand now; `moved`: ids whose manager
    changed since (their subtrees go with them when places are kept)."""
    result = tidy_layout(chart, OPTIONS, respect_manual=True)
    if not keep_places or not current:
        pure = not any(p.xy is not None for p in chart.positions())
        return Placement(result.positions, result.stacked, result.bounds, pure)
    laid = result.positions
    positions: dict[str, Point] = {}
    others = [p for q, p in current.items() if q in laid]
    right = max((p[0] for p in others), default=0.0) + CARD_W + OPTIONS.subtree_gap
    top = min((p[1] for p in others), default=0.0)
    succ = chart.graph.succ
    # pre-order walk; a card follows its manager when the manager is new or moved
    stack: list[tuple[str, bool]] = [(root, False) for root in reversed(chart.roots())]
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
            if manager is not None:
                mx, my = positions[manager]
                lmx, lmy = laid[manager]
                positions[pid] = (mx + lx - lmx, my + ly - lmy)
            else:  # a new root: to the right of everything else, at the top
                positions[pid] = (right, top) if others else (lx, ly)
                right += CARD_W + OPTIONS.subtree_gap
        stack.extend((kid, follows) for kid in reversed(list(succ[pid])))
    return Placement(positions, result.stacked, bounds_of(positions))


def bounds_of(positions: Mapping[str, Point]) -> tuple[float, float, float, float]:
    if not positions:
        return (0.0, 0.0, 0.0, 0.0)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    return (min(xs), min(ys), max(xs) + CARD_W, max(ys) + CARD_H)
