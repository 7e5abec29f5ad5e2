"""How big the support functions are: sales operations and the sales enablement team.

Sized from the thresholds of the default rule configuration (resources/rules.toml), so that a
template never trips an enablement.* or operations.* rule:
- sales operations: one per SELLERS_PER_SALES_OPS sellers (at least one);
- enablement specialists: one per `max_sellers_per_enabler` sellers (at least one), so the
  specialists alone keep enablement.understaffed quiet;
- a program manager when the sellers reach `program_manager_min_sellers` or the open seller
  seats reach `program_manager_min_open_seats` (a template's seats are all planned, so any plan
  with a few sellers has one: those seats need onboarding); a second one, dedicated to
  onboarding and training, from ONBOARDING_PM_MIN_SELLERS sellers;
- a director when the specialists and program managers number DIRECTOR_MIN_TEAM or more;
- an executive sponsor (VP of Sales Enablement, or the CRO) when the enablement staff reach
  `exec_min_enablement_staff` or the sellers `exec_min_sellers`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from orgeditor.rules import RuleConfig, default_config

SELLERS_PER_SALES_OPS = 25
ONBOARDING_PM_MIN_SELLERS = 100
DIRECTOR_MIN_TEAM = 4


@dataclass(frozen=True)
class SupportPlan:
    sales_ops: int
    specialists: int
    program_managers: int
    director: bool
    sponsor: bool  # an executive sponsor is needed (VP of Sales Enablement or the CRO)

    @property
    def enablement_staff(self) -> int:
        """As the rules count it: the sponsor included (a CRO counts as enablement staff)."""
        return self.specialists + self.program_managers + self.director + self.sponsor


def plan_support(
    sellers: int,
    open_seller_seats: int,
    sales_ops: bool = True,
    enablement: bool = True,
    config: RuleConfig | None = None,
) -> SupportPlan:
    config = config or default_config()
    ops = max(1, math.ceil(sellers / SELLERS_PER_SALES_OPS)) if sales_ops else 0
    if not enablement:
        return SupportPlan(ops, 0, 0, False, False)
    per_enabler = config["enablement.understaffed"]["max_sellers_per_enabler"]
    specialists = max(1, math.ceil(sellers / per_enabler))
    pm = config["enablement.no_program_manager"]
    needs_pm = (
        sellers >= pm["program_manager_min_sellers"]
        or open_seller_seats >= pm["program_manager_min_open_seats"]
    )
    program_managers = (1 + (sellers >= ONBOARDING_PM_MIN_SELLERS)) if needs_pm else 0
    director = specialists + program_managers >= DIRECTOR_MIN_TEAM
    executive = config["enablement.no_executive"]
    staff = specialists + program_managers + director
    sponsor = (
        staff >= executive["exec_min_enablement_staff"] or sellers >= executive["exec_min_sellers"]
    )
    return SupportPlan(ops, specialists, program_managers, director, sponsor)
