"""enablement.*: sales enablement in proportion to the sales team (RULES.md)."""

from __future__ import annotations

from collections.abc import Iterator

from orgeditor.analysis.roletable import ENABLEMENT_ROLES, SPONSOR_ROLES
from orgeditor.model import plural
from orgeditor.rules.finding import Finding
from orgeditor.rules.people import enablement_leaders, sales_owners
from orgeditor.rules.registry import RuleContext, rule


def _n(value: float) -> str:
    return f"{value:g}"


@rule("enablement.missing")
def missing(ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts
    minimum = ctx["enablement_min_sellers"]
    if facts.sellers >= minimum and not facts.count_roles(ENABLEMENT_ROLES):
        # concerns the sales leadership, who would make the hire
        yield ctx.finding(
            f"{plural(facts.sellers, 'seller')} and no sales enablement role "
            f"({_n(minimum)} or more sellers need one)",
            sales_owners(ctx),
        )


@rule("enablement.unowned")
def unowned(ctx: RuleContext) -> Iterator[Finding]:
    """Before enablement.missing fires: nobody owns onboarding and training yet. The top of
    the sales scope would name that owner."""
    facts = ctx.facts
    low = ctx["owner_min_sellers"]
    high = ctx.setting("enablement.missing", "enablement_min_sellers")
    if low <= facts.sellers < high and not facts.count_roles(ENABLEMENT_ROLES):
        yield ctx.finding(
            f"{plural(facts.sellers, 'seller')} and nobody owns onboarding and training: "
            f"no sales enablement role yet (one is needed from {_n(high)} sellers)",
            sales_owners(ctx),
        )


@rule("enablement.understaffed")
def understaffed(ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts
    staff = facts.count_roles(ENABLEMENT_ROLES)
    limit = ctx["max_sellers_per_enabler"]
    if staff >= 1 and facts.sellers / staff > limit:
        yield ctx.finding(
            f"{plural(facts.sellers, 'seller')} for {staff} enablement staff: "
            f"{facts.sellers / staff:.1f} per person (more than {_n(limit)})",
            facts.ids_of_roles(ENABLEMENT_ROLES),
        )


@rule("enablement.no_executive")
def no_executive(ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts
    staff = facts.count_roles(ENABLEMENT_ROLES)
    min_staff, min_sellers = ctx["exec_min_enablement_staff"], ctx["exec_min_sellers"]
    if facts.count_roles(SPONSOR_ROLES):
        return
    reasons = []
    if staff >= min_staff:
        reasons.append(f"{staff} enablement staff ({_n(min_staff)} or more)")
    if facts.sellers >= min_sellers:
        reasons.append(f"{plural(facts.sellers, 'seller')} ({_n(min_sellers)} or more)")
    if reasons:
        yield ctx.finding(
            f"{' and '.join(reasons)} and no executive sponsor for enablement "
            "(CRO, Chief Enablement Officer or VP of Sales Enablement)",
            enablement_leaders(ctx),
        )


@rule("enablement.no_program_manager")
def no_program_manager(ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts
    if facts.count_roles(("enablement_program_manager",)):
        return
    min_sellers = ctx["program_manager_min_sellers"]
    min_open = ctx["program_manager_min_open_seats"]
    reasons = []
    if facts.sellers >= min_sellers:
        reasons.append(f"{plural(facts.sellers, 'seller')} ({_n(min_sellers)} or more)")
    if facts.vacant_sellers >= min_open:
        reasons.append(
            f"{plural(facts.vacant_sellers, 'open seller seat')} to onboard "
            f"({_n(min_open)} or more)"
        )
    if reasons:
        yield ctx.finding(
            f"{' and '.join(reasons)} and no Sales Enablement Program Manager",
            enablement_leaders(ctx),
        )
