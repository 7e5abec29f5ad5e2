"""Excel (.xlsx) export (io/xlsx_writer.py): the CSV export's columns and rows, text as text
cells (never formulas), the cost as a number, and read_xlsx giving back the same chart.
Random charts go through every writable format in test_round_trip_properties.py."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from orgeditor.io import (
    ChartFileError,
    dumps_csv,
    dumps_xlsx,
    read_chart,
    read_xlsx,
    write_chart,
    write_xlsx,
)
from orgeditor.io.csv_writer import STANDARD_COLUMNS
from orgeditor.model import Chart, Position, Team, chart_state

INJECTIONS = [
    '=HYPERLINK("http://evil.example","click")',
    "=cmd|' /C calc'!A0",
    "x;=cmd|' /C calc'!A0",
    "+1",
    "-2+3",
    "@SUM(A1)",
]


def sample() -> Chart:
    chart = Chart()
    chart.add_team(Team("t1", "Pod Nord", "pod"))
    chart.add_position(
        Position("007", "Åse Ødegård", "VP Sales", cost=123456.5, custom={"hired": "2020"})
    )
    chart.add_position(Position("2", "Bo", "AE", team="t1", location="Oslo", cost=85000), "007")
    chart.add_position(Position("3", "", "SDR", status="vacant", team="t1"), "007")
    chart.add_dotted_line("2", "3")
    return chart


def rows_of(data: bytes) -> list[list[object]]:
    book = load_workbook(io.BytesIO(data))
    return [[cell.value for cell in row] for row in book.active.iter_rows()]


def test_same_columns_and_rows_as_the_csv_export() -> None:
    chart = sample()
    book = load_workbook(io.BytesIO(dumps_xlsx(chart)))
    assert book.sheetnames == ["Positions"]
    rows = [[c.value for c in row] for row in book.active.iter_rows()]
    table = list(csv.reader(io.StringIO(dumps_csv(chart))))
    assert rows[0] == table[0] == [*STANDARD_COLUMNS, "hired"]
    cost = STANDARD_COLUMNS.index("cost")
    for row, line in zip(rows[1:], table[1:], strict=True):
        assert ["" if v is None else v for v in row[:cost]] == line[:cost]
        assert row[cost] == (float(line[cost]) if line[cost] else None)  # a number, not text
    assert book.active.freeze_panes == "A2"


def test_round_trip_to_the_same_chart(tmp_path) -> None:
    chart = sample()
    path = tmp_path / "org.xlsx"
    write_chart(chart, path)
    back, problems = read_chart(path)
    assert problems == []
    state, original = chart_state(back), chart_state(chart)
    assert state["positions"] == original["positions"]
    assert state["dotted_lines"] == original["dotted_lines"]
    assert back.position("007").id == "007"  # an id that looks like a number stays text


@pytest.mark.parametrize("value", INJECTIONS)
def test_formulas_are_written_as_text(tmp_path, value: str) -> None:
    chart = Chart()
    chart.add_position(Position("1", value, value, custom={value: value}))
    chart.add_position(Position(value, "Bo", "AE"), "1")
    path = tmp_path / "evil.xlsx"
    write_xlsx(chart, path)
    book = load_workbook(path)  # not read-only: it tells formulas from strings
    cells = [cell for row in book.active.iter_rows() for cell in row if cell.value is not None]
    assert all(cell.data_type == "s" for cell in cells)  # no formula anywhere
    for cell in cells:
        if str(cell.value)[:1] in "=+-@":
            assert cell.quotePrefix  # editing the cell in Excel keeps it text
    back, _ = read_xlsx(path)
    assert chart_state(back)["positions"] == chart_state(chart)["positions"]


def test_text_the_reader_would_tidy_is_escaped_and_comes_back(tmp_path) -> None:
    values = ["  padded  ", "'=x", "a;'=b", "Ada  Lovelace", "two\nlines", "\ttab"]
    chart = Chart()
    for i, value in enumerate(values):
        chart.add_position(Position(f"p{i}", value, value, custom={"c": value}))
    path = tmp_path / "tidy.xlsx"
    write_xlsx(chart, path)
    back, _ = read_xlsx(path)
    assert chart_state(back)["positions"] == chart_state(chart)["positions"]
    plain = rows_of(path.read_bytes())[1 + values.index("two\nlines")]
    assert plain[2] == "two\nlines"  # a title nothing would tidy is written as it is
    assert plain[1] == "'two\nlines"  # a name's line break the reader would make a space


def test_what_xml_cannot_hold() -> None:
    """Control characters other than tab, LF and CR are dropped; CR comes back as LF."""
    chart = Chart()
    chart.add_position(Position("1", "a\x0cb\x00c", "cr\rlf\r\nend", custom={"k\x01": "v\ufffe"}))
    data = dumps_xlsx(chart)
    back = load_workbook(io.BytesIO(data)).active
    assert [c.value for c in back[2]][:3] == ["1", "abc", "cr\nlf\nend"]
    assert [c.value for c in back[1]][-1] == "k"


def test_costs_are_exact_numbers(tmp_path) -> None:
    chart = Chart()
    costs = [0.1, 123456.78901234567, 1e-05, -5000.0, 1e15, 12.345]
    for i, cost in enumerate(costs):
        chart.add_position(Position(f"p{i}", f"N{i}", "AE", cost=cost))
    path = tmp_path / "costs.xlsx"
    write_xlsx(chart, path)
    back, _ = read_xlsx(path)
    assert [back.position(f"p{i}").cost for i in range(len(costs))] == costs


def test_the_same_chart_gives_the_same_bytes() -> None:
    assert dumps_xlsx(sample()) == dumps_xlsx(sample())


def test_a_blank_custom_field_name_is_named_as_the_reader_names_it(tmp_path) -> None:
    chart = Chart()
    chart.add_position(Position("1", "Ann", "AE", custom={" ": "last column"}))
    path = tmp_path / "blank.xlsx"
    write_xlsx(chart, path)
    back, _ = read_xlsx(path)
    column = len(STANDARD_COLUMNS) + 1
    assert back.position("1").custom == {f"column {column}": "last column"}


def test_an_unwritable_target_is_a_chart_file_error(tmp_path) -> None:
    with pytest.raises(ChartFileError, match="there is no folder"):
        write_xlsx(sample(), tmp_path / "missing" / "org.xlsx")
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    with pytest.raises(ChartFileError, match="is a folder"):
        write_xlsx(sample(), folder)
