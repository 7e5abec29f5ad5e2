"""What part of a chart is shown: folded branches and the branch in focus.

A view choice, not an edit: it is saved with the chart (so a planner finds the chart as they
left it) but is never an undo step and does not bump the chart's revision. Ids that are not
(or no longer) positions of the chart are ignored by whoever reads the view.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class ChartView:
    collapsed: set[str] = field(default_factory=set)  # managers whose reports are folded away
    focus: str | None = None  # the one branch shown alone, or None for the whole chart

    def copy(self) -> ChartView:
        return ChartView(set(self.collapsed), self.focus)

    def state(self) -> dict[str, object]:
        return {"collapsed": sorted(self.collapsed), "focus": self.focus}
