"""title_rows groups per title as written, then per title key: the rows are those a count
per position gives (spellings, roles and their ties included)."""

from __future__ import annotations

import random
from collections import Counter

from orgeditor.model import Chart, Position, catalogue, title_key, title_rows
from orgeditor.model.title_roles import _ALTERNATIVE, ALTERNATIVES, NOTHING_POINTED, PLAIN

TITLES = ["AE", "ae ", " AE", "Sales Manager", "sales  manager", "Ninja", "SDR / BDR", "", "  "]
ROLES = [None, None, None, "sdr", "ae", "sales_manager"]


def per_position(chart: Chart) -> list[tuple]:
    """The rows as counted position by position (title_rows before it grouped by title)."""
    groups: dict[str, list[str]] = {}
    spellings: dict[str, Counter[str]] = {}
    roles: dict[str, Counter[str]] = {}
    for position in chart.positions():
        key = title_key(position.title)
        if key:
            groups.setdefault(key, []).append(position.id)
            spellings.setdefault(key, Counter())[position.title.strip()] += 1
            roles.setdefault(key, Counter())[position.role] += 1
    rows = []
    for key, ids in groups.items():
        title = spellings[key].most_common(1)[0][0]
        inference = catalogue().infer(title)
        certainty = (
            NOTHING_POINTED
            if inference.pattern is None
            else ALTERNATIVES
            if _ALTERNATIVE.search(title)
            else PLAIN
        )
        role = chart.settings.title_roles.get(key) or roles[key].most_common(1)[0][0]
        rows.append((key, title, len(ids), tuple(ids), inference.role, role, certainty))
    rows.sort(key=lambda r: (r[6], -r[2], r[0]))
    return rows


def test_rows_match_a_count_per_position() -> None:
    rng = random.Random(3)
    for _ in range(40):
        chart = Chart()
        for i in range(rng.randint(0, 60)):
            role = rng.choice(ROLES)
            chart.add_position(Position(f"p{i}", title=rng.choice(TITLES), explicit_role=role))
        got = [
            (r.key, r.title, r.count, r.ids, r.inferred, r.role, r.certainty)
            for r in title_rows(chart)
        ]
        assert got == per_position(chart)
