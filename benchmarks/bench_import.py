"""Import and native save/load timings for large generated sales organisations.

    python benchmarks/bench_import.py [ROWS ...]     (default: 10000 50000)

Writes a realistic CSV per size into a temporary folder (a tree of managers with spans of 4 to
12, seller, leader and support titles, segments, salaries written "85 000" style, rows shuffled
so that reports often come before their managers) and prints the best of three runs of
read_csv, save_orgchart and load_orgchart. Targets (DESIGN/brief): 10,000 rows well under
0.5 s, 50,000 under 2.5 s on a 2-core machine.
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from orgeditor.io import load_orgchart, read_csv, save_orgchart

SELLER_TITLES = (
    "Sales Development Representative",
    "Business Development Representative",
    "Account Executive",
    "Senior Account Executive",
    "Account Manager",
    "Key Account Manager",
    "Customer Success Manager",
    "Sales Representative",
    "Selger",
    "Kundeansvarlig",
)
SUPPORT_TITLES = (
    "Sales Operations Analyst",
    "CRM Administrator",
    "Sales Enablement Specialist",
    "Product Marketing Manager",
    "Solutions Engineer",
    "Office Coordinator",
)
MANAGER_TITLES = ("Sales Manager", "Regional Sales Manager", "Sales Team Lead", "Salgssjef")
LEADER_TITLES = ("VP Sales", "Head of Sales", "Sales Director", "Vice President of Sales")
FIRST = (
    "Ola",
    "Kari",
    "Anna",
    "Lars",
    "Emma",
    "Noah",
    "Sofie",
    "Jonas",
    "Ingrid",
    "Bjørn",
    "Maja",
    "Emil",
    "Nora",
    "Henrik",
    "Ida",
    "Sander",
    "Tessa",
    "Evan",
    "Alison",
    "Edward",
)
LAST = (
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Ødegård",
    "Berg",
    "Haugen",
    "Miller",
    "Morrison",
    "Valet",
)
SEGMENTS = ("Enterprise", "Mid-market", "SMB")
REGIONS = ("Nord", "Sør", "Øst", "Vest", "Midt", "Nordics", "DACH", "UK")
PRODUCTS = ("Platform", "Analytics", "Payments", "Services")


def generate(rows: int, path: Path, seed: int = 7) -> None:
    rng = random.Random(seed)
    managers: list[int | None] = [None]
    open_slots: list[int] = [0] * rng.randint(4, 8)  # the CEO's direct reports
    for index in range(1, rows):
        slot = rng.randrange(len(open_slots))
        manager = open_slots[slot]
        open_slots[slot] = open_slots[-1]
        open_slots.pop()
        managers.append(manager)
        if rng.random() < 0.16 or not open_slots:  # becomes a manager with 4-12 reports
            open_slots.extend([index] * rng.randint(4, 12))
    has_reports = {m for m in managers if m is not None}
    depth = [0] * rows
    for index in range(1, rows):
        depth[index] = depth[managers[index]] + 1  # type: ignore[index]
    order = list(range(rows))
    rng.shuffle(order)
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(
            [
                "Employee ID",
                "Full Name",
                "Job Title",
                "Reports To",
                "Team",
                "Segment",
                "Region",
                "Product",
                "Salary",
                "Location",
                "Department",
                "Email",
            ]
        )
        for index in order:
            if index == 0:
                title = "CEO"
            elif index in has_reports:
                title = rng.choice(LEADER_TITLES if depth[index] <= 2 else MANAGER_TITLES)
            else:
                title = rng.choice(SELLER_TITLES if rng.random() < 0.8 else SUPPORT_TITLES)
            vacant = rng.random() < 0.04
            name = "" if vacant else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            manager = managers[index]
            salary = rng.randrange(450, 1600) * 1000
            writer.writerow(
                [
                    f"E{index:06d}",
                    name,
                    title,
                    "" if manager is None else f"E{manager:06d}",
                    f"Pod {manager}" if manager is not None and rng.random() < 0.3 else "",
                    rng.choice(SEGMENTS),
                    rng.choice(REGIONS),
                    rng.choice(PRODUCTS),
                    f"{salary // 1000} {salary % 1000:03d}",
                    rng.choice(REGIONS),
                    "Sales",
                    f"e{index}@example.com" if name else "",
                ]
            )


def best_of(runs: int, action: Callable[[], object]) -> str:
    """Best wall-clock and best CPU time in ms; CPU time shows the cost when other work
    shares the machine's two cores."""
    wall = cpu = float("inf")
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return f"{wall * 1000:6.0f} ms (cpu {cpu * 1000:4.0f})"


def main(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for rows in sizes:
            source = Path(folder, f"org_{rows}.csv")
            generate(rows, source)
            chart, problems = read_csv(source)
            assert len(chart) == rows and not problems, (len(chart), problems[:3])
            target = Path(folder, f"org_{rows}.orgchart")
            read_time = best_of(3, lambda source=source: read_csv(source))
            save_time = best_of(3, lambda chart=chart, target=target: save_orgchart(chart, target))
            load_time = best_of(3, lambda target=target: load_orgchart(target))
            size_mb = source.stat().st_size / 1e6
            print(
                f"{rows:>6} rows ({size_mb:.1f} MB csv, {len(chart.teams())} teams): "
                f"read_csv {read_time} | save_orgchart {save_time} | load_orgchart {load_time}"
            )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [10_000, 50_000])
