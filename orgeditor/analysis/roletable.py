"""What each role key means for counting, in one flat lookup (one dict hit per position)."""

from __future__ import annotations

from dataclasses import dataclass

from orgeditor.model import EXECUTIVE_SPONSORS, catalogue

GENERALIST_STAGE = "all"  # the catalogue's stage for generalists: they work every stage


@dataclass(frozen=True, slots=True)
class RoleInfo:
    key: str
    family: str
    stage: str | None  # lead_generation / closing / retention / "all" / None
    is_seller: bool
    is_specialist: bool  # a seller of exactly one stage
    is_enablement: bool  # enablement family plus the CRO (RULES.md "Counting")
    is_operations: bool
    is_sponsor: bool


def _build() -> dict[str, RoleInfo]:
    table = {}
    for key, role in catalogue().roles.items():
        table[key] = RoleInfo(
            key=key,
            family=role.family,
            stage=role.stage,
            is_seller=role.is_seller,
            is_specialist=role.is_seller and role.stage != GENERALIST_STAGE,
            is_enablement=role.is_enablement,
            is_operations=role.is_operations,
            is_sponsor=key in EXECUTIVE_SPONSORS,
        )
    return table


ROLE_INFO: dict[str, RoleInfo] = _build()
ENABLEMENT_ROLES = tuple(k for k, info in ROLE_INFO.items() if info.is_enablement)
OPERATIONS_ROLES = tuple(k for k, info in ROLE_INFO.items() if info.is_operations)
SPONSOR_ROLES = tuple(k for k, info in ROLE_INFO.items() if info.is_sponsor)
SELLER_ROLES = tuple(k for k, info in ROLE_INFO.items() if info.is_seller)


def role_info(key: str) -> RoleInfo:
    """The counting facts of a role key; unknown keys count as `other`."""
    return ROLE_INFO.get(key) or ROLE_INFO["other"]
