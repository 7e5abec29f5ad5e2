"""The chart: positions, solid and dotted reporting lines, teams and settings.

Solid lines live on a networkx.DiGraph (manager -> report); the order of a manager's
successors is the order of its reports on the canvas. Every mutation keeps the invariants
(ids unique, at most one manager, no solid-line cycle) or raises a ChartError and changes
nothing, and tells listeners what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from orgeditor.model.changes import Change, ChangeKind
from orgeditor.model.errors import (
    CycleError,
    DuplicateIdError,
    InvalidFieldError,
    UnknownPositionError,
    UnknownTeamError,
)
from orgeditor.model.position import EDITABLE_FIELDS, Position
from orgeditor.model.problems import ImportProblem
from orgeditor.model.roles import catalogue
from orgeditor.model.settings import LAYOUT_STYLES, SALES_MODELS, SETTINGS_FIELDS, ChartSettings
from orgeditor.model.team import TEAM_FIELDS, Team
from orgeditor.model.title_roles import check_title_roles
from orgeditor.model.validation import (
    validate_fields,
    validate_position,
    validate_team,
    vars_of,
)
from orgeditor.model.view_state import ChartView

Listener = Callable[[Change], None]


@dataclass
class RemovedPosition:
    """Everything needed to put a removed position back exactly where it was."""

    position: Position
    manager: str | None
    index: int  # among the manager's reports, or among the roots
    reports: list[str]  # its reports, which moved up to `manager` at `index`
    dotted: list[tuple[str, str]] = field(default_factory=list)


class Chart:
    def __init__(self, settings: ChartSettings | None = None) -> None:
        self._positions: dict[str, Position] = {}
        self._graph = nx.DiGraph()
        self._dotted = nx.DiGraph()
        self._teams: dict[str, Team] = {}
        self._team_members: dict[str, dict[str, None]] = {}
        self.settings = settings or ChartSettings()
        self.import_problems: list[ImportProblem] = []
        # top-level fields of the file this chart came from that this version does not know;
        # written back on save, never edited (so not part of undo)
        self.extra: dict[str, Any] = {}
        self.revision = 0  # bumped by every mutation; caches key on it
        self.view = ChartView()  # folded branches and focus: shown state, not a fact
        self._listeners: list[Listener] = []
        self._quiet_depth = 0
        self._quiet_dirty = False

    # ----- listening -------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Mute single notifications for a bulk change; listeners get one RESET at the end."""
        self._quiet_depth += 1
        try:
            yield
        finally:
            self._quiet_depth -= 1
            if self._quiet_depth == 0 and self._quiet_dirty:
                self._quiet_dirty = False
                self._emit(Change(ChangeKind.RESET))

    def set_view(
        self, collapsed: Iterable[str] | None = None, focus: str | bool | None = False
    ) -> None:
        """Change what is shown (not an undo step; the revision stays). collapsed: the whole
        new set of folded managers, or None to keep it; focus: an id, None for the whole
        chart, or False to keep it. Unknown ids are refused."""
        view = self.view
        new_collapsed = view.collapsed if collapsed is None else set(collapsed)
        new_focus = view.focus if focus is False else focus
        unknown = [pid for pid in new_collapsed - view.collapsed if pid not in self._positions]
        if focus is not False and new_focus is not None and new_focus not in self._positions:
            unknown.append(str(new_focus))
        if unknown:
            raise UnknownPositionError(f"no position with id {unknown[0]!r}")
        if new_collapsed == view.collapsed and new_focus == view.focus:
            return
        self.view = ChartView(new_collapsed, new_focus)  # type: ignore[arg-type]
        if self._quiet_depth:
            self._quiet_dirty = True
            return
        for listener in list(self._listeners):
            listener(Change(ChangeKind.VIEW_CHANGED))

    def _emit(self, change: Change) -> None:
        self.revision += 1
        if self._quiet_depth:
            self._quiet_dirty = True
            return
        for listener in list(self._listeners):
            listener(change)

    # ----- read API (stable: tests and every layer use it) ------------------------------

    def position_ids(self) -> Iterable[str]:
        return self._positions.keys()

    def positions(self) -> Iterable[Position]:
        return self._positions.values()

    def position(self, position_id: str) -> Position:
        try:
            return self._positions[position_id]
        except KeyError:
            raise UnknownPositionError(position_id) from None

    def __contains__(self, position_id: object) -> bool:
        return position_id in self._positions

    def __len__(self) -> int:
        return len(self._positions)

    # the walks below read networkx's own adjacency dicts (DiGraph._succ and _pred): a view
    # (graph.succ[p]) costs more than the lookup, and the scene asks once per card
    def manager_of(self, position_id: str) -> str | None:
        self._require(position_id)
        return next(iter(self._graph._pred[position_id]), None)

    def reports_of(self, position_id: str) -> list[str]:
        self._require(position_id)
        return list(self._graph._succ[position_id])

    def report_count(self, position_id: str) -> int:
        return len(self._graph._succ[position_id])

    def roots(self) -> list[str]:
        # networkx's own predecessor dicts (DiGraph._pred, in node order): its read-only views
        # cost more than the walk itself, and this runs once per layout over every position
        return [p for p, managers in self._graph._pred.items() if not managers]

    def descendants(self, position_id: str) -> list[str]:
        """The subtree below a position (not itself), in pre-order."""
        self._require(position_id)
        out: list[str] = []
        succ = self._graph._succ
        stack = list(succ[position_id])[::-1]
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(list(succ[node])[::-1])
        return out

    def chain_of_command(self, position_id: str) -> list[str]:
        """Managers above a position, nearest first."""
        chain = []
        current = self.manager_of(position_id)
        while current is not None:
            chain.append(current)
            current = next(iter(self._graph._pred[current]), None)
        return chain

    def depth(self, position_id: str) -> int:
        return len(self.chain_of_command(position_id))

    @property
    def graph(self) -> nx.DiGraph:
        """The solid reporting lines, manager -> report. Read only: mutate through the chart."""
        return self._graph

    def dotted_lines(self) -> list[tuple[str, str]]:
        return list(self._dotted.edges)

    def dotted_managers_of(self, position_id: str) -> list[str]:
        return list(self._dotted.pred[position_id]) if position_id in self._dotted else []

    def dotted_reports_of(self, position_id: str) -> list[str]:
        return list(self._dotted.succ[position_id]) if position_id in self._dotted else []

    def teams(self) -> Iterable[Team]:
        return self._teams.values()

    def team(self, team_id: str) -> Team:
        try:
            return self._teams[team_id]
        except KeyError:
            raise UnknownTeamError(team_id) from None

    def has_team(self, team_id: str) -> bool:
        return team_id in self._teams

    def team_index(self, team_id: str) -> int:
        self.team(team_id)
        return list(self._teams).index(team_id)

    def team_members(self, team_id: str) -> list[str]:
        self.team(team_id)
        return list(self._team_members[team_id])

    def team_by_name(self, name: str) -> Team | None:
        folded = name.strip().casefold()
        return next((t for t in self._teams.values() if t.name.casefold() == folded), None)

    def effective_segment(self, position_id: str, dimension: str) -> str:
        """A position's own segment value, else its team's (members inherit from their team)."""
        try:  # self.position(), inlined: the figures ask for every position and dimension
            position = self._positions[position_id]
        except KeyError:
            raise UnknownPositionError(position_id) from None
        value = getattr(position, dimension)
        if not value and position.team is not None:
            value = getattr(self._teams[position.team], dimension)
        return value

    # ----- positions ---------------------------------------------------------------------

    def add_position(
        self, position: Position, manager_id: str | None = None, index: int | None = None
    ) -> str:
        """Add a position (reporting to manager_id, at index among its reports)."""
        if position.id in self._positions:
            raise DuplicateIdError(position.id)
        if manager_id is not None:
            self._require(manager_id)
            if manager_id == position.id:
                raise CycleError(position.id, manager_id)
        self._validate_fields(vars_of(position))
        if position.team is not None:
            self.team(position.team)
        self._positions[position.id] = position
        self._graph.add_node(position.id)
        if manager_id is not None:
            self._attach(position.id, manager_id, index)
        elif index is not None:
            self._move_root(position.id, index)
        if position.team is not None:
            self._team_members[position.team][position.id] = None
        self._emit(Change(ChangeKind.POSITION_ADDED, (position.id,), new_manager=manager_id))
        return position.id

    def add_positions(self, entries: Iterable[tuple[Position, str | None]]) -> list[str]:
        """Add many positions at once, each (position, manager id or None) last among its
        manager's reports (or the roots); a manager must be in the chart or come earlier in
        `entries`. The same checks as add_position, made before anything changes: on a
        refusal the chart is as it was. Listeners get one RESET (none for no entries)."""
        entries = list(entries)
        positions = self._positions
        added: dict[str, Position] = {}
        edges: list[tuple[str, str]] = []
        roles = catalogue().roles
        for position, manager_id in entries:
            pid = position.id
            if pid in positions or pid in added:
                raise DuplicateIdError(pid)
            if manager_id is not None:
                if manager_id not in positions and manager_id not in added:
                    raise UnknownPositionError(manager_id)  # itself included, as add_position
                edges.append((manager_id, pid))
            validate_position(position, roles)
            if position.team is not None and position.team not in self._teams:
                raise UnknownTeamError(position.team)
            added[pid] = position
        if not added:
            return []
        positions.update(added)
        # what add_nodes_from and add_edges_from do, written into the DiGraph's own dicts
        # (the chart's graph is a plain DiGraph: dict factories, no attributes)
        graph = self._graph
        succ, pred, nodes = graph._succ, graph._pred, graph._node
        for pid in added:
            succ[pid] = {}
            pred[pid] = {}
            nodes[pid] = {}
        for manager_id, pid in edges:
            succ[manager_id][pid] = pred[pid][manager_id] = {}
        clear_cache = getattr(nx, "_clear_cache", None)  # networkx 3.3+ caches on the graph
        if clear_cache is not None:
            clear_cache(graph)
        members = self._team_members
        for pid, position in added.items():
            if position.team is not None:
                members[position.team][pid] = None
        self._emit(Change(ChangeKind.RESET))
        return list(added)

    def new_id(self, prefix: str = "p") -> str:
        """An id not yet used in this chart."""
        n = len(self._positions) + 1
        while f"{prefix}{n}" in self._positions:
            n += 1
        return f"{prefix}{n}"

    def check_position_values(self, **values: object) -> None:
        """Raise InvalidFieldError (or UnknownTeamError) if update_position would refuse these
        values; changes nothing. Undo commands check first: a half-done redo stays stacked."""
        unknown = set(values) - EDITABLE_FIELDS
        if unknown:
            raise InvalidFieldError(f"unknown position field(s): {', '.join(sorted(unknown))}")
        self._validate_fields(values)
        if "team" in values and values["team"] is not None:
            self.team(str(values["team"]))

    def update_position(self, position_id: str, **values: object) -> dict[str, object]:
        """Change fields of a position. Returns the old values of the fields that changed."""
        position = self.position(position_id)
        self.check_position_values(**values)
        old = {k: getattr(position, k) for k, v in values.items() if getattr(position, k) != v}
        if not old:
            return {}
        if "team" in old:
            if position.team is not None:
                del self._team_members[position.team][position_id]
            if values["team"] is not None:
                self._team_members[str(values["team"])][position_id] = None
        for name in old:
            value = values[name]
            setattr(position, name, dict(value) if name == "custom" else value)  # type: ignore[arg-type]
        self._emit(Change(ChangeKind.POSITION_CHANGED, (position_id,), frozenset(old)))
        return old

    def set_manager(
        self, position_id: str, manager_id: str | None, index: int | None = None
    ) -> tuple[str | None, int]:
        """Move a position (with its subtree) to report to manager_id.

        Returns the old manager and the old index, which is what undo needs.
        Raises CycleError if manager_id is the position itself or in its subtree.
        """
        self._require(position_id)
        if manager_id is not None:
            self._require(manager_id)
            self._refuse_cycle(position_id, manager_id)
        old_manager = self.manager_of(position_id)
        old_index = self._index_of(position_id, old_manager)
        if old_manager is not None:
            self._graph.remove_edge(old_manager, position_id)
        if manager_id is not None:
            self._attach(position_id, manager_id, index)
        else:
            self._move_root(position_id, index)
        self._emit(
            Change(
                ChangeKind.REPARENTED,
                (position_id,),
                old_manager=old_manager,
                new_manager=manager_id,
            )
        )
        return old_manager, old_index

    def would_cycle(self, position_id: str, manager_id: str) -> bool:
        try:
            self._refuse_cycle(position_id, manager_id)
        except CycleError:
            return True
        return False

    def remove_position(self, position_id: str) -> RemovedPosition:
        """Remove one position; its reports move up to its manager, in its place."""
        position = self.position(position_id)
        manager = self.manager_of(position_id)
        roots_before = self.roots() if manager is None else []
        index = (
            roots_before.index(position_id)
            if manager is None
            else self._index_of(position_id, manager)
        )
        reports = self.reports_of(position_id)
        dotted = (
            [(a, b) for a, b in self._dotted.in_edges(position_id)]
            if (position_id in self._dotted)
            else []
        )
        if position_id in self._dotted:
            dotted += list(self._dotted.out_edges(position_id))
            self._dotted.remove_node(position_id)
        for offset, report in enumerate(reports):
            self._graph.remove_edge(position_id, report)
            if manager is not None:
                self._attach(report, manager, index + 1 + offset)
        self._graph.remove_node(position_id)
        if manager is None:
            # the freed reports take the removed root's place, in their order
            self._set_root_order([*roots_before[:index], *reports, *roots_before[index + 1 :]])
        del self._positions[position_id]
        if position.team is not None:
            del self._team_members[position.team][position_id]
        for report in reports:
            self._emit(
                Change(
                    ChangeKind.REPARENTED, (report,), old_manager=position_id, new_manager=manager
                )
            )
        self._emit(Change(ChangeKind.POSITION_REMOVED, (position_id,), old_manager=manager))
        return RemovedPosition(position, manager, index, reports, dotted)

    def restore_position(self, removed: RemovedPosition) -> None:
        """Undo of remove_position: the position comes back and takes its reports back."""
        self.add_position(removed.position, removed.manager, removed.index)
        for report in removed.reports:
            self.set_manager(report, removed.position.id)
        for manager, report in removed.dotted:
            self.add_dotted_line(manager, report)

    # ----- dotted (matrix) lines --------------------------------------------------------

    def add_dotted_line(self, manager_id: str, report_id: str) -> None:
        self._require(manager_id)
        self._require(report_id)
        if manager_id == report_id:
            raise CycleError(report_id, manager_id)
        if self._dotted.has_edge(manager_id, report_id):
            return
        self._dotted.add_edge(manager_id, report_id)
        self._emit(Change(ChangeKind.DOTTED_ADDED, (manager_id, report_id)))

    def remove_dotted_line(self, manager_id: str, report_id: str) -> None:
        if not self._dotted.has_edge(manager_id, report_id):
            raise InvalidFieldError(f"no dotted line from {manager_id!r} to {report_id!r}")
        self._dotted.remove_edge(manager_id, report_id)
        for node in (manager_id, report_id):
            if not self._dotted.degree(node):
                self._dotted.remove_node(node)
        self._emit(Change(ChangeKind.DOTTED_REMOVED, (manager_id, report_id)))

    # ----- teams -----------------------------------------------------------------------

    def add_team(self, team: Team, index: int | None = None) -> str:
        """Add a team, last or at index in the team order (undo of a dissolve puts it back)."""
        if team.id in self._teams:
            raise InvalidFieldError(f"a team with id {team.id!r} already exists")
        self._validate_team(vars_of(team))
        self._teams[team.id] = team
        self._team_members[team.id] = {}
        if index is not None and index < len(self._teams) - 1:
            order = [t for t in self._teams if t != team.id]
            order.insert(max(index, 0), team.id)
            self._teams = {t: self._teams[t] for t in order}
        self._emit(Change(ChangeKind.TEAM_ADDED, team_id=team.id))
        return team.id

    def new_team_id(self) -> str:
        n = len(self._teams) + 1
        while f"t{n}" in self._teams:
            n += 1
        return f"t{n}"

    def update_team(self, team_id: str, **values: object) -> dict[str, object]:
        team = self.team(team_id)
        unknown = set(values) - TEAM_FIELDS
        if unknown:
            raise InvalidFieldError(f"unknown team field(s): {', '.join(sorted(unknown))}")
        self._validate_team(values)
        old = {k: getattr(team, k) for k, v in values.items() if getattr(team, k) != v}
        for name in old:
            setattr(team, name, values[name])
        if old:
            self._emit(Change(ChangeKind.TEAM_CHANGED, team_id=team_id, fields=frozenset(old)))
        return old

    def remove_team(self, team_id: str) -> tuple[Team, list[str]]:
        """Dissolve a team: its members stay, without a team. Returns the team and its members."""
        team = self.team(team_id)
        members = self.team_members(team_id)
        for member in members:
            self.update_position(member, team=None)
        del self._teams[team_id]
        del self._team_members[team_id]
        self._emit(Change(ChangeKind.TEAM_REMOVED, tuple(members), team_id=team_id))
        return team, members

    # ----- settings --------------------------------------------------------------------

    def update_settings(self, **values: object) -> dict[str, object]:
        unknown = set(values) - SETTINGS_FIELDS
        if unknown:
            raise InvalidFieldError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        model = values.get("declared_model")
        if model is not None and model not in SALES_MODELS:
            raise InvalidFieldError(f"unknown sales model {model!r}")
        if "layout" in values and values["layout"] not in LAYOUT_STYLES:
            raise InvalidFieldError(f"unknown layout {values['layout']!r}")
        if "title_roles" in values:
            check_title_roles(values["title_roles"])
        settings = self.settings
        old = {k: getattr(settings, k) for k, v in values.items() if getattr(settings, k) != v}
        for name in old:
            setattr(self.settings, name, values[name])
        if old:
            self._emit(Change(ChangeKind.SETTINGS_CHANGED, fields=frozenset(old)))
        return old

    # ----- whole-chart state -------------------------------------------------------------

    def copy(self) -> Chart:
        from orgeditor.model.state import chart_from_state, chart_state

        return chart_from_state(chart_state(self))

    # ----- internals -----------------------------------------------------------------------

    def _require(self, position_id: str) -> None:
        if position_id not in self._positions:
            raise UnknownPositionError(position_id)

    def _refuse_cycle(self, position_id: str, manager_id: str) -> None:
        current: str | None = manager_id
        pred = self._graph._pred
        while current is not None:
            if current == position_id:
                raise CycleError(position_id, manager_id)
            current = next(iter(pred[current]), None)

    def _index_of(self, position_id: str, manager_id: str | None) -> int:
        siblings = list(self._graph._succ[manager_id]) if manager_id is not None else self.roots()
        return siblings.index(position_id)

    def _attach(self, position_id: str, manager_id: str, index: int | None) -> None:
        succ = self._graph._succ[manager_id]
        if index is None or index >= len(succ):
            self._graph.add_edge(manager_id, position_id)
            return
        # networkx keeps successors in insertion order: re-add the tail after the new edge
        tail = list(succ)[max(index, 0) :]
        self._graph.remove_edges_from((manager_id, t) for t in tail)
        self._graph.add_edge(manager_id, position_id)
        self._graph.add_edges_from((manager_id, t) for t in tail)

    def _move_root(self, position_id: str, index: int | None) -> None:
        """Place a root at index among the roots (node order of the graph decides root order)."""
        roots = [r for r in self.roots() if r != position_id]
        if index is None or index >= len(roots):
            order = [*roots, position_id]
        else:
            cut = max(index, 0)
            order = [*roots[:cut], position_id, *roots[cut:]]
        self._set_root_order(order)

    def _set_root_order(self, order: list[str]) -> None:
        """Make the roots come in this order (the graph's node order decides root order)."""
        if order == self.roots():
            return
        # rebuild node order without touching edges: nodes re-added keep their adjacency
        graph = nx.DiGraph()
        keep = set(order)
        graph.add_nodes_from([*order, *(n for n in self._graph if n not in keep)])
        graph.add_edges_from(self._graph.edges)
        self._graph = graph

    _validate_fields = staticmethod(validate_fields)
    _validate_team = staticmethod(validate_team)
