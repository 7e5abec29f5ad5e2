"""Values the model refuses (infinite costs and card places) never come out of an importer:
the readers keep the text, or drop the place, as they do for any value they cannot read; and
should a value the model refuses get through all the same, the reader raises ChartFileError
naming the file and row (the GUI's open dialog shows it), not the model's InvalidFieldError.
"""

from __future__ import annotations

import math

import pytest
from openpyxl import Workbook

import orgeditor.io.graphml_reader as graphml_reader
import orgeditor.io.table_import as table_import
from orgeditor.io import (
    ChartFileError,
    CsvFormatError,
    GraphmlFormatError,
    XlsxFormatError,
    dumps_orgchart,
    loads_orgchart,
    read_chart,
)
from orgeditor.model import Chart, chart_state

NINES = "9" * 400


def saves_again(chart: Chart) -> None:
    assert chart_state(loads_orgchart(dumps_orgchart(chart))) == chart_state(chart)


@pytest.mark.parametrize("cost", [NINES, "-" + NINES, "9" * 306 + "k", "abc"])
def test_a_csv_cost_beyond_a_float_is_kept_as_text_like_any_cost_not_understood(
    import_text, cost: str
) -> None:
    chart, problems = import_text(f"id,name,cost,manager_id\n1,Ann,{cost},\n2,Bo,85 000,1\n")
    ann, bo = chart.position("1"), chart.position("2")
    assert (ann.cost, ann.custom) == (None, {"cost": cost})
    assert (bo.cost, bo.custom, problems) == (85000.0, {}, [])
    saves_again(chart)


def graphml(write_file, name: str, nodes: str, keys: list[tuple[str, str, str]]):
    declared = "".join(
        f'<key id="{i}" for="node" attr.name="{n}" attr.type="{t}"/>' for i, n, t in keys
    )
    return write_file(
        name,
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        f'{declared}<graph edgedefault="directed">{nodes}</graph></graphml>',
    )


PLACE_KEYS = [("n", "name", "string"), ("x", "placed_x", "double"), ("y", "placed_y", "double")]


@pytest.mark.parametrize(
    ("x", "y"),
    [("nan", "0"), ("0", "NaN"), ("inf", "0"), ("0", "-INF"), ("1e400", "0"), ("abc", "0")],
)
def test_a_graphml_place_that_is_not_a_finite_number_is_no_place(
    write_file, x: str, y: str
) -> None:
    nodes = (
        f'<node id="a"><data key="n">Ann</data><data key="x">{x}</data>'
        f'<data key="y">{y}</data></node>'
        '<node id="b"><data key="n">Bo</data><data key="x">1.5</data><data key="y">-2</data></node>'
    )
    chart, problems = read_chart(graphml(write_file, "place.graphml", nodes, PLACE_KEYS))
    assert (chart.position("a").xy, chart.position("b").xy, problems) == (None, (1.5, -2.0), [])
    saves_again(chart)


@pytest.mark.parametrize("cost", ["NaN", "INF", "-Infinity", "1e400"])
def test_a_graphml_cost_that_is_not_a_finite_number_is_kept_as_text(write_file, cost: str) -> None:
    """It was dropped without a word (an empty cell); "abc" was, and is, kept as text."""
    nodes = f'<node id="a"><data key="n">Ann</data><data key="c">{cost}</data></node>'
    path = graphml(
        write_file, "cost.graphml", nodes, [("n", "name", "string"), ("c", "cost", "double")]
    )
    chart, _ = read_chart(path)
    assert (chart.position("a").cost, chart.position("a").custom) == (None, {"cost": cost})
    saves_again(chart)


# ----- the backstop: a value the model refuses is the file's error, with its row -------------


def _infinite(_text: str) -> float:
    return math.inf


def test_csv_a_value_the_model_refuses_names_file_and_row(import_text, monkeypatch) -> None:
    monkeypatch.setattr(table_import, "parse_amount", _infinite)  # as parse_amount once did
    with pytest.raises(CsvFormatError) as caught:
        import_text("id,name,cost,manager_id\n1,Ann,,\n2,Bo,12,1\n", name="pay.csv")
    assert str(caught.value) == "pay.csv, row 3: cannot be imported: cost must be a number, not inf"


def test_xlsx_a_value_the_model_refuses_names_file_sheet_and_row(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(table_import, "parse_amount", _infinite)
    book = Workbook()
    book.active.title = "Org"
    for row in (["id", "name", "cost"], [1, "Ann", 5]):
        book.active.append(row)
    book.save(tmp_path / "pay.xlsx")
    with pytest.raises(XlsxFormatError) as caught:
        read_chart(tmp_path / "pay.xlsx")
    assert str(caught.value) == (
        "pay.xlsx, sheet 'Org', row 2: cannot be imported: cost must be a number, not inf"
    )


def test_graphml_a_place_the_model_refuses_names_file_and_node(write_file, monkeypatch) -> None:
    monkeypatch.setattr(graphml_reader, "_placement", lambda _values: (math.nan, 0.0))
    nodes = (
        '<node id="a"><data key="n">Ann</data></node><node id="b"><data key="n">Bo</data></node>'
    )
    with pytest.raises(GraphmlFormatError) as caught:
        read_chart(graphml(write_file, "placed.graphml", nodes, PLACE_KEYS))
    assert str(caught.value) == (
        "placed.graphml: node 1: cannot be imported: "
        "a card place must be two numbers, not (nan, 0.0)"
    )
    assert isinstance(caught.value, ChartFileError)


def test_graphml_a_cost_the_model_refuses_names_file_and_node(write_file, monkeypatch) -> None:
    monkeypatch.setattr(table_import, "parse_amount", _infinite)
    nodes = '<node id="a"><data key="n">Ann</data></node><node id="b"><data key="c">7</data></node>'
    path = graphml(
        write_file, "cost.graphml", nodes, [("n", "name", "string"), ("c", "cost", "double")]
    )
    with pytest.raises(GraphmlFormatError) as caught:
        read_chart(path)
    assert (
        str(caught.value)
        == "cost.graphml: node 2: cannot be imported: cost must be a number, not inf"
    )
