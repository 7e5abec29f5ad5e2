"""Where to cut a chart that is too big for one page (plain arithmetic, no Qt).

A chart split across pages is cut along a grid: column cuts run top to bottom, row cuts left
to right. Each cut goes where it crosses the fewest cards, preferably through the gap between
two cards (between sibling cards, between levels), so that pages show whole cards: a cut
goes through a card only when no gap lies within reach (a page is filled at least MIN_SHARE).
Pages overlap by a small band around each cut, so that they can be laid edge to edge. A row
of pages is cut into columns by the cards it will show (not those the row above or below
shows whole), and a piece without any such card is no page.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
MIN_SHARE = 0.5  # a page is filled at least this much
NUDGE = 0.5  # scene px: 'just before' a card's edge
PAGE_COST = 3.0  # leaving a whole page width unused is as bad as cutting this many cards
# a cut through a card costs more than any room a page within reach leaves unused
# (at most PAGE_COST * (1 - MIN_SHARE)): a gap between cards wins whenever there is one
CUT_COST = PAGE_COST * (1 - MIN_SHARE) + 0.5
BAND_COST = 0.25  # a card that only reaches into the overlap band around a cut


@dataclass(frozen=True, slots=True)
class Tile:
    """One page's piece of the chart (scene units); row and column count from 0."""

    row: int
    column: int
    box: Box
    columns: int = 1  # pieces in this row

    @property
    def width(self) -> float:
        return self.box[2] - self.box[0]

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]


def choose_cuts(
    lo: float,
    hi: float,
    intervals: Sequence[tuple[float, float]],
    length: float,
    overlap: float,
) -> list[float]:
    """Cut positions along one axis so that each piece, with overlap/2 added beyond every
    cut, is at most `length` long. Each cut weighs the cards it cuts against the room it
    leaves unused on its page (see _best_cut): a page is filled at least MIN_SHARE."""
    if length <= 0:
        raise ValueError("a page must have room for the chart")
    overlap = min(max(overlap, 0.0), length / 4)
    half = overlap / 2
    starts = sorted(a for a, _b in intervals)
    ends = sorted(b for _a, b in intervals)
    edges = sorted({*starts, *ends})
    cuts: list[float] = []
    start = lo  # where the current piece begins
    while hi - start > length:
        first = start + length * MIN_SHARE
        last = start + length - half
        cuts.append(_best_cut(first, last, length, half, edges, starts, ends))
        start = cuts[-1] - half
    return cuts


def _best_cut(
    first: float,
    last: float,
    length: float,
    half: float,
    edges: list[float],
    starts: list[float],
    ends: list[float],
) -> float:
    """The cut in [first, last] of least cost: CUT_COST for each card it cuts, BAND_COST
    for each card that only reaches into the overlap band, and PAGE_COST for each page width
    it leaves unused. The counts change only where the cut or a side of the band passes a card's
    edge, and between two such points the latest costs least: only those are tried."""
    lo = bisect_left(edges, first - half)
    hi = bisect_right(edges, last + half)
    points = {first, last}
    for edge in edges[lo:hi]:
        for side in (edge - half, edge, edge + half):
            for point in (side, side - NUDGE):  # on a critical point, and just before it
                if first < point < last:
                    points.add(point)
    best, best_cost = last, math.inf
    for point in sorted(points, reverse=True):
        cost = (
            CUT_COST * _crossing(point, 0.0, starts, ends)
            + BAND_COST * _crossing(point, half, starts, ends)
            + PAGE_COST * (last - point) / length
        )
        if cost < best_cost - 1e-9:
            best, best_cost = point, cost
    return best


def _crossing(cut: float, half: float, starts: list[float], ends: list[float]) -> int:
    """How many intervals reach into the band [cut - half, cut + half] (half 0: across the
    line at cut)."""
    if half:
        return bisect_left(starts, cut + half) - bisect_right(ends, cut - half)
    return bisect_left(starts, cut) - bisect_right(ends, cut)


def plan_tiles(
    bounds: Box,
    cards: Sequence[Box],
    tile_w: float,
    tile_h: float,
    overlap: float,
    margin: float = 0.0,
) -> list[Tile]:
    """The pieces of `bounds` for pages with room for tile_w x tile_h, row by row.

    Rows are cut first; then each row is cut into columns of its own, where its own cards
    are best cut (pages of one row meet edge to edge; rows meet like courses of bricks).
    A row spans its cards plus `margin` on each side; pieces without a card are left out.
    A row's cards are those it reaches, but for a card it would cut that another row holds
    whole: that row's pages show it, so it neither makes pages here nor steers the cuts.
    """
    x0, y0, x1, y1 = bounds
    if not cards:
        return [Tile(0, 0, bounds, 1)]
    ys = choose_cuts(y0, y1, [(c[1], c[3]) for c in cards], tile_h, overlap)
    half_x = min(max(overlap, 0.0), tile_w / 4) / 2
    tiles: list[Tile] = []
    rows = _spans(y0, y1, ys, min(max(overlap, 0.0), tile_h / 4) / 2)
    for r, (top, bottom) in enumerate(rows):
        mine = [
            c
            for c in cards
            if c[1] < bottom
            and c[3] > top
            and (
                (top <= c[1] and c[3] <= bottom)
                or not any(a <= c[1] and c[3] <= b for a, b in rows)
            )
        ]
        if not mine:
            continue
        left = max(x0, min(c[0] for c in mine) - margin)
        right = min(x1, max(c[2] for c in mine) + margin)
        intervals = [(c[0], c[2]) for c in mine]
        columns = _spans(left, right, choose_cuts(left, right, intervals, tile_w, overlap), half_x)
        hit = _finder(columns)
        used = {c for card in mine for c in hit(card[0], card[2])}
        tiles.extend(
            Tile(r, c, (a, top, b, bottom), len(columns))
            for c, (a, b) in enumerate(columns)
            if c in used  # an empty piece between others keeps its number: a gap
        )
    renumber = {row: k for k, row in enumerate(sorted({t.row for t in tiles}))}
    return [Tile(renumber[t.row], t.column, t.box, t.columns) for t in tiles]


def _spans(lo: float, hi: float, cuts: list[float], half: float) -> list[tuple[float, float]]:
    points = [lo, *cuts, hi]
    spans = []
    for k in range(len(points) - 1):
        a = points[k] - (half if k > 0 else 0.0)
        b = points[k + 1] + (half if k + 1 < len(points) - 1 else 0.0)
        spans.append((a, b))
    return spans


def _finder(spans: list[tuple[float, float]]):
    """A function: (a, b) -> the indexes of the spans (sorted, overlapping a little) that
    the stretch from a to b reaches into."""
    starts = [start for start, _end in spans]
    ends = [end for _start, end in spans]

    def hit(a: float, b: float) -> range:
        return range(bisect_right(ends, a), bisect_left(starts, b))

    return hit


class TileIndex:
    """Which tiles a box reaches into (within `room`), found row by row with a bisection:
    tiles come row by row, left to right (as plan_tiles makes them)."""

    def __init__(self, tiles: Sequence[Tile], room: float = 0.0) -> None:
        self.tiles = tiles
        self.room = room
        self._rows: dict[int, list[int]] = {}
        for index, tile in enumerate(tiles):
            self._rows.setdefault(tile.row, []).append(index)
        self._lefts = {
            row: [tiles[i].box[0] - room for i in members] for row, members in self._rows.items()
        }

    def meeting(self, box: Box) -> list[int]:
        x0, y0, x1, y1 = box
        room, tiles = self.room, self.tiles
        found = []
        for row, members in self._rows.items():
            top, bottom = tiles[members[0]].box[1], tiles[members[0]].box[3]
            if y1 <= top - room or y0 >= bottom + room:
                continue
            for k in range(bisect_left(self._lefts[row], x1) - 1, -1, -1):
                if tiles[members[k]].box[2] + room <= x0:
                    break
                found.append(members[k])
        return found


def left_out(tiles: Sequence[Tile], cards: Sequence[Box], room: float = 0.0) -> list[list[int]]:
    """For each tile, the cards its page leaves out: those it would show only in part
    although another page shows them whole (a card too big for any page stays, cut, on each
    page it reaches), and those whose drawing reaches into it only by `room` (a shadow, a
    badge): clipped away, their text would still be in the page."""
    index = TileIndex(tiles, room)
    hidden: list[list[int]] = [[] for _ in tiles]
    for number, card in enumerate(cards):
        near = index.meeting(card)
        if not near:
            continue
        whole = any(_holds(tiles[t].box, card) for t in near)
        for t in near:
            box = tiles[t].box
            if not _meets(box, card) or (whole and not _holds(box, card)):
                hidden[t].append(number)
    return hidden


def _meets(box: Box, card: Box) -> bool:
    return box[0] < card[2] and card[0] < box[2] and box[1] < card[3] and card[1] < box[3]


def _holds(box: Box, card: Box) -> bool:
    return box[0] <= card[0] and card[2] <= box[2] and box[1] <= card[1] and card[3] <= box[3]
