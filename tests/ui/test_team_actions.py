"""TeamActions: team, pod, dotted-line and declared-model actions and the Teams menu.

Questions to the user (names, segments, dotted managers) go through ask_* methods, replaced
here. The context menus that offer these actions are shown for real in test_context_menus.py.
"""

from dataclasses import dataclass

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from support.canvas_helpers import Canvas, make_canvas, small_chart

from orgeditor.model import chart_state
from orgeditor.ui.dialogs.team_segments import TeamSegmentsDialog
from orgeditor.ui.team_actions import TeamActions


@dataclass
class Rig(Canvas):
    actions: TeamActions

    @property
    def stack(self):
        return self.document.undo_stack


@pytest.fixture
def rig(qtbot):
    canvas = make_canvas(qtbot, small_chart())
    actions = TeamActions(canvas.document, canvas.scene, canvas.view, canvas.view)
    yield Rig(canvas.document, canvas.scene, canvas.view, actions)
    canvas.document.undo_stack.clear()


def texts(menu: QMenu, plain: bool = True) -> list[str]:
    """The entries' texts (section titles too), without mnemonic ampersands if plain."""
    found = [a.text() for a in menu.actions() if a.text()]
    return [t.replace("&", "") for t in found] if plain else found


def find(menu: QMenu, text: str) -> QAction:
    for act in menu.actions():
        if act.text().replace("&", "") == text:
            return act
    raise AssertionError(f"{text!r} not in {texts(menu)}")


# ----- making teams ----------------------------------------------------------------------------


def test_make_pod_from_selection_asks_a_name_and_undoes(rig, monkeypatch):
    asked = []

    def ask(title, label, default):
        asked.append((title, default))
        return "Pod South"

    monkeypatch.setattr(rig.actions, "ask_team_name", ask)
    before = chart_state(rig.chart)
    assert not rig.actions.make_pod.isEnabled()
    rig.scene.select_ids(["m2", "b1"])
    rig.actions.refresh()
    assert rig.actions.make_pod.isEnabled()
    rig.actions.make_pod.trigger()
    assert asked == [("Make Pod", "Pod 2")]  # Pod North is pod 1
    team = rig.chart.team_by_name("Pod South")
    assert team is not None and team.kind == "pod"
    assert rig.chart.team_members(team.id) == ["m2", "b1"]
    assert rig.stack.count() == 1 and rig.stack.text(0) == "Make pod from 2 positions"
    rig.stack.undo()
    assert chart_state(rig.chart) == before


def test_make_team_default_name_and_cancel(rig, monkeypatch):
    monkeypatch.setattr(rig.actions, "ask_team_name", lambda *args: None)
    rig.scene.select_ids(["ops"])
    assert rig.actions.make_team_from_selection("other") is None
    assert rig.stack.count() == 0
    assert rig.actions.default_team_name("other") == "Team 1"
    monkeypatch.setattr(rig.actions, "ask_team_name", lambda title, label, default: default)
    team_id = rig.actions.make_team_from_selection("other")
    assert rig.chart.team(team_id).name == "Team 1" and rig.chart.team(team_id).kind == "other"
    assert rig.actions.default_team_name("other") == "Team 2"


# ----- changing and dissolving a team ----------------------------------------------------------


def test_team_actions_follow_the_selection(rig):
    acts = rig.actions
    rig.scene.select_ids(["a1", "a2"])
    acts.refresh()
    assert acts.current_team_id() == "t1"
    assert acts.rename_team.isEnabled() and acts.dissolve_team.isEnabled()
    assert acts.kind_menu.isEnabled() and acts.kind_actions["pod"].isChecked()
    assert acts.team_model_actions[None].isChecked()
    rig.scene.select_ids(["a1", "m1"])  # not all in one team
    acts.refresh()
    assert acts.current_team_id() is None
    assert not acts.rename_team.isEnabled() and not acts.kind_menu.isEnabled()
    assert not any(a.isChecked() for a in acts.kind_actions.values())
    assert acts.remove_from_team.isEnabled()
    rig.scene.select_ids([])
    acts.refresh()
    assert not acts.make_team.isEnabled() and not acts.add_dotted_line.isEnabled()


def test_rename_kind_segments_and_model_of_the_selected_team(rig, monkeypatch):
    acts, chart = rig.actions, rig.chart
    monkeypatch.setattr(acts, "ask_team_name", lambda title, label, default: "Pod Arctic")
    monkeypatch.setattr(
        acts,
        "ask_segments",
        lambda team: {
            "region": "West",
            "product_line": "CRM",
            "customer_size": "",
            "vertical": "Retail",
        },
    )
    rig.scene.select_ids(["a1"])
    acts.refresh()
    acts.rename_team.trigger()
    acts.kind_actions["stage"].trigger()
    acts.team_segments.trigger()
    acts.team_model_actions["island"].trigger()
    team = chart.team("t1")
    assert (team.name, team.kind, team.declared_model) == ("Pod Arctic", "stage", "island")
    assert (team.region, team.product_line, team.vertical) == ("West", "CRM", "Retail")
    assert chart.effective_segment("a2", "region") == "West"  # members inherit
    assert [rig.stack.text(i) for i in range(rig.stack.count())] == [
        "Rename team",
        "Make Pod Arctic a stage",
        "Set segments of Pod Arctic",
        "Declare island model of Pod Arctic",
    ]
    acts.refresh()
    assert acts.kind_actions["stage"].isChecked() and acts.team_model_actions["island"].isChecked()
    acts.kind_actions["stage"].trigger()  # the checked one again: nothing, still checked
    assert rig.stack.count() == 4 and acts.kind_actions["stage"].isChecked()
    while rig.stack.canUndo():
        rig.stack.undo()
    team = chart.team("t1")
    assert (team.name, team.kind, team.declared_model, team.region) == (
        "Pod North",
        "pod",
        None,
        "North",
    )


def test_dissolve_team_action_and_undo(rig):
    rig.scene.select_ids(["a2"])
    rig.actions.refresh()
    rig.actions.dissolve_team.trigger()
    assert not rig.chart.has_team("t1")
    assert rig.stack.text(0) == "Dissolve Pod North"
    rig.stack.undo()
    assert rig.chart.team_members("t1") == ["a1", "a2"]


def test_add_to_and_remove_from_team(rig):
    assert rig.actions.add_to_team(["m1", "a1"], "t1")
    assert set(rig.chart.team_members("t1")) == {"a1", "a2", "m1"}
    rig.scene.select_ids(["m1", "ops"])
    rig.actions.refresh()
    rig.actions.remove_from_team.trigger()
    assert rig.chart.position("m1").team is None
    assert rig.stack.count() == 2


# ----- declared models -------------------------------------------------------------------------


def test_chart_declared_model_actions(rig):
    acts, chart = rig.actions, rig.chart
    assert acts.chart_model_actions[None].isChecked()
    acts.chart_model_actions["assembly_line"].trigger()
    assert chart.settings.declared_model == "assembly_line"
    assert rig.stack.text(0) == "Declare assembly line model"
    assert acts.chart_model_actions["assembly_line"].isChecked()
    acts.chart_model_actions[None].trigger()
    assert chart.settings.declared_model is None
    rig.stack.undo()
    assert chart.settings.declared_model == "assembly_line"
    rig.stack.undo()
    assert chart.settings.declared_model is None
    acts.refresh()
    assert acts.chart_model_actions[None].isChecked()


# ----- dotted lines ----------------------------------------------------------------------------


def test_add_dotted_line_second_selected_is_the_manager(rig):
    scene = rig.scene
    scene.select_ids(["b1"])
    rig.scene.card("m1").setSelected(True)  # chosen second
    assert scene.selected_in_order() == ["b1", "m1"]
    rig.actions.refresh()
    assert rig.actions.add_dotted_line.isEnabled()
    rig.actions.add_dotted_line.trigger()
    assert ("m1", "b1") in rig.chart.dotted_lines()
    assert rig.chart.manager_of("b1") == "m2"
    assert rig.stack.count() == 1
    assert rig.stack.text(0) == "Add dotted line from Alan Turing to Account Manager"


def test_add_dotted_line_with_one_selected_asks_for_the_manager(rig, monkeypatch):
    offered = []

    def ask(report):
        offered.append(report)
        return "cro"

    monkeypatch.setattr(rig.actions, "ask_dotted_manager", ask)
    rig.scene.select_ids(["a1"])
    QApplication.processEvents()  # the actions follow the selection on the next turn
    assert rig.actions.add_dotted_line.isEnabled()
    rig.actions.add_dotted_line.trigger()
    assert offered == ["a1"] and ("cro", "a1") in rig.chart.dotted_lines()


def test_refused_dotted_lines_say_why(rig):
    messages = []
    rig.scene.statusMessage.connect(messages.append)
    assert not rig.actions.add_dotted("m2", "b1")  # its solid manager
    assert "already reports to" in messages[-1]
    assert not rig.actions.add_dotted("ops", "m2")
    assert "already has a dotted line" in messages[-1]
    assert not rig.actions.add_dotted("b1", "b1")
    assert rig.stack.count() == 0


def test_remove_dotted_lines_of_selection(rig):
    rig.chart.add_dotted_line("m1", "b1")
    rig.scene.select_ids(["b1", "m2"])
    rig.actions.refresh()
    assert rig.actions.remove_dotted_lines.isEnabled()
    rig.actions.remove_dotted_lines.trigger()
    assert rig.chart.dotted_lines() == []
    assert rig.stack.count() == 1 and rig.stack.text(0) == "Remove 2 dotted lines"
    rig.stack.undo()
    assert sorted(rig.chart.dotted_lines()) == [("m1", "b1"), ("ops", "m2")]


def test_menu_bar_menu_holds_every_action(rig):
    menu = rig.actions.menu()
    entries = texts(menu, plain=False)
    for text in (
        "Make &Team from Selection…",
        "Make &Pod from Selection…",
        "Re&name Team…",
        "Team &Kind",
        "Team &Segments…",
        "Team Declared &Model",
        "&Dissolve Team",
        "Add Dotted &Line…",
        "Remove Dotted Lines of Selection",
        "&Chart Declared Model",
    ):
        assert text in entries, text


def test_segments_dialog_returns_the_fields(rig, qtbot):
    dialog = TeamSegmentsDialog(rig.chart, rig.chart.team("t1"))
    qtbot.addWidget(dialog)
    assert dialog.edits["region"].text() == "North"
    dialog.edits["vertical"].setText("  Retail ")
    assert dialog.values() == {
        "region": "North",
        "product_line": "",
        "customer_size": "",
        "vertical": "Retail",
    }


def test_teams_dotted_lines_and_models_are_saved(rig, tmp_path):
    rig.actions.make_team_of(["m2", "b1"], "Pod South", "pod")
    rig.actions.set_team_model("t1", "island")
    rig.actions.set_chart_model("pod")
    rig.actions.add_dotted("m1", "b1")
    path = tmp_path / "teams.orgchart"
    rig.document.save(path)
    before = chart_state(rig.chart)
    rig.document.open(path)
    assert chart_state(rig.chart) == before
    assert rig.chart.team("t1").declared_model == "island"
    assert rig.chart.settings.declared_model == "pod"
    assert ("m1", "b1") in rig.chart.dotted_lines()
