"""Reporting-line connectors for a finished layout, as plain line segments.

Ordinary managers get elbow connectors: a drop from the middle of the manager's bottom edge
to a bar halfway down the v_gap, the bar spanning the reports' centres, and a drop from the
bar to the top of each report. Stacked managers (result.stacked) get the same drop and bar,
then per column of the stack a vertical bus line in the column's indent, running down to the
last card's middle, with a horizontal tick into the left edge of each card.

A layout that drew a manager's lines itself (result.routes) gives those unchanged. Segments
are (x1, y1, x2, y2) tuples in scene units: a canvas can put them all into one path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from orgeditor.layout.options import LayoutResult, Segment


def connector_segments(
    result: LayoutResult, children: Callable[[str], Sequence[str]]
) -> list[Segment]:
    """Line segments for every manager -> report line of a layout.

    children(id) gives a position's reports in order (e.g. chart.reports_of, or the same
    callable that was given to layout_forest).
    """
    opts = result.options
    positions = result.positions
    stacked = result.stacked
    half_w = opts.card_width / 2
    ch = opts.card_height
    half_h = ch / 2
    half_gap = opts.v_gap / 2
    half_indent = opts.compact_indent / 2
    routes = result.routes
    segments: list[Segment] = []
    add = segments.append
    for manager, (mx, my) in positions.items():
        route = routes.get(manager)
        if route is not None:  # drawn by the layout itself (the compact layout)
            segments.extend(route)
            continue
        kids = [k for k in children(manager) if k in positions]  # a folded branch: none
        if not kids:
            continue
        cx = mx + half_w
        top = my + ch
        bar_y = top + half_gap
        if manager in stacked:
            rows = opts.stack_shape(len(kids))[1]
            buses = []
            for start in range(0, len(kids), rows):
                column = [positions[k] for k in kids[start : start + rows]]
                bus_x = column[0][0] - half_indent
                buses.append(bus_x)
                end_y = bar_y
                for kx, ky in column:
                    mid = ky + half_h
                    add((bus_x, mid, kx, mid))
                    end_y = max(end_y, mid)
                add((bus_x, bar_y, bus_x, end_y))
            xs = buses
        else:
            xs = []
            if len(kids) == 1:
                kx, ky = positions[kids[0]]
                if kx + half_w == cx and ky >= top:  # straight below: one line
                    add((cx, top, cx, ky))
                    continue
            for kid in kids:
                kx, ky = positions[kid]
                kid_x = kx + half_w
                xs.append(kid_x)
                add((kid_x, bar_y, kid_x, ky))
        add((cx, top, cx, bar_y))
        left = min(cx, min(xs))
        right = max(cx, max(xs))
        if right > left:
            add((left, bar_y, right, bar_y))
    return segments
