"""Tidy layout on random forests: the invariants hold for every shape and every option set."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.layout_checks import check_layout, forests, rects

from orgeditor.layout import LayoutOptions, layout_forest

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


options = st.builds(
    LayoutOptions,
    card_width=st.sampled_from([200, 120, 37.5]),
    card_height=st.sampled_from([72, 40, 15.25]),
    h_gap=st.sampled_from([24, 0, 7.5]),
    v_gap=st.sampled_from([56, 0, 11.5]),
    subtree_gap=st.sampled_from([40, 0, 24, 90.5]),
    compact_leaves=st.booleans(),
    compact_threshold=st.integers(0, 6),
    compact_columns=st.integers(1, 4),
    compact_indent=st.sampled_from([24, 0, 9.5]),
    compact_v_gap=st.sampled_from([12, 0, 3.5]),
)


@SETTINGS
@given(forests())
def test_default_layout_keeps_every_invariant(forest):
    roots, tree = forest
    result = layout_forest(roots, tree.__getitem__)
    check_layout(result, roots, tree.__getitem__)
    assert result.bounds[:2] == (0.0, 0.0)


@SETTINGS
@given(forests())
def test_flat_layout_keeps_every_invariant(forest):
    roots, tree = forest
    result = layout_forest(roots, tree.__getitem__, LayoutOptions(compact_leaves=False))
    assert result.stacked == frozenset()
    check_layout(result, roots, tree.__getitem__)
    boxes = rects(result).values()  # without stacks the bounds are the cards' bounds exactly
    assert result.bounds == (0.0, 0.0, max(b[2] for b in boxes), max(b[3] for b in boxes))


@SETTINGS
@given(forests(max_size=150), options)
def test_any_options_keep_every_invariant(forest, opts):
    roots, tree = forest
    result = layout_forest(roots, tree.__getitem__, opts)
    check_layout(result, roots, tree.__getitem__)


@SETTINGS
@given(forests(max_size=60), st.lists(st.integers(0, 3), min_size=2, max_size=5))
def test_identical_subtrees_are_drawn_identically(forest, fillers):
    """Copies of one subtree under a common root, with different things in between, come
    out as exact translations of each other."""
    shape_roots, shape = forest
    tree: dict[str, list[str]] = {"top": []}
    copies = []
    for c, filler in enumerate(fillers):
        prefix = f"c{c}."
        copies.append(prefix)
        for node, kids in shape.items():
            tree[prefix + node] = [prefix + k for k in kids]
        tree[prefix + "hub"] = [prefix + r for r in shape_roots]
        tree["top"].append(prefix + "hub")
        for f in range(filler):  # a few leaves between the copies
            tree["top"].append(f"{prefix}filler{f}")
            tree[f"{prefix}filler{f}"] = []
    result = layout_forest(["top"], tree.__getitem__)
    check_layout(result, ["top"], tree.__getitem__)
    for node in [*shape, "hub"]:
        offsets = {round(result[p + node][0] - result[p + "hub"][0], 6) for p in copies}
        assert len(offsets) == 1, node
