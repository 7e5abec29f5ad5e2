"""Tidy top-down tree layout in linear time, with compact stacking of leaf-only teams.

The algorithm is van der Ploeg's "non-layered tidy trees" (Software: Practice and Experience
44(12), 2014): Buchheim-Walker's linear-time improvement of Reingold-Tilford, generalised from
per-level contours to contours of nodes with arbitrary heights. Each contour node is compared
by its vertical extent (top to bottom), so a tall node is kept clear of everything beside it
over its whole height, not just on its own level. That is what stacking needs:

- A manager whose reports are all leaves, at least `compact_threshold` of them, gets one
  layout node in place of those reports: a *block* holding them in `compact_columns` columns,
  each column `compact_indent` + card_width wide (the indent is room for the bus line),
  columns `h_gap` apart, cards `compact_v_gap` apart. The block is as tall as its stack, so
  neighbouring subtrees pack against its real height; its manager is centred above it.
- Everything else is a card. A node's top is its manager's bottom + v_gap, so cards share
  levels and only blocks reach down across several levels.

Gaps: two sibling cards are `h_gap` apart; anything in neighbouring subtrees (cousins, and
the subtrees of the roots, which are laid out side by side in order) `subtree_gap` apart.

Everything is iterative over plain lists indexed by node number (nodes are numbered breadth
first, so every node's children are one contiguous run of numbers): no recursion, so chains
of any depth work, and no per-node objects, so 50,000 positions take well under a second.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING

from orgeditor.layout.options import LayoutChanges, LayoutOptions, LayoutResult

if TYPE_CHECKING:
    from orgeditor.model.chart import Chart


def tidy_layout(
    chart: Chart, options: LayoutOptions | None = None, *, respect_manual: bool = False
) -> LayoutResult:
    """Lay out a chart: its roots side by side in chart.roots() order, reports in order.

    With respect_manual=True, a position placed by hand (position.xy is not None) keeps its
    xy in the result; only that card moves, its reports stay where the tidy layout put
    them, and bounds grow to enclose it. By default hand placements are ignored.
    """
    succ = chart.graph.succ
    result = layout_forest(chart.roots(), succ.__getitem__, options)
    return with_hand_placements(chart, result) if respect_manual else result


def with_hand_placements(chart: Chart, result: LayoutResult) -> LayoutResult:
    """The layout with every laid-out card placed by hand (position.xy) moved to its place.

    Lines the layout drew itself (routes, the compact layout's) stay as drawn, and a moved
    card gets a jog from where its lines met it to where it stands now: from its manager's
    line end to its new top (a stacked card: its new left middle), and from its new bottom to
    where its own team's lines start."""
    opts = result.options
    cw, ch = opts.card_width, opts.card_height
    positions = result.positions
    x0, y0, x1, y1 = result.bounds
    routes = result.routes
    moved = False
    hand: list[str] = []  # the cards moved by hand, named as changed (they may have been)
    for position in chart.positions():
        xy = position.xy
        pid = position.id
        if xy is None or pid not in positions:
            continue
        x, y = float(xy[0]), float(xy[1])
        ox, oy = positions[pid]
        if (ox, oy) == (x, y):
            continue
        positions[pid] = (x, y)
        hand.append(pid)
        if not moved and routes:
            routes = dict(routes)  # the lines of the managers met below are new lists
        moved = True
        if routes:
            manager = chart.manager_of(pid)
            if manager in routes:  # from the old end of its manager's line to the new card
                side = (ox, oy + ch / 2)
                lines = routes[manager]
                if _line_end(lines, (ox + cw / 2, oy), side) == side:  # a stacked card
                    routes[manager] = [*lines, *_jog(side, (x, y + ch / 2))]
                else:
                    routes[manager] = [*lines, *_jog((ox + cw / 2, oy), (x + cw / 2, y))]
            if pid in routes:  # from its new bottom to the start of its team's lines
                routes[pid] = [*routes[pid], *_jog((x + cw / 2, y + ch), (ox + cw / 2, oy + ch))]
        x0, y0 = min(x0, x), min(y0, y)
        x1, y1 = max(x1, x + cw), max(y1, y + ch)
    if not moved:
        return result
    changes = result.changes
    if changes is not None:
        lines = {*hand, *(m for m in map(chart.manager_of, hand) if m is not None)}
        changes = LayoutChanges(changes.moved.union(hand), changes.rerouted.union(lines))
    return LayoutResult(positions, result.stacked, (x0, y0, x1, y1), opts, routes, changes)


def _line_end(
    lines: list[tuple[float, float, float, float]],
    top: tuple[float, float],
    side: tuple[float, float],
) -> tuple[float, float]:
    """Where a card's incoming line met it: its top centre (a drop) or its left middle (a
    stacked card's tick)."""
    for _x1, y1, x2, y2 in lines:
        if (x2, y2) == side and y1 == y2:
            return side
    return top


def _jog(start: tuple[float, float], end: tuple[float, float]) -> list[tuple[float, ...]]:
    """An orthogonal line between two points: across, then up or down."""
    (sx, sy), (ex, ey) = start, end
    lines = []
    if sx != ex:
        lines.append((sx, sy, ex, sy))
    if sy != ey:
        lines.append((ex, sy, ex, ey))
    return lines


def layout_forest(
    roots: Sequence[str],
    children: Callable[[str], Sequence[str]],
    options: LayoutOptions | None = None,
) -> LayoutResult:
    """Lay out any forest: `roots` in order, `children(id)` giving a node's children in order.

    Ids may be any hashable values. Raises ValueError if a node is reached twice (the input
    is not a forest: a shared child, a cycle or a repeated root).
    """
    opts = options or LayoutOptions()
    ids: list[Hashable] = list(roots)
    nroots = len(ids)
    if not nroots:
        return LayoutResult({}, frozenset(), (0.0, 0.0, 0.0, 0.0), opts)

    # ---- breadth-first numbering: node v's children are kid_start[v] .. + kid_count[v] - 1
    kid_start: list[int] = []
    kid_count: list[int] = []
    depth: list[int] = [0] * nroots
    seen = set(ids)
    if len(seen) != nroots:
        raise ValueError("a root is listed twice")
    for v, node in enumerate(ids):  # ids grows while we walk it
        kids = children(node)
        n = len(kids)
        kid_start.append(len(ids))
        kid_count.append(n)
        if n:
            ids.extend(kids)
            seen.update(kids)
            if len(seen) != len(ids):
                raise ValueError(f"not a forest: a child of {node!r} is reached twice")
            depth.extend([depth[v] + 1] * n)
    count = len(ids)

    # ---- stacked managers each get a block node, numbered after the cards
    cw = float(opts.card_width)
    ch = float(opts.card_height)
    level = ch + opts.v_gap
    h_gap = float(opts.h_gap)
    indent = float(opts.compact_indent)
    stacked: list[int] = []  # manager numbers
    block_w: list[float] = []
    block_h: list[float] = []
    if opts.compact_leaves:
        threshold = max(opts.compact_threshold, 1)
        for v in range(count):
            n = kid_count[v]
            if n >= threshold:
                s = kid_start[v]
                if not any(kid_count[s : s + n]):
                    cols, rows = opts.stack_shape(n)
                    stacked.append(v)
                    block_w.append(cols * (indent + cw) + (cols - 1) * h_gap)
                    block_h.append(rows * ch + (rows - 1) * opts.compact_v_gap)
    nblocks = len(stacked)
    root = count + nblocks  # a virtual root above the real roots
    size = root + 1

    # ---- layout tree: lc/rc are the first/last child of an inner node, and the left/right
    # contour thread of a leaf (-1: none). Inner nodes never get threads, so their lc/rc stay.
    lc = [-1] * size
    rc = [-1] * size
    inner: list[int] = []  # inner nodes in breadth-first order
    for v in range(count):
        n = kid_count[v]
        if n:
            inner.append(v)
            lc[v] = kid_start[v]
            rc[v] = kid_start[v] + n - 1
    for j, v in enumerate(stacked):  # its block stands in for its reports
        lc[v] = rc[v] = count + j
    lc[root] = 0
    rc[root] = nroots - 1

    width = [cw] * count + block_w + [0.0]
    bottom = [d * level + level for d in depth]  # a card's bottom edge plus v_gap
    for j, v in enumerate(stacked):
        bottom.append((depth[v] + 1) * level + block_h[j] + opts.v_gap)
    bottom.append(0.0)

    prelim = [0.0] * size
    mod = [0.0] * size
    shift = [0.0] * size
    change = [0.0] * size
    el = list(range(size))  # extreme left/right node of the lowest part of a subtree,
    er = list(range(size))  # and the sums of modifiers on the way down to them
    msel = [0.0] * size
    mser = [0.0] * size

    _first_walk(
        [*reversed(inner), root],
        root,
        lc,
        rc,
        width,
        bottom,
        prelim,
        mod,
        shift,
        change,
        el,
        er,
        msel,
        mser,
        h_gap,
        float(opts.subtree_gap),
    )
    x = _second_walk([root, *inner], lc, rc, prelim, mod, shift, change)

    # ---- cards: inner and plain leaf cards have their x; stacked reports fill their block
    y = [d * level for d in depth]
    step_x = indent + cw + h_gap
    step_y = ch + opts.compact_v_gap
    for j, v in enumerate(stacked):
        bx = x[count + j] + indent
        by = (depth[v] + 1) * level
        s = kid_start[v]
        n = kid_count[v]
        rows = opts.stack_shape(n)[1]
        for k in range(n):
            col, row = divmod(k, rows)
            x[s + k] = bx + col * step_x
            y[s + k] = by + row * step_y

    # ---- normalise: the leftmost card or block at x = 0, the roots at y = 0
    x0 = min(x[:root])
    x1 = max([max(x[:count]) + cw] + [x[count + j] + block_w[j] for j in range(nblocks)])
    y1 = max(y) + ch
    xs = [value - x0 for value in x[:count]] if x0 else x[:count]
    positions = dict(zip(ids, zip(xs, y, strict=True), strict=True))
    bounds = (0.0, 0.0, x1 - x0, y1)
    return LayoutResult(positions, frozenset(ids[v] for v in stacked), bounds, opts)


def _first_walk(
    order: list[int],
    root: int,
    lc: list[int],
    rc: list[int],
    width: list[float],
    bottom: list[float],
    prelim: list[float],
    mod: list[float],
    shift: list[float],
    change: list[float],
    el: list[int],
    er: list[int],
    msel: list[float],
    mser: list[float],
    h_gap: float,
    subtree_gap: float,
) -> None:
    """Place each subtree relative to its root, children before parents (leaves need nothing:
    their prelim is 0 and they are their own extremes)."""
    for t in order:
        f = lc[t]
        last = rc[t]
        if f != last:
            sibling_gap = subtree_gap if t == root else h_gap
            # left siblings still visible on the merged right contour, nearest first at the
            # end: their lowest bottom edge (increasing towards the front) and sibling index
            low = [bottom[el[f]]]
            index = [0]
            for c in range(f + 1, last + 1):
                i = c - f
                min_y = bottom[er[c]]
                # separate c's subtree from its left siblings' subtrees, walking down the
                # right contour of the siblings (sr) and the left contour of c (cl)
                sr = c - 1
                mssr = mod[sr]
                cl = c
                mscl = mod[c]
                pos = len(low) - 1
                gap = sibling_gap
                first = True
                while sr >= 0 and cl >= 0:
                    bs = bottom[sr]
                    bc = bottom[cl]
                    while pos and bs > low[pos]:
                        pos -= 1
                    dist = mssr + prelim[sr] + width[sr] + gap - mscl - prelim[cl]
                    # the first pair are siblings: put them exactly sibling_gap apart, even if
                    # that moves c left; deeper pairs only ever push c right
                    if dist > 0 or first:
                        mscl += dist
                        mod[c] += dist
                        msel[c] += dist
                        mser[c] += dist
                        si = index[pos]
                        if si != i - 1:  # spread the move over the siblings in between
                            share = dist / (i - si)
                            shift[f + si + 1] += share
                            shift[c] -= share
                            change[c] -= dist - share
                        first = False
                        gap = subtree_gap
                    if bs <= bc:
                        sr = rc[sr]
                        if sr >= 0:
                            mssr += mod[sr]
                    if bs >= bc:
                        cl = lc[cl]
                        if cl >= 0:
                            mscl += mod[cl]
                if sr < 0:
                    if cl >= 0:  # c reaches deeper: thread the siblings' left contour into it
                        li = el[f]
                        lc[li] = cl
                        diff = mscl - mod[cl] - msel[f]
                        mod[li] += diff
                        prelim[li] -= diff
                        el[f] = el[c]
                        msel[f] = msel[c]
                elif cl < 0:  # the siblings reach deeper: thread c's right contour into them
                    ri = er[c]
                    rc[ri] = sr
                    diff = mssr - mod[sr] - mser[c]
                    mod[ri] += diff
                    prelim[ri] -= diff
                    er[c] = er[c - 1]
                    mser[c] = mser[c - 1]
                while low and min_y >= low[-1]:
                    low.pop()
                    index.pop()
                low.append(min_y)
                index.append(i)
        # centre the parent over its first and last child
        prelim[t] = (prelim[f] + mod[f] + mod[last] + prelim[last] + width[last] - width[t]) / 2
        el[t] = el[f]
        msel[t] = msel[f]
        er[t] = er[last]
        mser[t] = mser[last]


def _second_walk(
    order: list[int],
    lc: list[int],
    rc: list[int],
    prelim: list[float],
    mod: list[float],
    shift: list[float],
    change: list[float],
) -> list[float]:
    """Absolute x of every node: parents before children, adding up the modifiers."""
    x = prelim  # reused in place: every node's prelim is read once, just before it is set
    total = [0.0] * len(prelim)
    for t in order:
        f = lc[t]
        last = rc[t] + 1
        if last - f > 1:  # spread the pending shifts over the children
            d = 0.0
            delta = 0.0
            for c in range(f, last):
                d += shift[c]
                delta += d + change[c]
                mod[c] += delta
        base = total[t]
        for c in range(f, last):
            m = base + mod[c]
            total[c] = m
            x[c] = prelim[c] + m
    return x
