"""Whom a chart-wide finding concerns, and how to name a position in a message."""

from __future__ import annotations

from orgeditor.analysis import ChartFacts
from orgeditor.model import Chart

# who would own a hire or a structural decision, most senior first
_SALES_OWNER_TIERS = (("cro", "sales_leader"), ("sales_manager",), ("executive",))
_ENABLEMENT_LEADERS = ("chief_enablement_officer", "vp_enablement", "director_enablement", "cro")


def sales_owners(facts: ChartFacts) -> list[str]:
    """The top sales leadership: CRO and sales leaders, else sales managers, else executives.

    Chart-wide findings ("no sales enablement role") list them: they would make the change."""
    for tier in _SALES_OWNER_TIERS:
        found = facts.ids_of_roles(tier)
        if found:
            return found
    return []


def enablement_leaders(facts: ChartFacts) -> list[str]:
    """Who would hire into enablement: its leaders, else the sales owners."""
    return facts.ids_of_roles(_ENABLEMENT_LEADERS) or sales_owners(facts)


def label(chart: Chart, pid: str) -> str:
    """A position as people know it: the name, else the (vacant) title, else the id."""
    position = chart.position(pid)
    if position.name:
        return position.name
    if position.title:
        return f"{position.title} ({pid})"
    return pid


def plural(n: int | float, word: str, many: str | None = None) -> str:
    shown = f"{n:g}" if isinstance(n, float) else str(n)
    return f"{shown} {word if n == 1 else (many or word + 's')}"
