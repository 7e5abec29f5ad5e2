"""Teams and pods: named groups of positions with a kind and shared segment values."""

from __future__ import annotations

from dataclasses import dataclass, fields

TEAM_KINDS = ("pod", "stage", "enablement", "operations", "other")


@dataclass(slots=True)
class Team:
    id: str
    name: str = ""
    kind: str = "other"
    declared_model: str | None = None  # "assembly_line" | "pod" | "island" | None
    region: str = ""
    product_line: str = ""
    customer_size: str = ""
    vertical: str = ""

    def copy(self) -> Team:
        return Team(**{f.name: getattr(self, f.name) for f in fields(self)})


TEAM_FIELDS = frozenset(f.name for f in fields(Team)) - {"id"}
