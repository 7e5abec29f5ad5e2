"""Open seats: positions that are vacant or planned."""

from __future__ import annotations

from orgeditor.analysis.facts import facts_for
from orgeditor.model import Chart


def vacancies(chart: Chart) -> list[str]:
    """Ids of vacant and planned positions, in chart order."""
    by_status = facts_for(chart).ids_by_status
    open_ids = {**by_status.get("vacant", {}), **by_status.get("planned", {})}
    return [pid for pid in chart.position_ids() if pid in open_ids]
