"""What a user waits for after one edit in the real main window, at 10,000 and 50,000 positions.

    python benchmarks/bench_edit_wait.py [--sizes 10000 50000] [--edits 20] [--profile KIND]

The window (1440x900, offscreen, every panel in its default place: checks in front of figures
and segmentation, the inspector below) opens a generated company (tests/support/companies.py).
Each edit is pushed on the undo stack as the gesture would push it, then the clock runs until
the window is idle: the command, the scene's layout and repaint, the re-check and every panel's
refresh. Debounce delays are not waited out (they are not work): a pending single-shot timer is
fired at once. Then the edit is undone and redone the same way (timed as well). Prints the
median and the 95th percentile of --edits edits of each kind (with --fit: edited with the
whole chart fitted in the window, the overview picture kept up to date):

- drop: a palette role dropped on a card (a new report of a random manager)
- reparent: a random individual contributor moved under another manager
- rename: a name typed in the inspector (the name field of one position)
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from support.companies import company  # noqa: E402

from orgeditor.model import Position  # noqa: E402
from orgeditor.ui.commands import (  # noqa: E402
    AddPositionCommand,
    EditFieldsCommand,
    ReparentCommand,
)
from orgeditor.ui.main_window import MainWindow  # noqa: E402

KINDS = ("drop", "reparent", "rename")
_timers: dict[int, list[QTimer]] = {}


def settle(app: QApplication, window: MainWindow) -> None:
    """Run until nothing is pending: events processed, no single-shot timer left (a pending
    one is fired now: its delay is a debounce, not work)."""
    timers = _timers.get(id(window))
    if timers is None:  # the window's timers, found once (looking them up is not the app's work)
        timers = _timers[id(window)] = window.findChildren(QTimer)
    for _ in range(1000):
        app.processEvents()
        pending = [t for t in timers if t.isActive() and t.isSingleShot()]
        if not pending:
            app.processEvents()
            return
        for timer in pending:
            timer.stop()
            timer.timeout.emit()
    raise RuntimeError("the window never went idle")


def timed(app: QApplication, window: MainWindow, action) -> float:
    start = time.perf_counter()
    action()
    settle(app, window)
    return time.perf_counter() - start


def make_edit(kind: str, window: MainWindow, rng: random.Random, n: int):
    chart = window.document.chart
    stack = window.document.undo_stack
    ids = list(chart.position_ids())
    managers = [p for p in ids if chart.report_count(p)]
    if kind == "drop":
        manager = rng.choice(managers)
        position = Position(f"bench{n}", "", "Account Executive")
        return lambda: stack.push(AddPositionCommand(chart, position, manager, text="Add"))
    if kind == "reparent":
        leaf = rng.choice([p for p in ids if not chart.report_count(p)])
        target = rng.choice([m for m in managers if m != chart.manager_of(leaf)])
        return lambda: stack.push(ReparentCommand(chart, [leaf], target))
    pid = rng.choice(ids)
    return lambda: stack.push(EditFieldsCommand(chart, {pid: {"name": f"Renamed {n}"}}))


def measure(app, window, kind: str, edits: int, seed: int = 1) -> tuple[list[float], ...]:
    """The waits of each edit, its undo and its redo (then undone again, not timed)."""
    rng = random.Random(seed)
    done, undone, redone = [], [], []
    stack = window.document.undo_stack
    for n in range(edits):
        edit = make_edit(kind, window, rng, n)
        done.append(timed(app, window, edit))
        undone.append(timed(app, window, stack.undo))
        redone.append(timed(app, window, stack.redo))
        stack.undo()
        settle(app, window)
    return done, undone, redone


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--profile", choices=KINDS, help="profile this kind at the first size")
    parser.add_argument("--fit", action="store_true", help="edit with the whole chart fitted")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    for size in args.sizes:
        window = new_window()
        chart = company(size)
        opened = timed(app, window, lambda w=window, c=chart: w.document.replace_chart(c, None))
        print(f"{size:,} positions: opened to idle in {opened * 1000:.0f} ms")
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(measure, app, window, args.profile, args.edits)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
            return 0
        if args.fit:
            window.view.fit()
            settle(app, window)
            print(f"  (zoomed out: {window.view.zoom():.3f}, overview {window.scene.overview_on})")
        for kind in KINDS:
            waits = measure(app, window, kind, args.edits)
            print(
                f"  {kind:<9}"
                + ";".join(
                    f" {what} {statistics.median(times) * 1000:4.0f} / {p95(times) * 1000:4.0f} ms"
                    for what, times in zip(("edit", "undo", "redo"), waits, strict=True)
                )
                + "  (median / p95)"
            )
        close_window(app, window)
    return 0


def new_window() -> MainWindow:
    """The main window as the benchmarks use it: 1440x900, shown, the panels in place."""
    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    return window


def close_window(app: QApplication, window: MainWindow) -> None:
    """Close a benchmark's window quietly (no file-state signals from its emptied stack)."""
    window.document.undo_stack.clear()
    window.close()
    window.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    raise SystemExit(main())
