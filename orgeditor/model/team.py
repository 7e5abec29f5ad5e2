"""Teams and pods: named groups of positions with a kind and shared segment values."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from typing import Any

TEAM_KINDS = ("pod", "stage", "enablement", "operations", "other")


@dataclass(slots=True)
class Team:
    """A team. `extra`: fields from a file this version does not know, written back as read."""

    id: str
    name: str = ""
    kind: str = "other"
    declared_model: str | None = None  # "assembly_line" | "pod" | "island" | None
    region: str = ""
    product_line: str = ""
    customer_size: str = ""
    vertical: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def copy(self) -> Team:
        clone = Team(**{f.name: getattr(self, f.name) for f in fields(self)})
        clone.extra = copy.deepcopy(self.extra) if self.extra else {}
        return clone


TEAM_FIELDS = frozenset(f.name for f in fields(Team)) - {"id", "extra"}
