"""Whom a chart-wide finding concerns (positions are named by model.distinct_label)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from orgeditor.analysis import ChartFacts
from orgeditor.analysis.scope import BASIS_WHOLE

if TYPE_CHECKING:  # registry imports this module's users; only the type is needed here
    from orgeditor.rules.registry import RuleContext

# who would own a hire or a structural decision where the chart has no sellers, most senior
# first
_SALES_OWNER_TIERS = (("cro", "sales_leader"), ("sales_manager",), ("executive",))
_ENABLEMENT_LEADERS = ("chief_enablement_officer", "vp_enablement", "director_enablement", "cro")


def _by_role(facts: ChartFacts) -> list[str]:
    for tier in _SALES_OWNER_TIERS:
        found = facts.ids_of_roles(tier)
        if found:
            return found
    return []


def sales_owners(ctx: RuleContext) -> list[str]:
    """Who would make a chart-wide change ("no sales enablement role"): the tops of the sales
    scope, i.e. the highest CRO or sales leaders, else the highest managers of sellers. Where
    that names nobody (no sellers), the top leadership by role: CRO and sales leaders, else
    sales managers, else executives."""
    scope = ctx.sales_scope
    if scope.basis != BASIS_WHOLE and scope.tops:
        return list(scope.tops)
    return _by_role(ctx.facts)


def enablement_leaders(ctx: RuleContext) -> list[str]:
    """Who would hire into enablement: its leaders, else the sales owners."""
    return ctx.facts.ids_of_roles(_ENABLEMENT_LEADERS) or sales_owners(ctx)
