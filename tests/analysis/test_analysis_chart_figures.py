"""ChartFigures (the figures panel's summary) and the segmentation matrix, on hand-made charts
with exact numbers and on the real organisation files."""

import csv
from collections import Counter

import pytest
from support.chartspec import build

from orgeditor.analysis import UNASSIGNED, cost_totals, counts, layers, spans
from orgeditor.analysis.figures import (
    SPAN_BUCKETS,
    chart_figures,
    segment_values,
    segmentation_matrix,
)
from orgeditor.io import read_chart
from orgeditor.model import Position

# ----- chart figures -------------------------------------------------------------------------


def test_headcount_and_status(org):
    f = chart_figures(org())
    assert (f.positions, f.sellers) == (14, 5)
    assert f.counts == counts(org())  # reused, not recomputed differently
    assert f.counts.by_family == {
        "leadership": 5,
        "seller": 5,
        "operations": 1,
        "enablement": 2,
        "other": 1,
    }
    assert f.counts.by_stage == {"lead_generation": 2, "closing": 1, "all": 2}
    assert f.counts.by_role["generalist"] == 2
    assert (f.filled, f.vacant, f.planned, f.vacancies) == (12, 1, 1, 2)


def test_sellers_per_manager_counts_distinct_direct_managers_of_sellers(org):
    f = chart_figures(org())
    # s1, s2, a1 under m1; g1, g2 under m2
    assert (f.managed_sellers, f.seller_managers) == (5, 2)
    assert f.sellers_per_manager == 2.5
    assert f.unmanaged_sellers == 0


def test_sellers_per_manager_leaves_out_sellers_without_a_manager():
    chart = build("vp: VP Sales\n  a: SDR\n  b: SDR\n  c: SDR\nlone: Account Executive")
    f = chart_figures(chart)
    assert (f.sellers, f.managed_sellers, f.seller_managers) == (4, 3, 1)
    assert f.sellers_per_manager == 3.0 and f.unmanaged_sellers == 1
    assert chart_figures(build("ceo: CEO\n  cfo: CFO")).sellers_per_manager is None


def test_span_distribution_and_shape(org):
    f = chart_figures(org())
    assert spans(org()) == {"ceo": 2, "cro": 4, "vp": 2, "m1": 3, "m2": 2}
    assert f.spans.managers == 5
    assert [(b.label, b.count) for b in f.spans.buckets] == [
        ("1", 0),
        ("2–4", 5),
        ("5–7", 0),
        ("8–10", 0),
        ("11+", 0),
    ]
    assert (f.spans.minimum, f.spans.median, f.spans.maximum) == (2, 2.0, 4)
    assert f.spans.widest == ("cro",)
    assert (f.layers, f.roots) == (5, 1)


def test_span_bucket_edges():
    lines = ["top: CEO"]
    for manager, reports in (("a", 1), ("b", 4), ("c", 5), ("d", 7), ("e", 8), ("f", 10)):
        lines.append(f"  {manager}: Sales Manager")
        lines.append(f"    {manager}x*{reports}: Engineer")
    lines.append("  g: Sales Manager")
    lines.append("    gx*11: Engineer")
    lines.append("    gy: Engineer")  # 12 reports
    f = chart_figures(build("\n".join(lines)))
    by_label = {b.label: b.count for b in f.spans.buckets}
    # top has 7 reports (a..g): 5–7
    assert by_label == {"1": 1, "2–4": 1, "5–7": 3, "8–10": 2, "11+": 1}
    assert [b.label for b in f.spans.buckets] == [label for label, _, _ in SPAN_BUCKETS]
    assert (f.spans.minimum, f.spans.maximum, f.spans.widest) == (1, 12, ("g",))
    assert f.spans.median == 7.0  # 1, 4, 5, 7, 7, 8, 10, 12


def test_no_reporting_lines():
    f = chart_figures(build("a: CEO\nb: CFO"))
    assert f.spans.managers == 0 and f.spans.maximum is None and f.spans.median is None
    assert all(b.count == 0 for b in f.spans.buckets)
    assert (f.layers, f.roots) == (1, 2)
    empty = chart_figures(build(""))
    assert (empty.positions, empty.layers, empty.roots) == (0, 0, 0)


def test_cost_per_team_and_segment_value(org):
    f = chart_figures(org())
    assert f.has_cost_data and f.cost.total == 790
    assert f.uncosted == 7
    assert f.cost.by_team == {None: 590, "west": 200}
    assert f.cost.by_segment["region"] == {UNASSIGNED: 530, "West": 200, "East": 60}


def test_no_cost_data_is_none_not_zero():
    f = chart_figures(build("ceo: CEO\n  a: SDR"))
    assert not f.has_cost_data and f.cost.total is None
    assert f.cost.by_team == {} and f.uncosted == 2


def test_figures_cached_per_revision(org):
    chart = org()
    first = chart_figures(chart)
    assert chart_figures(chart) is first
    chart.add_position(Position("x", "X", "SDR"), "m2")
    second = chart_figures(chart)
    assert second is not first
    assert (second.sellers, second.spans.maximum) == (6, 4)
    assert second.revision == chart.revision


# ----- segmentation matrix ------------------------------------------------------------------

GRID = """
    vp: VP Sales
      n1: Account Executive | region=North product_line=Cloud
      n2: Account Executive | region=North product_line=Cloud
      n3: SDR | region=North product_line=Data
      s1: Account Executive | region=South product_line=Cloud
      s2: Account Manager | region=South product_line=Data
      s3: Account Manager | region=South product_line=Data
      s4: Account Manager | region=South product_line=Security
      u1: Account Executive | product_line=Security
      ops: Sales Analyst | region=West product_line=Other
"""


def test_matrix_two_dimensions_is_an_exact_grid():
    m = segmentation_matrix(build(GRID))
    assert m.layout == "grid"
    assert m.dimensions == ("region", "product_line")
    assert m.primary == "region"  # 2 values (and unassigned) against 3
    assert (m.row_dimension, m.column_dimension) == ("region", "product_line")
    assert m.rows == ("North", "South", UNASSIGNED)
    assert m.columns == ("Cloud", "Data", "Security")
    assert [[cell.count for cell in row] for row in m.grid] == [
        [2, 1, 0],
        [1, 2, 1],
        [0, 0, 1],
    ]
    assert m.grid[0][0].sellers == ("n1", "n2")
    assert m.grid[2][2].sellers == ("u1",)
    assert m.grid[0][2].empty and not m.grid[0][2].thin
    assert m.sellers == 8 and m.occupied == 6
    thin = {cell.key for cell in m.thin_cells}
    assert thin == {
        ("North", "Data"),
        ("South", "Cloud"),
        ("South", "Security"),
        (UNASSIGNED, "Security"),
    }
    assert m.cell("South", "Data").sellers == ("s2", "s3")
    assert m.row_sellers(0) == ("n1", "n2", "n3")
    assert m.column_sellers(2) == ("s4", "u1")


def test_matrix_rows_are_the_primary_dimension_even_when_it_comes_second():
    chart = build("""
        vp: VP Sales
          a: Sales Rep | region=N product_line=X
          b: Sales Rep | region=S product_line=Y
          c: Sales Rep | region=E product_line=X
          d: Sales Rep | region=E product_line=X
    """)
    m = segmentation_matrix(chart)
    assert m.primary == "product_line"
    assert (m.row_dimension, m.column_dimension) == ("product_line", "region")
    assert m.rows == ("X", "Y") and m.columns == ("E", "N", "S")
    assert [[cell.count for cell in row] for row in m.grid] == [[2, 1, 0], [0, 0, 1]]
    assert m.grid[0][0].key == ("E", "X")  # keys stay in used-dimension order


def test_matrix_one_dimension_is_a_single_row():
    chart = build("""
        vp: VP Sales
          a: Sales Rep | region=North
          b: Sales Rep | region=North
          c: Sales Rep | region=South
          d: Sales Rep
    """)
    m = segmentation_matrix(chart)
    assert m.layout == "row" and m.rows == ("",)
    assert m.column_dimension == "region"
    assert m.columns == ("North", "South", UNASSIGNED)
    assert [cell.count for cell in m.grid[0]] == [2, 1, 1]
    assert [cell.thin for cell in m.grid[0]] == [False, True, True]


def test_matrix_three_dimensions_is_a_list_of_occupied_cells():
    chart = build("""
        vp: VP Sales
          a: Sales Rep | region=N product_line=X vertical=V1
          b: Sales Rep | region=S product_line=Y vertical=V2
          c: Sales Rep | region=N product_line=X vertical=V1
          d: Sales Rep | product_line=Y vertical=V2
    """)
    m = segmentation_matrix(chart)
    assert m.layout == "list"
    assert m.dimensions == ("region", "product_line", "vertical")
    assert [cell.key for (cell,) in m.grid] == [
        ("N", "X", "V1"),
        ("S", "Y", "V2"),
        (UNASSIGNED, "Y", "V2"),
    ]
    assert [cell.sellers for (cell,) in m.grid] == [("a", "c"), ("b",), ("d",)]
    assert m.rows[0] == "N · X · V1"
    assert len(m.thin_cells) == 2


def test_matrix_without_used_dimensions():
    m = segmentation_matrix(build("vp: VP Sales\n  a: SDR | region=North\n  b: SDR | region=North"))
    assert m.layout == "none" and m.dimensions == () and m.grid == ()
    assert m.sellers == 2 and m.cells == {}


def test_matrix_follows_edits():
    chart = build(GRID)
    first = segmentation_matrix(chart)
    assert segmentation_matrix(chart) is first
    chart.update_position("u1", region="North")
    m = segmentation_matrix(chart)
    assert m.rows == ("North", "South")
    assert m.cell("North", "Security").sellers == ("u1",)


def test_segment_values_over_all_positions():
    chart = build(GRID)
    assert segment_values(chart, "region") == {
        "North": 3,
        "South": 4,
        "West": 1,
        UNASSIGNED: 2,
    }
    with pytest.raises(ValueError):
        segment_values(chart, "colour")


# ----- the real files ------------------------------------------------------------------------


def test_softuni_figures(data_dir):
    path = data_dir / "softuni_employees.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    salary_total = sum(float(row["salary"]) for row in rows)
    reports = Counter(row["manager_id"] for row in rows if row["manager_id"])
    widest_id, widest_span = reports.most_common(1)[0]

    chart, _problems = read_chart(path)
    f = chart_figures(chart)
    assert f.positions == len(rows) == 293
    assert f.cost.total == salary_total
    assert f.cost.total == cost_totals(chart).total
    assert f.uncosted == 0
    assert f.spans.maximum == widest_span == 22
    assert f.spans.widest == (widest_id,)
    assert f.spans.managers == len(reports)
    assert f.layers == layers(chart) == 5
    assert f.roots == 4
    assert f.sellers == 14
    assert segmentation_matrix(chart).layout == "none"


def test_northwind_has_no_cost_data(data_dir):
    chart, _problems = read_chart(data_dir / "northwind_employees.csv")
    f = chart_figures(chart)
    assert not f.has_cost_data and f.cost.total is None
    assert f.uncosted == 9
    m = segmentation_matrix(chart)
    assert m.layout == "row" and m.column_dimension == "region"
    assert dict(zip(m.columns, (c.count for c in m.grid[0]), strict=True)) == {
        "Eastern": 2,
        "Northern": 1,
        "Southern": 1,
        "Western": 2,
    }
