"""Page breaks for split PDFs (plain arithmetic): pieces fit the page, cover the chart, and
cuts go between cards where there is a way."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from orgeditor.render.tiles import Tile, TileIndex, choose_cuts, left_out, plan_tiles


def pieces(lo, hi, cuts, overlap):
    half = overlap / 2
    points = [lo, *cuts, hi]
    return [
        (points[k] - (half if k else 0.0), points[k + 1] + (half if k + 1 < len(cuts) + 1 else 0))
        for k in range(len(points) - 1)
    ]


def test_no_cut_when_the_chart_fits():
    assert choose_cuts(0, 900, [(0, 200)], 1000, 16) == []


def test_cuts_go_through_the_gaps_between_cards():
    cards = [(i * 224.0, i * 224.0 + 200) for i in range(20)]  # 200 wide, 24 apart
    cuts = choose_cuts(0, 20 * 224, cards, 1000, 16)
    assert len(cuts) == 4
    for cut in cuts:  # neither the cut nor the overlap band around it touches a card
        assert not any(a < cut + 8 and cut - 8 < b for a, b in cards)


def test_a_card_is_cut_only_when_the_page_would_otherwise_be_mostly_empty():
    # one card wider than most of the page: cutting it beats leaving pages nearly empty
    cards = [(0.0, 100.0), (150.0, 3000.0)]
    cuts = choose_cuts(0, 3000, cards, 1000, 16)
    assert len(cuts) == 3
    assert cuts[0] > 900  # not at 125, between the two cards, with most of the page empty


@given(
    st.lists(
        st.tuples(st.floats(0, 5000, allow_nan=False), st.floats(1, 400, allow_nan=False)),
        max_size=40,
    ),
    st.floats(200, 1500),
    st.floats(0, 40),
)
def test_pieces_fit_and_cover(cards, length, overlap):
    intervals = [(a, a + w) for a, w in cards]
    hi = max([b for _a, b in intervals], default=100.0)
    cuts = choose_cuts(0.0, hi, intervals, length, overlap)
    assert cuts == sorted(cuts)
    spans = pieces(0.0, hi, cuts, min(overlap, length / 4))
    assert spans[0][0] == 0.0 and spans[-1][1] == hi
    for (_a, b), (c, _d) in itertools.pairwise(spans):
        assert c <= b  # pieces meet or overlap: nothing falls between pages
    for a, b in spans:
        assert b - a <= length + 1e-6


def test_plan_tiles_leaves_out_empty_pieces_and_keeps_numbers():
    # two groups of cards far apart on one row: the pieces between them are empty
    cards = [(0.0, 0.0, 200.0, 72.0), (5000.0, 0.0, 5200.0, 72.0)]
    tiles = plan_tiles((0.0, 0.0, 5200.0, 72.0), cards, 1000, 500, 16)
    assert len(tiles) == 2
    assert tiles[0].column == 0 and tiles[1].column == tiles[1].columns - 1 > 1
    assert all(t.width <= 1000 and t.height <= 500 for t in tiles)


def test_every_card_is_whole_on_some_page_when_cards_leave_gaps():
    cards = [
        (x * 224.0, y * 128.0, x * 224.0 + 200, y * 128.0 + 72) for x in range(30) for y in range(8)
    ]
    tiles = plan_tiles((-24.0, -24.0, 30 * 224 + 24.0, 8 * 128 + 24.0), cards, 1000, 600, 16)
    assert len({t.row for t in tiles}) == 2
    for x0, y0, x1, y1 in cards:
        assert any(
            t.box[0] <= x0 and x1 <= t.box[2] and t.box[1] <= y0 and y1 <= t.box[3] for t in tiles
        )


def test_cards_a_page_would_cut_or_only_touch_are_left_out():
    cards = [(0.0, 0.0, 200.0, 72.0), (985.0, 0.0, 1185.0, 72.0), (400.0, 0.0, 1400.0, 72.0)]
    tiles = [Tile(0, 0, (0.0, 0.0, 1000.0, 100.0), 2), Tile(0, 1, (980.0, 0.0, 1980.0, 100.0), 2)]
    hidden = left_out(tiles, cards)
    assert hidden == [[1], []]  # card 1 is whole on the second page; card 2 nowhere: kept
    near = [(0.0, 105.0, 200.0, 180.0)]  # just below the first page: only its shadow reaches
    assert left_out(tiles, near, room=10.0) == [[0], []]
    assert TileIndex(tiles).meeting((990.0, 10.0, 995.0, 20.0)) == [1, 0]
    assert TileIndex(tiles).meeting((1000.0, 10.0, 1005.0, 20.0)) == [1]
