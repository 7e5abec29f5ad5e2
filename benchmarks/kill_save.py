"""Kill test for saving: SIGKILL a process in the middle of save_orgchart, again and again.

    /work/venv/bin/python benchmarks/kill_save.py [--runs 200] [--size 20000] [--seed 1]

Builds a realistic chart of --size positions (the company tree of bench_layout) and saves it as
the "old" file. Then, --runs times, starts a child process that builds a different "new" chart
and saves it to the same path in a loop, and SIGKILLs it after a random delay spread over the
measured duration of one save. After each kill the file must load with load_orgchart and equal
(chart_state) the old or the new chart. Temporary files a kill leaves behind are counted; a final
ordinary save must remove them all. Prints runs, old, new, failures and temp files found; exits 1
on any failure. POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_layout import company  # noqa: E402

from orgeditor.io import load_orgchart, save_orgchart  # noqa: E402
from orgeditor.io.files import is_temp_file  # noqa: E402
from orgeditor.model import Chart, chart_state  # noqa: E402

OLD_SEED_OFFSET = 0
NEW_SEED_OFFSET = 1000


def build(size: int, seed: int, name: str) -> Chart:
    chart = company(size, seed)
    chart.settings.name = name
    return chart


def old_chart(size: int, seed: int) -> Chart:
    return build(size, seed + OLD_SEED_OFFSET, "Old")


def new_chart(size: int, seed: int) -> Chart:
    return build(size, seed + NEW_SEED_OFFSET, "New")


@dataclass
class Outcome:
    runs: int = 0
    old: int = 0
    new: int = 0
    failures: list[str] = field(default_factory=list)
    temp_files_found: int = 0  # summed over the runs: left by kills, before the next save
    runs_with_temp: int = 0
    temp_files_after_final_save: int = 0
    save_seconds: float = 0.0
    seconds: float = 0.0

    def report(self) -> str:
        return (
            f"runs {self.runs}, old {self.old}, new {self.new}, failures {len(self.failures)}, "
            f"temp files found {self.temp_files_found} (in {self.runs_with_temp} runs), "
            f"temp files after final save {self.temp_files_after_final_save}; "
            f"one save {self.save_seconds * 1000:.0f} ms, total {self.seconds:.1f} s"
        )


def temp_files(path: Path) -> list[Path]:
    return [entry for entry in path.parent.iterdir() if is_temp_file(path, entry)]


def child_main(path: Path, size: int, seed: int) -> None:
    """In the child: build the new chart, say 'ready', then save it over and over until killed."""
    chart = new_chart(size, seed)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while True:
        save_orgchart(chart, path)


def start_child(path: Path, size: int, seed: int) -> subprocess.Popen[str] | None:
    """A child saving the new chart to `path` in a loop, once it has said 'ready'."""
    process = subprocess.Popen(
        [sys.executable, __file__, "--child", str(path), "--size", str(size), "--seed", str(seed)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    if process.stdout.readline().strip() != "ready":
        stop_child(process)
        return None
    return process


def stop_child(process: subprocess.Popen[str]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    if process.stdout is not None:
        process.stdout.close()


def measure_save(path: Path, size: int, seed: int, repeat: int = 3) -> float:
    """Seconds from a child's 'ready' to its first save replacing the file (best of `repeat`)."""
    best = float("inf")
    for _ in range(repeat):
        before = path.stat().st_ino
        process = start_child(path, size, seed)
        if process is None:
            raise RuntimeError("the saving child process did not start")
        start = time.perf_counter()
        while path.stat().st_ino == before and time.perf_counter() - start < 60:
            time.sleep(0.0005)
        best = min(best, time.perf_counter() - start)
        stop_child(process)
    return best


def run_kills(
    folder: Path, runs: int = 200, size: int = 20_000, seed: int = 1, verbose: bool = False
) -> Outcome:
    """The whole kill test in `folder` (which should be empty); see the module docstring."""
    started = time.perf_counter()
    rng = random.Random(seed)
    outcome = Outcome()
    path = folder / "chart.orgchart"
    old = old_chart(size, seed)
    new = new_chart(size, seed)
    old_state, new_state = chart_state(old), chart_state(new)
    assert old_state != new_state
    save_orgchart(old, path)
    outcome.save_seconds = measure_save(path, size, seed)
    save_orgchart(old, path)

    for run in range(runs):
        process = start_child(path, size, seed)
        if process is None:
            outcome.failures.append(f"run {run}: the saving child process did not start")
            continue
        # spread over one save, and a little after it (a kill between two saves)
        time.sleep(rng.uniform(0.0, outcome.save_seconds * 1.2))
        stop_child(process)
        outcome.runs += 1

        left = temp_files(path)
        outcome.temp_files_found += len(left)
        outcome.runs_with_temp += bool(left)
        try:
            state = chart_state(load_orgchart(path))
        except Exception as error:  # any failure to load is the finding
            outcome.failures.append(f"run {run}: does not load: {error}")
            save_orgchart(old, path)  # start the next run from a good file
            continue
        if state == old_state:
            outcome.old += 1
        elif state == new_state:
            outcome.new += 1
        else:
            outcome.failures.append(f"run {run}: loads, but is neither the old nor the new chart")
        if verbose:
            print(f"run {run}: {'old' if state == old_state else 'new'}, {len(left)} temp file(s)")
        if rng.random() < 0.5:  # half the runs start from the old file again
            save_orgchart(old, path)

    save_orgchart(old, path)  # an ordinary save cleans up what the killed ones left
    outcome.temp_files_after_final_save = len(temp_files(path))
    if chart_state(load_orgchart(path)) != old_state:
        outcome.failures.append("final save: the file is not the chart just saved")
    outcome.seconds = time.perf_counter() - started
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path, help="work here (default: a temporary folder)")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child is not None:
        child_main(args.child, args.size, args.seed)
        return 0
    if args.folder is not None:
        args.folder.mkdir(parents=True, exist_ok=True)
        outcome = run_kills(args.folder, args.runs, args.size, args.seed, args.verbose)
    else:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="kill_save.") as folder:
            outcome = run_kills(Path(folder), args.runs, args.size, args.seed, args.verbose)
    print(outcome.report())
    for failure in outcome.failures:
        print("FAIL", failure)
    return 1 if outcome.failures or outcome.temp_files_after_final_save else 0


if __name__ == "__main__":
    sys.exit(main())
