"""What one card shows, as plain values: the scene reads the model, cards only get this."""

from __future__ import annotations

from dataclasses import dataclass

from orgeditor.drawing.style import role_family, role_short_label
from orgeditor.model import SEGMENT_DIMENSIONS, Chart


@dataclass(frozen=True, slots=True)
class CardContent:
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
    segments = tuple(
        value
        for value in (chart.effective_segment(position_id, d) for d in SEGMENT_DIMENSIONS)
        if value
    )
    status = position.status
    if status == "filled" and not position.name.strip():
        status = "vacant"  # an empty name means nobody sits there
    return CardContent(
        title=position.title,
        name=position.name,
        status=status,
        role=role,
        family=role_family(role),
        role_label=role_short_label(role),
        segments=segments,
        manual=position.xy is not None,
    )
