"""Shared checks for layout tests: geometry invariants that every layout must satisfy.

Overlap and crossing checks bucket cards into a grid of card-sized cells, so each card is
compared with a handful of neighbours and big trees (a 5,000-deep chain, 10,000 nodes) stay fast.
"""

from __future__ import annotations

import itertools
import math
import random
from collections import defaultdict
from collections.abc import Callable, Sequence

from hypothesis import strategies as st

from orgeditor.layout import LayoutOptions, LayoutResult, connector_segments

EPS = 1e-6
Tree = dict[str, list[str]]


def random_forest(
    size: int, seed: int, roots: int = 1, window: int | None = None
) -> tuple[list[str], Tree]:
    """A forest of `size` nodes n0, n1, ...: node i reports to one of the `window` nodes before
    it (any earlier node if window is None); the first `roots` nodes are roots."""
    rng = random.Random(seed)
    tree: Tree = {}
    root_ids: list[str] = []
    for i in range(size):
        node = f"n{i}"
        tree[node] = []
        if i < roots:
            root_ids.append(node)
        else:
            low = 0 if window is None else max(0, i - window)
            tree[f"n{rng.randint(low, i - 1)}"].append(node)
    return root_ids, tree


def forest_from_parents(parents: Sequence[int]) -> tuple[list[str], Tree]:
    """parents[i] is the index of node i's parent (< i), or -1 for a root."""
    tree: Tree = {f"n{i}": [] for i in range(len(parents))}
    roots = []
    for i, parent in enumerate(parents):
        if parent < 0:
            roots.append(f"n{i}")
        else:
            tree[f"n{parent}"].append(f"n{i}")
    return roots, tree


@st.composite
def forests(draw, max_size: int = 300, max_roots: int = 4, max_team: int = 25):
    """(roots, tree): a few roots; each node under one of the `window` nodes before it (1 makes
    chains, small windows deep trees, None bushy ones); plus some leaf teams of 1-max_team."""
    size = draw(st.integers(1, max_size))
    roots = draw(st.integers(1, min(max_roots, size)))
    window = draw(st.sampled_from([1, 2, 3, 8, 30, None]))
    picks = draw(st.lists(st.integers(0, 2**16), min_size=size, max_size=size))
    parents = []
    for i, pick in enumerate(picks):
        if i < roots:
            parents.append(-1)
        else:
            low = 0 if window is None else max(0, i - window)
            parents.append(low + pick % (i - low))
    teams = draw(st.lists(st.tuples(st.integers(0, 2**16), st.integers(1, max_team)), max_size=8))
    for pick, members in teams:
        parents.extend([pick % size] * members)
    return forest_from_parents(parents)


def rects(result: LayoutResult) -> dict[str, tuple[float, float, float, float]]:
    w = result.options.card_width
    h = result.options.card_height
    return {node: (x, y, x + w, y + h) for node, (x, y) in result.positions.items()}


def _cells(x0: float, y0: float, x1: float, y1: float, cw: float, ch: float):
    for gx in range(math.floor(x0 / cw), math.floor((x1 - EPS) / cw) + 1):
        for gy in range(math.floor(y0 / ch), math.floor((y1 - EPS) / ch) + 1):
            yield gx, gy


def _grid(boxes: dict[str, tuple[float, float, float, float]], cw: float, ch: float):
    grid: dict[tuple[int, int], list[str]] = defaultdict(list)
    for node, box in boxes.items():
        for cell in _cells(*box, cw, ch):
            grid[cell].append(node)
    return grid


def overlapping_pairs(result: LayoutResult, h_clearance: float = 0.0) -> list[tuple[str, str]]:
    """Pairs of cards that overlap, or that share some height and are less than h_clearance
    apart side by side."""
    opts = result.options
    pad = h_clearance / 2
    boxes = {n: (x0 - pad, y0, x1 + pad, y1) for n, (x0, y0, x1, y1) in rects(result).items()}
    grid = _grid(boxes, opts.card_width, opts.card_height)
    bad = set()
    for members in grid.values():
        for i, a in enumerate(members):
            ax0, ay0, ax1, ay1 = boxes[a]
            for b in members[i + 1 :]:
                bx0, by0, bx1, by1 = boxes[b]
                if ax0 < bx1 - EPS and bx0 < ax1 - EPS and ay0 < by1 - EPS and by0 < ay1 - EPS:
                    bad.add((min(a, b), max(a, b)))
    return sorted(bad)


def crossing_connectors(
    result: LayoutResult, children: Callable[[str], Sequence[str]]
) -> list[tuple[tuple[float, float, float, float], str]]:
    """Connector segments that pass through the inside of a card."""
    opts = result.options
    boxes = rects(result)
    grid = _grid(boxes, opts.card_width, opts.card_height)
    bad = []
    for seg in connector_segments(result, children):
        x1, y1, x2, y2 = seg
        sx0, sx1 = min(x1, x2), max(x1, x2)
        sy0, sy1 = min(y1, y2), max(y1, y2)
        seen = set()
        for cell in _cells(
            sx0, sy0, sx1 + EPS * 2, sy1 + EPS * 2, opts.card_width, opts.card_height
        ):
            for node in grid.get(cell, ()):
                if node in seen:
                    continue
                seen.add(node)
                bx0, by0, bx1, by1 = boxes[node]
                # an axis-parallel segment meets the open rectangle
                if (max(sx0, bx0) < min(sx1, bx1) - EPS or bx0 + EPS < sx0 == sx1 < bx1 - EPS) and (
                    max(sy0, by0) < min(sy1, by1) - EPS or by0 + EPS < sy0 == sy1 < by1 - EPS
                ):
                    bad.append((seg, node))
    return bad


def check_structure(
    result: LayoutResult, roots: Sequence[str], children: Callable[[str], Sequence[str]]
) -> None:
    """Every rule a tidy layout must keep, asserted: levels, centring, order, stacks, bounds."""
    opts: LayoutOptions = result.options
    pos = result.positions
    cw, ch = opts.card_width, opts.card_height
    level = ch + opts.v_gap
    # roots at the top, left to right in order, apart by at least subtree_gap
    for a, b in itertools.pairwise(roots):
        assert pos[a][1] == 0
        assert pos[b][0] >= pos[a][0] + cw + opts.subtree_gap - EPS
    count = 0
    stack = list(roots)
    while stack:
        node = stack.pop()
        count += 1
        kids = list(children(node))
        stack.extend(kids)
        if not kids:
            continue
        mx, my = pos[node]
        if node in result.stacked:
            assert len(kids) >= opts.compact_threshold
            assert all(not children(k) for k in kids)
            cols, rows = opts.stack_shape(len(kids))
            bx = pos[kids[0]][0] - opts.compact_indent
            for k, kid in enumerate(kids):
                col, row = divmod(k, rows)
                kx, ky = pos[kid]
                assert (
                    abs(
                        kx
                        - (bx + opts.compact_indent + col * (opts.compact_indent + cw + opts.h_gap))
                    )
                    < EPS
                )
                assert abs(ky - (my + level + row * (ch + opts.compact_v_gap))) < EPS
            block_w = cols * (opts.compact_indent + cw) + (cols - 1) * opts.h_gap
            assert abs((mx + cw / 2) - (bx + block_w / 2)) < EPS
        else:
            assert not (
                opts.compact_leaves
                and len(kids) >= opts.compact_threshold
                and all(not children(k) for k in kids)
            )
            xs = [pos[k][0] for k in kids]
            assert all(abs(pos[k][1] - (my + level)) < EPS for k in kids)
            assert all(b - a >= cw + opts.h_gap - EPS for a, b in itertools.pairwise(xs))
            assert abs((mx + cw / 2) - (xs[0] + xs[-1] + cw) / 2) < EPS
    assert count == len(pos)
    x0, y0, x1, y1 = result.bounds
    boxes = rects(result).values()
    assert x0 <= min(b[0] for b in boxes) + EPS and y0 <= min(b[1] for b in boxes) + EPS
    assert x1 >= max(b[2] for b in boxes) - EPS and y1 >= max(b[3] for b in boxes) - EPS


def check_layout(
    result: LayoutResult, roots: Sequence[str], children: Callable[[str], Sequence[str]]
) -> None:
    """check_structure, plus: no overlaps (cards side by side at least h_gap apart) and no
    connector through a card."""
    check_structure(result, roots, children)
    clearance = min(result.options.h_gap, result.options.subtree_gap)
    assert overlapping_pairs(result, clearance) == []
    assert crossing_connectors(result, children) == []
