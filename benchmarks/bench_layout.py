"""Benchmark the layouts on the 293-position company and generated charts of any size.

    python benchmarks/bench_layout.py [--sizes 1000 10000 50000] [--repeat 3] [--profile]

For each chart: the compact layout (the default) and the wide tree, best of --repeat times
(places and connector lines, what the canvas needs before it can draw), and the chart's
width:height ratio in each. The generated charts are tests/support/companies.py: a CEO, a
few levels of managers with 3-12 reports each, most managers at the bottom running leaf-only
teams. The 293-position company is tests/data/softuni_employees.csv.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.companies import company  # noqa: E402

from orgeditor.io import read_chart  # noqa: E402
from orgeditor.layout import chart_layout, connector_segments  # noqa: E402
from orgeditor.model import Chart  # noqa: E402

SOFTUNI = ROOT / "tests" / "data" / "softuni_employees.csv"


def best_of(repeat: int, func, *args, **kwargs):
    """(best time in seconds, result) of `repeat` calls of func(*args, **kwargs)."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        best = min(best, time.perf_counter() - start)
    return best, result


def laid_out_with_lines(chart: Chart, style: str):
    result = chart_layout(chart, style=style)
    lines = connector_segments(result, chart.graph.succ.__getitem__)
    return result, lines


def charts(sizes: list[int]):
    yield "293-position company", read_chart(SOFTUNI)[0]
    for size in sizes:
        yield f"generated {size:,}", company(size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile the largest size")
    args = parser.parse_args(argv)

    print(f"{'chart':<24}{'style':<9}{'time':>10}{'width x height (units)':>28}{'ratio':>8}")
    for name, chart in charts(args.sizes):
        for style in ("compact", "wide"):
            seconds, (result, _lines) = best_of(args.repeat, laid_out_with_lines, chart, style)
            size = f"{result.width:,.0f} x {result.height:,.0f}"
            ratio = result.width / result.height
            print(f"{name:<24}{style:<9}{seconds * 1000:>8.0f} ms{size:>28}{ratio:>7.1f}:1")

    if args.profile:
        chart = company(max(args.sizes))
        profiler = cProfile.Profile()
        profiler.runcall(laid_out_with_lines, chart, "compact")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(12)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
