"""Insert a whole generated structure (a template's chart) into the chart as one undo step.

The structure's top reports to a chosen manager, or becomes a new root. Positions and teams
keep their ids unless the chart already uses them; then they get a fresh one ("pod-1-lead-2").
Teams are copied (a name the chart already uses gets a number: "Pod 1 (2)"), and so are the
dotted lines. Undo removes exactly what was added.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from orgeditor.model import Chart, Position, Team
from orgeditor.model.state import POSITION_KEYS
from orgeditor.templates import build_chart, default_params
from orgeditor.ui.commands.counted import CountedTexts
from orgeditor.ui.labels import model_text

# past this many positions the insert is one bulk change (one RESET for listeners)
QUIET_ABOVE = 200


def insert_text(model: str | None, count: int) -> str:
    """'Insert pod structure (19 positions)', in the interface's language."""
    return CountedTexts().insert_structure(count, model_text(model).lower() if model else "")


def _fresh(wanted: str, taken: set[str]) -> str:
    """wanted, or wanted-2, wanted-3, ... whichever is free first; the result is taken."""
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}-{n}"
    taken.add(candidate)
    return candidate


def _fresh_name(wanted: str, used: set[str]) -> str:
    if not wanted or wanted.casefold() not in used:
        used.add(wanted.casefold())
        return wanted
    n = 2
    while f"{wanted} ({n})".casefold() in used:
        n += 1
    name = f"{wanted} ({n})"
    used.add(name.casefold())
    return name


class InsertStructureCommand(QUndoCommand):
    """Add `structure` to `chart`: its top(s) report to `manager` (None: new roots).

    `new_ids` lists the added positions in pre-order, `top_ids` the structure's tops as
    renamed in the chart (select `top_id` after the insert). `top_xy` optionally pins the
    (first) top card's place, for charts whose cards stay where they are put.
    """

    def __init__(
        self,
        chart: Chart,
        structure: Chart,
        manager: str | None,
        text: str = "",
        top_xy: tuple[float, float] | None = None,
    ) -> None:
        if manager is not None:
            chart.position(manager)  # raises UnknownPositionError
        self.chart, self.manager = chart, manager

        taken_teams = {team.id for team in chart.teams()} | {t.id for t in structure.teams()}
        used_names = {team.name.casefold() for team in chart.teams() if team.name}
        self.teams: list[Team] = []
        team_ids: dict[str, str] = {}
        for team in structure.teams():
            copy = team.copy()
            if chart.has_team(team.id):
                copy.id = _fresh(team.id, taken_teams)
            copy.name = _fresh_name(team.name, used_names)
            team_ids[team.id] = copy.id
            self.teams.append(copy)

        taken = set(chart.position_ids()) | set(structure.position_ids())
        renamed: dict[str, str] = {}
        order: list[str] = []
        for root in structure.roots():
            order += [root, *structure.descendants(root)]
        for pid in order:
            renamed[pid] = _fresh(pid, taken) if pid in chart else pid
        self.items: list[tuple[Position, str | None]] = []
        for pid in order:
            source = structure.position(pid)
            values = {key: getattr(source, key) for key in POSITION_KEYS}
            values["id"] = renamed[pid]
            values["custom"] = dict(source.custom)
            values["team"] = team_ids.get(source.team) if source.team is not None else None
            values["xy"] = None
            up = structure.manager_of(pid)
            self.items.append((Position(**values), renamed[up] if up is not None else None))
        self.top_ids = [renamed[root] for root in structure.roots()]
        if top_xy is not None and self.items:
            self.items[0][0].xy = (float(top_xy[0]), float(top_xy[1]))
        self.dotted = [(renamed[a], renamed[b]) for a, b in structure.dotted_lines()]
        super().__init__(text or insert_text(None, len(self.items)))

    @property
    def new_ids(self) -> list[str]:
        return [position.id for position, _ in self.items]

    @property
    def top_id(self) -> str | None:
        return self.top_ids[0] if self.top_ids else None

    def redo(self) -> None:
        if len(self.items) > QUIET_ABOVE:
            with self.chart.quiet():
                self._add()
        else:
            self._add()

    def undo(self) -> None:
        if len(self.items) > QUIET_ABOVE:
            with self.chart.quiet():
                self._remove()
        else:
            self._remove()

    def _add(self) -> None:
        chart = self.chart
        for team in self.teams:
            chart.add_team(team.copy())
        for position, manager in self.items:
            chart.add_position(position.copy(), manager if manager is not None else self.manager)
        for manager, report in self.dotted:
            chart.add_dotted_line(manager, report)

    def _remove(self) -> None:
        chart = self.chart
        # leaves first: no removal moves reports; dotted lines go with their positions
        for position, _ in reversed(self.items):
            chart.remove_position(position.id)
        for team in reversed(self.teams):
            chart.remove_team(team.id)


def default_structure_command(
    chart: Chart, model: str, manager: str | None, top_xy: tuple[float, float] | None = None
) -> InsertStructureCommand:
    """The model's default structure (as the palette's Structures section offers it) under
    `manager`, or as a new tree with its top at `top_xy`. Raises TemplateError."""
    structure = build_chart(default_params(model))
    return InsertStructureCommand(
        chart, structure, manager, insert_text(model, len(structure)), top_xy=top_xy
    )
