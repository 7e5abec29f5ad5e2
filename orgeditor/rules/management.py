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

from orgeditor.model import distinct_label, plural
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
    yield ctx.finding(
        f"{plural(sellers, 'seller')} under {len(managers)} first-line sales managers: "
        f"{sellers / len(managers):.1f} sellers per manager, fewer than {minimum:g}",
        managers,
    )


@rule("management.too_many_layers")
def too_many_layers(ctx: RuleContext) -> Iterator[Finding]:
    scope, limit = ctx.scope, ctx["max_layers"]
    if scope.max_layers <= limit or scope.deepest_seller is None:
        return
    chart = ctx.chart
    chain = scope.deepest_chain(chart)
    seller = distinct_label(chart, scope.deepest_seller)
    names = " > ".join(distinct_label(chart, pid) for pid in chain)
    deep = scope.sellers_below(int(limit))
    others = f"; {plural(deep, 'seller')} sit below more than {limit:g}" if deep > 1 else ""
    yield ctx.finding(
        f"{len(chain)} layers of management above seller {seller} ({names}), "
        f"more than {limit:g}{others}",
        chain,
        keep_order=True,
    )
