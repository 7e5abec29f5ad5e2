"""Compact layout for real-size charts: leaf reports stacked, subtrees wrapped into rows.

A manager's reports that have no reports of their own stand in a *stack* under it: one or
more columns of cards (the column count balances the stack's width and height), each column
with a bus line in its indent. The other reports are subtrees. A manager's stack and
subtrees (its *items*) go side by side in one row when that keeps the manager's whole box
no wider than `target_aspect` times its height; otherwise they wrap into as many rows as
bring the box closest to that shape (a row narrower than `min_wrap_width` never wraps),
with a trunk line down the left edge feeding each row's bar. The roots are items of an
invisible top manager, wrapped the same way, so a forest of many small trees does not grow
only sideways either. A folded manager (its reports hidden) is a card, never stacked.

Every subtree is laid out once, bottom-up, as a box (width, height, where its own card sits
in it, where each report's box sits in it, and its connector segments relative to it); a
top-down pass then adds up the offsets. Each manager tries a bounded number of row counts,
each a greedy pass over its items, so the whole layout is linear in the number of cards.
The classic wide tree is layout/tidy.py; docs/ARCHITECTURE.md ("Layout") compares them.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence

from orgeditor.layout.compact_places import KeptPlaces
from orgeditor.layout.options import LayoutOptions, LayoutResult, Segment

# row counts a manager tries: every count up to 12, then ever larger steps (bounded work)
_ROW_COUNTS = (*range(1, 13), 16, 20, 24, 32, 48, 64, 96, 128, 192, 256)


def compact_forest(
    roots: Sequence[Hashable],
    children: Callable[[Hashable], Collection[Hashable]],
    options: LayoutOptions | None = None,
    folded: Collection[Hashable] = (),
    team_of: Callable[[Hashable], Hashable | None] | None = None,
) -> LayoutResult:
    """Lay out a forest compactly: `roots` in order, `children(id)` giving reports in order
    (a list, or any ordered collection that can be reversed, such as a dict's keys).

    folded: nodes shown without their reports (a folded branch): laid out as a card, but never
    stacked, so the fold marker under the card has room.
    team_of: a node's team (None: none); a stacked column leaves options.team_break more room
    after a team's last card, for its box's label.
    Raises ValueError if a node is reached twice (a shared child, a cycle or a repeated root).
    """
    opts = options or LayoutOptions()
    if not roots:
        return LayoutResult({}, frozenset(), (0.0, 0.0, 0.0, 0.0), opts, {})
    if len(set(roots)) != len(roots):
        raise ValueError("a root is listed twice")
    builder = _Builder(opts, folded, team_of)
    boxes: dict[Hashable, _Box] = {}
    _build_missing(list(roots), children, boxes, builder, check=True)
    return _places(list(roots), boxes, builder)


class CompactLayouter:
    """The compact layout, remembering each subtree's box between layouts: after an edit only
    the boxes of the changed positions and their managers up to the top are built again
    (`stale`), so a drop into one team re-measures one chain of boxes, not the chart. The
    places are kept too (layout/compact_places.py): the top-down pass walks only the subtrees
    whose box or origin changed, and the result names what moved (result.changes)."""

    def __init__(self) -> None:
        self._boxes: dict[Hashable, _Box] = {}
        self._key: tuple[LayoutOptions, frozenset[Hashable]] | None = None
        self._places = KeptPlaces()
        # set by chart_layout: whether the last layout was shown whole (no focused branch)
        self.showed_whole = True

    def forget(self) -> None:
        """Build every box afresh next time."""
        self._boxes.clear()
        self._key = None

    def layout(
        self,
        roots: Sequence[Hashable],
        children: Callable[[Hashable], Collection[Hashable]],
        options: LayoutOptions | None = None,
        folded: Collection[Hashable] = (),
        stale: Iterable[Hashable] | None = None,
        manager_of: Callable[[Hashable], Hashable | None] | None = None,
        team_of: Callable[[Hashable], Hashable | None] | None = None,
    ) -> LayoutResult:
        """Lay out the forest. stale: the nodes whose reports, own leaf/manager state or team
        changed since the last call (with manager_of to find their managers); None lays out
        afresh. team_of: as for compact_forest.
        Raises ValueError if a node is reached twice (only checked when laying out afresh)."""
        opts = options or LayoutOptions()
        roots = list(roots)
        if len(set(roots)) != len(roots):
            raise ValueError("a root is listed twice")
        key = (opts, frozenset(folded))
        boxes = self._boxes
        fresh = stale is None or manager_of is None or key != self._key
        if fresh:
            boxes.clear()
            self._key = key
        else:
            for node in stale:  # a changed box changes every box above it
                while node is not None:
                    boxes.pop(node, None)
                    node = manager_of(node)
        if not roots:
            self._key = None
            return LayoutResult({}, frozenset(), (0.0, 0.0, 0.0, 0.0), opts, {})
        builder = _Builder(opts, folded, team_of)
        _build_missing(roots, children, boxes, builder, check=fresh)
        return self._places.place(builder.top_box(roots, boxes), boxes, builder, fresh)


def _build_missing(
    roots: list[Hashable],
    children: Callable[[Hashable], Collection[Hashable]],
    boxes: dict[Hashable, _Box],
    builder: _Builder,
    check: bool,
) -> None:
    """Build every box that is not remembered, reports before their managers, descending
    only where a box is missing (all of them when laying out afresh)."""
    card = builder.card
    seen: set[Hashable] = set(roots)
    stack: list[tuple[Hashable, bool]] = [(root, False) for root in reversed(roots)]
    while stack:
        node, ready = stack.pop()
        if ready:
            kids = children(node)
            boxes[node] = builder.manager_box(kids, children, boxes) if kids else card
            continue
        if node in boxes:
            continue
        kids = children(node)
        if not kids:
            boxes[node] = card
            continue
        stack.append((node, True))
        for kid in reversed(kids):
            if check:
                if kid in seen:
                    raise ValueError(f"not a forest: {kid!r} is reached twice")
                seen.add(kid)
            if kid not in boxes:
                stack.append((kid, False))


def _places(roots: list[Hashable], boxes: dict[Hashable, _Box], builder: _Builder) -> LayoutResult:
    """Absolute places from the boxes' offsets, top-down, and each manager's lines (a one-off
    layout; CompactLayouter keeps its places between layouts, layout/compact_places.py)."""
    opts = builder.opts
    top = builder.top_box(roots, boxes)
    positions: dict[Hashable, tuple[float, float]] = {}
    routes: dict[Hashable, list[Segment]] = {}
    stacked: list[Hashable] = []
    step_x = opts.compact_indent + builder.cw + opts.h_gap
    step_y = builder.ch + opts.compact_v_gap
    tick = opts.compact_indent / 2
    mid = builder.ch / 2
    pending = [(root, x, y) for root, x, y in top.subs]
    while pending:
        node, bx, by = pending.pop()
        box = boxes[node]
        positions[node] = (bx + box.card_x, by)
        if box.lines:
            lines = [(x1 + bx, y1 + by, x2 + bx, y2 + by) for x1, y1, x2, y2 in box.lines]
            routes[node] = lines
            add = lines.append
            for members, sx, sy, rows, extra in box.stacks:
                ax, ay = bx + sx, by + sy
                stacked.append(node)
                for k, kid in enumerate(members):
                    col, row = divmod(k, rows)
                    kx, ky = ax + col * step_x, ay + row * step_y + (extra[k] if extra else 0.0)
                    positions[kid] = (kx, ky)
                    add((kx - tick, ky + mid, kx, ky + mid))
        pending.extend((kid, bx + dx, by + dy) for kid, dx, dy in box.subs)
    bounds = (0.0, 0.0, top.width, top.height)
    return LayoutResult(positions, frozenset(stacked), bounds, opts, routes)


# a stack in a box: (reports, x, y, rows, extra): its first card's top-left, its cards per
# column, and each card's room above it beyond the even steps (team breaks; () for none)
Stack = tuple[list[Hashable], float, float, int, tuple[float, ...]]


class _Box:
    """A laid-out subtree relative to its own top-left corner."""

    __slots__ = ("card_x", "height", "lines", "stacks", "subs", "width")

    def __init__(
        self,
        width: float,
        height: float,
        card_x: float = 0.0,
        subs: Sequence[tuple[Hashable, float, float]] = (),
        stacks: Sequence[Stack] = (),
        lines: Sequence[Segment] = (),
    ) -> None:
        self.width = width
        self.height = height
        self.card_x = card_x  # where the subtree's own card stands in the box
        self.subs = subs  # (report, x, y): the top-left of each report's own box
        # its stacks (Stack); their cards and ticks are placed in the top-down pass (no work
        # per card here)
        self.stacks = stacks
        self.lines = lines  # the manager's other lines (drops, bars, trunk, buses)


class _Item:
    """One thing in a manager's rows: a report's subtree box, a single card, or a stack."""

    __slots__ = ("columns", "extra", "height", "kids", "rows", "tops", "width")

    def __init__(
        self,
        kids: list[Hashable],
        width: float,
        height: float,
        tops: list[float],
        columns: int = 0,
        extra: tuple[float, ...] = (),
    ) -> None:
        self.kids = kids
        self.width = width
        self.height = height
        self.tops = tops  # x of each connection point (a card's centre, or a stack's buses)
        self.columns = columns  # 0: not a stack
        self.rows = -(-len(kids) // columns) if columns else 0
        self.extra = extra  # a stack's team breaks (Stack)


class _Builder:
    def __init__(
        self,
        opts: LayoutOptions,
        folded: Collection[Hashable] = (),
        team_of: Callable[[Hashable], Hashable | None] | None = None,
    ) -> None:
        self.opts = opts
        self.folded = folded
        self.team_of = team_of
        self.cw = float(opts.card_width)
        self.ch = float(opts.card_height)
        self.card = _Box(self.cw, self.ch)
        self.aspect = float(opts.target_aspect)
        # room left of wrapped rows for the trunk line: clear of a team box around a row's
        # first card, which reaches a little beyond the card
        self.trunk_indent = 2.0 * opts.compact_indent

    # ----- items --------------------------------------------------------------------------

    def stack_columns(self, count: int) -> int:
        """Columns for a stack of `count` cards: about as tall as wide, two from four on."""
        o = self.opts
        step_x = o.compact_indent + self.cw + o.h_gap
        step_y = self.ch + o.compact_v_gap
        balanced = round(math.sqrt(count * step_y / step_x))
        return max(1, min(count, max(2 if count >= 4 else 1, balanced)))

    def stack_item(self, kids: list[Hashable]) -> _Item:
        o = self.opts
        cols = self.stack_columns(len(kids))
        rows = -(-len(kids) // cols)
        cols = -(-len(kids) // rows)  # no empty column when the rows hold them in fewer
        width = cols * (o.compact_indent + self.cw) + (cols - 1) * o.h_gap
        height = rows * self.ch + (rows - 1) * o.compact_v_gap
        step = o.compact_indent + self.cw + o.h_gap
        buses = [c * step + o.compact_indent / 2 for c in range(cols)]
        extra = self.team_breaks(kids, rows)
        if extra:  # the tallest column: its last card's breaks
            height += max(extra[min(len(kids), c * rows + rows) - 1] for c in range(cols))
        return _Item(kids, width, height, buses, cols, extra)

    def team_breaks(self, kids: list[Hashable], rows: int) -> tuple[float, ...]:
        """Each stacked card's room above it beyond the even steps: team_break after every
        card of a team that another team's card (or one of no team) follows in its column;
        () when there is none."""
        team_of = self.team_of
        if team_of is None:
            return ()
        teams = [team_of(k) for k in kids]
        if not any(teams):
            return ()
        gap = self.opts.team_break
        extra: list[float] = []
        room = 0.0  # the breaks above this card in its column
        for k, team in enumerate(teams):
            if k % rows == 0:
                room = 0.0  # a new column
            elif teams[k - 1] is not None and teams[k - 1] != team:
                room += gap
            extra.append(room)
        return tuple(extra) if any(extra) else ()

    def box_item(self, kid: Hashable, box: _Box) -> _Item:
        return _Item([kid], box.width, box.height, [box.card_x + self.cw / 2])

    # ----- boxes --------------------------------------------------------------------------

    def manager_box(
        self,
        kids: Collection[Hashable],
        children: Callable[[Hashable], Collection[Hashable]],
        boxes: dict[Hashable, _Box],
    ) -> _Box:
        o = self.opts
        folded = self.folded
        has_reports = {k: bool(children(k)) for k in kids}
        leaves = [k for k in kids if not has_reports[k] and k not in folded]
        items: list[_Item] = []
        if len(leaves) == len(kids):  # a team of individual contributors
            if len(leaves) >= max(o.compact_threshold, 1):
                items.append(self.stack_item(leaves))
            else:
                items.extend(self.box_item(k, self.card) for k in leaves)
        else:  # individual contributors stacked first, then the sub-teams in order
            stacked_leaves = len(leaves) >= 2
            if stacked_leaves:
                items.append(self.stack_item(leaves))
            for k in kids:
                if has_reports[k] or k in folded or not stacked_leaves:
                    items.append(self.box_item(k, boxes[k]))
        rows = self.wrap(items, self.ch + o.v_gap)
        return self.place(kids, items, rows)

    def top_box(self, roots: list[Hashable], boxes: dict[Hashable, _Box]) -> _Box:
        """The roots as items of an invisible manager: wrapped, no card, no lines."""
        items = [self.box_item(r, boxes[r]) for r in roots]
        rows = self.wrap(items, 0.0, roots=True)
        subs: list[tuple[Hashable, float, float]] = []
        y = 0.0
        width = 0.0
        gap = self.opts.subtree_gap
        for row in rows:
            x = 0.0
            for item in row:
                subs.append((item.kids[0], x, y))
                x += item.width + gap
            width = max(width, x - gap)
            y += max(item.height for item in row) + gap
        return _Box(width, y - gap, subs=subs)

    def gap(self, a: _Item, b: _Item) -> float:
        single = len(a.kids) == 1 and len(b.kids) == 1 and not a.columns and not b.columns
        plain = single and a.width == self.cw and b.width == self.cw
        return float(self.opts.h_gap if plain else self.opts.subtree_gap)

    def wrap(self, items: list[_Item], head: float, roots: bool = False) -> list[list[_Item]]:
        """Items in rows: one row if that box is no wider than the target shape, else the
        row count whose box comes closest to it (fewer rows on a tie)."""
        o = self.opts
        gaps = [0.0] + [self.gap(a, b) for a, b in itertools.pairwise(items)]
        total = sum(item.width for item in items) + sum(gaps)
        one_row = [items]
        height = head + max(item.height for item in items)
        if len(items) == 1 or total <= max(self.aspect * height, o.min_wrap_width, self.cw):
            return one_row
        best, best_score = one_row, abs(math.log(max(total, self.cw) / height / self.aspect))
        indent = 0.0 if roots else self.trunk_indent
        row_gap = float(o.subtree_gap if roots else o.v_gap)
        for count in _ROW_COUNTS[1:]:
            if count > len(items):
                break
            # each row aims at an equal share of what is left, so the last is not a stub
            left = total
            rows: list[list[_Item]] = []
            row: list[_Item] = []
            width = 0.0
            widest = 0.0
            for item, g in zip(items, gaps, strict=False):
                limit = left / (count - len(rows))
                if row and width + g + item.width / 2 > limit and len(rows) < count - 1:
                    rows.append(row)
                    widest = max(widest, width)
                    left -= width + g
                    row, width = [], 0.0
                width += (g if row else 0.0) + item.width
                row.append(item)
            rows.append(row)
            widest = max(widest, width)
            box_w = max(indent + widest, self.cw)
            box_h = head + sum(max(i.height for i in r) for r in rows) + (len(rows) - 1) * row_gap
            score = abs(math.log(box_w / box_h / self.aspect))
            if score < best_score - 1e-9:
                best, best_score = rows, score
            if box_w < self.aspect * box_h:  # past the target: more rows only narrow it
                break
        return best

    def place(
        self, kids: Collection[Hashable], items: list[_Item], rows: list[list[_Item]]
    ) -> _Box:
        """Offsets of every report and the manager's lines, for items arranged in rows."""
        o = self.opts
        cw, ch = self.cw, self.ch
        multi = len(rows) > 1
        indent = self.trunk_indent if multi else 0.0
        widths = []
        for row in rows:
            w = sum(i.width for i in row) + sum(self.gap(a, b) for a, b in itertools.pairwise(row))
            widths.append(w)
        block_w = indent + max(widths)
        width = max(block_w, cw)
        shift = (width - block_w) / 2  # a block narrower than the card: centred under it
        card_x = (width - cw) / 2  # every card is centred over its box
        cx = card_x + cw / 2
        segments: list[Segment] = []
        add = segments.append
        subs: list[tuple[Hashable, float, float]] = []
        stacks: list[Stack] = []
        y = ch + o.v_gap
        half = o.v_gap / 2
        trunk_x = shift + o.compact_indent / 2
        first_bar = y - half
        last_bar = first_bar
        step_y = ch + o.compact_v_gap
        straight = len(items) == 1 and not items[0].columns and len(rows[0]) == 1
        for r, row in enumerate(rows):
            bar_y = y - half
            last_bar = bar_y
            x = shift + indent
            xs: list[float] = [trunk_x] if multi else []
            for i, item in enumerate(row):
                if i:
                    x += self.gap(row[i - 1], item)
                tops = [x + t for t in item.tops]
                xs.extend(tops)
                if item.columns:
                    extra = item.extra
                    stacks.append((item.kids, x + o.compact_indent, y, item.rows, extra))
                    n, per = len(item.kids), item.rows
                    for col, bus in enumerate(tops):
                        end = min(n, (col + 1) * per) - 1  # the column's last card
                        down = (end - col * per) * step_y + (extra[end] if extra else 0.0)
                        add((bus, bar_y, bus, y + down + ch / 2))
                else:
                    subs.append((item.kids[0], x, y))
                    if not straight:
                        add((tops[0], bar_y, tops[0], y))
                x += item.width
            if r == 0:
                xs.append(cx)
            left, right = min(xs), max(xs)
            if right > left:
                add((left, bar_y, right, bar_y))
            y += max(i.height for i in row) + o.v_gap
        if straight:  # one report, centred under its manager like every card over its box
            add((cx, ch, cx, ch + o.v_gap))
        else:
            add((cx, ch, cx, first_bar))
            if multi:
                add((trunk_x, first_bar, trunk_x, last_bar))
        return _Box(width, y - o.v_gap, card_x, subs, stacks, segments)
