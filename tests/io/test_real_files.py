"""The three real files in tests/data import with the numbers SOURCES.md gives."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from orgeditor.io import read_chart


def test_northwind(data_dir) -> None:
    chart, problems = read_chart(data_dir / "northwind_employees.csv")
    assert problems == []
    assert len(chart) == 9
    assert chart.roots() == ["2"]
    fuller = chart.position("2")
    assert (fuller.name, fuller.title, fuller.role) == (
        "Andrew Fuller",
        "Vice President, Sales",
        "sales_leader",
    )
    buchanan = chart.position("5")
    assert (buchanan.name, buchanan.title, buchanan.role) == (
        "Steven Buchanan",
        "Sales Manager",
        "sales_manager",
    )
    assert chart.reports_of("5") == ["6", "7", "9"]
    assert chart.reports_of("2") == ["1", "3", "4", "5", "8"]
    roles = Counter(p.role for p in chart.positions())
    assert roles == {"generalist": 6, "sales_leader": 1, "sales_manager": 1, "sales_ops": 1}
    assert buchanan.region == "Eastern" and buchanan.location == "London"
    assert buchanan.custom["country"] == "UK"
    assert buchanan.custom["territories"].startswith("Providence;Morristown")


def test_softuni(data_dir) -> None:
    path = data_dir / "softuni_employees.csv"
    chart, problems = read_chart(path)
    assert problems == []
    assert len(chart) == 293
    assert len(chart.roots()) == 4
    assert chart.position(chart.roots()[0]).name == "Ken Sanchez"
    widest = max(chart.position_ids(), key=chart.report_count)
    assert chart.report_count(widest) == 22
    assert max(chart.depth(p) for p in chart.position_ids()) == 4
    with path.open(encoding="utf-8") as stream:
        salaries = [int(row["salary"]) for row in csv.DictReader(stream)]
    assert sum(p.cost for p in chart.positions()) == sum(salaries) == 5_421_900
    assert min(p.cost for p in chart.positions()) == 9000
    guy = chart.position("1")
    assert guy.location == "Monroe"  # town
    assert guy.custom == {"department": "Production", "hire_date": "1998-07-31"}
    sales = [p for p in chart.positions() if p.custom.get("department") == "Sales"]
    assert Counter(p.role for p in sales)["generalist"] == 14


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("northwind_employees.csv", 9),
        ("softuni_employees.csv", 293),
        ("drawio_orgchart_example.txt", 4),
    ],
)
def test_every_row_is_a_filled_position(data_dir, name: str, count: int) -> None:
    chart, _ = read_chart(data_dir / name)
    assert len(chart) == count
    assert all(p.status == "filled" and p.name for p in chart.positions())
