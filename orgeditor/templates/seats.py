"""A template's chart before it is a Chart: a tree of seats, grouped to keep spans in bounds.

Seats become positions with an empty name and status "planned": a template is a plan of seats
to fill, titled and with an explicit role.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from orgeditor.model import Chart, ChartSettings, Position, Team
from orgeditor.templates.titles import title as seat_title


@dataclass
class Seat:
    id: str
    seat: str  # the key of its title (titles.py)
    role: str  # explicit role key
    title: str
    team: str | None = None
    segment: str = ""  # its own value of the template's dimension (team members inherit instead)
    reports: list[Seat] = field(default_factory=list)

    def walk(self) -> Iterator[tuple[Seat, Seat | None]]:
        """(seat, its manager) in pre-order."""
        stack: list[tuple[Seat, Seat | None]] = [(self, None)]
        while stack:
            seat, manager = stack.pop()
            yield seat, manager
            stack.extend((report, seat) for report in reversed(seat.reports))


_NOT_SLUG = re.compile(r"[^\w]+|_+")


def slug(text: str) -> str:
    """'North America' -> 'north-america' (letters such as ø stay)."""
    return _NOT_SLUG.sub("-", text.casefold()).strip("-") or "segment"


def split_evenly(items: Sequence[Seat], parts: int) -> list[list[Seat]]:
    """`parts` consecutive chunks whose sizes differ by at most one, larger ones first."""
    size, extra = divmod(len(items), parts)
    chunks, start = [], 0
    for n in range(parts):
        end = start + size + (n < extra)
        chunks.append(list(items[start:end]))
        start = end
    return chunks


def group(units: list[Seat], limit: int, make_head: Callable[[list[Seat]], Seat]) -> list[Seat]:
    """At most `limit` units: while there are more, put them under new heads in even chunks."""
    limit = max(limit, 2)
    while len(units) > limit:
        units = [make_head(chunk) for chunk in split_evenly(units, math.ceil(len(units) / limit))]
    return units


def unique(base: str, taken: set[str]) -> str:
    """base, or base-2, base-3, ... whichever is free first (and mark it taken)."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


class Draft:
    """Seats and teams being planned, with unique, readable ids handed out in creation order
    (the same parameters always give the same ids)."""

    def __init__(self, language: str, dimension: str | None) -> None:
        self.language = language
        self.dimension = dimension
        self.teams: list[Team] = []
        self._seat_ids: set[str] = set()
        self._team_ids: set[str] = set()

    def seat(
        self,
        base: str,
        seat: str,
        role: str,
        *,
        team: str | None = None,
        segment: str = "",
        title: str = "",
        reports: Sequence[Seat] = (),
    ) -> Seat:
        return Seat(
            unique(base, self._seat_ids),
            seat,
            role,
            title or seat_title(seat, self.language),
            team,
            segment,
            list(reports),
        )

    def team(self, base: str, name: str, kind: str, segment: str = "") -> str:
        team = Team(unique(base, self._team_ids), name=name, kind=kind)
        if self.dimension and segment:
            setattr(team, self.dimension, segment)
        self.teams.append(team)
        return team.id

    def chart(self, top: Seat, settings: ChartSettings) -> Chart:
        chart = Chart(settings)
        with chart.quiet():
            for team in self.teams:
                chart.add_team(team)
            for seat, manager in top.walk():
                position = Position(
                    id=seat.id,
                    title=seat.title,
                    explicit_role=seat.role,
                    status="planned",
                    team=seat.team,
                )
                if self.dimension and seat.segment:
                    setattr(position, self.dimension, seat.segment)
                chart.add_position(position, manager.id if manager is not None else None)
        return chart
