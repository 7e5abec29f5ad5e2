"""Tidy layout: exact positions on small trees, stacking, forests, deep and big trees."""

from __future__ import annotations

import subprocess
import sys

import pytest
from support.layout_checks import check_layout, overlapping_pairs, random_forest

from orgeditor.layout import LayoutOptions, LayoutResult, layout_forest, tidy_layout
from orgeditor.model import Chart, Position

OPTS = LayoutOptions()
CW, CH = OPTS.card_width, OPTS.card_height  # 200 x 72
LEVEL = CH + OPTS.v_gap  # 128
STEP = CW + OPTS.h_gap  # 224: sibling to sibling


def forest(tree: dict[str, list[str]], roots: list[str], options: LayoutOptions | None = None):
    for kids in list(tree.values()):
        for kid in kids:
            tree.setdefault(kid, [])
    return layout_forest(roots, tree.__getitem__, options)


def team(manager: str, size: int, prefix: str = "k") -> dict[str, list[str]]:
    return {manager: [f"{prefix}{i}" for i in range(size)]}


def chart_of(tree: dict[str, list[str]], roots: list[str]) -> Chart:
    chart = Chart()
    stack = [(root, None) for root in reversed(roots)]
    while stack:
        node, manager = stack.pop()
        chart.add_position(Position(id=node, title="Account Executive"), manager)
        stack.extend((kid, node) for kid in reversed(tree.get(node, [])))
    return chart


# ----- small trees, exact values ----------------------------------------------------------


def test_empty_forest_gives_empty_result():
    result = layout_forest([], lambda node: [])
    assert result.positions == {}
    assert result.bounds == (0.0, 0.0, 0.0, 0.0)
    assert tidy_layout(Chart()).positions == {}


def test_single_node_sits_at_origin():
    result = forest({"a": []}, ["a"])
    assert result.positions == {"a": (0.0, 0.0)}
    assert result.bounds == (0.0, 0.0, CW, CH)
    assert result.stacked == frozenset()
    assert result["a"] == (0.0, 0.0) and "a" in result and len(result) == 1


def test_parent_is_centred_over_its_children():
    result = forest({"a": ["b", "c", "d"]}, ["a"])
    assert result.positions == {
        "a": (STEP, 0.0),
        "b": (0.0, LEVEL),
        "c": (STEP, LEVEL),
        "d": (2 * STEP, LEVEL),
    }
    assert result.bounds == (0.0, 0.0, 2 * STEP + CW, LEVEL + CH)


def test_siblings_run_left_to_right_in_order_one_card_plus_h_gap_apart():
    opts = LayoutOptions(compact_leaves=False)
    kids = [f"k{i}" for i in range(9)]
    result = forest({"m": kids}, ["m"], opts)
    assert [result[k] for k in kids] == [(i * STEP, LEVEL) for i in range(9)]
    assert result["m"] == (4 * STEP, 0.0)
    assert result.stacked == frozenset()


def test_two_children_parent_halfway():
    result = forest({"a": ["b", "c"]}, ["a"])
    assert result["a"] == (STEP / 2, 0.0)
    assert result["b"] == (0.0, LEVEL) and result["c"] == (STEP, LEVEL)


def test_manager_with_one_non_leaf_report_stands_straight_above_it():
    result = forest({"a": ["b"], "b": ["c", "d"]}, ["a"])
    assert result["b"] == (STEP / 2, LEVEL)
    assert result["a"] == (STEP / 2, 0.0)
    assert result["c"] == (0.0, 2 * LEVEL) and result["d"] == (STEP, 2 * LEVEL)


def test_manager_with_one_leaf_report_is_not_stacked():
    result = forest({"a": ["b"]}, ["a"])
    assert result.positions == {"a": (0.0, 0.0), "b": (0.0, LEVEL)}
    assert result.stacked == frozenset()


def test_cousins_keep_subtree_gap_and_siblings_h_gap():
    # b and c are siblings (h_gap); their children e and f are cousins (subtree_gap)
    result = forest({"a": ["b", "c"], "b": ["d", "e"], "c": ["f", "g"]}, ["a"])
    assert result["e"][0] + CW + OPTS.subtree_gap == result["f"][0]
    assert result["c"][0] - result["b"][0] == 2 * STEP - OPTS.h_gap + OPTS.subtree_gap


def test_wide_subtree_after_a_leaf_reaches_under_it():
    # siblings stay one step apart; c's row of five spreads left below the leaf b
    opts = LayoutOptions(compact_leaves=False)
    result = forest({"a": ["b", "c"], "c": [f"k{i}" for i in range(5)]}, ["a"], opts)
    assert result["c"][0] - result["b"][0] == STEP
    assert result["k0"][0] == result["b"][0] - STEP
    assert result["a"][0] == result["b"][0] + STEP / 2
    assert result.bounds[0] == result["k0"][0] == 0.0


def test_small_leaf_between_big_subtrees_is_spread_evenly():
    # Buchheim-Walker: a small subtree between two big ones sits halfway
    tree = {"r": ["a", "x", "b"], "a": ["a1", "a2", "a3"], "b": ["b1", "b2", "b3"]}
    opts = LayoutOptions(compact_leaves=False)
    result = forest(tree, ["r"], opts)
    assert result["x"][0] - result["a"][0] == pytest.approx(result["b"][0] - result["x"][0])
    assert result["b"][0] - result["a"][0] == 3 * STEP - OPTS.h_gap + OPTS.subtree_gap
    check_layout(result, ["r"], tree.__getitem__)


def test_identical_subtrees_are_drawn_identically():
    _roots, shape = random_forest(40, seed=7, window=6)
    tree: dict[str, list[str]] = {"top": []}
    for copy in ("p", "q", "s"):
        for node, kids in shape.items():
            tree[copy + node] = [copy + k for k in kids]
        tree["top"].append(copy + "n0")
        tree["top"].append(f"leaf-{copy}")  # something different in between
    result = forest(tree, ["top"])
    for node in shape:
        offsets = {(result[c + node][0] - result[c + "n0"][0], result[c + node][1]) for c in "pqs"}
        assert len(offsets) == 1, node


def test_result_is_deterministic():
    roots, tree = random_forest(500, seed=3, roots=3, window=12)
    first = layout_forest(roots, tree.__getitem__)
    second = layout_forest(list(roots), lambda n: list(tree[n]))
    assert first == second
    assert list(first.positions) == list(second.positions)


def test_options_are_validated():
    with pytest.raises(ValueError):
        LayoutOptions(compact_columns=0)
    with pytest.raises(ValueError):
        LayoutOptions(card_width=0)
    with pytest.raises(ValueError):
        LayoutOptions(h_gap=-1)


def test_not_a_forest_is_refused():
    with pytest.raises(ValueError):
        layout_forest(["a"], {"a": ["b"], "b": ["a"]}.__getitem__)
    with pytest.raises(ValueError):
        layout_forest(["a", "b"], {"a": ["c"], "b": ["c"], "c": []}.__getitem__)
    with pytest.raises(ValueError):
        layout_forest(["a", "a"], {"a": []}.__getitem__)


# ----- compact stacking --------------------------------------------------------------------


def test_wide_leaf_team_is_stacked_in_two_columns_of_eleven():
    tree = team("m", 22)
    result = forest(tree, ["m"])
    assert result.stacked == frozenset({"m"})
    indent, vstep = OPTS.compact_indent, CH + OPTS.compact_v_gap
    col_step = indent + CW + OPTS.h_gap
    for i in range(22):
        col, row = divmod(i, 11)
        assert result[f"k{i}"] == (indent + col * col_step, LEVEL + row * vstep)
    xs = sorted({x for x, _ in result.positions.values() if _ > 0})
    assert xs == [24.0, 272.0]
    block_width = 2 * (indent + CW) + OPTS.h_gap  # 472
    assert result.bounds == (0.0, 0.0, block_width, LEVEL + 10 * vstep + CH)
    assert result.width < 22 * CW / 4  # a row would be 22 * 224 - 24 = 4904 wide
    assert result["m"] == ((block_width - CW) / 2, 0.0)  # centred over the block
    check_layout(result, ["m"], tree.__getitem__)


def test_stacking_threshold_and_switch():
    assert forest(team("m", 3), ["m"]).stacked == frozenset()
    four = forest(team("m", 4), ["m"])
    assert four.stacked == frozenset({"m"})
    assert [four[f"k{i}"] for i in range(4)] == [
        (24.0, LEVEL),
        (24.0, LEVEL + 84),
        (272.0, LEVEL),
        (272.0, LEVEL + 84),
    ]
    off = forest(team("m", 22), ["m"], LayoutOptions(compact_leaves=False))
    assert off.stacked == frozenset()
    assert off.width == 22 * STEP - OPTS.h_gap


def test_team_with_one_manager_among_its_reports_is_not_stacked():
    tree = team("m", 8)
    tree["k3"] = ["x"]
    result = forest(tree, ["m"])
    assert result.stacked == frozenset()
    assert {result[f"k{i}"][1] for i in range(8)} == {LEVEL}
    check_layout(result, ["m"], tree.__getitem__)


def test_stack_columns_follow_the_options():
    three = forest(team("m", 22), ["m"], LayoutOptions(compact_columns=3))
    columns: dict[float, list[str]] = {}
    for i in range(22):
        columns.setdefault(three[f"k{i}"][0], []).append(f"k{i}")
    assert [len(c) for c in columns.values()] == [8, 8, 6]
    assert columns[24.0] == [f"k{i}" for i in range(8)]  # filled top to bottom first

    one = forest(team("m", 5), ["m"], LayoutOptions(compact_columns=1))
    assert [one[f"k{i}"] for i in range(5)] == [(24.0, LEVEL + 84 * i) for i in range(5)]
    assert one.width == 24 + CW

    # fewer reports than columns: only as many columns as needed
    opts = LayoutOptions(compact_columns=6, compact_threshold=2)
    few = forest(team("m", 4), ["m"], opts)
    assert sorted({few[f"k{i}"][0] for i in range(4)}) == [24.0, 272.0, 520.0, 768.0]
    assert opts.stack_shape(4) == (4, 1) and opts.stack_shape(7) == (4, 2)


def tall_stack_beside_deep_branch(wide_depth: int) -> dict[str, list[str]]:
    """r has a 22-leaf stacked team under a, and under b a chain down to wide_depth where
    three cards sit side by side (wide to the left too)."""
    tree = {"r": ["a", "b"], **team("a", 22)}
    node = "b"
    for depth in range(2, wide_depth):
        tree[node] = [f"c{depth}"]
        node = f"c{depth}"
    tree[node] = ["w1", "w2", "w3"]
    return tree


def test_stack_keeps_deeper_neighbours_clear_over_its_whole_height():
    # the stack reaches from y=256 down to 256 + 11*72 + 10*12 = 1168: levels 2 to 9
    tree = tall_stack_beside_deep_branch(wide_depth=5)
    result = forest(tree, ["r"])
    block_right = result["k11"][0] + CW
    assert result["w1"][1] == 5 * LEVEL
    assert result["w1"][0] >= block_right + OPTS.subtree_gap
    check_layout(result, ["r"], tree.__getitem__)


def test_neighbours_below_a_stack_may_tuck_under_it():
    # level 10 starts at 1280, below the stack's bottom (1168) plus v_gap: room under it
    tree = tall_stack_beside_deep_branch(wide_depth=10)
    result = forest(tree, ["r"])
    block_right = result["k11"][0] + CW
    assert result["w1"][1] == 10 * LEVEL
    # compact: the chain stands subtree_gap right of the stack, the row below reaches under it
    assert result["c9"][0] == block_right + OPTS.subtree_gap
    assert result["w1"][0] == block_right + OPTS.subtree_gap - STEP
    check_layout(result, ["r"], tree.__getitem__)


def test_stacks_side_by_side_pack_at_block_width():
    tree = {"r": ["a", "b", "c"], **team("a", 6, "a"), **team("b", 22, "b"), **team("c", 6, "c")}
    result = forest(tree, ["r"])
    assert result.stacked == frozenset({"a", "b", "c"})
    # each team's block is 472 wide; neighbouring blocks are subtree_gap apart
    assert result["b0"][0] - result["a0"][0] == 472 + OPTS.subtree_gap
    assert result["c0"][0] - result["b0"][0] == 472 + OPTS.subtree_gap
    check_layout(result, ["r"], tree.__getitem__)


# ----- forests ---------------------------------------------------------------------------


def test_roots_stand_side_by_side_subtree_gap_apart():
    result = forest({"a": [], "b": [], "c": []}, ["a", "b", "c"])
    gap = CW + OPTS.subtree_gap
    assert result.positions == {"a": (0.0, 0.0), "b": (gap, 0.0), "c": (2 * gap, 0.0)}


def test_forest_of_trees_does_not_overlap_and_keeps_root_order():
    roots, tree = random_forest(300, seed=11, roots=5, window=20)
    result = layout_forest(roots, tree.__getitem__)
    xs = [result[r][0] for r in roots]
    assert xs == sorted(xs)
    check_layout(result, roots, tree.__getitem__)


# ----- deep and big -----------------------------------------------------------------------


def test_chain_of_5000_does_not_recurse():
    chain = {f"n{i}": [f"n{i + 1}"] for i in range(4999)}
    chain["n4999"] = []
    result = layout_forest(["n0"], chain.__getitem__)
    assert all(result[f"n{i}"] == (0.0, i * LEVEL) for i in range(5000))
    assert result.bounds == (0.0, 0.0, CW, 4999 * LEVEL + CH)
    assert overlapping_pairs(result) == []


def test_chain_of_5000_with_a_team_at_the_bottom_through_the_chart():
    tree = {f"n{i}": [f"n{i + 1}"] for i in range(4999)}
    tree.update(team("n4999", 10))
    chart = chart_of(tree, ["n0"])
    result = tidy_layout(chart)
    assert result.stacked == frozenset({"n4999"})
    assert len({result[f"n{i}"][0] for i in range(5000)}) == 1
    check_layout(result, ["n0"], chart.reports_of)


def test_ten_thousand_positions_are_laid_out_correctly():
    roots, tree = random_forest(10_000, seed=5, roots=2, window=400)
    result = layout_forest(roots, tree.__getitem__)
    assert len(result) == 10_000
    assert result.stacked  # a random tree this size has leaf-only teams
    check_layout(result, roots, tree.__getitem__)


# ----- the chart entry point -------------------------------------------------------------


def test_tidy_layout_follows_chart_order():
    tree = {"ceo": ["vp1", "vp2"], "vp1": ["a", "b"], "vp2": ["c"]}
    chart = chart_of(tree, ["ceo", "solo"])
    result = tidy_layout(chart)
    assert isinstance(result, LayoutResult)
    assert result["a"][0] < result["b"][0] < result["c"][0]
    assert result["solo"][0] > result["c"][0]
    assert result["ceo"][1] == result["solo"][1] == 0.0
    chart.set_manager("a", "vp1")  # moves a behind b
    moved = tidy_layout(chart)
    assert moved["b"][0] < moved["a"][0]
    check_layout(moved, chart.roots(), chart.reports_of)


def test_hand_placements_are_kept_only_when_asked():
    chart = chart_of({"a": ["b", "c"]}, ["a"])
    chart.update_position("b", xy=(-500.0, 900.0))
    plain = tidy_layout(chart)
    assert plain["b"] == (0.0, LEVEL)
    kept = tidy_layout(chart, respect_manual=True)
    assert kept["b"] == (-500.0, 900.0)
    assert kept["a"] == plain["a"] and kept["c"] == plain["c"]
    assert kept.bounds == (-500.0, 0.0, plain.bounds[2], 900.0 + CH)


def test_tidy_layout_uses_given_options():
    chart = chart_of(team("m", 6), ["m"])
    assert tidy_layout(chart).stacked == frozenset({"m"})
    narrow = LayoutOptions(card_width=100, h_gap=10, compact_leaves=False)
    result = tidy_layout(chart, narrow)
    assert result.options is narrow
    assert [result[f"k{i}"][0] for i in range(6)] == [110.0 * i for i in range(6)]


def test_layout_package_does_not_import_qt():
    code = (
        "import sys, orgeditor.layout, orgeditor.layout.connectors; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
