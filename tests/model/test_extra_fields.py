"""`extra`: fields a file had that this version does not know, carried by the model itself
through copies, chart_state, undo-style remove/restore and copy/paste; never edited."""

from __future__ import annotations

import json

import pytest

from orgeditor.model import (
    Chart,
    ChartSettings,
    ImportProblem,
    InvalidFieldError,
    Position,
    Team,
    chart_from_state,
    chart_state,
)
from orgeditor.model.fragment import copy_subtrees, instantiate


def chart_with_extras() -> Chart:
    chart = Chart(ChartSettings(name="Plan", extra={"theme": {"dark": True}}))
    chart.extra = {"layout_cache": {"a": [1, 2]}}
    chart.add_team(Team("t", "Pod", "pod", extra={"colour": "#f00"}))
    chart.add_position(
        Position("a", "Ann", "CEO", custom={"Zeta": "1", "Alpha": "2"}, extra={"hr": [1]})
    )
    chart.add_position(Position("b", "Bo", "AE", team="t", extra={"hr": [2], "n": None}), "a")
    chart.add_position(Position("c", "Cy", "SDR", custom={"Quota": "3"}), "b")
    chart.import_problems = [ImportProblem("cycle", "m", ("a",), 3, extra={"severity": "high"})]
    return chart


def test_copies_of_records_are_deep() -> None:
    position = Position("a", custom={"x": "1"}, extra={"tags": ["a"]})
    clone = position.copy()
    assert clone == position
    clone.extra["tags"].append("b")
    clone.custom["x"] = "2"
    assert position.extra == {"tags": ["a"]} and position.custom == {"x": "1"}
    team = Team("t", extra={"colour": {"r": 1}})
    team_clone = team.copy()
    team_clone.extra["colour"]["r"] = 2
    assert team.extra == {"colour": {"r": 1}}
    settings = ChartSettings(extra={"theme": ["dark"]})
    settings.copy().extra["theme"].append("x")
    assert settings.extra == {"theme": ["dark"]}


def test_extra_takes_part_in_equality() -> None:
    """Records that would save differently are different."""
    assert Position("a") != Position("a", extra={"hr": 1})
    assert Team("t") != Team("t", extra={"hr": 1})
    assert ChartSettings() != ChartSettings(extra={"hr": 1})
    problem = ImportProblem("cycle", "m", extra={"hr": 1})
    assert problem != ImportProblem("cycle", "m")
    assert hash(problem) == hash(ImportProblem("cycle", "m", extra={"hr": 2}))  # still hashable


def test_the_editor_cannot_change_extra() -> None:
    chart = chart_with_extras()
    with pytest.raises(InvalidFieldError, match="unknown position field"):
        chart.update_position("a", extra={})
    with pytest.raises(InvalidFieldError, match="unknown team field"):
        chart.update_team("t", extra={})
    with pytest.raises(InvalidFieldError, match="unknown setting"):
        chart.update_settings(extra={})
    chart.update_position("a", name="Anne", custom={"Alpha": "2", "Zeta": "1"})
    chart.update_team("t", name="Pod 1")
    chart.update_settings(name="Plan 2")
    assert chart.position("a").extra == {"hr": [1]}
    assert chart.team("t").extra == {"colour": "#f00"}
    assert chart.settings.extra == {"theme": {"dark": True}}


def test_remove_and_restore_keep_extra() -> None:
    chart = chart_with_extras()
    before = chart_state(chart)
    removed = chart.remove_position("b")
    chart.restore_position(removed)
    assert chart_state(chart) == before
    assert chart.position("b").extra == {"hr": [2], "n": None}


def test_chart_state_and_copy_carry_every_level() -> None:
    chart = chart_with_extras()
    state = chart_state(chart)
    assert state["extra"] == {"layout_cache": {"a": [1, 2]}}
    assert state["settings"]["extra"] == {"theme": {"dark": True}}
    assert [p["extra"] for p in state["positions"]] == [{"hr": [1]}, {"hr": [2], "n": None}, {}]
    assert state["teams"][0]["extra"] == {"colour": "#f00"}
    assert state["import_problems"][0]["extra"] == {"severity": "high"}
    copy = chart.copy()
    assert chart_state(copy) == state
    assert list(copy.position("a").custom) == ["Zeta", "Alpha"]
    assert copy.import_problems == chart.import_problems
    # no sharing between the chart, its state and its copy
    state["positions"][0]["extra"]["hr"].append(9)
    copy.extra["layout_cache"]["a"].append(9)
    assert chart.position("a").extra == {"hr": [1]}
    assert chart.extra == {"layout_cache": {"a": [1, 2]}}


def test_chart_from_state_does_not_share_the_states_objects() -> None:
    state = chart_state(chart_with_extras())
    chart = chart_from_state(state)
    state["extra"]["layout_cache"]["a"].clear()
    state["settings"]["extra"]["theme"]["dark"] = False
    state["teams"][0]["extra"]["colour"] = "blue"
    state["import_problems"][0]["extra"]["severity"] = "low"
    assert chart_state(chart) == chart_state(chart_with_extras())


def test_chart_from_state_without_extra_keys() -> None:
    """States written before `extra` existed (or by hand) still build a chart."""
    state = chart_state(chart_with_extras())
    for level in (state, state["settings"], *state["positions"], *state["teams"]):
        del level["extra"]
    del state["import_problems"][0]["extra"]
    chart = chart_from_state(state)
    assert chart.extra == {} and chart.position("a").extra == {} and chart.team("t").extra == {}


def test_copy_and_paste_carry_extra_and_custom_order() -> None:
    chart = chart_with_extras()
    fragment = json.loads(json.dumps(copy_subtrees(chart, ["b"])))  # as on the clipboard
    pasted = instantiate(fragment, chart)
    positions = [position for position, _manager in pasted]
    assert [p.extra for p in positions] == [{"hr": [2], "n": None}, {}]
    assert positions[0].id not in chart and positions[0].team == "t"
    a_copy = instantiate(json.loads(json.dumps(copy_subtrees(chart, ["a"]))), chart)[0][0]
    assert list(a_copy.custom.items()) == [("Zeta", "1"), ("Alpha", "2")]
    assert a_copy.extra == {"hr": [1]}
    a_copy.extra["hr"].append(5)
    assert chart.position("a").extra == {"hr": [1]}


@pytest.mark.parametrize("extra", [["not", "an", "object"], "x", None])
def test_pasting_a_damaged_extra_drops_it(extra: object) -> None:
    chart = chart_with_extras()
    fragment = copy_subtrees(chart, ["c"])
    fragment[0]["extra"] = extra
    (position, _manager), *_ = instantiate(fragment, chart)
    assert position.extra == {}
