"""Charts on paper: one page scaled to fit, or split across pages at a readable scale.

The PDF export and printing share this: a plan (page layout, zoom, the chart's pieces) and
the painting of the planned pages, each with a footer naming the chart and the page. Split
pages are cut between cards where possible (tiles.py); each page draws only its own
reporting lines (path_pieces.py) and leaves out the cards it would cut that another page
shows whole, so a card is whole on one page and its name is in that page's text only.

Scale: at 1 (100 %) a scene pixel is 1/96 inch, so a card's 12 px name prints at 9 pt and
its smallest text (card_layout.SMALLEST_TEXT_PX, 10 px) at 7.5 pt. A chart fitted on one page
whose smallest card text would print under MIN_TEXT_PT gets a note (fit_note) that says so
and points to split pages; the page is still made.

Split pages leave out the pieces that would show no card (only lines, or the edge of a card
another page shows whole): a page is printed only when it shows a card, and "page i of n"
counts the printed pages.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter

from orgeditor.drawing.card_layout import SMALLEST_TEXT_PX
from orgeditor.render.path_pieces import paths_per_tile
from orgeditor.render.snapshot import MARGIN, Snapshot
from orgeditor.render.tiles import Tile, TileIndex, left_out, plan_tiles

PT_PER_PX = 0.75  # 72 pt / 96 px: scene pixels at 100 %
MIN_TEXT_PT = 6.0  # card text printed smaller than this does not read
MARGIN_MM = 10.0
FOOTER_PT = 16.0  # the band at the foot of each page that holds the footer line
FOOTER_FONT_PT = 7.5
FOOTER_COLOUR = QColor("#667085")
OVERLAP_PX = 16.0  # split pages share a band this wide (scene px) around each cut
CARD_ROOM = 12.0  # scene px a card's drawing reaches beyond it (shadow, badge, halo)
PAGE_MODES = ("fit", "split")
ORIENTATIONS = ("auto", "portrait", "landscape")
PAPER_SIZES = {
    "A0": QPageSize.PageSizeId.A0,
    "A1": QPageSize.PageSizeId.A1,
    "A2": QPageSize.PageSizeId.A2,
    "A3": QPageSize.PageSizeId.A3,
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
    "A6": QPageSize.PageSizeId.A6,
    "B4": QPageSize.PageSizeId.B4,
    "B5": QPageSize.PageSizeId.B5,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
    "Tabloid": QPageSize.PageSizeId.Tabloid,
    "Executive": QPageSize.PageSizeId.Executive,
}
MIN_SCALE, MAX_SCALE = 0.05, 8.0

Orientation = QPageLayout.Orientation


@dataclass(frozen=True, eq=False)
class PagePlan:
    layout: QPageLayout
    zoom: float  # 1 = 100 %
    tiles: list[Tile]  # one per page, in reading order
    split: bool
    rows: int

    @property
    def pages(self) -> int:
        return max(1, len(self.tiles))


def page_size(paper: str | QPageSize) -> QPageSize:
    if isinstance(paper, QPageSize):
        return paper
    for name, size_id in PAPER_SIZES.items():
        if name.casefold() == str(paper).strip().casefold():
            return QPageSize(size_id)
    raise ValueError(f"unknown paper size {paper!r}; choose from {', '.join(PAPER_SIZES)}")


def page_layout(paper: str | QPageSize, orientation: Orientation) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(page_size(paper), orientation, margins, QPageLayout.Unit.Millimeter)


def check_options(pages: str, scale: float) -> None:
    if pages not in PAGE_MODES:
        raise ValueError(f"pages must be one of {', '.join(PAGE_MODES)}, not {pages!r}")
    if not MIN_SCALE <= scale <= MAX_SCALE:
        raise ValueError(f"scale must be between {MIN_SCALE} and {MAX_SCALE}, not {scale:g}")


def plan(snap: Snapshot, layout: QPageLayout, pages: str = "fit", scale: float = 1.0) -> PagePlan:
    """The pages for a chart on a page layout. fit: one page, shrunk to fit but never
    enlarged past `scale`; split: pieces at `scale` on as many pages as they need."""
    check_options(pages, scale)
    paint = layout.paintRect(QPageLayout.Unit.Point)
    room_w, room_h = paint.width(), paint.height() - FOOTER_PT
    rect = snap.rect
    box = (rect.left(), rect.top(), rect.right(), rect.bottom())
    if snap.empty or room_w <= 0 or room_h <= 0:
        return PagePlan(layout, scale, [], pages == "split", 0)
    if pages == "fit":
        zoom = min(scale, room_w / (rect.width() * PT_PER_PX), room_h / (rect.height() * PT_PER_PX))
        return PagePlan(layout, zoom, [Tile(0, 0, box)], False, 1)
    tile_w, tile_h = tile_size(layout, scale)
    tiles = shown_tiles(plan_tiles(box, snap.cards, tile_w, tile_h, OVERLAP_PX, MARGIN), snap)
    return PagePlan(layout, scale, tiles, True, 1 + max((t.row for t in tiles), default=0))


def tile_size(layout: QPageLayout, scale: float) -> tuple[float, float]:
    """The scene px a split page holds at `scale`: its room above the footer."""
    paint = layout.paintRect(QPageLayout.Unit.Point)
    per_px = scale * PT_PER_PX
    return paint.width() / per_px, (paint.height() - FOOTER_PT) / per_px


def shown_tiles(tiles: list[Tile], snap: Snapshot) -> list[Tile]:
    """The tiles whose page shows at least one card (see tiles.left_out: a page leaves out
    the cards another page shows whole and those that only reach into it by CARD_ROOM);
    rows renumbered when a whole row goes, columns keep their numbers (a gap)."""
    if len(tiles) < 2:
        return tiles
    hidden = left_out(tiles, snap.cards, CARD_ROOM)
    index = TileIndex(tiles, CARD_ROOM)
    showing = [False] * len(tiles)
    for number, card in enumerate(snap.cards):
        for t in index.meeting(card):
            if not showing[t] and number not in hidden[t]:
                showing[t] = True
    kept = [tile for tile, shows in zip(tiles, showing, strict=True) if shows]
    if not kept:
        return tiles
    rows = {row: k for k, row in enumerate(sorted({t.row for t in kept}))}
    return [Tile(rows[t.row], t.column, t.box, t.columns) for t in kept]


def smallest_text_pt(zoom: float) -> float:
    """The size the smallest card text prints at, at `zoom` (1 = 100 %)."""
    return SMALLEST_TEXT_PX * PT_PER_PX * zoom


def fit_note(page_plan: PagePlan) -> str:
    """For one page scaled to fit: a line that says the card text prints too small to read
    and what to do instead; "" when it reads (or for split pages)."""
    if page_plan.split or not page_plan.tiles:
        return ""
    size = smallest_text_pt(page_plan.zoom)
    if size >= MIN_TEXT_PT:
        return ""
    shown = math.floor(size * 10) / 10 if size >= 0.1 else size  # never rounded up to 6
    return (
        f"card text prints at {shown:.2g} pt on one page (it reads from {MIN_TEXT_PT:g} pt); "
        "split it across pages (orgeditor export --pages split) for readable pages"
    )


def best_plan(
    snap: Snapshot,
    paper: str | QPageSize = "A4",
    orientation: str = "auto",
    pages: str = "fit",
    scale: float = 1.0,
) -> PagePlan:
    """The plan for a paper size; orientation auto: the one that shows the chart larger
    (fit) or needs fewer pages (split), and landscape for a wide chart when that is even."""
    if orientation not in ORIENTATIONS:
        raise ValueError(
            f"orientation must be one of {', '.join(ORIENTATIONS)}, not {orientation!r}"
        )
    if orientation != "auto":
        chosen = Orientation.Landscape if orientation == "landscape" else Orientation.Portrait
        return plan(snap, page_layout(paper, chosen), pages, scale)
    wide = snap.rect.width() >= snap.rect.height()
    preferred, other = (
        (Orientation.Landscape, Orientation.Portrait)
        if wide
        else (Orientation.Portrait, Orientation.Landscape)
    )
    first = plan(snap, page_layout(paper, preferred), pages, scale)
    second = plan(snap, page_layout(paper, other), pages, scale)
    if first.split:
        return second if second.pages < first.pages else first
    return second if second.zoom > first.zoom * 1.0001 else first


def paint_pages(
    painter: QPainter, device: QPagedPaintDevice, page_plan: PagePlan, snap: Snapshot
) -> int:
    """Paint the planned pages on an active painter (a QPdfWriter's or a QPrinter's, with
    the plan's page layout); returns the number of pages."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    unit = device.logicalDpiX() / 72.0  # device pixels per point
    connectors = snap.scene.connectors
    whole = (connectors.solid, connectors.dotted)
    tiles = page_plan.tiles
    lines = None
    hidden: list[list[int]] = [[] for _ in tiles]
    if len(tiles) > 1:
        # each page gets only its own lines (see path_pieces), and leaves out the cards it
        # would cut that another page shows whole
        solid, dotted = paths_per_tile(whole[0], tiles), paths_per_tile(whole[1], tiles)
        lines = list(zip(solid, dotted, strict=True))
        hidden = left_out(tiles, snap.cards, CARD_ROOM)
    cards = snap.scene.cards()
    try:
        for index in range(page_plan.pages):
            if index:
                device.newPage()
            if lines is not None:
                connectors.set_paths(*lines[index])
            hide = [cards[snap.ids[k]] for k in hidden[index]] if index < len(hidden) else []
            for card in hide:
                card.setVisible(False)
            try:
                _paint_page(painter, unit, page_plan, snap, index)
            finally:
                for card in hide:
                    card.setVisible(True)
    finally:
        if lines is not None:
            connectors.end_paths(whole[1])
    return page_plan.pages


def _paint_page(
    painter: QPainter, unit: float, page_plan: PagePlan, snap: Snapshot, index: int
) -> None:
    paint = page_plan.layout.paintRect(QPageLayout.Unit.Point)
    page = QRectF(0.0, 0.0, paint.width() * unit, paint.height() * unit)
    if index < len(page_plan.tiles):
        tile = page_plan.tiles[index]
        per_px = page_plan.zoom * PT_PER_PX * unit  # device pixels per scene pixel
        width, height = tile.width * per_px, tile.height * per_px
        x = y = 0.0
        if not page_plan.split:  # one page: centred in the room above the footer
            x = (page.width() - width) / 2
            y = (page.height() - FOOTER_PT * unit - height) / 2
        source = QRectF(tile.box[0], tile.box[1], tile.width, tile.height)
        snap.scene.render(
            painter, QRectF(x, y, width, height), source, Qt.AspectRatioMode.IgnoreAspectRatio
        )
    _footer(painter, page, page_plan, snap, index)


def footer_text(name: str, page_plan: PagePlan, index: int) -> str:
    if not page_plan.split:
        return name
    return f"{name} — page {index + 1} of {page_plan.pages}"


def _footer(
    painter: QPainter, page: QRectF, page_plan: PagePlan, snap: Snapshot, index: int
) -> None:
    painter.save()
    font = QFont()
    font.setPointSizeF(FOOTER_FONT_PT)
    painter.setFont(font)
    painter.setPen(FOOTER_COLOUR)
    bottom = Qt.AlignmentFlag.AlignBottom
    painter.drawText(
        page, bottom | Qt.AlignmentFlag.AlignLeft, footer_text(snap.name, page_plan, index)
    )
    if page_plan.split and page_plan.pages > 1 and index < len(page_plan.tiles):
        tile = page_plan.tiles[index]
        where = (
            f"row {tile.row + 1} of {page_plan.rows}, column {tile.column + 1} of {tile.columns}"
        )
        painter.drawText(page, bottom | Qt.AlignmentFlag.AlignRight, where)
    painter.restore()
