"""The chart keeps its invariants, tells listeners what changed, and offers the read API."""

import pytest

from orgeditor.model import (
    ChangeKind,
    Chart,
    CycleError,
    DuplicateIdError,
    InvalidFieldError,
    Position,
    Team,
    UnknownPositionError,
    chart_state,
)


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


def test_read_api():
    chart = small_chart()
    assert list(chart.position_ids()) == ["ceo", "vp", "m1", "m2", "a", "b", "c"]
    assert chart.position("a").name == "A"
    assert chart.position("a").role == "ae"
    assert chart.position("a").status == "filled"
    assert chart.manager_of("a") == "m1"
    assert chart.manager_of("ceo") is None
    assert chart.reports_of("vp") == ["m1", "m2"]
    assert chart.roots() == ["ceo"]
    assert chart.descendants("vp") == ["m1", "a", "b", "m2", "c"]
    assert chart.chain_of_command("a") == ["m1", "vp", "ceo"]


def test_explicit_role_wins_over_title():
    chart = small_chart()
    chart.update_position("a", explicit_role="sdr")
    assert chart.position("a").role == "sdr"
    assert not chart.position("a").role_inferred
    chart.update_position("a", explicit_role=None)
    assert chart.position("a").role == "ae"


def test_duplicate_id_refused():
    chart = small_chart()
    with pytest.raises(DuplicateIdError):
        chart.add_position(Position("a"))
    assert len(chart) == 7


def test_cycle_refused_and_chart_unchanged():
    chart = small_chart()
    before = chart_state(chart)
    with pytest.raises(CycleError, match="already reports"):
        chart.set_manager("vp", "a")
    with pytest.raises(CycleError):
        chart.set_manager("vp", "vp")
    assert chart_state(chart) == before
    assert chart.would_cycle("m1", "b")
    assert not chart.would_cycle("b", "m2")


def test_reparent_at_index_and_back():
    chart = small_chart()
    old_manager, old_index = chart.set_manager("c", "m1", 1)
    assert chart.reports_of("m1") == ["a", "c", "b"]
    assert (old_manager, old_index) == ("m2", 0)
    chart.set_manager("c", old_manager, old_index)
    assert chart.reports_of("m1") == ["a", "b"]
    assert chart.reports_of("m2") == ["c"]


def test_reparent_to_root_and_root_order():
    chart = small_chart()
    chart.set_manager("m2", None, 0)
    assert chart.roots() == ["m2", "ceo"]
    assert chart.reports_of("m2") == ["c"]


def test_remove_moves_reports_up_and_restore_is_exact():
    chart = small_chart()
    chart.add_dotted_line("m2", "m1")
    chart.add_dotted_line("m2", "c")
    before = chart_state(chart)
    removed = chart.remove_position("m1")
    assert chart.reports_of("vp") == ["a", "b", "m2"]
    assert chart.dotted_lines() == [("m2", "c")]
    chart.restore_position(removed)
    assert chart_state(chart) == before


def test_remove_root_keeps_reports_as_roots_in_place():
    chart = small_chart()
    chart.add_position(Position("x", "X"))
    before = chart_state(chart)
    removed = chart.remove_position("ceo")
    assert chart.roots() == ["vp", "x"]
    chart.restore_position(removed)
    assert chart_state(chart) == before


def test_listeners_hear_each_change():
    chart = small_chart()
    heard = []
    chart.subscribe(heard.append)
    chart.update_position("a", name="Anne", status="vacant")
    chart.set_manager("a", "m2")
    chart.add_position(Position("n", "New"), "m2")
    chart.remove_position("n")
    kinds = [c.kind for c in heard]
    assert kinds == [
        ChangeKind.POSITION_CHANGED,
        ChangeKind.REPARENTED,
        ChangeKind.POSITION_ADDED,
        ChangeKind.POSITION_REMOVED,
    ]
    assert heard[0].fields == {"name", "status"}
    assert (heard[1].old_manager, heard[1].new_manager) == ("m1", "m2")


def test_no_change_no_notification():
    chart = small_chart()
    heard = []
    chart.subscribe(heard.append)
    assert chart.update_position("a", name="A") == {}
    assert heard == []


def test_quiet_gives_one_reset():
    chart = Chart()
    heard = []
    chart.subscribe(heard.append)
    with chart.quiet():
        for i in range(5):
            chart.add_position(Position(f"p{i}"))
    assert [c.kind for c in heard] == [ChangeKind.RESET]


def test_invalid_values_refused():
    chart = small_chart()
    with pytest.raises(InvalidFieldError):
        chart.update_position("a", status="retired")
    with pytest.raises(InvalidFieldError):
        chart.update_position("a", explicit_role="astronaut")
    with pytest.raises(InvalidFieldError):
        chart.update_position("a", colour="red")
    with pytest.raises(UnknownPositionError):
        chart.update_position("zz", name="x")
    with pytest.raises(InvalidFieldError):
        chart.update_settings(declared_model="matrix")


def test_teams_membership_and_segment_inheritance():
    chart = small_chart()
    chart.add_team(Team("t1", "Pod North", kind="pod", region="North"))
    chart.update_position("a", team="t1")
    chart.update_position("b", team="t1", region="South")
    assert chart.team_members("t1") == ["a", "b"]
    assert chart.effective_segment("a", "region") == "North"
    assert chart.effective_segment("b", "region") == "South"
    _team, members = chart.remove_team("t1")
    assert members == ["a", "b"]
    assert chart.position("a").team is None
    assert not chart.has_team("t1")


def test_dotted_lines_do_not_touch_solid_lines():
    chart = small_chart()
    chart.add_dotted_line("m2", "a")
    assert chart.dotted_lines() == [("m2", "a")]
    assert chart.dotted_managers_of("a") == ["m2"]
    assert chart.manager_of("a") == "m1"
    chart.remove_dotted_line("m2", "a")
    assert chart.dotted_lines() == []


def test_copy_is_equal_and_independent():
    chart = small_chart()
    chart.update_position("a", custom={"email": "a@example.com"}, xy=(10.0, 20.0), cost=1.5)
    clone = chart.copy()
    assert chart_state(clone) == chart_state(chart)
    clone.update_position("a", name="other")
    assert chart.position("a").name == "A"


def test_revision_bumps_on_mutation():
    chart = small_chart()
    revision = chart.revision
    chart.update_position("a", name="Z")
    assert chart.revision > revision


def test_remove_root_with_several_reports_keeps_order_and_undo_is_exact():
    chart = Chart()
    for pid in ("y", "x", "A", "R", "B"):
        chart.add_position(Position(pid, pid))
    chart.set_manager("x", "R")
    chart.set_manager("y", "R")
    assert chart.roots() == ["A", "R", "B"]
    before = chart_state(chart)
    removed = chart.remove_position("R")
    assert chart.roots() == ["A", "x", "y", "B"]
    chart.restore_position(removed)
    assert chart_state(chart) == before


def test_team_comes_back_at_its_place():
    chart = small_chart()
    for tid in ("t1", "t2", "t3"):
        chart.add_team(Team(tid, tid.upper()))
    index = chart.team_index("t1")
    team, _members = chart.remove_team("t1")
    chart.add_team(team, index)
    assert [t.id for t in chart.teams()] == ["t1", "t2", "t3"]


@pytest.mark.parametrize(
    "fields",
    [
        {"id": ""},
        {"explicit_role": ""},
        {"cost": True},
        {"cost": float("nan")},
        {"cost": float("inf")},
        {"cost": 10**400},
        {"xy": (float("nan"), 0.0)},
        {"xy": (1.0,)},
    ],
)
def test_values_a_saved_file_could_not_hold_are_refused(fields) -> None:
    """A chart must always save to a file that opens again."""
    chart = Chart()
    values = {"id": "a", **fields}
    with pytest.raises(InvalidFieldError):
        chart.add_position(Position(**values))
    assert len(chart) == 0
    chart.add_position(Position("b"))
    editable = {k: v for k, v in fields.items() if k != "id"}
    if editable:
        with pytest.raises(InvalidFieldError):
            chart.update_position("b", **editable)


def test_empty_team_id_is_refused() -> None:
    with pytest.raises(InvalidFieldError):
        Chart().add_team(Team(""))
