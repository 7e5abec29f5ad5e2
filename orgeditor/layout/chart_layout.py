"""The one entry point for laying out a chart as the editor and the exports show it.

It applies the chart's view (model/view_state.py): a folded manager is laid out as one card,
and with a focus only that branch is laid out, as if it were the whole chart. Positions that
are not shown get no place. The style (compact or wide) comes from the chart's settings.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Hashable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from orgeditor.layout.compact import compact_forest
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
) -> LayoutResult:
    """Lay out what the chart's view shows, in `style` (default: the chart's own setting).

    With respect_manual=True a card placed by hand keeps its place (see tidy_layout); with
    whole=True every position is laid out, whatever the view folds or focuses (data exports)."""
    # each node's reports as networkx's own ordered dict: iterable, sized and reversible
    # like a list, without copying 50,000 lists
    adjacency = dict(chart.graph.adjacency())
    collapsed = () if whole else chart.view.collapsed

    def reports(node: Hashable) -> Collection[Hashable]:
        return NO_REPORTS if node in collapsed else adjacency[node]

    children = reports if collapsed else adjacency.__getitem__
    compact = (style or chart.settings.layout) == "compact"
    with _collector_paused():
        roots = chart.roots() if whole else shown_roots(chart)
        if compact:
            result = compact_forest(roots, children, options, folded=collapsed)
        else:
            result = layout_forest(roots, children, options)
    return with_hand_placements(chart, result) if respect_manual else result
