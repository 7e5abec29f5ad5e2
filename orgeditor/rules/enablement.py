"""enablement.*: sales enablement in proportion to the sales team (RULES.md)."""

from __future__ import annotations

from collections.abc import Iterator

from orgeditor.analysis.roletable import ENABLEMENT_ROLES, SPONSOR_ROLES
from orgeditor.rules.finding import Finding
from orgeditor.rules.people import enablement_leaders, sales_owners
from orgeditor.rules.registry import RuleContext, rule

# the executive sponsors the message names (RULES.md: cro, chief_enablement_officer,
# vp_enablement)
_SPONSORS = ("cro", "chief_enablement_officer", "vp_enablement")


@rule("enablement.missing")
def missing(ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts
    minimum = ctx["enablement_min_sellers"]
    if facts.sellers >= minimum and not facts.count_roles(ENABLEMENT_ROLES):
        # concerns the sales leadership, who would make the hire
        params = {"sellers": facts.sellers, "minimum": minimum}
        yield ctx.finding("enablement.missing", params, sales_owners(ctx))


@rule("enablement.unowned")
def unowned(ctx: RuleContext) -> Iterator[Finding]:
    """Before enablement.missing fires: nobody owns onboarding and training yet. The top of
    the sales scope would name that owner."""
    facts = ctx.facts
    low = ctx["owner_min_sellers"]
    high = ctx.setting("enablement.missing", "enablement_min_sellers")
    if low <= facts.sellers < high and not facts.count_roles(ENABLEMENT_ROLES):
        params = {"sellers": facts.sellers, "needed_from": high}
        yield ctx.finding("enablement.unowned", params, sales_owners(ctx))


@rule("enablement.understaffed")
def understaffed(ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts
    staff = facts.count_roles(ENABLEMENT_ROLES)
    limit = ctx["max_sellers_per_enabler"]
    if staff >= 1 and facts.sellers / staff > limit:
        params = {
            "sellers": facts.sellers,
            "staff": staff,
            "per_person": facts.sellers / staff,
            "limit": limit,
        }
        yield ctx.finding("enablement.understaffed", params, facts.ids_of_roles(ENABLEMENT_ROLES))


@rule("enablement.no_executive")
def no_executive(ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts
    staff = facts.count_roles(ENABLEMENT_ROLES)
    min_staff, min_sellers = ctx["exec_min_enablement_staff"], ctx["exec_min_sellers"]
    if facts.count_roles(SPONSOR_ROLES):
        return
    by_staff, by_sellers = staff >= min_staff, facts.sellers >= min_sellers
    if by_staff or by_sellers:
        variant = "both" if by_staff and by_sellers else "staff" if by_staff else "sellers"
        params = {
            "staff": staff,
            "min_staff": min_staff,
            "sellers": facts.sellers,
            "min_sellers": min_sellers,
            "sponsors": _SPONSORS,
        }
        yield ctx.finding(f"enablement.no_executive.{variant}", params, enablement_leaders(ctx))


@rule("enablement.no_program_manager")
def no_program_manager(ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts
    if facts.count_roles(("enablement_program_manager",)):
        return
    min_sellers = ctx["program_manager_min_sellers"]
    min_open = ctx["program_manager_min_open_seats"]
    by_sellers, by_open = facts.sellers >= min_sellers, facts.vacant_sellers >= min_open
    if by_sellers or by_open:
        variant = "both" if by_sellers and by_open else "sellers" if by_sellers else "open_seats"
        params = {
            "sellers": facts.sellers,
            "min_sellers": min_sellers,
            "open_seats": facts.vacant_sellers,
            "min_open": min_open,
            "role": "enablement_program_manager",
        }
        yield ctx.finding(
            f"enablement.no_program_manager.{variant}", params, enablement_leaders(ctx)
        )
