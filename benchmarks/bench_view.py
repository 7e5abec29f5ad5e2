"""Frames of the canvas in the real main window at 10,000 and 50,000 positions.

    python benchmarks/bench_view.py [--sizes 10000 50000] [--frames 20]

The window (1440x900, offscreen) opens a generated company (tests/support/companies.py) and
the event loop runs until the scene's item index has settled (Qt files moved items into its
index on a timer of about two seconds; a user looking at the chart is past that). Then, each
the median and the slowest of --frames frames:

- pan: the view scrolled 200 px at 100 % zoom and the frame Qt paints for it (the strip it
  exposes); and the whole viewport painted at 100 % (viewport.repaint())
- zoomed out, for each way of getting there: Fit Chart (Ctrl+0), the mouse wheel turned until
  the whole chart shows, and Qt's own QGraphicsView.fitInView (the overview picture must
  follow the zoom, whatever set it). The first frame after the switch builds the picture and
  is printed apart; the others repaint the whole viewport from it (viewport.repaint()).

Also prints how many wheel steps take the view from 100 % to the whole chart (it must get
there: the smallest zoom is below what a 50,000-position chart needs).
"""

from __future__ import annotations

import argparse
import statistics
import time

from bench_edit_wait import ROOT, close_window, new_window, settle  # noqa: F401  (sys.path)
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from support.companies import company

INDEX_SETTLES = 2.5  # seconds of event loop for Qt's scene index to file every moved card


def run_loop(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def frames(view, count: int, before=None) -> list[float]:
    times = []
    for _ in range(count):
        if before is not None:
            before()
        start = time.perf_counter()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    return times


def pans(app: QApplication, view, count: int) -> list[float]:
    """Scroll 200 px (back and forth at the ends) and let Qt paint what it exposes."""
    bar = view.horizontalScrollBar()
    step = 200
    times = []
    for _ in range(count):
        if not bar.minimum() <= bar.value() + step <= bar.maximum():
            step = -step
        start = time.perf_counter()
        bar.setValue(bar.value() + step)
        app.processEvents()
        times.append(time.perf_counter() - start)
    return times


def wheel_out(view) -> None:
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def whole_chart_shows(view) -> bool:
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return shown.contains(view.chart_scene.bounds().adjusted(1, 1, -1, -1))


def report(label: str, times: list[float]) -> None:
    print(
        f"  {label:<44} {statistics.median(times) * 1000:6.1f} ms median, "
        f"{max(times) * 1000:6.1f} ms slowest"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--frames", type=int, default=20)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    for size in args.sizes:
        window = new_window()
        window.document.replace_chart(company(size), None)
        settle(app, window)
        view = window.view
        scene = view.chart_scene
        print(f"{size:,} positions")

        view.set_zoom(1.0)
        busiest = max(scene.chart.position_ids(), key=scene.chart.report_count)
        view.centerOn(scene.card(busiest).centre())
        run_loop(app, INDEX_SETTLES)
        view.viewport().repaint()
        report("pan 200 px at 100 %, scroll and its frame", pans(app, view, args.frames))
        report("whole viewport at 100 %, one frame", frames(view, args.frames))

        for way in ("Fit Chart", "mouse wheel", "QGraphicsView.fitInView"):
            view.set_zoom(1.0)
            view.centerOn(scene.card(busiest).centre())
            run_loop(app, INDEX_SETTLES)
            steps = 0
            if way == "Fit Chart":
                view.fit()
            elif way == "mouse wheel":
                while not whole_chart_shows(view) and steps < 200:
                    wheel_out(view)
                    steps += 1
            else:
                view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            first = frames(view, 1)[0]
            app.processEvents()  # the scroll bars go when the chart fits
            times = frames(view, args.frames)
            print(
                f"  zoomed out by {way}: zoom {view.zoom():.4f}, overview {scene.overview_on}, "
                f"whole chart shown {whole_chart_shows(view)}"
                + (f", {steps} wheel steps from 100 %" if steps else "")
            )
            print(f"    first frame (builds the picture)            {first * 1000:6.1f} ms")
            report("  every frame after", times)
        close_window(app, window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
