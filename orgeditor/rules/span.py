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
    params = {"manager": distinct_label(ctx.chart, manager), "reports": reports, "limit": limit}
    return ctx.finding("span.too_wide", params, (manager,))


@manager_rule("span.too_narrow")
def too_narrow(ctx: RuleContext, manager: str) -> Finding | None:
    if ctx.facts.spans.get(manager, 0) != 1:
        return None
    chart = ctx.chart
    params = {
        "manager": distinct_label(chart, manager),
        "report": distinct_label(chart, chart.reports_of(manager)[0]),
    }
    return ctx.finding("span.too_narrow", params, (manager,))
