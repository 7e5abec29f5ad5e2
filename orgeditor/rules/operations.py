"""operations.*: sales operations once the sales team has grown (RULES.md)."""

from __future__ import annotations

from collections.abc import Iterator

from orgeditor.analysis.roletable import OPERATIONS_ROLES
from orgeditor.rules.finding import Finding
from orgeditor.rules.people import sales_owners
from orgeditor.rules.registry import RuleContext, rule


@rule("operations.missing")
def missing(ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts
    minimum = ctx["operations_min_sellers"]
    if facts.sellers >= minimum and not facts.count_roles(OPERATIONS_ROLES):
        params = {"sellers": facts.sellers, "minimum": minimum}
        yield ctx.finding("operations.missing", params, sales_owners(ctx))
