"""What one card shows, as plain values: the scene reads the model, cards only get this."""

from __future__ import annotations

from typing import NamedTuple

from orgeditor.drawing.style import role_family, role_short_label
from orgeditor.model import SEGMENT_DIMENSIONS, Chart


class CardContent(NamedTuple):
    """Immutable and compared by value (a tuple: 50,000 of them are made on opening a chart,
    so the cheapest immutable record there is)."""

    title: str
    name: str
    status: str  # "filled" | "vacant" | "planned"
    role: str
    family: str
    role_label: str
    segments: tuple[str, ...]  # region, product line, customer size, vertical (non-empty ones)
    manual: bool  # placed by hand (position.xy is set)

    @property
    def vacant(self) -> bool:
        return self.status != "filled"


def card_content(chart: Chart, position_id: str) -> CardContent:
    position = chart.position(position_id)
    role = position.role
    # chart.effective_segment for each dimension, with the position and its team read once
    team = chart.team(position.team) if position.team is not None else None
    segments = []
    for dimension in SEGMENT_DIMENSIONS:
        value = getattr(position, dimension)
        if not value and team is not None:
            value = getattr(team, dimension)
        if value:
            segments.append(value)
    status = position.status
    name = position.name
    if status == "filled" and not name.strip():
        status = "vacant"  # an empty name means nobody sits there
    return CardContent(
        position.title,
        name,
        status,
        role,
        role_family(role),
        role_short_label(role),
        tuple(segments),
        position.xy is not None,
    )
