"""Headcount figures: sellers, enablement, operations, sponsors; by family, role, stage, status."""

from __future__ import annotations

from dataclasses import dataclass, field

from orgeditor.analysis.facts import ChartFacts, facts_for
from orgeditor.analysis.roletable import (
    ENABLEMENT_ROLES,
    OPERATIONS_ROLES,
    ROLE_INFO,
    SPONSOR_ROLES,
)
from orgeditor.model import STATUSES, Chart


@dataclass(frozen=True)
class Counts:
    positions: int
    sellers: int  # seller family, filled or not (a plan counts its open seats)
    enablement: int  # enablement family plus cro
    operations: int  # sales_ops
    executive_sponsors: int  # cro, chief_enablement_officer, vp_enablement
    vacant_sellers: int  # seller seats that are vacant or planned
    by_family: dict[str, int] = field(default_factory=dict)
    by_role: dict[str, int] = field(default_factory=dict)  # roles with at least one position
    by_stage: dict[str, int] = field(default_factory=dict)  # sellers; "all" = generalists
    by_status: dict[str, int] = field(default_factory=dict)  # filled / vacant / planned

    @property
    def filled(self) -> int:
        return self.by_status.get("filled", 0)

    @property
    def open(self) -> int:
        """Vacant plus planned seats."""
        return self.positions - self.filled

    def summary(self) -> dict[str, int]:
        """The `counts` object of the CLI's JSON (docs/ARCHITECTURE.md)."""
        return {
            "positions": self.positions,
            "sellers": self.sellers,
            "enablement": self.enablement,
            "operations": self.operations,
        }


def counts_from_facts(facts: ChartFacts) -> Counts:
    by_role = {role: len(ids) for role, ids in facts.ids_by_role.items() if ids}
    by_family: dict[str, int] = {}
    for role, n in by_role.items():
        family = ROLE_INFO[role].family
        by_family[family] = by_family.get(family, 0) + n
    return Counts(
        positions=facts.positions,
        sellers=facts.sellers,
        enablement=facts.count_roles(ENABLEMENT_ROLES),
        operations=facts.count_roles(OPERATIONS_ROLES),
        executive_sponsors=facts.count_roles(SPONSOR_ROLES),
        vacant_sellers=facts.vacant_sellers,
        by_family=by_family,
        by_role=by_role,
        by_stage=dict(facts.stage_counts),
        by_status={s: len(facts.ids_by_status.get(s, ())) for s in STATUSES},
    )


def counts(chart: Chart) -> Counts:
    return counts_from_facts(facts_for(chart))
