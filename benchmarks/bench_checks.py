"""Time the checks on generated 10,000- and 50,000-position sales organisations.

    /work/venv/bin/python benchmarks/bench_checks.py [sizes...]

Prints, per size: run(chart) (best of 5, cold facts each time), Checker construction plus
first findings(), and the average cost of one edit followed by findings() over ~50 edits of
three kinds (a field edit, a reparent, an add).
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from orgeditor.analysis import ChartFacts, facts_for
from orgeditor.model import Chart, Position, Team
from orgeditor.rules import Checker, run

REGIONS = ("Nordics", "DACH", "UK", "Benelux", "France", "Iberia", "Italy", "CEE")
PRODUCTS = ("Core", "Analytics", "Payments")
SIZES = ("SMB", "Mid-market", "Enterprise")
VERTICALS = ("Retail", "Manufacturing", "Banking", "Public sector", "Healthcare")
POD_TITLES = (
    "SDR",
    "SDR",
    "Account Executive",
    "Account Executive",
    "Account Manager",
    "Customer Success Manager",
)
OTHER_TITLES = (
    "Engineer",
    "Accountant",
    "Marketing Specialist",
    "Recruiter",
    "Designer",
    "Support Agent",
    "Product Manager",
)


def generate(size: int, seed: int = 1) -> Chart:
    """A company of about `size`: a sales organisation (pods and stage teams per region,
    enablement, operations) of about 70%, the rest in other departments."""
    rng = random.Random(seed)
    chart = Chart()
    n = 0

    def add(title: str, manager: str | None, **fields: object) -> str:
        nonlocal n
        n += 1
        pid = f"e{n}"
        status = "filled" if rng.random() > 0.06 else rng.choice(("vacant", "planned"))
        name = f"Person {n}" if status == "filled" else ""
        chart.add_position(
            Position(
                pid, name, title, status=status, cost=float(rng.randint(40, 160) * 1000), **fields
            ),  # type: ignore[arg-type]
            manager,
        )
        return pid

    with chart.quiet():
        ceo = add("Chief Executive Officer", None)
        cro = add("Chief Revenue Officer", ceo)
        ena = add("Director of Sales Enablement", cro)
        ops = add("Head of Revenue Operations", cro)
        sales_share = int(size * 0.7)
        team_no = 0
        while n < sales_share:
            region = REGIONS[(team_no // 12) % len(REGIONS)]
            vp = add(f"VP Sales {region}", cro, region=region)
            for _ in range(rng.randint(4, 8)):
                if n >= sales_share:
                    break
                team_no += 1
                manager = add("Sales Manager", vp, region=region)
                if rng.random() < 0.5:  # a pod, declared as a team
                    tid = chart.add_team(
                        Team(
                            f"t{team_no}",
                            f"Pod {team_no}",
                            "pod",
                            region=region,
                            product_line=rng.choice(PRODUCTS),
                        )
                    )
                    for title in POD_TITLES[: rng.randint(3, 6)]:
                        add(title, manager, team=tid, vertical=rng.choice(VERTICALS))
                else:  # a stage team of one specialism
                    title = rng.choice(("SDR", "Account Executive", "Account Manager"))
                    for _ in range(rng.randint(5, 12)):
                        add(
                            title,
                            manager,
                            region=region,
                            product_line=rng.choice(PRODUCTS),
                            customer_size=rng.choice(SIZES),
                        )
            for _ in range(3):
                add("Sales Enablement Specialist", ena)
            add("Sales Analyst", ops)
        dept = 0
        while n < size:
            dept += 1
            head = add(f"Head of Department {dept}", ceo)
            for _ in range(rng.randint(3, 15)):
                if n >= size:
                    break
                lead = add("Team Lead", head)
                for _ in range(rng.randint(2, 12)):
                    if n >= size:
                        break
                    add(rng.choice(OTHER_TITLES), lead)
    return chart


def best_of(times: int, action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def edits(chart: Chart, rng: random.Random, count: int) -> list[tuple[str, Callable[[], object]]]:
    """Callables, each one edit: field edits, reparents and adds in turn."""
    ids = list(chart.position_ids())
    managers = [pid for pid in ids if chart.report_count(pid)]
    out: list[tuple[str, Callable[[], object]]] = []
    for i in range(count):
        kind = i % 3
        if kind == 0:
            pid = rng.choice(ids)
            field, value = rng.choice(
                (
                    ("region", rng.choice(REGIONS)),
                    ("title", rng.choice(POD_TITLES)),
                    ("status", rng.choice(("filled", "vacant"))),
                    ("name", f"Renamed {i}"),
                )
            )
            out.append(
                (
                    f"edit {field}",
                    lambda p=pid, f=field, v=value: chart.update_position(p, **{f: v}),
                )
            )
        elif kind == 1:
            pid = rng.choice(ids)
            target = rng.choice(managers)
            if chart.would_cycle(pid, target):
                target = "e1"
                if pid == target:
                    continue
            out.append(("reparent", lambda p=pid, t=target: chart.set_manager(p, t)))
        else:
            target = rng.choice(managers)
            out.append(
                (
                    "add",
                    lambda t=target, k=i: chart.add_position(
                        Position(f"new{k}", f"New {k}", "Account Executive", region="UK"), t
                    ),
                )
            )
    return out


def bench(size: int) -> None:
    chart = generate(size)
    print(f"\n{len(chart):,} positions, {sum(1 for _ in chart.teams())} teams")

    def cold_run() -> None:
        # run() reuses the facts of an unchanged revision; bump it to time the full pass
        chart.revision += 1
        run(chart)

    print(f"  run(chart), full pass (best of 5):   {best_of(5, cold_run) * 1000:8.1f} ms")
    print(
        f"  ChartFacts(chart) alone (best of 5): "
        f"{best_of(5, lambda: ChartFacts(chart)) * 1000:8.1f} ms"
    )
    facts_for(chart)
    cached = best_of(5, lambda: run(chart))
    print(f"  run(chart), facts cached (best of 5): {cached * 1000:7.1f} ms")
    start = time.perf_counter()
    checker = Checker(chart)
    first = checker.findings()
    print(
        f"  Checker(chart) + findings():          {(time.perf_counter() - start) * 1000:7.1f} ms"
        f"  ({len(first)} findings)"
    )
    rng = random.Random(7)
    by_kind: dict[str, list[float]] = {}
    for kind, edit in edits(chart, rng, 51):
        start = time.perf_counter()
        edit()
        checker.findings()
        by_kind.setdefault(kind.split()[0], []).append(time.perf_counter() - start)
    every = [t for ts in by_kind.values() for t in ts]
    print(
        f"  edit + findings(), mean of {len(every)}:      "
        f"{sum(every) / len(every) * 1000:7.2f} ms (max {max(every) * 1000:.2f} ms)"
    )
    for kind, ts in by_kind.items():
        print(f"    {kind:<10} mean {sum(ts) / len(ts) * 1000:6.2f} ms over {len(ts)}")
    assert checker.findings() == run(chart), "Checker and run() disagree"
    checker.close()


if __name__ == "__main__":
    for arg in sys.argv[1:] or ("10000", "50000"):
        bench(int(arg))
