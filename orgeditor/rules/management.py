"""management.*: how much management the sellers carry (RULES.md "The rules").

Both rules read ctx.scope: the managers inside the sales scope, or every manager when
checks.scope is "all" (RULES.md "The sales scope"). Sellers are counted in the whole chart.
- over_managed: first-line managers are the managers in the scope with a seller among their
  direct reports; the finding lists them (the managers whose teams could merge).
- too_many_layers: layers are the managers above a seller inside the scope, the top of the
  scope included. One finding per chart; it lists the deepest seller's managers, top first
  (the chain to shorten), and says how many sellers sit deeper than allowed. Of several
  sellers equally deep, the one with the least id is named (the same for every edit order).
"""

from __future__ import annotations

from collections.abc import Iterator

from orgeditor.model import distinct_label
from orgeditor.rules.finding import Finding
from orgeditor.rules.registry import RuleContext, rule


@rule("management.over_managed")
def over_managed(ctx: RuleContext) -> Iterator[Finding]:
    managers = ctx.scope.first_line_managers
    sellers = ctx.facts.sellers
    minimum = ctx["min_sellers_per_manager"]
    # one manager over a handful of sellers is a small team, not over-management
    if len(managers) < 2 or sellers / len(managers) >= minimum:
        return
    params = {
        "sellers": sellers,
        "managers": len(managers),
        "per_manager": sellers / len(managers),
        "minimum": minimum,
    }
    yield ctx.finding("management.over_managed", params, managers)


@rule("management.too_many_layers")
def too_many_layers(ctx: RuleContext) -> Iterator[Finding]:
    scope, limit = ctx.scope, ctx["max_layers"]
    if scope.max_layers <= limit or scope.deepest_seller is None:
        return
    chart = ctx.chart
    chain = scope.deepest_chain(chart)
    deep = scope.sellers_below(int(limit))
    params = {
        "layers": len(chain),
        "seller": distinct_label(chart, scope.deepest_seller),
        "chain": tuple(distinct_label(chart, pid) for pid in chain),
        "limit": limit,
        "deeper": deep,
    }
    message_id = "management.too_many_layers" + (".others" if deep > 1 else "")
    yield ctx.finding(message_id, params, chain, keep_order=True)
