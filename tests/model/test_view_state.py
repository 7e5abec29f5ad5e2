"""The chart's view (folded branches, the branch in focus): changed without an edit, told to
listeners as VIEW_CHANGED, kept by copies and by the .orgchart file, ignored by the live checks."""

import pytest

from orgeditor.io import load_orgchart, save_orgchart
from orgeditor.model import (
    ChangeKind,
    Chart,
    Position,
    UnknownPositionError,
    chart_from_state,
    chart_state,
)
from orgeditor.rules.checker import Checker


def small_chart() -> Chart:
    """ceo -> vp -> (m1 -> a, b), (m2 -> c)"""
    chart = Chart()
    chart.add_position(Position("ceo", "Ada", "CEO"))
    chart.add_position(Position("vp", "Bo", "VP Sales"), "ceo")
    chart.add_position(Position("m1", "Cy", "Sales Manager"), "vp")
    chart.add_position(Position("m2", "Di", "Sales Manager"), "vp")
    for pid, manager in (("a", "m1"), ("b", "m1"), ("c", "m2")):
        chart.add_position(Position(pid, pid.upper(), "Account Executive"), manager)
    return chart


def test_set_view_tells_listeners_and_keeps_the_revision():
    chart = small_chart()
    kinds = []
    chart.subscribe(lambda change: kinds.append(change.kind))
    revision = chart.revision
    chart.set_view(collapsed={"m1"})
    chart.set_view(focus="vp")
    assert chart.view.collapsed == {"m1"} and chart.view.focus == "vp"
    chart.set_view(collapsed={"m1"})  # no change: no notification
    chart.set_view(focus=False)  # keep
    chart.set_view(collapsed=None, focus=None)
    assert chart.view.focus is None and chart.view.collapsed == {"m1"}
    assert kinds == [ChangeKind.VIEW_CHANGED] * 3
    assert chart.revision == revision


def test_set_view_refuses_unknown_ids():
    chart = small_chart()
    with pytest.raises(UnknownPositionError):
        chart.set_view(collapsed={"nobody"})
    with pytest.raises(UnknownPositionError):
        chart.set_view(focus="nobody")
    assert chart.view.collapsed == set() and chart.view.focus is None


def test_a_removed_folded_manager_may_stay_in_the_set():
    chart = small_chart()
    chart.set_view(collapsed={"m1"})
    chart.remove_position("m1")
    chart.set_view(collapsed={"m1", "m2"})  # only new ids must be positions
    assert chart.view.collapsed == {"m1", "m2"}


def test_copies_and_states_keep_the_view():
    chart = small_chart()
    chart.set_view(collapsed={"m1", "m2"}, focus="vp")
    copy = chart.copy()
    assert copy.view.collapsed == {"m1", "m2"} and copy.view.focus == "vp"
    copy.set_view(collapsed=())
    assert chart.view.collapsed == {"m1", "m2"}  # not shared
    state = chart_state(chart)
    assert state["view"] == {"collapsed": ["m1", "m2"], "focus": "vp"}
    assert chart_from_state(state).view.focus == "vp"


def test_a_state_naming_missing_positions_reads_without_them():
    state = chart_state(small_chart())
    state["view"] = {"collapsed": ["m1", "gone"], "focus": "gone"}
    chart = chart_from_state(state)
    assert chart.view.collapsed == {"m1"} and chart.view.focus is None


def test_the_orgchart_file_keeps_the_view(tmp_path):
    chart = small_chart()
    chart.set_view(collapsed={"m2"}, focus="vp")
    path = tmp_path / "view.orgchart"
    save_orgchart(chart, path)
    again = load_orgchart(path)
    assert again.view.collapsed == {"m2"} and again.view.focus == "vp"
    save_orgchart(again, tmp_path / "again.orgchart")
    assert (tmp_path / "again.orgchart").read_bytes() == path.read_bytes()


def test_a_file_without_a_view_shows_everything(tmp_path):
    chart = small_chart()
    path = tmp_path / "plain.orgchart"
    save_orgchart(chart, path)
    again = load_orgchart(path)
    assert again.view.collapsed == set() and again.view.focus is None


def test_the_live_checks_ignore_view_changes():
    chart = small_chart()
    checker = Checker(chart)
    before = checker.findings()
    facts = checker.facts
    records = dict(facts.records)
    chart.set_view(collapsed={"m1"}, focus="vp")
    assert not checker._dirty and not checker._all_managers  # nothing to re-check
    assert checker.findings() == before
    assert facts.records == records
    chart.add_position(Position("d", "D", "Account Executive"), "m1")  # edits still count
    checker.findings()
    assert "d" in checker.facts.records
    checker.close()
