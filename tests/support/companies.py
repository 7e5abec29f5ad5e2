"""Generated sales companies of any size, built through the Chart API like a real one:
a CEO, a few levels of managers with 3-12 reports each, and most managers at the bottom
running leaf-only teams (account executives, SDRs, ...), some of them wide. Tests and the
benchmarks (which put tests/ on their path) share them, so figures and tests agree.
"""

from __future__ import annotations

import random

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
