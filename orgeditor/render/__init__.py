"""Export of a chart to PNG, SVG and PDF, and printing: Qt, headless-safe.

The drawing is the canvas's own (orgeditor.drawing.scene.ChartScene on a copy of the
chart), so a file looks like the screen. Call ensure_app() first where no QApplication runs
(the CLI): it starts one, offscreen when there is no display. Every export draws into memory,
checks the drawing is complete, then writes atomically (render.output), and raises ExportError
(a ChartFileError: one line naming the file; ExportWriteError when a write failed part-way,
the old file kept) or ValueError for bad options.
"""

from orgeditor.render.errors import ExportError, ExportWriteError
from orgeditor.render.pages import ORIENTATIONS, PAGE_MODES, PAPER_SIZES
from orgeditor.render.pdf import best_orientation, print_chart, render_pdf
from orgeditor.render.qt_app import ensure_app
from orgeditor.render.raster import render_png
from orgeditor.render.snapshot import Exported
from orgeditor.render.svg import render_svg

__all__ = [
    "ORIENTATIONS",
    "PAGE_MODES",
    "PAPER_SIZES",
    "ExportError",
    "ExportWriteError",
    "Exported",
    "best_orientation",
    "ensure_app",
    "print_chart",
    "render_pdf",
    "render_png",
    "render_svg",
]
