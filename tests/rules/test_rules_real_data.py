"""The checks on real organisation data (tests/data, see SOURCES.md there).

Charts are built twice: with a tiny csv.DictReader loader of our own (id, name, title,
manager_id, region; SoftUni's salary as cost), and with orgeditor.io.read_chart where it
exists. Both must give the figures read off the files by hand.
"""

import csv
from collections import Counter
from pathlib import Path

import pytest
from support.chartspec import fired

from orgeditor.analysis import (
    cost_totals,
    counts,
    infer_model,
    layers,
    scope_description,
    scope_for,
    spans,
)
from orgeditor.io import read_chart
from orgeditor.model import Chart, Position
from orgeditor.rules import default_config, run


def load_csv(path: Path) -> Chart:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    chart = Chart()
    for row in rows:
        salary = row.get("salary")
        chart.add_position(
            Position(
                row["id"],
                row["name"],
                row["title"],
                region=row.get("region") or "",
                cost=float(salary) if salary else None,
            )
        )
    for row in rows:
        if row["manager_id"]:
            chart.set_manager(row["id"], row["manager_id"])
    return chart


def read_with_io(path: Path) -> Chart:
    chart, _problems = read_chart(path)
    return chart


LOADERS = [pytest.param(load_csv, id="dictreader"), pytest.param(read_with_io, id="io")]


@pytest.mark.parametrize("load", LOADERS)
def test_northwind(data_dir, load):
    chart = load(data_dir / "northwind_employees.csv")
    figures = counts(chart)
    assert (figures.positions, figures.sellers, figures.operations) == (9, 6, 1)
    assert figures.by_role["generalist"] == 6  # the six Sales Representatives
    assert figures.by_role["sales_ops"] == 1  # the Inside Sales Coordinator
    model = infer_model(chart)
    assert model.model == "island"
    assert model.reason == "inferred: 6 of 6 sellers are generalists"
    assert spans(chart) == {"2": 5, "5": 3}
    assert layers(chart) == 3

    findings = run(chart)
    # 6 sellers: below 8, so neither enablement.missing nor operations.missing (and the
    # coordinator is sales operations anyway); spans of 5 and 3 are fine; one root
    # enablement.unowned: 6 sellers, 6 or more and fewer than 8, and no enablement role
    assert sorted(f.rule for f in findings) == [
        "enablement.unowned",
        "segmentation.excessive",
        "segmentation.thin_cell",
        "segmentation.thin_cell",
    ]
    (unowned,) = fired(findings, "enablement.unowned")
    assert unowned.positions == ("2",)  # the VP Sales, the top of the sales scope
    # sellers' regions: Eastern 1, 4; Southern 3; Western 6, 7; Northern 9
    (excessive,) = fired(findings, "segmentation.excessive")
    assert excessive.message == (
        "6 sellers split by region (4) into 4 segments: 1.5 sellers each, fewer than 3"
    )
    assert excessive.positions == ("1", "3", "4", "6", "7", "9")  # every segment is below 3
    thin = fired(findings, "segmentation.thin_cell")
    assert [f.positions for f in thin] == [("3",), ("9",)]
    assert "region Southern" in thin[0].message and "region Northern" in thin[1].message


@pytest.mark.parametrize("load", LOADERS)
def test_softuni(data_dir, load):
    path = data_dir / "softuni_employees.csv"
    chart = load(path)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    reports = Counter(row["manager_id"] for row in rows if row["manager_id"])
    figures = counts(chart)
    assert (figures.positions, figures.sellers, figures.enablement, figures.operations) == (
        293,
        14,
        0,
        0,
    )
    assert infer_model(chart).model == "island"
    assert layers(chart) == 5  # the deepest chain is 4 levels below the top
    assert cost_totals(chart).total == sum(float(row["salary"]) for row in rows)

    findings = run(chart)
    (missing,) = fired(findings, "enablement.missing")
    assert missing.message.startswith("14 sellers and no sales enablement role")
    assert missing.positions == ("273",)  # the Vice President of Sales
    assert fired(findings, "operations.missing")
    (scale,) = fired(findings, "model.island_scale")
    assert "with 14 sellers (more than 12)" in scale.message

    # the sales scope: the Vice President of Sales and the 17 positions below
    scope = scope_for(chart)
    assert scope.tops == ("273",)
    assert len(scope.positions) == 18
    assert scope_description(chart) == (
        "Checking the sales unit under Brian Welcker (Vice President of Sales), 18 positions"
    )
    # by default the span rules look inside it only: production supervisors are not sales
    assert not fired(findings, "span.too_wide")
    narrow = {f.positions[0] for f in fired(findings, "span.too_narrow")}
    assert narrow == {"288"}  # the Pacific Sales Manager, with one seller
    assert all(
        pid in scope
        for f in findings
        if f.rule.startswith(("span.", "management."))
        for pid in f.positions
    )

    (roots,) = fired(findings, "structure.multiple_roots")
    assert roots.positions == ("109", "291", "292", "293")  # the CEO and three consultants
    assert roots.message.startswith("4 positions have no manager")
    assert {f.rule for f in findings} == {
        "enablement.missing",
        "operations.missing",
        "model.island_scale",
        "span.too_narrow",
        "structure.multiple_roots",
    }

    # checks.scope = "all": every manager's span is checked again
    everything = run(chart, default_config().with_overrides({"checks": {"scope": "all"}}))
    wide = {f.positions[0]: f for f in fired(everything, "span.too_wide")}
    assert set(wide) == {m for m, n in reports.items() if n > 10}
    assert "has 22 direct reports (more than 10)" in wide["21"].message
    narrow = {f.positions[0] for f in fired(everything, "span.too_narrow")}
    assert narrow == {m for m, n in reports.items() if n == 1}
    assert {f.rule for f in everything} - {f.rule for f in findings} == {"span.too_wide"}
    assert scope_description(chart, "all") == "Checking the whole chart, 293 positions"


def test_drawio_example_has_no_sales_findings(data_dir):
    chart = read_with_io(data_dir / "drawio_orgchart_example.txt")
    assert len(chart) == 4
    assert infer_model(chart).model == "none"
    assert counts(chart).sellers == 0
    assert run(chart) == []  # a CFO with three reports: nothing to say


def test_import_problems_from_the_csv_reader_stand_until_fixed(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        "id,name,title,manager_id\n1,Ann,VP Sales,\n2,Bo,Sales Rep,1\n2,Cy,Sales Rep,1\n"
        "4,Di,Sales Rep,99\n5,Ed,Sales Rep,6\n6,Fi,Sales Rep,5\n",
        encoding="utf-8",
    )
    chart = read_with_io(path)
    rules = {f.rule for f in run(chart)}
    assert {"structure.duplicate_id", "structure.unknown_manager", "structure.cycle"} <= rules
    for finding in run(chart):
        if finding.rule.startswith("structure.") and finding.rule != "structure.multiple_roots":
            assert finding.severity == "error" and "people.csv" in finding.message
    # fix each: rename away the duplicate's twin, give Di and the cycle's top a manager
    duplicate = fired(run(chart), "structure.duplicate_id")[0].positions
    chart.remove_position(duplicate[1])
    chart.set_manager("4", "1")
    for pid in fired(run(chart), "structure.cycle")[0].positions:
        if chart.manager_of(pid) is None:
            chart.set_manager(pid, "1")
    assert not [f for f in run(chart) if f.rule.startswith("structure.")]
