"""Cost totals: overall, by team and by segment value. None means "no cost data"."""

from __future__ import annotations

from dataclasses import dataclass, field

from orgeditor.analysis.segments import UNASSIGNED
from orgeditor.model import SEGMENT_DIMENSIONS, Chart


@dataclass(frozen=True)
class CostTotals:
    total: float | None  # None when no position has a cost (not 0: "no data" is not "free")
    by_team: dict[str | None, float] = field(default_factory=dict)  # None: positions with no team
    by_segment: dict[str, dict[str, float]] = field(default_factory=dict)  # dim -> value -> sum
    costed: int = 0  # positions with a cost
    uncosted: int = 0  # positions without one

    @property
    def has_data(self) -> bool:
        return self.total is not None


def cost_totals(chart: Chart) -> CostTotals:
    """Sums over the positions that have a cost; segment values are effective ones (own value,
    else the team's), an empty value counts as "unassigned"."""
    total = 0.0
    costed = 0
    by_team: dict[str | None, float] = {}
    by_segment: dict[str, dict[str, float]] = {dim: {} for dim in SEGMENT_DIMENSIONS}
    for position in chart.positions():
        if position.cost is None:
            continue
        costed += 1
        cost = float(position.cost)
        total += cost
        by_team[position.team] = by_team.get(position.team, 0.0) + cost
        for dim in SEGMENT_DIMENSIONS:
            value = chart.effective_segment(position.id, dim) or UNASSIGNED
            sums = by_segment[dim]
            sums[value] = sums.get(value, 0.0) + cost
    uncosted = len(chart) - costed
    if not costed:
        return CostTotals(None, {}, {}, 0, uncosted)
    return CostTotals(total, by_team, by_segment, costed, uncosted)
