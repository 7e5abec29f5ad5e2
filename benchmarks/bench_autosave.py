"""Benchmark autosave on large charts: what the GUI thread pays per autosave (taking the
chart's state) and how long the background write takes.

    /work/venv/bin/python benchmarks/bench_autosave.py [--sizes 10000 20000] [--repeat 5]

Target: the GUI-thread part stays under 50 ms at 10,000 positions, so an autosave every 30 s
is not felt while editing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_canvas import company
from PySide6.QtWidgets import QApplication

from orgeditor.model import Position
from orgeditor.ui.commands import AddPositionCommand
from orgeditor.ui.document import Document
from orgeditor.ui.safety.autosave_store import AutosaveStore
from orgeditor.ui.safety.autosaver import Autosaver


def measure(size: int, repeat: int) -> tuple[float, float, int]:
    document = Document(company(size))
    with tempfile.TemporaryDirectory() as folder:
        autosaver = Autosaver(document, AutosaveStore(Path(folder)), 0)
        gui, total = [], []
        for i in range(repeat):
            root = document.chart.roots()[0]
            document.undo_stack.push(
                AddPositionCommand(document.chart, Position(f"bench{i}", "B", "SDR"), root)
            )
            start = time.perf_counter()
            autosaver.autosave()  # takes the state, hands the write to the worker thread
            gui.append(time.perf_counter() - start)
            autosaver.wait()
            total.append(time.perf_counter() - start)
        size_bytes = autosaver.entry.chart_path.stat().st_size
        autosaver.shutdown()
    return statistics.median(gui), statistics.median(total), size_bytes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    QApplication([])
    for size in args.sizes:
        gui, total, size_bytes = measure(size, args.repeat)
        print(
            f"{size:>6} positions: GUI thread {gui * 1000:6.1f} ms, "
            f"written after {total * 1000:6.1f} ms, file {size_bytes / 1e6:.1f} MB"
        )


if __name__ == "__main__":
    main()
