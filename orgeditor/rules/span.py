"""span.*: direct reports per manager, solid lines only (dotted lines do not add load)."""

from __future__ import annotations

from orgeditor.model import distinct_label
from orgeditor.rules.finding import Finding
from orgeditor.rules.registry import RuleContext, manager_rule


@manager_rule("span.too_wide")
def too_wide(ctx: RuleContext, manager: str) -> Finding | None:
    reports = ctx.facts.spans.get(manager, 0)
    limit = ctx["span_max"]
    if reports <= limit:
        return None
    return ctx.finding(
        f"Manager {distinct_label(ctx.chart, manager)} has {reports} direct reports "
        f"(more than {limit:g})",
        (manager,),
    )


@manager_rule("span.too_narrow")
def too_narrow(ctx: RuleContext, manager: str) -> Finding | None:
    if ctx.facts.spans.get(manager, 0) != 1:
        return None
    chart = ctx.chart
    only = distinct_label(chart, chart.reports_of(manager)[0])
    return ctx.finding(
        f"Manager {distinct_label(chart, manager)} has 1 direct report ({only})",
        (manager,),
    )
