"""The compact layout: readable real-size charts (stacks, wrapped rows, a screen's shape)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.companies import company
from support.layout_checks import EPS, crossing_connectors, forests, overlapping_pairs

from orgeditor.io import read_chart
from orgeditor.layout import LayoutOptions, chart_layout, compact_forest, tidy_layout
from orgeditor.model import Chart, Position

DATA = Path(__file__).resolve().parents[1] / "data"
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


options = st.builds(
    LayoutOptions,
    card_width=st.sampled_from([200, 120, 37.5]),
    card_height=st.sampled_from([72, 40, 15.25]),
    h_gap=st.sampled_from([24, 7.5]),
    v_gap=st.sampled_from([56, 11.5]),
    subtree_gap=st.sampled_from([40, 24, 90.5]),
    compact_threshold=st.integers(0, 6),
    compact_indent=st.sampled_from([24, 9.5]),
    compact_v_gap=st.sampled_from([12, 3.5]),
    target_aspect=st.sampled_from([1.6, 0.5, 4.0]),
)


def check_compact(result, roots, tree) -> None:
    """Every card placed once; reports below their manager; no overlaps; no line through a
    card; each manager's lines one connected drawing joining it to every report."""
    opts = result.options
    cw, ch = opts.card_width, opts.card_height
    pos = result.positions
    nodes = list(roots)
    for node in nodes:
        nodes.extend(tree[node])
    assert set(pos) == set(nodes) and len(pos) == len(nodes)
    for manager in nodes:
        mx, my = pos[manager]
        for kid in tree[manager]:
            assert pos[kid][1] >= my + ch + opts.v_gap - EPS  # below, past the gap
    assert overlapping_pairs(result, min(opts.h_gap, opts.subtree_gap)) == []
    assert crossing_connectors(result, tree.__getitem__) == []
    x0, y0, x1, y1 = result.bounds
    assert (x0, y0) == (0.0, 0.0)
    assert all(
        x >= -EPS and y >= -EPS and x + cw <= x1 + EPS and y + ch <= y1 + EPS
        for x, y in pos.values()
    )
    for manager in nodes:
        kids = tree[manager]
        if not kids:
            assert manager not in result.routes
            continue
        mx, my = pos[manager]
        ends = [(mx + cw / 2, my + ch)]
        for kid in kids:
            kx, ky = pos[kid]
            top, side = (kx + cw / 2, ky), (kx, ky + ch / 2)
            ends.append(top if manager not in result.stacked or tree[kid] else side)
        assert joined(result.routes[manager], ends), manager


def joined(segments, points) -> bool:
    """Whether the axis-parallel segments form one connected drawing touching every point
    (a stacked card is reached by its tick, any other card by a line ending on its top)."""
    segments = list(segments)
    parent = list(range(len(segments)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def touches(seg, p) -> bool:
        x1, y1, x2, y2 = seg
        return (
            min(x1, x2) - EPS <= p[0] <= max(x1, x2) + EPS
            and min(y1, y2) - EPS <= p[1] <= max(y1, y2) + EPS
        )

    for i, j in itertools.combinations(range(len(segments)), 2):
        a, b = segments[i], segments[j]
        if touches(a, b[:2]) or touches(a, b[2:]) or touches(b, a[:2]) or touches(b, a[2:]):
            parent[find(i)] = find(j)
    groups = {find(i) for i in range(len(segments))}
    if len(groups) != 1:
        return False
    return all(any(touches(s, p) for s in segments) for p in points)


@SETTINGS
@given(forests(max_size=250, max_roots=5, max_team=30))
def test_the_compact_layout_keeps_every_invariant(forest):
    roots, tree = forest
    check_compact(compact_forest(roots, tree.__getitem__), roots, tree)


@SETTINGS
@given(forests(max_size=120, max_roots=5, max_team=30), options)
def test_any_options_keep_every_invariant(forest, opts):
    roots, tree = forest
    check_compact(compact_forest(roots, tree.__getitem__, opts), roots, tree)


def test_leaf_reports_stand_in_balanced_columns_under_their_manager():
    tree = {"m": [f"r{i}" for i in range(22)], **{f"r{i}": [] for i in range(22)}}
    result = compact_forest(["m"], tree.__getitem__)
    opts = result.options
    xs = sorted({result.positions[f"r{i}"][0] for i in range(22)})
    assert len(xs) == 3  # 22 cards: three columns of 8, 8 and 6, not a row of 22
    mx = result.positions["m"][0]
    left, right = xs[0] - opts.compact_indent, xs[-1] + opts.card_width
    assert abs((mx + opts.card_width / 2) - (left + right) / 2) < EPS  # manager centred
    assert result.width < result.height * 2
    assert "m" in result.stacked


def test_a_manager_of_many_teams_wraps_them_into_rows():
    tree: dict[str, list[str]] = {"vp": []}
    for t in range(20):
        tree["vp"].append(f"m{t}")
        tree[f"m{t}"] = [f"s{t}_{i}" for i in range(6)]
        tree.update({f"s{t}_{i}": [] for i in range(6)})
    result = compact_forest(["vp"], tree.__getitem__)
    rows = sorted({result.positions[f"m{t}"][1] for t in range(20)})
    assert len(rows) > 1
    assert 1 / 1.6 <= result.width / result.height <= 1.6 * 1.6
    # the order of the teams reads left to right, then row by row
    order = sorted(
        range(20), key=lambda t: (result.positions[f"m{t}"][1], result.positions[f"m{t}"][0])
    )
    assert order == list(range(20))
    wide = layout_width_of(tree)
    assert result.width < wide / 3


def layout_width_of(tree) -> float:
    from orgeditor.layout import layout_forest

    return layout_forest(["vp"], tree.__getitem__).width


def test_individual_contributors_beside_sub_teams_are_stacked_first():
    tree = {
        "m": ["a", "t1", "b", "t2", "c"],
        "t1": ["x"],
        "t2": ["y"],
        "a": [],
        "b": [],
        "c": [],
        "x": [],
        "y": [],
    }
    result = compact_forest(["m"], tree.__getitem__)
    pos = result.positions
    assert pos["a"][0] == pos["b"][0] == pos["c"][0]  # one column of the three
    assert pos["a"][1] < pos["b"][1] < pos["c"][1]
    assert pos["a"][0] < pos["t1"][0] < pos["t2"][0]


def softuni() -> Chart:
    return read_chart(DATA / "softuni_employees.csv")[0]


def test_the_293_position_company_is_within_3_to_1_and_the_wide_tree_is_not():
    chart = softuni()
    compact = chart_layout(chart)
    wide = tidy_layout(chart)
    assert len(compact) == len(chart) == 293
    assert compact.width / compact.height <= 3
    assert wide.width / wide.height > 10  # what the compact layout is for
    assert compact.width < wide.width / 2
    check_compact(compact, chart.roots(), {p: chart.reports_of(p) for p in chart.position_ids()})


@pytest.mark.parametrize("size", [1000, 10000])
def test_generated_companies_are_within_4_to_1(size):
    chart = company(size)
    result = chart_layout(chart)
    assert len(result) == size
    assert 1 / 4 <= result.width / result.height <= 4
    assert overlapping_pairs(result) == []


def test_the_style_follows_the_charts_setting():
    chart = softuni()
    chart.settings.layout = "wide"
    assert chart_layout(chart).positions == tidy_layout(chart).positions
    assert chart_layout(chart, style="compact").width < tidy_layout(chart).width


def small() -> Chart:
    chart = Chart()
    chart.add_position(Position("ceo", title="CEO"))
    for m in ("m1", "m2"):
        chart.add_position(Position(m, title="Sales Manager"), "ceo")
        for i in range(5):
            chart.add_position(Position(f"{m}r{i}", title="Account Executive"), m)
    return chart


def test_a_folded_manager_is_laid_out_as_one_card():
    chart = small()
    chart.set_view(collapsed={"m1"})
    result = chart_layout(chart)
    assert set(result.positions) == {"ceo", "m1", "m2", *(f"m2r{i}" for i in range(5))}
    tree = {p: [] if p == "m1" else chart.reports_of(p) for p in result.positions}
    assert result.positions == compact_forest(["ceo"], tree.__getitem__).positions
    assert chart.revision == small().revision  # a view change is no edit


def test_a_focused_branch_is_shown_alone_where_it_stands():
    chart = small()
    chart.update_position("m2r1", xy=(3000.0, 900.0))  # placed by hand: kept when focused
    whole = chart_layout(chart, respect_manual=True)
    chart.set_view(focus="m2")
    result = chart_layout(chart, respect_manual=True)
    assert set(result.positions) == {"m2", *(f"m2r{i}" for i in range(5))}
    assert result.positions == {pid: whole.positions[pid] for pid in result.positions}
    x0, y0, x1, y1 = result.bounds
    assert x1 - x0 < whole.width or y1 - y0 < whole.height  # the branch's bounds, not all
    assert result.routes.keys() == {"m2"}
    chart.set_view(focus=None)
    assert len(chart_layout(chart)) == len(chart)


def test_a_hand_placed_card_keeps_its_place_and_its_lines_reach_it():
    chart = small()
    chart.update_position("m1r2", xy=(5000.0, 40.0))
    result = chart_layout(chart, respect_manual=True)
    assert result.positions["m1r2"] == (5000.0, 40.0)
    assert result.bounds[2] >= 5000.0 + result.options.card_width
    pure = chart_layout(chart)
    assert pure.positions["m1r1"] == result.positions["m1r1"]  # the others stay
    new_side = (5000.0, 40.0 + result.options.card_height / 2)  # a stacked card: its side
    ends = {(x2, y2) for _x1, _y1, x2, y2 in result.routes["m1"]}
    assert new_side in ends  # its manager's lines go on to where it stands now
    assert joined(result.routes["m1"], [new_side])


def test_nudging_a_card_does_not_send_lines_through_other_cards():
    chart = Chart()
    chart.add_position(Position("ceo", title="CEO"))
    for m in range(12):
        chart.add_position(Position(f"m{m}", title="Sales Manager"), "ceo")
        for r in range(5):
            chart.add_position(Position(f"m{m}r{r}", title="Account Executive"), f"m{m}")
    laid = chart_layout(chart)
    for pid in ("m11", "m3r2"):  # a manager in a wrapped row, and a stacked card
        x, y = laid.positions[pid]
        chart.update_position(pid, xy=(x + 10.0, y))
    result = chart_layout(chart, respect_manual=True)
    assert crossing_connectors(result, chart.graph.succ.__getitem__) == []
    ends = {(x2, y2) for lines in result.routes.values() for _x1, _y1, x2, y2 in lines}
    x, y = result.positions["m11"]
    assert (x + result.options.card_width / 2, y) in ends


def test_a_stack_leaves_room_under_each_team_for_its_label():
    """Reports of two teams (and of none) stacked under one manager: after a team's last card
    its column steps team_break further, so the team box's label has room; cards of one team
    stand at the even step, and each bus reaches its column's last card."""
    opts = LayoutOptions()
    kids = ["ops", "en1", "en2", "x", "y", "z"]  # two columns of three
    teams = {"ops": "operations", "en1": "enablement", "en2": "enablement", "x": "pod"}
    tree = {"vp": kids, **{k: [] for k in kids}}
    plain = compact_forest(["vp"], tree.__getitem__, opts)
    spaced = compact_forest(["vp"], tree.__getitem__, opts, team_of=teams.get)
    step = opts.card_height + opts.compact_v_gap
    columns = [kids[:3], kids[3:]]
    for column in columns:
        assert len({plain.positions[k][0] for k in column}) == 1
    ys = [[spaced.positions[k][1] for k in column] for column in columns]
    # operations -> enablement, within enablement; pod -> no team, no team -> no team
    assert [b - a for a, b in itertools.pairwise(ys[0])] == [step + opts.team_break, step]
    assert [b - a for a, b in itertools.pairwise(ys[1])] == [step + opts.team_break, step]
    assert spaced.bounds[3] == plain.bounds[3] + opts.team_break
    buses = [(x1, max(y1, y2)) for x1, y1, x2, y2 in spaced.routes["vp"] if x1 == x2]
    for column, column_ys in zip(columns, ys, strict=True):
        bus_x = spaced.positions[column[0]][0] - opts.compact_indent / 2
        ends = [y for x, y in buses if x == bus_x]
        assert max(ends) == column_ys[-1] + opts.card_height / 2
    # no team at all: exactly the layout without team_of
    nobody = compact_forest(["vp"], tree.__getitem__, opts, team_of=lambda _k: None)
    assert nobody.positions == plain.positions and nobody.routes == plain.routes
