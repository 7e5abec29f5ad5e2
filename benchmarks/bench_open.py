"""Opening a large chart in the real main window: what a user waits for, at 10,000 and 50,000.

    python benchmarks/bench_open.py [--sizes 10000 50000] [--runs 3] [--profile csv|orgchart]

Per size, a realistic HR export is written as CSV (bench_import.generate: shuffled rows,
segments, "85 000" salaries, some vacancies) and the same chart as .orgchart (read_csv, then
save_orgchart). Each run is a fresh process: a MainWindow (1440x900, offscreen, shown, idle on
its empty chart) opens the file the way File ▸ Open and `orgeditor FILE` do,
`window.open_path(path)` (FileController.open → Document.open → read_chart → replace_chart).
A CSV opens without the mapping dialog on that path; the role review that follows an import
is shown non-modally (it does not block), and its cost is counted like any panel's.

Timed from the call: to the first frame (the canvas painted with the new chart's cards) and
to idle (events processed, pending single-shot timers fired at once as in bench_edit_wait:
the scene, the layout, the checks and every visible panel); the CPU time to idle (the wall
clock of a shared machine varies) and how much of it the cyclic collector took (gc.callbacks;
"full": collections of the oldest generation). Peak RSS (ru_maxrss) is that process's, so
per size and per run. Prints the median of --runs runs; targets from the issue:
CSV 10,000 < 0.7 s, 50,000 < 3 s to idle; .orgchart no slower; 50,000 under 600 MB.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

KINDS = ("csv", "orgchart")


def write_files(size: int, folder: Path) -> dict[str, Path]:
    """The CSV of `size` rows and the same chart saved as .orgchart."""
    from bench_import import generate

    from orgeditor.io import read_csv, save_orgchart

    csv_path = folder / f"org_{size}.csv"
    generate(size, csv_path)
    chart, _problems = read_csv(csv_path)
    chart.settings.name = csv_path.stem  # as the window names an imported file
    orgchart_path = folder / f"org_{size}.orgchart"
    save_orgchart(chart, orgchart_path)
    return {"csv": csv_path, "orgchart": orgchart_path}


def _sandbox() -> None:
    """Settings, recent files and autosaves of the benchmark go to a throw-away folder."""
    folder = tempfile.mkdtemp(prefix="bench_open_")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(folder, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(folder, "data")


def open_once(path: Path, profile: str | None = None) -> dict[str, float]:
    """In this process: a fresh window opens `path`; seconds to first frame and to idle."""
    import resource

    from bench_edit_wait import _timers, settle
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from orgeditor.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    settle(app, window)
    before_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and window.scene.cards():
                self.painted = True
            return False

    collecting = [0.0, 0.0, 0]  # started, seconds in the cyclic collector, full collections

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            collecting[0] = time.perf_counter()
        else:
            collecting[1] += time.perf_counter() - collecting[0]
            collecting[2] += info["generation"] == 2

    gc.callbacks.append(on_gc)
    watch = PaintWatch()
    window.view.viewport().installEventFilter(watch)
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    start, start_cpu = time.perf_counter(), time.process_time()
    if not window.open_path(path):
        raise RuntimeError(f"could not open {path}")
    while not watch.painted:
        app.processEvents()
        if time.perf_counter() - start > 120:
            raise RuntimeError("no frame painted in 120 s")
    first = time.perf_counter() - start
    _timers.pop(id(window), None)  # settle looks for the window's timers again: new ones too
    settle(app, window)
    idle = time.perf_counter() - start
    cpu = time.process_time() - start_cpu
    gc.callbacks.remove(on_gc)
    if profiler:
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(60)
        stats.sort_stats("tottime").print_stats(40)
        if profile != "-":
            profiler.dump_stats(profile)
    assert len(window.document.chart) > 0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "first": first,
        "idle": idle,
        "cpu": cpu,
        "gc": collecting[1],
        "full_gcs": collecting[2],
        "rss_mb": peak_kb / 1024,
        "base_mb": before_kb / 1024,
    }


def run_child(*args: str) -> dict:
    """This script with `args` in a fresh process (whose peak RSS is then its own: Linux keeps
    the parent's ru_maxrss across fork and exec, so the parent stays small)."""
    script = str(Path(__file__).resolve())
    done = subprocess.run([sys.executable, script, *args], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"bench_open {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", choices=KINDS, help="profile one open at the first size")
    parser.add_argument("--profile-out", default="-", help="also dump the stats to this file")
    parser.add_argument("--child", help=argparse.SUPPRESS)  # PATH: one open, in this process
    parser.add_argument("--write", nargs=2, help=argparse.SUPPRESS)  # SIZE FOLDER
    args = parser.parse_args(argv)
    _sandbox()
    if args.child:
        print(json.dumps(open_once(Path(args.child))))
        return 0
    if args.write:
        files = write_files(int(args.write[0]), Path(args.write[1]))
        print(json.dumps({kind: str(path) for kind, path in files.items()}))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            files = {k: Path(v) for k, v in run_child("--write", str(size), folder).items()}
            if args.profile:
                open_once(files[args.profile], profile=args.profile_out)
                return 0
            print(f"{size:,} positions (median of {args.runs} runs, one process each):")
            for kind in KINDS:
                runs = [run_child("--child", str(files[kind])) for _ in range(args.runs)]
                first = statistics.median(r["first"] for r in runs)
                idle = statistics.median(r["idle"] for r in runs)
                cpu = statistics.median(r["cpu"] for r in runs)
                in_gc = statistics.median(r["gc"] for r in runs)
                full = statistics.median(r["full_gcs"] for r in runs)
                rss = statistics.median(r["rss_mb"] for r in runs)
                base = statistics.median(r["base_mb"] for r in runs)
                print(
                    f"  {kind:<8} first frame {first * 1000:6.0f} ms | idle {idle * 1000:6.0f} ms"
                    f" (cpu {cpu * 1000:5.0f}, gc {in_gc * 1000:4.0f} in {full:.0f} full)"
                    f" | peak RSS {rss:5.0f} MB"
                    f" (window before opening {base:.0f} MB)"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
