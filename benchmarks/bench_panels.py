"""Time the side panels' refresh after one edit on a 10,000-position sales organisation.

    python benchmarks/bench_panels.py [size]

Prints, for the figures and segmentation panels, the best of 5 refreshes after a field edit
(what a user waits for once the edits have settled; the panels debounce, so typing is never
blocked). The tests check what the refresh shows; this script measures how long it takes.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from orgeditor.model import Chart, Position
from orgeditor.ui.commands import EditFieldsCommand
from orgeditor.ui.document import Document
from orgeditor.ui.panels.figures_panel import FiguresPanel
from orgeditor.ui.panels.segmentation_panel import SegmentationPanel

REGIONS = ("North", "South", "East", "West", "")
PRODUCTS = ("Cloud", "Data", "Security")


def sales_org(size: int) -> Chart:
    chart = Chart()
    with chart.quiet():
        chart.add_position(Position("p0", "Top", "VP Sales", cost=2e6))
        for n in range(1, size):
            position = Position(
                f"p{n}",
                f"Person {n}",
                "Sales Manager" if n % 9 == 0 else "Account Executive",
                region=REGIONS[n % 5],
                product_line=PRODUCTS[n % 3],
                cost=600_000.0,
            )
            chart.add_position(position, f"p{(n - 1) // 8}")
    return chart


def best_refresh(panel, document: Document, field: str, values: tuple) -> float:
    times = []
    for i in range(5):
        document.undo_stack.push(
            EditFieldsCommand(document.chart, {"p5": {field: values[i % len(values)]}})
        )
        start = time.perf_counter()
        panel.refresh_now()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    app = QApplication.instance() or QApplication([])
    document = Document(sales_org(size))
    figures = FiguresPanel(document)
    figures.show()
    seconds = best_refresh(figures, document, "cost", (1.0, 2.0))
    print(f"{size} positions: figures panel refresh {seconds * 1000:.0f} ms")
    segmentation = SegmentationPanel(document)
    segmentation.show()
    segmentation.set_colour_by("region")
    seconds = best_refresh(segmentation, document, "region", ("South", "North"))
    print(f"{size} positions: segmentation panel refresh {seconds * 1000:.0f} ms")
    app.processEvents()


if __name__ == "__main__":
    main()
