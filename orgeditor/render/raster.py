"""PNG export: the chart drawn into an image at a chosen scale, text antialiased.

A PNG's longest side is at most MAX_SIDE pixels, a size common image viewers and browsers
open: a chart that would come out bigger at the asked scale is drawn at the scale that makes
its longest side MAX_SIDE, and the Exported says so (scale, scaled_down, note). Print wants a
PDF split across pages instead.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from orgeditor.model import Chart
from orgeditor.render.errors import ExportError
from orgeditor.render.output import check_writable, complete_bytes, memory_buffer, write_file
from orgeditor.render.snapshot import Exported, Snapshot, snapshot

MIN_SCALE, MAX_SCALE = 0.05, 16.0
MAX_SIDE = 16_384  # px: the longest side of a PNG; larger ones many viewers refuse to open
MAX_PIXELS = 400_000_000  # 1.6 GB of image memory; beyond that, a PDF serves better
INCH_M = 0.0254
PNG_END = b"IEND\xaeB`\x82"  # the IEND chunk and its CRC: the last bytes of every PNG


def render_png(
    chart: Chart,
    path: str | os.PathLike[str],
    scale: float = 2.0,
    ids: Iterable[str] | None = None,
    background: str | None = "white",
    colour_by: str | None = None,
) -> Exported:
    """Write the chart (or the positions `ids`) as a PNG, `scale` image pixels per scene
    pixel (2: sharp on high-density screens and in print). background: a colour name or
    #hex, or None for transparent. Raises ExportError and ValueError."""
    if not MIN_SCALE <= scale <= MAX_SCALE:
        raise ValueError(f"scale must be between {MIN_SCALE} and {MAX_SCALE}, not {scale:g}")
    fill = _colour(background)
    check_writable(path)
    snap = snapshot(chart, ids, colour_by)
    if snap.empty:
        raise ExportError(path, "nothing to draw: the chart has no positions")
    drawn = capped_scale(snap.rect.width(), snap.rect.height(), scale)
    image = draw_image(snap, drawn, fill, path)
    buffer = memory_buffer()
    if not image.save(buffer, "PNG"):
        raise ExportError(path, "could not write: the PNG encoder failed")
    write_file(path, complete_bytes(path, buffer, PNG_END, "PNG image"))
    scaled_down = drawn < scale
    note = scaled_note(drawn, scale) if scaled_down else ""
    return Exported(
        snap.positions, image.width(), image.height(), 1, drawn, note, scaled_down=scaled_down
    )


def capped_scale(width: float, height: float, scale: float) -> float:
    """`scale`, or less when width x height scene px at `scale` would make an image whose
    longest side is more than MAX_SIDE px: then the scale that makes it MAX_SIDE."""
    longest = max(width, height)
    if longest <= 0 or math.ceil(longest * scale) <= MAX_SIDE:
        return scale
    return MAX_SIDE / longest


def scaled_note(drawn: float, asked: float) -> str:
    """The one line that tells the user a PNG came out smaller than asked."""
    share = 100 * drawn / asked
    shown = f"{math.floor(share)}" if share >= 1 else f"{share:.1g}"  # never up to 100
    return (
        f"scaled to {shown} % (scale {drawn:.3g} instead of {asked:g}) so the longest side is "
        f"{MAX_SIDE:,} px (common viewers refuse larger images); for print, export a PDF "
        "split across pages (orgeditor export --pages split)"
    )


def draw_image(
    snap: Snapshot, scale: float, fill: QColor, path: str | os.PathLike[str] = "image"
) -> QImage:
    """The snapshot's rectangle as an image at `scale` (opaque fill: an RGB32 image)."""
    rect = snap.rect
    width, height = math.ceil(rect.width() * scale), math.ceil(rect.height() * scale)
    if max(width, height) == MAX_SIDE + 1:  # a capped scale (capped_scale) rounded up
        width, height = min(width, MAX_SIDE), min(height, MAX_SIDE)
    if width * height > MAX_PIXELS:
        raise ExportError(
            path,
            f"{width}×{height} px is too big for one image (at most "
            f"{MAX_PIXELS // 1_000_000} megapixels): use a smaller scale, or PDF",
        )
    # drawn with alpha (no subpixel text, which would fringe on other screens), then
    # stored without it when the background is opaque
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(path, f"not enough memory for a {width}×{height} px image")
    image.fill(fill)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        source = QRectF(rect.left(), rect.top(), width / scale, height / scale)
        snap.scene.render(
            painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.IgnoreAspectRatio
        )
    finally:
        painter.end()
    if fill.alpha() == 255:
        image.convertTo(QImage.Format.Format_RGB32)  # in place: no second copy
    dots_per_metre = round(96 * scale / INCH_M)  # prints at 100 % when printed at its dpi
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.setText("Title", snap.name)
    image.setText("Software", "orgeditor")
    return image


def _colour(background: str | None) -> QColor:
    if background is None or background.strip().casefold() in ("", "none", "transparent"):
        return QColor(Qt.GlobalColor.transparent)
    colour = QColor(background)
    if not colour.isValid():
        raise ValueError(f"not a colour: {background!r}")
    return colour
