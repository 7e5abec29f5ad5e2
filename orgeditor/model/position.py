"""A position (a seat in the organisation, filled or not) and its field vocabulary."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from typing import Any

from orgeditor.model.roles import catalogue

STATUSES = ("filled", "vacant", "planned")
SEGMENT_DIMENSIONS = ("region", "product_line", "customer_size", "vertical")


@dataclass(slots=True)
class Position:
    """One seat. `explicit_role` is what the user or the file said; `role` is what counts.

    Instances are owned by a Chart: change them only through Chart.update_position so that
    listeners hear about it. `extra` holds fields a file had that this version does not know
    (JSON values by name); the editor never changes them, it only writes them back. They take
    part in equality: two positions that would save differently are not equal.
    """

    id: str
    name: str = ""
    title: str = ""
    explicit_role: str | None = None
    status: str = "filled"
    region: str = ""
    product_line: str = ""
    customer_size: str = ""
    vertical: str = ""
    team: str | None = None  # a team id of the chart
    cost: float | None = None
    location: str = ""
    custom: dict[str, str] = field(default_factory=dict)
    xy: tuple[float, float] | None = None  # placed by hand on the canvas; None = laid out
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def role(self) -> str:
        """The role key in force: the explicit one, else the one inferred from the title."""
        if self.explicit_role:
            return self.explicit_role
        return catalogue().infer(self.title).role

    @property
    def role_inferred(self) -> bool:
        return not self.explicit_role

    @property
    def is_vacant(self) -> bool:
        return self.status != "filled"

    def segment(self, dimension: str) -> str:
        return getattr(self, dimension)

    def copy(self) -> Position:
        clone = Position(**{f.name: getattr(self, f.name) for f in fields(self)})
        clone.custom = dict(self.custom)
        clone.extra = copy.deepcopy(self.extra) if self.extra else {}
        return clone


# `extra` is not editable: it is kept for the file, not shown or changed by the editor
EDITABLE_FIELDS = frozenset(f.name for f in fields(Position)) - {"id", "extra"}
