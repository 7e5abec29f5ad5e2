"""PDF export (QPdfWriter: vector drawing, text as text) and printing (QPrinter), one page
logic for both (orgeditor.render.pages)."""

from __future__ import annotations

import math
import os
from collections.abc import Iterable

from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from orgeditor.model import Chart
from orgeditor.render.errors import ExportError
from orgeditor.render.output import (
    check_writable,
    complete_bytes,
    memory_buffer,
    painting,
    write_file,
)
from orgeditor.render.pages import best_plan, check_options, fit_note, paint_pages, plan
from orgeditor.render.snapshot import Exported, snapshot

PDF_DPI = 1200  # device pixels per inch: fine enough that no rounding shows


def render_pdf(
    chart: Chart,
    path: str | os.PathLike[str],
    paper: str | QPageSize = "A4",
    orientation: str = "auto",
    pages: str = "fit",
    ids: Iterable[str] | None = None,
    scale: float = 1.0,
    colour_by: str | None = None,
) -> Exported:
    """Write the chart (or the positions `ids`) as a PDF of vector drawing and real text.

    pages="fit": one page, the chart shrunk to fit (never enlarged past `scale`);
    pages="split": the chart at `scale` (1 = 100 %: card names at 9 pt) on as many pages as
    it needs, cut between cards where possible, each page with the footer
    "<chart name> — page N of M" (pages that would show no card are left out). A fitted
    page whose card text would print under pages.MIN_TEXT_PT still is written; the
    Exported's note says so. paper: a name from pages.PAPER_SIZES or a QPageSize;
    orientation: auto (landscape for a wide chart, or whichever needs fewer pages),
    portrait or landscape. Raises ExportError (file not writable, nothing to draw) and
    ValueError (bad options, unknown ids)."""
    check_options(pages, scale)
    check_writable(path)
    snap = snapshot(chart, ids, colour_by)
    if snap.empty:
        raise ExportError(path, "nothing to draw: the chart has no positions")
    chosen = best_plan(snap, paper, orientation, pages, scale)
    buffer = memory_buffer()
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(snap.name)
    writer.setCreator("orgeditor")
    writer.setPageLayout(chosen.layout)
    with painting(path, writer, "PDF writer") as painter:
        count = paint_pages(painter, writer, chosen, snap)
    write_file(path, complete_bytes(path, buffer, b"%%EOF", "PDF document"))
    rect = snap.rect
    return Exported(
        snap.positions,
        math.ceil(rect.width()),
        math.ceil(rect.height()),
        count,
        chosen.zoom,
        fit_note(chosen),
    )


def print_chart(
    chart: Chart,
    printer: QPrinter,
    pages: str = "fit",
    ids: Iterable[str] | None = None,
    scale: float = 1.0,
    colour_by: str | None = None,
) -> int:
    """Print the chart on `printer` as it is set up (paper, orientation, margins), the same
    pages as render_pdf; returns the number of pages. Connect it to a
    QPrintPreviewDialog's paintRequested(printer) signal."""
    check_options(pages, scale)
    snap = snapshot(chart, ids, colour_by)
    chosen = plan(snap, printer.pageLayout(), pages, scale)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not be started")
    try:
        return paint_pages(painter, printer, chosen, snap)
    finally:
        painter.end()


def best_orientation(
    chart: Chart,
    paper: str | QPageSize = "A4",
    pages: str = "fit",
    ids: Iterable[str] | None = None,
    scale: float = 1.0,
) -> QPageLayout.Orientation:
    """The orientation orientation="auto" would choose, to set on a QPrinter before its
    preview dialog opens (the dialog's own orientation buttons then stay the user's)."""
    return best_plan(snapshot(chart, ids), paper, "auto", pages, scale).layout.orientation()
