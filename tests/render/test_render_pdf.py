"""PDF export and printing: vector pages with real text, one page scaled to fit or several
at 100 % with page footers; the paper and orientation asked for."""

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from support.export_text import names, squeeze

from orgeditor.render import best_orientation, print_chart, render_pdf
from orgeditor.render.pages import (
    FOOTER_PT,
    PAPER_SIZES,
    PT_PER_PX,
    best_plan,
    page_layout,
    plan,
)
from orgeditor.render.snapshot import snapshot

A4 = (595, 842)  # points, portrait
A3 = (842, 1191)


def pages_of(path):
    reader = PdfReader(path)
    return reader, [squeeze(page.extract_text()) for page in reader.pages]


def page_size(page) -> tuple[int, int]:
    box = page.mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.mark.parametrize("name", ["northwind", "softuni"])
def test_fit_is_one_page_with_every_name_as_text(request, tmp_path, name):
    chart = request.getfixturevalue(name)
    path = tmp_path / "chart.pdf"
    done = render_pdf(chart, path)
    assert path.read_bytes().startswith(b"%PDF-")
    reader, texts = pages_of(path)
    assert done.pages == len(reader.pages) == 1
    missing = [n for n in names(chart) if n not in texts[0]]
    assert not missing  # text, not a picture of text
    assert reader.metadata.title == chart.settings.name
    assert page_size(reader.pages[0]) == A4[::-1]  # a wide chart: landscape


def test_fit_never_enlarges_a_small_chart(northwind):
    snap = snapshot(northwind)
    on_a3 = best_plan(snap, "A3", "auto", "fit")
    assert on_a3.zoom == 1.0  # would fit larger, stays at 100 %
    on_a6 = best_plan(snap, "A6", "auto", "fit")
    assert on_a6.zoom < 1.0  # too big for A6 at 100 %: shrunk
    assert (
        snap.rect.width() * PT_PER_PX * on_a6.zoom
        <= on_a6.layout.paintRect(QPageLayout.Unit.Point).width() + 1e-6
    )


def test_split_softuni_pages_have_footers(softuni, tmp_path):
    path = tmp_path / "split.pdf"
    done = render_pdf(softuni, path, pages="split")
    reader, texts = pages_of(path)
    count = len(reader.pages)
    assert done.pages == count > 5
    for number, text in enumerate(texts, start=1):
        assert f"Softuni — page {number} of {count}" in text
    assert "row 1 of" in texts[0]
    every = " ".join(texts)
    missing = [n for n in names(softuni) if n not in every]
    assert not missing  # nobody lost between pages


def test_split_pages_hold_their_pieces_at_100_percent(softuni):
    snap = snapshot(softuni)
    chosen = best_plan(snap, "A4", "landscape", "split")
    room = chosen.layout.paintRect(QPageLayout.Unit.Point)
    assert chosen.zoom == 1.0
    for tile in chosen.tiles:  # above the footer
        assert tile.width * PT_PER_PX <= room.width() + 1e-6
        assert tile.height * PT_PER_PX <= room.height() - FOOTER_PT + 1e-6

    def inside(card, tile):
        return (
            tile.box[0] <= card[0]
            and card[2] <= tile.box[2]
            and tile.box[1] <= card[1]
            and card[3] <= tile.box[3]
        )

    def meets(card, tile):
        return (
            tile.box[0] < card[2]
            and card[0] < tile.box[2]
            and tile.box[1] < card[3]
            and card[1] < tile.box[3]
        )

    assert all(any(meets(card, t) for t in chosen.tiles) for card in snap.cards)
    cut = [card for card in snap.cards if not any(inside(card, t) for t in chosen.tiles)]
    assert len(cut) <= len(snap.cards) // 10  # page breaks go between cards, mostly


def test_paper_and_orientation(northwind, tmp_path):
    path = tmp_path / "a3.pdf"
    render_pdf(northwind, path, paper="a3", orientation="portrait")
    reader, _texts = pages_of(path)
    assert page_size(reader.pages[0]) == A3
    render_pdf(northwind, path, paper="Letter", orientation="landscape")
    assert page_size(PdfReader(path).pages[0]) == (792, 612)
    with pytest.raises(ValueError, match="paper"):
        render_pdf(northwind, tmp_path / "x.pdf", paper="A9")
    with pytest.raises(ValueError, match="orientation"):
        render_pdf(northwind, tmp_path / "x.pdf", orientation="sideways")
    with pytest.raises(ValueError, match="pages"):
        render_pdf(northwind, tmp_path / "x.pdf", pages="some")


def test_auto_orientation_follows_the_chart(sales, northwind):
    assert best_orientation(northwind) == QPageLayout.Orientation.Landscape
    sales.settings.layout = "wide"  # the classic tree: each of these a level below the other
    tall = ["ceo", "cro", "m2", "b1"]  # one card a level: taller than wide
    assert best_orientation(sales, ids=tall) == QPageLayout.Orientation.Portrait


def test_pdf_of_a_selection_names_only_the_selected(sales, tmp_path):
    path = tmp_path / "part.pdf"
    chosen = ["cro", "m1", "a1"]
    render_pdf(sales, path, ids=chosen)
    _reader, texts = pages_of(path)
    for name in names(sales, chosen):
        assert name in texts[0]
    for name in names(sales) - names(sales, chosen):
        assert name not in texts[0]


def test_print_chart_paints_the_same_pages(softuni, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout("A4", QPageLayout.Orientation.Landscape))
    count = print_chart(softuni, printer, pages="split")
    expected = plan(snapshot(softuni), printer.pageLayout(), "split").pages
    assert count == expected == len(PdfReader(tmp_path / "printed.pdf").pages)
    assert "page 1 of" in squeeze(PdfReader(tmp_path / "printed.pdf").pages[0].extract_text())


def test_paper_names_match_the_cli():
    from orgeditor.cli_export import PAPERS

    assert tuple(PAPER_SIZES) == PAPERS


def test_print_preview_shows_the_pages(sales, qtbot):
    """How the GUI wires it: a print preview asks print_chart for its pages."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout("A6", QPageLayout.Orientation.Portrait))
    preview = QPrintPreviewWidget(printer)
    qtbot.addWidget(preview)
    counts = []
    preview.paintRequested.connect(lambda p: counts.append(print_chart(sales, p, pages="split")))
    preview.updatePreview()
    assert counts and counts[-1] > 1
    assert preview.pageCount() == counts[-1]


def test_split_pages_show_each_card_whole_once(sales, tmp_path):
    """A card that one page would cut is left off it when another page shows it whole."""
    path = tmp_path / "a6.pdf"
    done = render_pdf(sales, path, paper="A6", orientation="portrait", pages="split")
    _reader, texts = pages_of(path)
    assert done.pages == len(texts) > 2
    every = " ".join(texts)
    snap = snapshot(sales)
    tiles = best_plan(snap, "A6", "portrait", "split").tiles
    whole = 0
    for pid, (x0, y0, x1, y1) in zip(snap.ids, snap.cards, strict=True):
        name = sales.position(pid).name
        if not name:
            continue
        if any(
            t.box[0] <= x0 and x1 <= t.box[2] and t.box[1] <= y0 and y1 <= t.box[3] for t in tiles
        ):
            whole += 1
            assert every.count(name) == 1, name  # whole on one page, left off the others
        else:  # no page holds it whole (no gap within a page's reach): cut, on each page
            assert every.count(name) >= 1, name
    assert whole >= len(names(sales)) - 1
