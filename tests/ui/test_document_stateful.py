"""Random edit sessions on the real document and its undo stack.

A Hypothesis state machine pushes the commands the GUI pushes, with the arguments the GUI
gives them (palette drops, card and team drags, the inspector, the canvas name editor, the
team actions, copy and paste), undoes, redoes, saves and opens .orgchart files. After every
step: the reporting lines have no cycle and nobody has two managers, teams and dotted lines
point at real positions, the scene's cards are exactly the chart's positions showing their
current fields, the team boxes, lines and colours match the chart, and the chart and the
cards' places equal those recorded for the undo stack's index (so every undo gives back
exactly what was there and every redo what followed). At the end everything is undone back
to the last open (or the start) and redone again.

For a long local hunt: ORGEDITOR_STATEFUL_EXAMPLES=2000 (sessions), ORGEDITOR_STATEFUL_STEPS
(steps per session).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication
from support.canvas_helpers import small_chart

from orgeditor.drawing.card_content import card_content
from orgeditor.drawing.card_item import CardItem
from orgeditor.drawing.connectors import dotted_path, manager_lines
from orgeditor.drawing.style import CARD_H, CARD_W, OPTIONS
from orgeditor.drawing.team_boxes import team_boxes
from orgeditor.io import load_orgchart
from orgeditor.layout import chart_layout
from orgeditor.model import (
    SEGMENT_DIMENSIONS,
    STATUSES,
    TEAM_KINDS,
    Chart,
    CycleError,
    Position,
    Team,
    catalogue,
    chart_from_state,
    chart_state,
)
from orgeditor.model.fragment import copy_subtrees
from orgeditor.templates import TEMPLATE_MODELS, build_chart, default_params
from orgeditor.ui.canvas.edit_scene import EditScene
from orgeditor.ui.commands import (
    AddDottedLineCommand,
    AddPositionCommand,
    AddToTeamCommand,
    AutoLayoutCommand,
    CreateTeamCommand,
    DissolveTeamCommand,
    EditFieldsCommand,
    InsertStructureCommand,
    MoveCardsCommand,
    PasteCommand,
    RemoveDottedLineCommand,
    RemoveFromTeamCommand,
    RemovePositionsCommand,
    RenameTeamCommand,
    ReparentCommand,
    SetTeamFieldsCommand,
    SettingsCommand,
)
from orgeditor.ui.commands.dotted import dotted_lines_of
from orgeditor.ui.commands.insert_structure import QUIET_ABOVE, insert_text
from orgeditor.ui.document import Document
from orgeditor.ui.examples import EXAMPLES, load_example

EXAMPLES_RUN = int(os.environ.get("ORGEDITOR_STATEFUL_EXAMPLES", "120"))
STEPS = int(os.environ.get("ORGEDITOR_STATEFUL_STEPS", "40"))
SETTINGS = settings(
    max_examples=EXAMPLES_RUN,
    stateful_step_count=STEPS,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

ROLES = sorted(catalogue().roles)
NAMES = ["", "Kari Nordmann", "Grace Hopper", "Åse Øvrebø", "李雷", "O'Brien, Pat", "x"]
TITLES = [
    "",
    "Chief Executive Officer",
    "Chief Revenue Officer",
    "Sales Manager",
    "Account Executive",
    "SDR",
    "Customer Success Manager",
    "Sales Operations Analyst",
    "Head of Enablement",
    "Plumber",
]
SEGMENT_VALUES = ["", "North", "South", "SMB", "Enterprise", "Retail", "Cloud"]
COSTS = [None, 0.0, 850000.0, 1234.5, 95000.0]
CUSTOM_KEYS = ["badge", "Start date", "cost centre"]
TEAM_NAMES = ["Pod 1", "Team 1", "Hunters", "Nord", "Pod 1 (2)", ""]
FILES = ["a.orgchart", "b.orgchart"]

texts = st.one_of(st.sampled_from(NAMES), st.text(max_size=12))
# what a line edit gives once stripped: the inspector and the dialogs strip what is typed
typed = texts.map(str.strip)
segment_values = st.one_of(st.sampled_from(SEGMENT_VALUES), typed)
custom_keys = st.one_of(st.sampled_from(CUSTOM_KEYS), typed.filter(bool))
team_names = st.one_of(st.sampled_from(TEAM_NAMES[:-1]), typed.filter(bool))
# fields a file had that this version does not know: kept through every edit and save
extras = st.sampled_from([{}, {}, {"colour": "teal"}, {"since": 2019, "tags": ["a", {"b": None}]}])


@st.composite
def random_charts(draw: st.DrawFn) -> Chart:
    """A small chart: a forest of up to 14 positions with teams, dotted lines, hand-placed
    cards and every kind of field value."""
    chart = Chart()
    chart.settings.auto_layout = draw(st.booleans())
    chart.settings.extra = draw(extras)
    chart.extra = draw(extras)
    for n in range(draw(st.integers(0, 3))):
        chart.add_team(
            Team(
                f"t{n + 1}",
                draw(st.sampled_from(TEAM_NAMES)),
                draw(st.sampled_from(TEAM_KINDS)),
                region=draw(st.sampled_from(SEGMENT_VALUES)),
                extra=draw(extras),
            )
        )
    teams = [None, *(t.id for t in chart.teams())]
    ids: list[str] = []
    for n in range(draw(st.integers(0, 14))):
        pid = draw(st.sampled_from([f"p{n + 1}", f"x{n}", f"p{n + 7}"]))
        if pid in ids:
            pid = f"q{n}"
        xy = draw(st.none() | st.tuples(st.integers(-900, 900), st.integers(-300, 900)))
        position = Position(
            pid,
            draw(texts),
            draw(st.sampled_from(TITLES)),
            explicit_role=draw(st.none() | st.sampled_from(ROLES)),
            status=draw(st.sampled_from(STATUSES)),
            region=draw(st.sampled_from(SEGMENT_VALUES)),
            customer_size=draw(st.sampled_from(SEGMENT_VALUES)),
            team=draw(st.sampled_from(teams)),
            cost=draw(st.sampled_from(COSTS)),
            custom=draw(st.dictionaries(custom_keys, texts, max_size=3)),
            xy=(float(xy[0]), float(xy[1])) if xy is not None else None,
            extra=draw(extras),
        )
        manager = draw(st.none() | st.sampled_from(ids)) if ids else None
        chart.add_position(position, manager)
        ids.append(pid)
    if len(ids) > 1:
        for manager, report in draw(
            st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=3)
        ):
            if manager != report:
                chart.add_dotted_line(manager, report)
    return chart


# drawn as plain state, so that a failing session prints a chart one can rebuild
start_states = st.one_of(
    random_charts().map(chart_state),
    st.sampled_from(sorted(EXAMPLES)).map(lambda key: chart_state(load_example(key))),
)


@cache
def structure(model: str) -> Chart:
    """A template's default structure (InsertStructureCommand only reads it)."""
    return build_chart(default_params(model))


@cache
def big_structure() -> Chart:
    """Past QUIET_ABOVE positions: inserted (and undone) as one bulk change, a RESET."""
    chart = Chart()
    chart.add_team(Team("t1", "Pod 1", "pod", region="North"))
    chart.add_position(Position("lead", "", "Sales Manager"))
    for n in range(QUIET_ABOVE):
        manager = "lead" if n < 10 else f"ae-{n % 10}"
        team = "t1" if n % 7 == 0 else None
        chart.add_position(
            Position(f"ae-{n}", f"Seller {n}", "Account Executive", team=team), manager
        )
    chart.add_dotted_line("ae-1", "ae-2")
    return chart


def has_positions(machine: DocumentSession) -> bool:
    return len(machine.chart) > 0


def has_teams(machine: DocumentSession) -> bool:
    return any(True for _ in machine.chart.teams())


def has_dotted_lines(machine: DocumentSession) -> bool:
    return bool(machine.chart.dotted_lines())


def kept_routes(laid, places, chart) -> dict:
    """The layout's own lines of every manager whose team stands as laid out, shifted as one
    (a team moved with its manager while re-layout is off keeps its drawn lines)."""
    kept = {}
    for manager, route in laid.routes.items():
        dx = places[manager][0] - laid.positions[manager][0]
        dy = places[manager][1] - laid.positions[manager][1]
        team = [manager, *chart.reports_of(manager)]
        if all(
            (places[p][0] - laid.positions[p][0], places[p][1] - laid.positions[p][1]) == (dx, dy)
            for p in team
        ):
            kept[manager] = [(a + dx, b + dy, c + dx, d + dy) for a, b, c, d in route]
    return kept


class DocumentSession(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="orgeditor-session-"))
        self.document: Document | None = None
        self.clipboard: list[dict[str, Any]] | None = None
        self.saved: dict[str, dict[str, Any]] = {}  # file name -> chart state when saved

    # ----- set-up and bookkeeping ----------------------------------------------------------

    @initialize(state=start_states)
    def start(self, state: dict[str, Any]) -> None:
        self.document = Document(chart_from_state(state))
        self.scene = EditScene(self.document)
        self._new_history()

    def _new_history(self) -> None:
        """After the start or an open: states[i] is the chart after i commands of the stack."""
        self.states = [snapshot(self.chart)]
        self.places = [self.card_places()]  # where the cards stood after i commands
        self.clean_index = 0

    @property
    def chart(self) -> Chart:
        assert self.document is not None
        return self.document.chart

    @property
    def stack(self):
        assert self.document is not None
        return self.document.undo_stack

    def push(self, *commands: QUndoCommand, text: str = "") -> None:
        """Push one command, or several as one macro (as a card drag does)."""
        index = self.stack.index()
        if len(commands) == 1:
            self.stack.push(commands[0])
        else:
            self.stack.beginMacro(text or commands[0].text())
            for command in commands:
                self.stack.push(command)
            self.stack.endMacro()
        assert self.stack.index() == index + 1
        del self.states[index + 1 :]
        self.states.append(snapshot(self.chart))
        del self.places[index + 1 :]
        self.places.append(self.card_places())
        if self.clean_index > index:
            self.clean_index = -1  # the saved state is gone from the stack for good

    def card_places(self) -> dict[str, tuple[float, float] | None]:
        QApplication.processEvents()
        return {pid: self.scene.placed(pid) for pid in self.scene.cards()}

    def select(self, data: st.DataObject, low: int = 1, high: int = 4) -> list[str]:
        """Select some cards on the canvas; the ids as the GUI reads them back."""
        ids = list(self.chart.position_ids())
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=low, max_size=high, unique=True))
        self.scene.select_ids(chosen)
        selected = self.scene.selected_ids()
        assert set(selected) == set(chosen)
        return selected

    def pick(self, data: st.DataObject) -> str:
        return data.draw(st.sampled_from(list(self.chart.position_ids())))

    def pick_team(self, data: st.DataObject) -> str:
        return data.draw(st.sampled_from([t.id for t in self.chart.teams()]))

    def tops(self, ids: list[str]) -> list[str]:
        chosen = set(ids)
        return [p for p in ids if not any(m in chosen for m in self.chart.chain_of_command(p))]

    # ----- positions: palette drops, delete, cut, copy, paste ---------------------------------

    @rule(data=st.data(), role=st.sampled_from(ROLES), on_card=st.booleans())
    def drop_role(self, data: st.DataObject, role: str, on_card: bool) -> None:
        chart = self.chart
        manager = self.pick(data) if on_card and len(chart) else None
        label = catalogue().role(role).label_en
        position = Position(
            id=chart.new_id(), name="", title=label, explicit_role=role, status="vacant"
        )
        if manager is None and not chart.settings.auto_layout:
            x, y = data.draw(st.tuples(st.integers(-500, 1500), st.integers(-500, 1500)))
            position.xy = (float(round(x - CARD_W / 2)), float(round(y - CARD_H / 2)))
        self.push(AddPositionCommand(chart, position, manager, text=f"Add {label}"))
        self.scene.select_ids([position.id])
        assert self.scene.selected_ids() == [position.id]

    @rule(data=st.data(), model=st.sampled_from(TEMPLATE_MODELS), on_card=st.booleans())
    def drop_structure(self, data: st.DataObject, model: str, on_card: bool) -> None:
        chart = self.chart
        manager = self.pick(data) if on_card and len(chart) else None
        top_xy = None
        if manager is None and not chart.settings.auto_layout:
            top_xy = (float(data.draw(st.integers(-500, 1500))), 40.0)
        source = structure(model)
        before = set(chart.position_ids())
        command = InsertStructureCommand(
            chart, source, manager, insert_text(model, len(source)), top_xy=top_xy
        )
        self.push(command)
        assert set(chart.position_ids()) == before | set(command.new_ids)
        assert len(command.new_ids) == len(source)
        for top in command.top_ids:
            assert chart.manager_of(top) == manager

    @precondition(lambda self: len(self.chart) < 2 * QUIET_ABOVE)
    @rule(data=st.data(), on_card=st.booleans())
    def drop_big_structure(self, data: st.DataObject, on_card: bool) -> None:
        chart = self.chart
        manager = self.pick(data) if on_card and len(chart) else None
        command = InsertStructureCommand(chart, big_structure(), manager, "Insert")
        self.push(command)
        assert len(command.new_ids) == len(big_structure())

    @precondition(has_positions)
    @rule(data=st.data(), with_reports=st.booleans())
    def delete(self, data: st.DataObject, with_reports: bool) -> None:
        chart = self.chart
        ids = self.select(data)
        gone = set(ids)
        if with_reports:
            for pid in ids:
                gone.update(chart.descendants(pid))
        managers = {pid: chart.manager_of(pid) for pid in chart.position_ids()}
        self.push(RemovePositionsCommand(chart, ids, subtrees=with_reports))
        assert set(chart.position_ids()) == set(managers) - gone
        if not with_reports:  # reports move up to the nearest manager that stays
            for pid in chart.position_ids():
                up = managers[pid]
                while up in gone:
                    up = managers[up]
                assert chart.manager_of(pid) == up

    @precondition(has_positions)
    @rule(data=st.data())
    def copy(self, data: st.DataObject) -> None:
        ids = self.select(data)
        # the clipboard carries JSON, as the edit controller puts it there
        self.clipboard = json.loads(json.dumps(copy_subtrees(self.chart, ids)))

    @precondition(has_positions)
    @rule(data=st.data())
    def cut(self, data: st.DataObject) -> None:
        ids = self.select(data)
        self.clipboard = json.loads(json.dumps(copy_subtrees(self.chart, ids)))
        self.push(RemovePositionsCommand(self.chart, ids, subtrees=True, text="Cut"))

    @precondition(lambda self: self.clipboard is not None)
    @rule(data=st.data())
    def paste(self, data: st.DataObject) -> None:
        chart = self.chart
        assert self.clipboard is not None
        selected = self.select(data, 0, 2) if len(chart) else []
        manager = selected[0] if len(selected) == 1 else None
        command = PasteCommand(chart, self.clipboard, manager)
        self.push(command)
        self.scene.select_ids(command.new_ids)
        pasted = [chart.position(pid) for pid in command.new_ids]
        assert [p.name for p in pasted] == [r["name"] for r in self.clipboard]
        assert [p.title for p in pasted] == [r["title"] for r in self.clipboard]
        for position, record in zip(pasted, self.clipboard, strict=True):
            if record["manager"] is None:
                assert chart.manager_of(position.id) == manager

    # ----- reparent and move by hand (card and team drags) --------------------------------------

    @precondition(has_positions)
    @rule(data=st.data())
    def drag_onto_card(self, data: st.DataObject) -> None:
        """Drop the selected cards (with their subtrees) onto a card: they report there, or
        the drop is refused when it would make a cycle and nothing changes."""
        chart = self.chart
        tops = self.tops(self.select(data, 1, 3))
        target = self.pick(data)
        if any(chart.would_cycle(top, target) for top in tops):
            before = snapshot(chart)
            index = self.stack.index()
            for top in tops:
                if chart.would_cycle(top, target):
                    with pytest.raises(CycleError):
                        chart.set_manager(top, target)
            with pytest.raises(CycleError):  # the command refuses too, before it is pushed
                self.stack.push(ReparentCommand(chart, tops, target))
            assert snapshot(chart) == before
            assert self.stack.index() == index
            assert self.stack.count() == len(self.states) - 1
            return
        ids = [pid for pid in tops if chart.manager_of(pid) != target]
        if not ids:
            return
        hand_placed = {pid: chart.position(pid).xy for pid in ids}
        hand_placed = {pid: xy for pid, xy in hand_placed.items() if xy is not None}
        command = ReparentCommand(chart, ids, target)
        if hand_placed:
            self.push(command, MoveCardsCommand(chart, hand_placed, dict.fromkeys(hand_placed)))
        else:
            self.push(command)
        for pid in ids:
            assert chart.manager_of(pid) == target
            assert chart.position(pid).xy is None

    @precondition(has_positions)
    @rule(data=st.data(), dx=st.integers(-400, 400), dy=st.integers(-300, 300))
    def drag_onto_canvas(self, data: st.DataObject, dx: int, dy: int) -> None:
        """Drop the selected cards on empty canvas: placed by hand, subtrees follow."""
        chart = self.chart
        if not dx and not dy:
            return
        tops = self.tops(self.select(data, 1, 3))
        old = {pid: chart.position(pid).xy for pid in tops}
        new: dict[str, tuple[float, float] | None] = {}
        for pid in tops:
            place = self.scene.placed(pid)
            assert place is not None
            new[pid] = (float(round(place[0]) + dx), float(round(place[1]) + dy))
        self.push(MoveCardsCommand(chart, old, new))
        for pid, xy in new.items():
            assert self.scene.placed(pid) == xy

    @precondition(has_teams)
    @rule(data=st.data(), dx=st.integers(-400, 400), dy=st.integers(-300, 300))
    def drag_team_box(self, data: st.DataObject, dx: int, dy: int) -> None:
        chart = self.chart
        team_id = self.pick_team(data)
        places = {
            pid: place
            for pid in chart.team_members(team_id)
            if (place := self.scene.placed(pid)) is not None
        }
        if (not dx and not dy) or not places:
            return
        old = {pid: chart.position(pid).xy for pid in places}
        new: dict[str, tuple[float, float] | None] = {
            pid: (float(round(x) + dx), float(round(y) + dy)) for pid, (x, y) in places.items()
        }
        self.push(MoveCardsCommand(chart, old, new, text="Move team"))

    @rule()
    def auto_layout(self) -> None:
        self.push(AutoLayoutCommand(self.chart))
        assert all(p.xy is None for p in self.chart.positions())

    @rule()
    def toggle_relayout(self) -> None:
        on = not self.chart.settings.auto_layout
        self.push(SettingsCommand(self.chart, "Re-layout", auto_layout=on))

    @rule(dimension=st.none() | st.sampled_from(SEGMENT_DIMENSIONS))
    def colour_by(self, dimension: str | None) -> None:
        """The segmentation panel's colour-by choice (a view setting, not an edit)."""
        self.scene.set_colour_by(dimension)

    @rule(model=st.sampled_from([None, "assembly_line", "pod", "island"]))
    def declare_chart_model(self, model: str | None) -> None:
        if self.chart.settings.declared_model != model:
            self.push(SettingsCommand(self.chart, "Declare model", declared_model=model))

    # ----- field edits: the inspector and the canvas name editor ------------------------------

    def commit(self, ids: list[str], field: str, value: object) -> None:
        """What the inspector pushes for one field set on the selected positions."""
        chart = self.chart
        values = {
            pid: {field: value} for pid in ids if getattr(chart.position(pid), field) != value
        }
        if values:
            self.push(EditFieldsCommand(chart, values, f"Edit {field}"))
        for pid in ids:
            assert getattr(chart.position(pid), field) == value

    @precondition(has_positions)
    @rule(data=st.data(), field=st.sampled_from(["name", "title", "location"]), text=typed)
    def type_text(self, data: st.DataObject, field: str, text: str) -> None:
        self.commit(self.select(data), field, text)

    @precondition(has_positions)
    @rule(data=st.data(), status=st.sampled_from(STATUSES))
    def choose_status(self, data: st.DataObject, status: str) -> None:
        self.commit(self.select(data), "status", status)

    @precondition(has_positions)
    @rule(data=st.data(), role=st.none() | st.sampled_from(ROLES))
    def choose_role(self, data: st.DataObject, role: str | None) -> None:
        self.commit(self.select(data), "explicit_role", role)

    @precondition(has_positions)
    @rule(
        data=st.data(),
        dimension=st.sampled_from(SEGMENT_DIMENSIONS),
        value=segment_values,
    )
    def choose_segment(self, data: st.DataObject, dimension: str, value: str) -> None:
        self.commit(self.select(data), dimension, value)

    @precondition(has_positions)
    @rule(data=st.data(), cost=st.sampled_from(COSTS))
    def type_cost(self, data: st.DataObject, cost: float | None) -> None:
        self.commit(self.select(data), "cost", cost)

    @precondition(has_positions)
    @rule(data=st.data())
    def choose_team_in_inspector(self, data: st.DataObject) -> None:
        teams = [None, *(t.id for t in self.chart.teams())]
        self.commit(self.select(data), "team", data.draw(st.sampled_from(teams)))

    @precondition(has_positions)
    @rule(data=st.data(), key=custom_keys, value=typed)
    def set_custom_value(self, data: st.DataObject, key: str, value: str) -> None:
        chart = self.chart
        ids = self.select(data)
        values = {}
        for pid in ids:
            custom = chart.position(pid).custom
            if custom.get(key) != value:
                values[pid] = {"custom": {**custom, key: value}}
        if values:
            self.push(EditFieldsCommand(chart, values, "Edit custom"))
        assert all(chart.position(pid).custom[key] == value for pid in ids)

    @precondition(has_positions)
    @rule(data=st.data(), key=custom_keys)
    def add_custom_field(self, data: st.DataObject, key: str) -> None:
        chart = self.chart
        values = {
            pid: {"custom": {**chart.position(pid).custom, key: ""}}
            for pid in self.select(data)
            if key not in chart.position(pid).custom
        }
        if values:
            self.push(EditFieldsCommand(chart, values, "Edit custom"))

    @precondition(has_positions)
    @rule(data=st.data(), key=custom_keys)
    def remove_custom_field(self, data: st.DataObject, key: str) -> None:
        chart = self.chart
        ids = self.select(data)
        values = {}
        for pid in ids:
            custom = chart.position(pid).custom
            if key in custom:
                values[pid] = {"custom": {k: v for k, v in custom.items() if k != key}}
        if values:
            self.push(EditFieldsCommand(chart, values, "Edit custom"))
        assert all(key not in chart.position(pid).custom for pid in ids)

    @precondition(has_positions)
    @rule(data=st.data(), name=typed)
    def rename_on_canvas(self, data: st.DataObject, name: str) -> None:
        """F2 on a card: the name, and the status follows (named: filled; empty: vacant)."""
        chart = self.chart
        pid = self.pick(data)
        position = chart.position(pid)
        values: dict[str, object] = {}
        if name != position.name:
            values["name"] = name
        if name and position.status == "vacant":
            values["status"] = "filled"
        elif not name and position.status == "filled":
            values["status"] = "vacant"
        if values:
            self.push(EditFieldsCommand(chart, {pid: values}, text="Rename position"))
        assert chart.position(pid).name == name

    # ----- teams -------------------------------------------------------------------------------

    @precondition(has_positions)
    @rule(data=st.data(), name=st.sampled_from(TEAM_NAMES), kind=st.sampled_from(["other", "pod"]))
    def make_team(self, data: st.DataObject, name: str, kind: str) -> None:
        chart = self.chart
        ids = self.select(data)
        command = CreateTeamCommand(chart, ids, name or "Team", kind)
        self.push(command)
        assert chart.team_members(command.team_id) == ids

    @precondition(has_teams)
    @rule(data=st.data(), name=team_names)
    def rename_team(self, data: st.DataObject, name: str) -> None:
        team_id = self.pick_team(data)
        if self.chart.team(team_id).name != name:
            self.push(RenameTeamCommand(self.chart, team_id, name))

    @precondition(has_teams)
    @rule(data=st.data(), kind=st.sampled_from(TEAM_KINDS))
    def set_team_kind(self, data: st.DataObject, kind: str) -> None:
        team_id = self.pick_team(data)
        if self.chart.team(team_id).kind != kind:
            self.push(SetTeamFieldsCommand(self.chart, team_id, "Set kind", kind=kind))

    @precondition(has_teams)
    @rule(data=st.data(), model=st.sampled_from([None, "assembly_line", "pod", "island"]))
    def set_team_model(self, data: st.DataObject, model: str | None) -> None:
        team_id = self.pick_team(data)
        if self.chart.team(team_id).declared_model != model:
            self.push(SetTeamFieldsCommand(self.chart, team_id, "Declare", declared_model=model))

    @precondition(has_teams)
    @rule(
        data=st.data(),
        values=st.fixed_dictionaries(
            {dimension: segment_values for dimension in SEGMENT_DIMENSIONS}
        ),
    )
    def set_team_segments(self, data: st.DataObject, values: dict[str, str]) -> None:
        team_id = self.pick_team(data)
        team = self.chart.team(team_id)
        changed = {k: v for k, v in values.items() if getattr(team, k) != v}
        if changed:
            self.push(SetTeamFieldsCommand(self.chart, team_id, "Set segments", **changed))

    @precondition(lambda self: has_teams(self) and has_positions(self))
    @rule(data=st.data())
    def add_to_team(self, data: st.DataObject) -> None:
        chart = self.chart
        team_id = self.pick_team(data)
        ids = [pid for pid in self.select(data) if chart.position(pid).team != team_id]
        if ids:
            self.push(AddToTeamCommand(chart, ids, team_id))
        assert all(chart.position(pid).team == team_id for pid in ids)

    @precondition(has_positions)
    @rule(data=st.data())
    def remove_from_team(self, data: st.DataObject) -> None:
        chart = self.chart
        ids = [pid for pid in self.select(data) if chart.position(pid).team is not None]
        if ids:
            self.push(RemoveFromTeamCommand(chart, ids))
        assert all(chart.position(pid).team is None for pid in ids)

    @precondition(has_teams)
    @rule(data=st.data())
    def dissolve_team(self, data: st.DataObject) -> None:
        chart = self.chart
        team_id = self.pick_team(data)
        members = chart.team_members(team_id)
        self.push(DissolveTeamCommand(chart, team_id))
        assert not chart.has_team(team_id)
        assert all(chart.position(pid).team is None for pid in members)

    # ----- dotted lines ----------------------------------------------------------------------

    @precondition(lambda self: len(self.chart) > 1)
    @rule(data=st.data())
    def add_dotted_line(self, data: st.DataObject) -> None:
        chart = self.chart
        report, manager = self.pick(data), self.pick(data)
        if (
            manager == report
            or chart.manager_of(report) == manager
            or manager in chart.dotted_managers_of(report)
        ):
            return  # the GUI says why and pushes nothing
        self.push(AddDottedLineCommand(chart, manager, report, text="Add dotted line"))
        assert (manager, report) in chart.dotted_lines()

    @precondition(has_dotted_lines)
    @rule(data=st.data(), of_selection=st.booleans())
    def remove_dotted_lines(self, data: st.DataObject, of_selection: bool) -> None:
        chart = self.chart
        if of_selection:
            lines = dotted_lines_of(chart, self.select(data))
        else:
            lines = [data.draw(st.sampled_from(chart.dotted_lines()))]
        if lines:
            self.push(RemoveDottedLineCommand(chart, lines))
        assert not set(lines) & set(chart.dotted_lines())

    # ----- undo, redo, save, open ---------------------------------------------------------------

    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo(self) -> None:
        self.stack.undo()

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self) -> None:
        self.stack.redo()

    @rule()
    def undo_everything(self) -> None:
        while self.stack.canUndo():
            self.stack.undo()
            assert snapshot(self.chart) == self.states[self.stack.index()]
            assert self.card_places() == self.places[self.stack.index()]
        assert snapshot(self.chart) == self.states[0]

    @rule()
    def redo_everything(self) -> None:
        while self.stack.canRedo():
            self.stack.redo()
            assert snapshot(self.chart) == self.states[self.stack.index()]
            assert self.card_places() == self.places[self.stack.index()]
        assert snapshot(self.chart) == self.states[-1]

    @rule(name=st.sampled_from(FILES))
    def save(self, name: str) -> None:
        assert self.document is not None
        path = self.folder / name
        self.document.save(path)
        assert self.document.path == path
        assert not self.document.modified
        self.saved[name] = snapshot(self.chart)
        self.clean_index = self.stack.index()
        assert snapshot(load_orgchart(path)) == self.saved[name]

    @precondition(lambda self: bool(self.saved))
    @rule(data=st.data())
    def open(self, data: st.DataObject) -> None:
        assert self.document is not None
        name = data.draw(st.sampled_from(sorted(self.saved)))
        self.document.open(self.folder / name)
        assert snapshot(self.chart) == self.saved[name]
        assert self.stack.count() == 0
        assert not self.document.modified
        self._new_history()

    # ----- after every step ----------------------------------------------------------------------

    @invariant()
    def model_is_sound(self) -> None:
        chart = self.chart
        graph = chart.graph
        ids = set(chart.position_ids())
        assert set(graph.nodes) == ids
        assert nx.is_directed_acyclic_graph(graph), nx.find_cycle(graph)
        for pid in ids:
            assert graph.in_degree(pid) <= 1, (pid, list(graph.predecessors(pid)))
            assert len(chart.chain_of_command(pid)) < len(ids)
        for manager, report in chart.dotted_lines():
            assert manager in ids and report in ids and manager != report
        teams = {t.id for t in chart.teams()}
        for team_id in teams:
            members = chart.team_members(team_id)
            assert set(members) == {p.id for p in chart.positions() if p.team == team_id}
        assert all(p.team is None or p.team in teams for p in chart.positions())

    @invariant()
    def history_is_exact(self) -> None:
        """The chart is the state recorded for the stack's index: undo and redo are exact."""
        stack = self.stack
        assert stack.count() == len(self.states) - 1
        assert snapshot(self.chart) == self.states[stack.index()]
        # the canvas too: undo puts every card back where it stood, redo where it went,
        # also when cards keep their places (re-layout off) and no layout can tell where
        assert self.card_places() == self.places[stack.index()]
        assert self.document is not None
        assert self.document.modified == (stack.index() != self.clean_index)

    @invariant()
    def scene_matches_model(self) -> None:
        QApplication.processEvents()  # what the event loop would run before the next gesture
        chart, scene = self.chart, self.scene
        assert scene.chart is chart
        cards = scene.cards()
        assert set(cards) == set(chart.position_ids())
        on_canvas = [item for item in scene.items() if isinstance(item, CardItem)]
        assert len(on_canvas) == len(cards)
        for pid, card in cards.items():
            assert card.data(0) == pid
            assert card.scene() is scene
            position = chart.position(pid)
            assert card.content.name == position.name
            assert card.content.title == position.title
            assert card.content == card_content(chart, pid), pid
            place = scene.placed(pid)
            assert place is not None, pid
            # Qt's setPos ignores changes below its fuzzy compare: near enough is exact here
            assert near(card.pos().x(), place[0]) and near(card.pos().y(), place[1]), pid
            if position.xy is not None:
                assert place == position.xy, pid
        assert set(scene.selected_ids()) <= set(cards)
        places = {pid: scene.placed(pid) for pid in cards}
        laid = chart_layout(chart, OPTIONS, respect_manual=True)
        if chart.settings.auto_layout:  # re-layout on: the cards stand where the layout says
            assert places == laid.positions
        # a box per team with members, in team order, around the members' cards
        boxes = [(b.team_id, b.name, b.kind, b.rect) for b in scene.team_boxes.boxes]
        assert [box[0] for box in boxes] == [
            t.id for t in chart.teams() if chart.team_members(t.id)
        ]
        teams = ((t.id, t.name, t.kind, chart.team_members(t.id)) for t in chart.teams())
        assert boxes == [(b.team_id, b.name, b.kind, b.rect) for b in team_boxes(teams, places)]
        dimension = scene.colour_by
        if dimension is not None:  # each card in its value's colour; the legend lists them
            values = {pid: chart.effective_segment(pid, dimension) for pid in cards}
            legend = dict(scene.colour_legend())
            assert set(legend) == set(values.values())
            for pid, card in cards.items():
                assert card.band_colour is not None
                assert card.band_colour.name().lower() == legend[values[pid]].lower(), pid
        else:
            assert all(card.band_colour is None for card in cards.values())
        lines = manager_lines(
            places, laid.stacked, chart.graph.adjacency(), routes=kept_routes(laid, places, chart)
        )
        assert sorted(scene.connectors.segments()) == sorted(s for m in lines.values() for s in m)
        assert scene.connectors.dotted == dotted_path(chart.dotted_lines(), places)

    def teardown(self) -> None:
        try:
            if self.document is not None:
                self.undo_everything()
                self.redo_everything()
        finally:
            if self.document is not None:
                # the stack's destructor would emit cleanChanged into a half-deleted Document
                self.document.undo_stack.clear()
                self.document.deleteLater()  # and the scene with it
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            shutil.rmtree(self.folder, ignore_errors=True)


def snapshot(chart: Chart) -> dict[str, Any]:
    """chart_state, with custom fields as (name, value) pairs: their order is saved too."""
    state = chart_state(chart)
    for position in state["positions"]:
        position["custom"] = list(position["custom"].items())
    return state


def near(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def test_random_edit_sessions_keep_the_document_sound(qapp) -> None:
    run_state_machine_as_test(DocumentSession, settings=SETTINGS)


# ----- the bugs the sessions found, as plain examples ----------------------------------------


def keep_places_document() -> tuple[Document, EditScene]:
    """The small sales chart with re-layout off: cards stay where they are."""
    chart = small_chart()
    chart.settings.auto_layout = False
    document = Document(chart)
    return document, EditScene(document)


def test_undo_puts_cards_back_where_they_stood_when_cards_keep_their_places(qapp) -> None:
    document, scene = keep_places_document()
    chart, stack = document.chart, document.undo_stack
    try:
        start = {pid: scene.placed(pid) for pid in chart.position_ids()}
        x, y = start["a1"]
        steps = [  # a drag to empty canvas, delete with reports, a drop onto a card, delete
            lambda: MoveCardsCommand(chart, {"a1": None}, {"a1": (x + 300.0, y + 200.0)}),
            lambda: RemovePositionsCommand(chart, ["m1"], subtrees=True),
            lambda: ReparentCommand(chart, ["m2"], "ops"),
            lambda: RemovePositionsCommand(chart, ["cro"], subtrees=False),
        ]
        places = [start]
        for command in steps:
            stack.push(command())
            places.append({pid: scene.placed(pid) for pid in chart.position_ids()})
        assert places[1]["a1"] == (x + 300.0, y + 200.0)
        for index in reversed(range(len(steps))):
            stack.undo()
            assert {pid: scene.placed(pid) for pid in chart.position_ids()} == places[index]
        for index in range(1, len(steps) + 1):
            stack.redo()
            assert {pid: scene.placed(pid) for pid in chart.position_ids()} == places[index]
    finally:
        stack.clear()


def test_a_reparent_that_would_make_a_cycle_is_refused_and_changes_nothing(qapp) -> None:
    document, _scene = keep_places_document()
    chart, stack = document.chart, document.undo_stack
    before = chart_state(chart)
    try:
        for ids, target in ((["cro"], "a1"), (["ops", "m1"], "a1"), (["m2"], "m2")):
            with pytest.raises(CycleError):
                stack.push(ReparentCommand(chart, ids, target))
            assert chart_state(chart) == before
            assert stack.count() == 0
    finally:
        stack.clear()
