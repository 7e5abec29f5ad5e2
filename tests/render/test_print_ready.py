"""Exports that print for real-size charts: a PNG never longer than MAX_SIDE px (scaled down,
and saying so), a one-page PDF that says when its text prints too small to read, split
pages that leave out pages showing no card, and exports that show what the chart's view
shows (folded branches, focus)."""

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QImageReader, QPageLayout
from support.canvas_helpers import small_chart
from support.export_text import names, squeeze

from orgeditor.model import Chart, Position
from orgeditor.render import render_pdf, render_png, render_svg
from orgeditor.render.pages import (
    MIN_TEXT_PT,
    OVERLAP_PX,
    best_plan,
    page_layout,
    plan,
    shown_tiles,
    smallest_text_pt,
    tile_size,
)
from orgeditor.render.raster import MAX_SIDE, capped_scale
from orgeditor.render.snapshot import MARGIN, Snapshot, selection_chart, snapshot
from orgeditor.render.tiles import plan_tiles

WIDE_REPORTS = 40
STEP = 500.0  # scene px between two hand-placed reports: the chart is 20,000 px wide


@pytest.fixture(autouse=True)
def big_images():
    limit = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(0)
    yield
    QImageReader.setAllocationLimit(limit)


def hand_placed(places: dict[str, tuple[float, float]], manager: str | None = None) -> Chart:
    """A chart of positions placed by hand (xy), so its size does not depend on the layout;
    the first one manages the others when `manager` is given."""
    chart = Chart()
    chart.settings.name = "Placed"
    for pid, xy in places.items():
        position = Position(pid, f"Person {pid.upper()}", "Account Executive")
        position.xy = xy
        chart.add_position(position, manager if pid != manager else None)
    return chart


@pytest.fixture
def wide(qapp) -> Chart:
    """A sales director over 40 sellers in one long line: about 20,000 scene px wide."""
    places = {"boss": (WIDE_REPORTS * STEP / 2, 0.0)}
    places |= {f"s{k}": (k * STEP, 200.0) for k in range(WIDE_REPORTS)}
    chart = hand_placed(places, "boss")
    chart.settings.name = "Wide"
    return chart


# ----- PNG: the longest side is capped ------------------------------------------------------


def test_capped_scale_keeps_the_longest_side_at_the_cap():
    assert capped_scale(1000, 500, 2.0) == 2.0  # small enough: as asked
    assert capped_scale(MAX_SIDE / 2, 100, 2.0) == 2.0  # exactly the cap
    drawn = capped_scale(20_000, 3_000, 2.0)
    assert drawn < 2.0
    assert round(20_000 * drawn) == MAX_SIDE
    assert capped_scale(300, 40_000, 1.0) * 40_000 == pytest.approx(MAX_SIDE)  # tall too


def test_png_of_a_wide_chart_is_scaled_down_to_the_cap(wide, tmp_path):
    path = tmp_path / "wide.png"
    snap = snapshot(wide)
    assert snap.rect.width() * 2 > MAX_SIDE  # too wide at scale 2
    done = render_png(wide, path, scale=2.0)
    image = QImage(str(path))
    assert not image.isNull()
    assert max(image.width(), image.height()) == MAX_SIDE == image.width()
    assert (image.width(), image.height()) == (done.width, done.height)
    assert done.scaled_down and done.scale < 2.0
    assert done.scale == pytest.approx(MAX_SIDE / snap.rect.width(), rel=1e-6)
    assert abs(image.height() - snap.rect.height() * done.scale) <= 1
    assert done.positions == len(wide)
    assert "16,384 px" in done.note
    percent = int(100 * done.scale / 2.0)
    assert f"scaled to {percent} %" in done.note
    assert "\n" not in done.note
    assert image.dotsPerMeterX() == round(96 * done.scale / 0.0254)  # prints at its scale


def test_png_within_the_cap_is_as_asked(sales, tmp_path):
    done = render_png(sales, tmp_path / "sales.png", scale=2.0)
    assert (done.scale, done.scaled_down, done.note) == (2.0, False, "")


# ----- one-page PDF: text too small to read is said --------------------------------------


def test_one_page_pdf_of_a_wide_chart_warns_with_the_text_size(wide, tmp_path):
    path = tmp_path / "wide.pdf"
    done = render_pdf(wide, path, pages="fit")
    assert done.pages == len(PdfReader(path).pages) == 1  # still written
    assert smallest_text_pt(done.scale) < MIN_TEXT_PT
    found = re.search(r"card text prints at ([\d.]+) pt", done.note)
    assert found, done.note
    assert float(found.group(1)) == pytest.approx(smallest_text_pt(done.scale), abs=0.1)
    assert float(found.group(1)) < MIN_TEXT_PT
    assert "--pages split" in done.note


def test_readable_pdfs_have_no_note(sales, wide, tmp_path):
    assert render_pdf(sales, tmp_path / "a3.pdf", paper="A3").note == ""
    split = render_pdf(wide, tmp_path / "split.pdf", pages="split")
    assert split.note == "" and split.scale == 1.0


def test_smallest_text_is_the_cards_smallest_font():
    # 10 px (pills, badges) at 100 % is 7.5 pt: a fitted page warns below 80 %
    assert smallest_text_pt(1.0) == pytest.approx(7.5)
    assert smallest_text_pt(0.8) == pytest.approx(MIN_TEXT_PT)


# ----- split pages: no page without a card -------------------------------------------------

# four sellers scattered around their manager: one piece of the grid would only show the
# edge of a card that the page beside it shows whole (and a reporting line)
SCATTERED = {
    "boss": (1000.0, 0.0),
    "p0": (1616.0, 1376.0),
    "p1": (1816.0, 472.0),
    "p2": (1496.0, 392.0),
    "p3": (144.0, 472.0),
}


def raw_tiles(snap: Snapshot, layout: QPageLayout):
    """The grid pieces before the empty ones are left out."""
    rect = snap.rect
    box = (rect.left(), rect.top(), rect.right(), rect.bottom())
    return plan_tiles(box, snap.cards, *tile_size(layout, 1.0), OVERLAP_PX, MARGIN)


def test_split_pdf_leaves_out_pages_without_a_card(qapp, tmp_path):
    chart = hand_placed(SCATTERED, "boss")
    layout = page_layout("A4", QPageLayout.Orientation.Landscape)
    snap = snapshot(chart)
    planned = plan(snap, layout, "split")
    assert planned.pages < len(raw_tiles(snap, layout))  # a piece with no card is no page
    path = tmp_path / "scattered.pdf"
    done = render_pdf(chart, path, orientation="landscape", pages="split")
    reader = PdfReader(path)
    texts = [squeeze(page.extract_text()) for page in reader.pages]
    assert done.pages == len(reader.pages) == planned.pages
    everyone = names(chart)
    for number, text in enumerate(texts, 1):
        assert any(name in text for name in everyone), f"page {number} shows no card"
        assert f"page {number} of {done.pages}" in text  # counts the printed pages only
    every = " ".join(texts)
    assert all(name in every for name in everyone)


def test_shown_tiles_keep_every_card_and_number_rows_from_one(qapp):
    cards = [
        (0.0, 0.0, 200.0, 72.0),
        (1456.0, 1000.0, 1656.0, 1072.0),
        (1720.0, 248.0, 1920.0, 320.0),
    ]
    rect = QRectF(-24, -24, 1944 + 24, 1072 + 48)
    snap = Snapshot(None, rect, cards, ["a", "b", "c"], "x", 3)
    tiles = plan_tiles((-24.0, -24.0, 1944.0, 1096.0), cards, 1000, 500, 16, 24)
    kept = shown_tiles(tiles, snap)
    assert sorted({t.row for t in kept}) == list(range(len({t.row for t in kept})))
    for x0, y0, x1, y1 in cards:
        assert any(
            t.box[0] < x1 and x0 < t.box[2] and t.box[1] < y1 and y0 < t.box[3] for t in kept
        )


def test_split_pages_of_a_wide_chart_cut_no_card(wide):
    """The sellers stand 300 px apart: every page break finds a gap."""
    snap = snapshot(wide)
    planned = best_plan(snap, "A4", "auto", "split")
    for x0, y0, x1, y1 in snap.cards:
        assert any(
            t.box[0] <= x0 and x1 <= t.box[2] and t.box[1] <= y0 and y1 <= t.box[3]
            for t in planned.tiles
        )


# ----- what you see is what you print ---------------------------------------------------------
# These need the drawing scene to hide what chart.view hides (folded reports, branches out of
# focus); until it does, they fail.


def test_folded_reports_are_not_exported(qapp, tmp_path):
    chart = small_chart()
    chart.set_view(collapsed={"m1"})  # Alan Turing's reports folded away
    hidden = {"a1", "a2"}
    snap = snapshot(chart)
    assert set(snap.ids) == set(chart.position_ids()) - hidden
    assert snap.positions == len(snap.cards) == len(chart) - len(hidden)
    png = render_png(chart, tmp_path / "folded.png", scale=1.0)
    assert png.positions == len(chart) - len(hidden)
    svg = tmp_path / "folded.svg"
    render_svg(chart, svg)
    text = svg.read_text(encoding="utf-8")
    assert "Alan Turing" in text
    assert "Per Hansen" not in text and "Liv Berg" not in text
    pdf = render_pdf(chart, tmp_path / "folded.pdf")
    assert pdf.positions == len(chart) - len(hidden)


def test_a_branch_in_focus_is_exported_alone(qapp, tmp_path):
    chart = small_chart()
    chart.set_view(focus="m2")  # Barbara Liskov's branch only
    snap = snapshot(chart)
    assert set(snap.ids) == {"m2", "b1"}
    assert snap.positions == 2
    path = tmp_path / "focus.pdf"
    done = render_pdf(chart, path)
    assert done.positions == 2
    text = squeeze(PdfReader(path).pages[0].extract_text())
    assert "Barbara Liskov" in text and "Grace Hopper" not in text


def test_a_selection_keeps_the_view(qapp):
    chart = small_chart()
    chart.set_view(collapsed={"m1", "m2"})
    part = selection_chart(chart, ["cro", "m1", "a1", "a2"])
    assert part.view.collapsed == {"m1"}  # m2 is not in the selection
    assert part.view.focus is None
    assert chart.copy().view.collapsed == {"m1", "m2"}
