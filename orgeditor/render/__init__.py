"""Export of a chart to PNG, SVG and PDF, and printing: Qt, headless-safe.

The drawing is the canvas's own (orgeditor.ui.canvas.scene.ChartScene on a copy of the
chart), so a file looks like the screen. Call ensure_app() first where no QApplication runs
(the CLI): it starts one, offscreen when there is no display. Every export writes atomically
(QSaveFile) and raises ExportError (a ChartFileError: one line naming the file) or
ValueError for bad options.
"""

from orgeditor.render.errors import ExportError
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
    "Exported",
    "best_orientation",
    "ensure_app",
    "print_chart",
    "render_pdf",
    "render_png",
    "render_svg",
]
