"""Benchmark the tidy layout on realistic sales-organisation trees of 10,000 and 50,000 positions.

    /work/venv/bin/python benchmarks/bench_layout.py [--sizes 10000 50000] [--repeat 3] [--profile]

The trees are built through the Chart API like a real company: a CEO, a few levels of managers
with 3-12 reports each, and most managers at the bottom running leaf-only teams (account
executives, SDRs, ...), some of them wide. Prints the best of --repeat layout times.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orgeditor.layout import LayoutOptions, connector_segments, tidy_layout
from orgeditor.model import Chart, Position

TEAM_TITLES = (
    "Account Executive",
    "Sales Development Representative",
    "Customer Success Manager",
    "Solutions Engineer",
    "Account Manager",
)
MANAGER_TITLES = ("VP Sales", "Regional Director", "Sales Director", "Sales Manager", "Team Lead")


def company(size: int, seed: int = 1) -> Chart:
    """A chart of exactly `size` positions: manager levels with 3-12 reports, leaf teams below."""
    rng = random.Random(seed)
    chart = Chart()
    counter = 0

    def add(title: str, manager: str | None) -> str:
        nonlocal counter
        counter += 1
        return chart.add_position(Position(id=f"p{counter}", title=title), manager)

    with chart.quiet():
        frontier = [add("Chief Executive Officer", None)]
        level = 0
        # grow manager levels until the next level of leaf teams would fill the chart
        while counter < size:
            next_frontier: list[str] = []
            for manager in frontier:
                if counter >= size:
                    break
                remaining = size - counter
                # a manager near the bottom runs a leaf team; above, a few sub-managers
                leaf_team = level >= 2 and (rng.random() < 0.55 or remaining < 40)
                if leaf_team:
                    team = min(remaining, rng.choice((3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 22)))
                    for _ in range(team):
                        add(rng.choice(TEAM_TITLES), manager)
                else:  # sub-managers, and now and then a direct individual contributor
                    for _ in range(min(remaining, rng.randint(3, 12))):
                        if level and rng.random() < 0.15:
                            add(rng.choice(TEAM_TITLES), manager)
                        else:
                            next_frontier.append(add(MANAGER_TITLES[min(level, 4)], manager))
            if not next_frontier:  # every branch ended in a team: add teams under leaves
                next_frontier = [p for p in chart.position_ids() if not chart.report_count(p)]
                rng.shuffle(next_frontier)
            frontier = next_frontier
            level += 1
    return chart


def best_of(repeat: int, func, *args):
    """(best time in seconds, result) of `repeat` calls of func(*args)."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile the largest size")
    args = parser.parse_args(argv)

    for size in args.sizes:
        chart = company(size)
        stacked_opts = LayoutOptions()
        flat_opts = LayoutOptions(compact_leaves=False)
        seconds, result = best_of(args.repeat, tidy_layout, chart, stacked_opts)
        flat_seconds, flat = best_of(args.repeat, tidy_layout, chart, flat_opts)
        children = chart.graph.succ.__getitem__
        seg_seconds, segments = best_of(args.repeat, connector_segments, result, children)
        depth = max(chart.depth(p) for p in chart.position_ids()) + 1
        print(f"{len(chart):>6} positions, {depth} levels, {len(result.stacked)} stacked teams")
        print(
            f"    stacked layout  {seconds * 1000:7.1f} ms   "
            f"{result.width:>10,.0f} x {result.height:>6,.0f} units"
        )
        print(
            f"    flat layout     {flat_seconds * 1000:7.1f} ms   "
            f"{flat.width:>10,.0f} x {flat.height:>6,.0f} units"
        )
        print(f"    connectors      {seg_seconds * 1000:7.1f} ms   {len(segments):,} segments")

    if args.profile:
        chart = company(max(args.sizes))
        profiler = cProfile.Profile()
        profiler.runcall(tidy_layout, chart)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(12)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
