"""Shape of the reporting tree: spans of control and number of layers (solid lines only)."""

from __future__ import annotations

from orgeditor.analysis.facts import facts_for
from orgeditor.model import Chart


def spans(chart: Chart) -> dict[str, int]:
    """Direct reports per manager (positions with at least one report), in chart order."""
    found = facts_for(chart).spans
    return {pid: found[pid] for pid in chart.position_ids() if pid in found}


def layers(chart: Chart) -> int:
    """Positions on the longest top-to-bottom reporting chain.

    A chart with one root and nothing else has 1 layer; an empty chart has 0. Counting
    positions rather than edges matches how people say "a CEO and two levels below: 3 layers".
    """
    graph = chart.graph
    deepest = 0
    level = [pid for pid in graph if not graph.pred[pid]]
    succ = graph.succ
    while level:  # breadth first, one level at a time: linear, no recursion limit
        deepest += 1
        level = [report for pid in level for report in succ[pid]]
    return deepest
