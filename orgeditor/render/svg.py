"""SVG export (QSvgGenerator): vector drawing with real text, one scene pixel per unit."""

from __future__ import annotations

import math
import os
from collections.abc import Iterable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtSvg import QSvgGenerator

from orgeditor.model import Chart
from orgeditor.render.errors import ExportError
from orgeditor.render.output import (
    check_writable,
    complete_bytes,
    memory_buffer,
    painting,
    write_file,
)
from orgeditor.render.snapshot import Exported, snapshot


def render_svg(
    chart: Chart,
    path: str | os.PathLike[str],
    ids: Iterable[str] | None = None,
    background: str | None = None,
    colour_by: str | None = None,
) -> Exported:
    """Write the chart (or the positions `ids`) as SVG: title = the chart's name, viewBox =
    the chart's rectangle (origin 0, 0; one unit per scene pixel). background: a colour, or
    None for transparent. Raises ExportError and ValueError."""
    fill = None
    if background is not None:
        fill = QColor(background)
        if not fill.isValid():
            raise ValueError(f"not a colour: {background!r}")
    check_writable(path)
    snap = snapshot(chart, ids, colour_by)
    if snap.empty:
        raise ExportError(path, "nothing to draw: the chart has no positions")
    rect = snap.rect
    width, height = math.ceil(rect.width()), math.ceil(rect.height())
    target = QRectF(0, 0, width, height)
    buffer = memory_buffer()
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(target)
    generator.setResolution(96)
    generator.setTitle(snap.name)
    generator.setDescription(f"Org chart of {snap.positions} positions, made with orgeditor")
    with painting(path, generator, "SVG generator") as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if fill is not None:
            painter.fillRect(target, fill)
        source = QRectF(rect.left(), rect.top(), width, height)
        snap.scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    write_file(path, complete_bytes(path, buffer, b"</svg>", "SVG drawing"))
    return Exported(snap.positions, width, height)
