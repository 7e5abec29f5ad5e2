"""The comparison of two scenarios as a PDF for a steering group: the summary (the HTML report
of analysis/diff_html.py, paginated), then each chart on a landscape page of its own, with
the changed cards marked in their colours (the compare view's, drawing/change_marks.py).
The report comes written in its language (diff_html); the PDF's own words (its title in the
document properties, the refusal of an empty chart) follow `language` ("en" or "nb")."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPainter, QPdfWriter, QTextDocument

from orgeditor.drawing.change_marks import mark_changes
from orgeditor.model import Chart
from orgeditor.render.errors import ExportError
from orgeditor.render.output import (
    check_writable,
    complete_bytes,
    memory_buffer,
    painting,
    write_file,
)
from orgeditor.render.pages import page_layout
from orgeditor.render.snapshot import snapshot

DPI = 300  # enough for text and lines; the charts are vector drawing anyway
TITLE_PT = 14
# the PDF's own words; render may not import analysis, where the report's words live
TEXTS = {
    "title": {"en": "Reorganisation", "nb": "Omorganisering"},
    "empty": {
        "en": "nothing to draw: {title} has no positions",
        "nb": "ingenting å tegne: {title} har ingen stillinger",
    },
}


def _text(text_id: str, language: str, **params: str) -> str:
    texts = TEXTS[text_id]
    return texts.get(language, texts["en"]).format(**params)


def render_diff_pdf(
    path: str | os.PathLike[str],
    html: str,
    sides: Sequence[tuple[str, Chart, Mapping[str, str]]],
    paper: str = "A4",
    language: str = "en",
) -> int:
    """Write the report `html` and then each side (title, chart, position id -> change kind
    to mark) on a page of its own. Returns the number of pages. Raises ExportError (its
    message in `language`)."""
    check_writable(path)
    buffer = memory_buffer()
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setCreator("orgeditor")
    writer.setTitle(_text("title", language))
    writer.setPageLayout(page_layout(paper, QPageLayout.Orientation.Portrait))
    pages = 0
    with painting(path, writer, "PDF writer") as painter:
        pages += _paint_report(painter, writer, html)
        for title, chart, kinds in sides:
            writer.setPageLayout(page_layout(paper, QPageLayout.Orientation.Landscape))
            writer.newPage()
            _paint_chart(painter, writer, title, chart, kinds, language)
            pages += 1
    write_file(path, complete_bytes(path, buffer, b"%%EOF", "PDF document"))
    return pages


def _page_rect(writer: QPdfWriter) -> QRectF:
    return QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))


def _paint_report(painter: QPainter, writer: QPdfWriter, html: str) -> int:
    page = _page_rect(writer)
    document = QTextDocument()
    # the page is DPI dots per inch; the text is laid out at 96 per inch and scaled up
    scale = writer.resolution() / 96.0
    document.setPageSize(QSizeF(page.width() / scale, page.height() / scale))
    document.setHtml(html)
    height = page.height() / scale
    count = document.pageCount()
    for index in range(count):
        if index:
            writer.newPage()
        painter.save()
        painter.scale(scale, scale)
        painter.translate(0, -index * height)
        document.drawContents(painter, QRectF(0, index * height, page.width() / scale, height))
        painter.restore()
    return count


def _paint_chart(
    painter: QPainter,
    writer: QPdfWriter,
    title: str,
    chart: Chart,
    kinds: Mapping[str, str],
    language: str,
) -> None:
    page = _page_rect(writer)
    snap = snapshot(chart)
    if snap.empty:
        raise ExportError("", _text("empty", language, title=title))
    mark_changes(snap.scene, kinds)
    font = QFont()
    font.setPointSizeF(TITLE_PT)
    font.setBold(True)
    painter.setFont(font)
    line = painter.fontMetrics().height() * 1.6
    painter.drawText(
        QRectF(0, 0, page.width(), line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        title,
    )
    target = QRectF(0, line, page.width(), page.height() - line)
    snap.scene.render(painter, target, snap.rect, Qt.AspectRatioMode.KeepAspectRatio)
