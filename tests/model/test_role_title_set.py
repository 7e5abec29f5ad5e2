"""Title inference on a labelled set of real-world HR titles (tests/data/role_titles.csv).

Each title is labelled with the role a sales-organisation planner would give it (RULES.md,
"Roles"), never with what the engine says; titles that are genuinely ambiguous are left out.
The report (every miss with its reason, accuracy per language and per role family) is printed
on every run.
"""

import csv
from collections import Counter, defaultdict

import pytest

from orgeditor.model import catalogue

REQUIRED_ACCURACY = 0.95
COLUMNS = ["title", "role", "language", "note"]


@pytest.fixture
def rows(data_dir):
    with open(data_dir / "role_titles.csv", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def test_the_set_covers_what_a_planner_meets(rows):
    """At least 300 titles in English and Norwegian, every role, enough sellers and sales
    managers and leaders, and a fair share (40 %) of ordinary titles that are "other"."""
    cat = catalogue()
    assert len(rows) >= 300
    assert {r["language"] for r in rows} == {"en", "nb"}
    counts = Counter(r["role"] for r in rows)
    assert set(counts) == set(cat.roles), "every role key, and no unknown one"
    for key in [*cat.keys_in_family("seller"), "sales_manager", "sales_leader"]:
        assert counts[key] >= 8, key
    assert counts["other"] >= 0.4 * len(rows)
    titles = [r["title"].casefold() for r in rows]
    assert len(titles) == len(set(titles)), "a title twice counts twice"


def test_inference_gets_the_real_titles_right(rows, capsys):
    cat = catalogue()
    misses = []
    by_language: dict[str, list[bool]] = defaultdict(list)
    by_family: dict[str, list[bool]] = defaultdict(list)
    for row in rows:
        inference = cat.infer(row["title"])
        right = inference.role == row["role"]
        by_language[row["language"]].append(right)
        by_family[cat.role(row["role"]).family].append(right)
        if not right:
            misses.append((row, inference))

    def share(results: list[bool]) -> str:
        return f"{sum(results) / len(results):.1%} of {len(results)}"

    accuracy = 1 - len(misses) / len(rows)
    lines = [f"title inference: {accuracy:.1%} of {len(rows)} titles right"]
    lines += [
        f"  language {lang}: {share(results)}" for lang, results in sorted(by_language.items())
    ]
    lines += [f"  family {fam}: {share(results)}" for fam, results in sorted(by_family.items())]
    lines += [
        f"  MISS {row['title']!r} ({row['language']}, {row['note']}): expected {row['role']}, "
        f"got {inference.role}; why: {inference.reason}"
        for row, inference in misses
    ]
    report = "\n".join(lines)
    with capsys.disabled():
        print("\n" + report)
    assert accuracy >= REQUIRED_ACCURACY, report
