"""The one entry point for laying out a chart as the editor and the exports show it.

It applies the chart's view (model/view_state.py): a folded manager is laid out as one card,
and with a focus only that branch is shown, where it stands in the whole chart. Positions that
are not shown get no place. The style (compact or wide) comes from the chart's settings.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from orgeditor.layout.compact import CompactLayouter, compact_forest
from orgeditor.layout.options import LayoutOptions, LayoutResult
from orgeditor.layout.tidy import layout_forest, with_hand_placements

if TYPE_CHECKING:
    from orgeditor.model.chart import Chart

NO_REPORTS: tuple[str, ...] = ()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a layout makes its many small tuples (none of
    them in a cycle): at 50,000 positions its passes cost a quarter of the time."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def shown_roots(chart: Chart) -> list[str]:
    """The tops of what is shown: the focused position, or the chart's roots."""
    focus = chart.view.focus
    return [focus] if focus is not None and focus in chart else chart.roots()


def chart_layout(
    chart: Chart,
    options: LayoutOptions | None = None,
    *,
    style: str | None = None,
    respect_manual: bool = False,
    whole: bool = False,
    layouter: CompactLayouter | None = None,
    stale: Iterable[str] | None = None,
) -> LayoutResult:
    """Lay out what the chart's view shows, in `style` (default: the chart's own setting).

    With respect_manual=True a card placed by hand keeps its place (see tidy_layout); with
    whole=True every position is laid out, whatever the view folds or focuses (data exports).
    layouter: a CompactLayouter kept between layouts of this chart (the canvas keeps one);
    stale: the positions whose reports, manager or team changed since its last layout (None: all),
    so that only their boxes and their managers' are built again."""
    # each node's reports as networkx's own ordered dict: iterable, sized and reversible
    # like a list, without copying 50,000 lists
    adjacency = dict(chart.graph.adjacency())
    collapsed = () if whole else chart.view.collapsed

    def reports(node: Hashable) -> Collection[Hashable]:
        return NO_REPORTS if node in collapsed else adjacency[node]

    children = reports if collapsed else adjacency.__getitem__
    position = chart.position

    def team_of(node: Hashable) -> str | None:  # room for team labels in stacks
        return position(node).team

    compact = (style or chart.settings.layout) == "compact"
    focus = None if whole else chart.view.focus
    if focus is not None and focus not in chart:
        focus = None
    with _collector_paused():
        # the whole chart is laid out and a focused branch taken from it as it stands there,
        # so a card placed by hand has one place whether the branch is focused or not; a
        # focus inside a folded branch (not laid out with the whole) is laid out alone
        roots = chart.roots()
        shows_whole = focus is None
        if focus is not None and _folded_above(chart, focus, collapsed):
            roots, focus = [focus], None
        if compact and layouter is not None:
            known = None if stale is None else [pid for pid in stale if pid in chart]
            result = layouter.layout(
                roots, children, options, collapsed, known, chart.manager_of, team_of
            )
            # what changed is named against the last whole chart shown, not a branch
            if not (layouter.showed_whole and shows_whole) and result.changes is not None:
                result = replace(result, changes=None)
            layouter.showed_whole = shows_whole
        elif compact:
            result = compact_forest(roots, children, options, folded=collapsed, team_of=team_of)
        else:
            if layouter is not None:  # edits in another style are not tracked by its boxes
                layouter.forget()
            result = layout_forest(roots, children, options)
        if respect_manual:
            result = with_hand_placements(chart, result)
        if focus is not None:
            result = _branch_of(result, focus, children)
    return result


def _folded_above(chart: Chart, pid: str, collapsed: Collection[str]) -> bool:
    manager = chart.manager_of(pid)
    while manager is not None:
        if manager in collapsed:
            return True
        manager = chart.manager_of(manager)
    return False


def _branch_of(
    result: LayoutResult, top: Hashable, children: Callable[[Hashable], Collection[Hashable]]
) -> LayoutResult:
    """Only the branch under `top` (as shown), where the whole layout put it."""
    branch = [top]
    for node in branch:  # grows while walked: breadth first
        branch.extend(children(node))
    places = result.positions
    positions = {pid: places[pid] for pid in branch if pid in places}
    routes = {m: result.routes[m] for m in positions if m in result.routes}
    cw, ch = result.options.card_width, result.options.card_height
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    x0, y0, x1, y1 = min(xs), min(ys), max(xs) + cw, max(ys) + ch
    for lines in routes.values():
        for a, b, c, d in lines:
            x0, x1 = min(x0, a, c), max(x1, a, c)
            y0, y1 = min(y0, b, d), max(y1, b, d)
    stacked = frozenset(m for m in result.stacked if m in positions)
    return LayoutResult(positions, stacked, (x0, y0, x1, y1), result.options, routes)
