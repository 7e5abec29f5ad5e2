"""Chart.add_positions: many positions at once, as add_position would add them one by one,
with one RESET for listeners; checked before anything changes."""

import pytest

from orgeditor.model import (
    ChangeKind,
    Chart,
    DuplicateIdError,
    InvalidFieldError,
    Position,
    Team,
    UnknownPositionError,
    UnknownTeamError,
    chart_state,
)

ENTRIES = [
    ("ceo", None),
    ("vp", "ceo"),
    ("m1", "vp"),
    ("m2", "vp"),
    ("a", "m1"),
    ("b", "m1"),
    ("c", "m2"),
    ("lone", None),
]


def positions(team: str | None = None) -> list[tuple[Position, str | None]]:
    return [
        (Position(pid, pid.upper(), "Account Executive", team=team if pid in "abc" else None), m)
        for pid, m in ENTRIES
    ]


def one_by_one(entries) -> Chart:
    chart = Chart()
    chart.add_team(Team("t1", "Pod"))
    for position, manager in entries:
        chart.add_position(position, manager)
    return chart


def test_the_same_chart_as_adding_one_by_one() -> None:
    chart = Chart()
    chart.add_team(Team("t1", "Pod"))
    assert chart.add_positions(positions("t1")) == [pid for pid, _m in ENTRIES]
    assert chart_state(chart) == chart_state(one_by_one(positions("t1")))
    assert chart.roots() == ["ceo", "lone"]
    assert chart.reports_of("vp") == ["m1", "m2"]
    assert chart.manager_of("c") == "m2"
    assert chart.team_members("t1") == ["a", "b", "c"]


def test_listeners_hear_one_reset_and_the_revision_moves() -> None:
    chart = Chart()
    heard = []
    chart.subscribe(heard.append)
    chart.add_positions(positions())
    assert [c.kind for c in heard] == [ChangeKind.RESET]
    assert chart.revision > 0
    chart.add_positions([])
    assert len(heard) == 1


def test_inside_quiet_the_reset_comes_at_the_end() -> None:
    chart = Chart()
    heard = []
    chart.subscribe(heard.append)
    with chart.quiet():
        chart.add_positions(positions())
        assert heard == []
    assert [c.kind for c in heard] == [ChangeKind.RESET]


def test_added_below_positions_already_there() -> None:
    chart = Chart()
    chart.add_position(Position("ceo", "Ada"))
    chart.add_position(Position("x", "X"), "ceo")
    chart.add_positions([(Position("y", "Y"), "ceo"), (Position("z", "Z"), "y")])
    assert chart.reports_of("ceo") == ["x", "y"]
    assert chart.descendants("ceo") == ["x", "y", "z"]


@pytest.mark.parametrize(
    ("entries", "error"),
    [
        ([(Position("a"), None), (Position("a"), None)], DuplicateIdError),
        ([(Position("ceo"), None)], DuplicateIdError),
        ([(Position("b"), "a"), (Position("a"), None)], UnknownPositionError),  # manager later
        ([(Position("a"), "a")], UnknownPositionError),  # itself, as add_position says
        ([(Position("a", status="gone"), None)], InvalidFieldError),
        ([(Position("a", explicit_role="no_such_role"), None)], InvalidFieldError),
        ([(Position("a", cost=float("nan")), None)], InvalidFieldError),
        ([(Position("a", cost=1e30), None)], InvalidFieldError),
        ([(Position("a", cost=True), None)], InvalidFieldError),  # type: ignore[arg-type]
        ([(Position("a", xy=(1.0, float("inf"))), None)], InvalidFieldError),
        ([(Position(""), None)], InvalidFieldError),
        ([(Position("a", team="nope"), None)], UnknownTeamError),
    ],
)
def test_a_refusal_changes_nothing_and_says_what_add_position_says(entries, error) -> None:
    chart = Chart()
    chart.add_position(Position("ceo", "Ada"))
    before = chart_state(chart)
    heard = []
    chart.subscribe(heard.append)
    with pytest.raises(error) as bulk:
        chart.add_positions([(Position("ok", "Ok"), "ceo"), *entries])
    assert chart_state(chart) == before and heard == []
    single = Chart()
    single.add_position(Position("ceo", "Ada"))
    with pytest.raises(error) as alone:
        single.add_position(Position("ok", "Ok"), "ceo")
        for position, manager in entries:
            single.add_position(position, manager)
    assert str(bulk.value) == str(alone.value)


def test_costs_and_places_in_range_are_taken() -> None:
    chart = Chart()
    chart.add_positions(
        [(Position("a", cost=85_000), None), (Position("b", cost=1.5, xy=(10.0, -20.0)), "a")]
    )
    assert chart.position("a").cost == 85_000
    assert chart.position("b").xy == (10.0, -20.0)
