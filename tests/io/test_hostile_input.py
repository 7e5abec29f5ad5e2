"""Hostile and oversized input (the hardening findings): long CSV cells, the cap on positions
checked while a file is read, card places, costs and version numbers outside sane ranges, and
every reader error one line of at most MAX_MESSAGE characters naming the file (and row).

The caps are small here (50) so that the files stay small; benchmarks/bench_import_cap.py
measures the default cap against a million rows.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from orgeditor.io import (
    MAX_CELL_CHARS,
    MAX_COORDINATE,
    MAX_COST,
    MAX_POSITIONS,
    ChartFileError,
    CsvFormatError,
    GraphmlFormatError,
    OrgchartFormatError,
    XlsxFormatError,
    load_orgchart,
    loads_orgchart,
    preview_csv,
    preview_xlsx,
    read_chart,
    read_csv,
    read_xlsx,
)
from orgeditor.io.errors import MAX_MESSAGE, shown

CAP = 50


def one_line(message: str) -> None:
    assert "\n" not in message and "\r" not in message, message
    assert len(message) <= MAX_MESSAGE, (len(message), message)


def refused(call, *args, **kwargs) -> ChartFileError:
    with pytest.raises(ChartFileError) as caught:
        call(*args, **kwargs)
    one_line(str(caught.value))
    return caught.value


def csv_rows(count: int, tail: str = "") -> str:
    return "id,name,title\n" + "".join(f"{i},P{i},AE\n" for i in range(1, count + 1)) + tail


def workbook(path: Path, count: int) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Org")
    sheet.append(["id", "name", "title"])
    for i in range(1, count + 1):
        sheet.append([str(i), f"P{i}", "AE"])
    book.save(path)
    return path


def replace_part(path: Path, part: str, change) -> Path:
    """The workbook with one part changed (by a function of its bytes)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts[part] = change(parts[part])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


# ----- CSV cells longer than the csv module's own limit ----------------------------------------


def test_a_cell_longer_than_the_csv_modules_limit_is_read(write_file) -> None:
    """131,072 characters was the csv module's limit: a long note crashed the window."""
    note = "x" * 200_000
    path = write_file("notes.csv", f"id,name,note\n1,Ann,{note}\n2,Bo,short\n")
    before = csv.field_size_limit()
    chart, problems = read_csv(path)
    assert (chart.position("1").custom["note"], problems) == (note, [])
    assert preview_csv(path).row_count == 2
    assert csv.field_size_limit() == before  # the process-wide limit is put back


def test_a_cell_longer_in_the_first_lines_does_not_fool_the_sniffer(write_file) -> None:
    photo = "A" * 300_000  # a photo column, base64 in the header's first data line
    path = write_file("photos.csv", f"id;name;photo\n1;Ann;{photo}\n")
    chart, _ = read_csv(path)
    assert chart.position("1").custom["photo"] == photo


def test_a_cell_over_the_documented_limit_names_its_row(write_file) -> None:
    huge = "y" * (MAX_CELL_CHARS + 1)
    path = write_file("huge.csv", f'id,name,note\n1,Ann,x\n2,Bo,"{huge}"\n3,Cy,z\n')
    error = refused(read_csv, path)
    assert isinstance(error, CsvFormatError)
    assert error.row == 3
    assert str(error).startswith("huge.csv, row 3: a cell holds more than 10,485,760 characters")


def test_an_unclosed_quote_is_reported_at_its_row_not_as_a_crash(write_file) -> None:
    rows = "".join(f"{i},P{i}\n" for i in range(3, 3 + MAX_CELL_CHARS // 8))
    path = write_file("quote.csv", f'id,name\n1,Ann\n2,"Bo\n{rows}')
    error = refused(read_chart, path)
    assert error.row == 3 and "never closed" in str(error)


# ----- the cap on positions, counted while reading ------------------------------------------


def test_the_default_cap() -> None:
    assert MAX_POSITIONS == 250_000


@pytest.mark.parametrize("reader", [read_csv, preview_csv, read_chart])
def test_csv_over_the_cap_names_file_row_cap_and_how_to_raise_it(write_file, reader) -> None:
    path = write_file("staff.csv", csv_rows(CAP + 1))
    error = refused(reader, path, max_positions=CAP)
    assert isinstance(error, CsvFormatError)
    assert str(error) == (
        "staff.csv, row 52: refused: more than 50 positions (the limit); "
        "raise it with --max-positions N or the setting import/maxPositions"
    )


def test_csv_at_the_cap_is_read(write_file) -> None:
    path = write_file("staff.csv", csv_rows(CAP))
    chart, _ = read_csv(path, max_positions=CAP)
    assert len(chart) == CAP
    assert len(read_csv(path, max_positions=None)[0]) == CAP


def test_csv_stops_at_the_cap_without_reading_on(write_file) -> None:
    """What follows the row over the cap is never split: a cell there that no read could
    take is not reached."""
    broken = '999,"' + "z" * (MAX_CELL_CHARS + 1) + '"\n'
    path = write_file("bomb.csv", csv_rows(CAP + 1, tail=broken))
    assert "more than 50 positions" in str(refused(read_csv, path, max_positions=CAP))
    assert "a cell holds more than" in str(refused(read_csv, path, max_positions=None))


def test_drawio_csv_counts_rows_below_its_preamble(write_file) -> None:
    preamble = "## draw.io\n# label: %name%\n# connect: " + json.dumps(
        {"from": "manager", "to": "name", "invert": True}
    )
    path = write_file("org.txt", preamble + "\n" + csv_rows(CAP + 1))
    assert refused(read_chart, path, max_positions=CAP).row == 3 + 1 + CAP + 1  # 3: preamble


@pytest.mark.parametrize("reader", [read_xlsx, preview_xlsx, read_chart])
def test_xlsx_over_the_cap_names_file_sheet_row_and_cap(tmp_path, reader) -> None:
    path = workbook(tmp_path / "staff.xlsx", CAP + 1)
    error = refused(reader, path, max_positions=CAP)
    assert isinstance(error, XlsxFormatError)
    assert str(error).startswith(
        "staff.xlsx, sheet 'Org', row 52: refused: more than 50 positions (the limit); raise it"
    )


def test_xlsx_at_the_cap_is_read(tmp_path) -> None:
    path = workbook(tmp_path / "staff.xlsx", CAP)
    assert len(read_xlsx(path, max_positions=CAP)[0]) == CAP


def test_xlsx_stops_at_the_cap_before_the_rest_of_the_sheet_is_parsed(tmp_path) -> None:
    """The rows over the cap are followed by XML no parser gets through: with the cap, the
    reader stops first; without it, the damage is what it reports."""
    path = workbook(tmp_path / "bomb.xlsx", CAP + 1)
    replace_part(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"</sheetData>", b"<row r='999'><c><v>1</v></c><oops></sheetData>"),
    )
    assert "more than 50 positions" in str(refused(read_xlsx, path, max_positions=CAP))
    assert "the sheet cannot be read" in str(refused(read_xlsx, path, max_positions=None))


def test_xlsx_a_sheet_without_a_size_is_not_parsed_at_load(tmp_path) -> None:
    """openpyxl looked for a missing <dimension> through every row at load: a bomb took 13 s
    before its rows were counted. A damaged row far down no longer stops loading or listing."""
    path = workbook(tmp_path / "nosize.xlsx", 3)
    replace_part(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"</sheetData>", b"<row r='999'><c><v>1</v></c><oops></sheetData>"),
    )
    from orgeditor.io import list_sheets

    assert list_sheets(path) == ["Org"]


def test_xlsx_rows_without_text_do_not_count(tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Org"
    sheet.append(["id", "name"])
    for i in range(CAP):
        sheet.append([str(i), f"P{i}"])
    for row in range(CAP + 2, CAP + 40):  # formatted, empty
        sheet.cell(row=row, column=1).number_format = "0.00"
    book.save(tmp_path / "styled.xlsx")
    assert len(read_xlsx(tmp_path / "styled.xlsx", max_positions=CAP)[0]) == CAP


def graphml_nodes(write_file, count: int, edges: str = "") -> Path:
    nodes = "".join(f'<node id="n{i}"/>' for i in range(1, count + 1))
    return write_file(
        "org.graphml",
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">'
        f"{nodes}{edges}</graph></graphml>",
    )


def test_graphml_over_the_cap(write_file) -> None:
    path = graphml_nodes(write_file, CAP + 1)
    error = refused(read_chart, path, max_positions=CAP)
    assert isinstance(error, GraphmlFormatError)
    assert str(error).startswith("org.graphml: node 51: refused: more than 50 positions")
    assert len(read_chart(path, max_positions=CAP + 1)[0]) == CAP + 1


def test_graphml_nodes_declared_by_edges_count_too(write_file) -> None:
    path = graphml_nodes(write_file, CAP, edges='<edge source="n1" target="stranger"/>')
    assert "node 51: refused" in str(refused(read_chart, path, max_positions=CAP))


def test_orgchart_over_the_cap_through_read_chart(tmp_path) -> None:
    positions = [{"id": f"p{i}"} for i in range(CAP + 1)]
    path = tmp_path / "big.orgchart"
    path.write_text(json.dumps({"format": "orgeditor.chart", "version": 2, "positions": positions}))
    error = refused(read_chart, path, max_positions=CAP)
    assert isinstance(error, OrgchartFormatError)
    assert "more than 50 positions (the limit)" in str(error)
    assert len(load_orgchart(path)) == CAP + 1  # the native loader alone: our own autosaves


@pytest.mark.parametrize("cap", [0, -1, True])
def test_a_cap_below_one_is_a_programming_error(write_file, cap) -> None:
    path = write_file("staff.csv", csv_rows(2))
    with pytest.raises(ValueError, match="max_positions"):
        read_chart(path, max_positions=cap)


# ----- places, costs and versions outside sane ranges ------------------------------------------


def document(**position) -> str:
    return json.dumps(
        {"format": "orgeditor.chart", "version": 2, "positions": [{"id": "a", **position}]}
    )


@pytest.mark.parametrize(
    ("field", "value", "detail"),
    [
        ("xy", [1e308, 0], "positions[0].xy: a card place must lie within ±100,000,000"),
        ("xy", [0, -1.5e8], "positions[0].xy: a card place must lie within ±100,000,000"),
        ("cost", 1e20, "positions[0].cost: must lie within ±1,000,000,000,000,000"),
        ("cost", -(10**16), "positions[0].cost: must lie within ±1,000,000,000,000,000"),
    ],
)
def test_orgchart_places_and_costs_beyond_the_ranges_are_refused(field, value, detail) -> None:
    error = refused(loads_orgchart, document(**{field: value}), "big.orgchart")
    assert str(error).startswith(f"big.orgchart: {detail}, not ")


def test_orgchart_places_and_costs_at_the_ranges_load() -> None:
    chart = loads_orgchart(document(xy=[MAX_COORDINATE, -MAX_COORDINATE], cost=-MAX_COST))
    assert chart.position("a").xy == (MAX_COORDINATE, -MAX_COORDINATE)
    assert chart.position("a").cost == -MAX_COST


def test_a_4000_digit_version_is_shown_shortened() -> None:
    text = '{"format": "orgeditor.chart", "version": 1' + "0" * 3999 + ', "positions": []}'
    error = refused(loads_orgchart, text, "v.orgchart")
    assert str(error) == (
        "v.orgchart: made by a newer version of orgeditor (format version "
        "'10000000000000000000…' (4,000 digits)); this version reads up to 3"
    )


def test_a_version_beyond_pythons_digit_limit_gives_no_python_advice() -> None:
    """json stopped with "use sys.set_int_max_str_digits() to increase the limit"."""
    text = '{"format": "orgeditor.chart", "version": 9' + "9" * 5000 + ', "positions": []}'
    error = refused(loads_orgchart, text, "v.orgchart")
    assert str(error) == "v.orgchart: version: a number too large to hold (beyond ±1.8e308)"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("cost.csv", "id,name,cost\n1,Ann,100000000000000000000\n"),
        ("cost.csv", "id,name,cost\n1,Ann,-2000000000000000\n"),
    ],
)
def test_a_table_cost_beyond_the_range_is_kept_as_text(write_file, name, text) -> None:
    chart, problems = read_chart(write_file(name, text))
    position = chart.position("1")
    assert (position.cost, position.custom, problems) == (
        None,
        {"cost": text.split(",")[-1][:-1]},
        [],
    )


def test_xlsx_cost_beyond_the_range_is_kept_as_text(tmp_path) -> None:
    book = Workbook()
    book.active.append(["id", "name", "cost"])
    book.active.append(["1", "Ann", 1e20])
    book.save(tmp_path / "cost.xlsx")
    position = read_chart(tmp_path / "cost.xlsx")[0].position("1")
    assert (position.cost, position.custom) == (None, {"cost": "100000000000000000000"})


def test_graphml_place_and_cost_beyond_the_ranges(write_file) -> None:
    path = write_file(
        "far.graphml",
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="x" for="node" attr.name="placed_x" attr.type="double"/>'
        '<key id="y" for="node" attr.name="placed_y" attr.type="double"/>'
        '<key id="c" for="node" attr.name="cost" attr.type="double"/>'
        '<graph edgedefault="directed">'
        '<node id="a"><data key="x">1e308</data><data key="y">0</data>'
        '<data key="c">1e20</data></node>'
        '<node id="b"><data key="x">-1e8</data><data key="y">5</data></node>'
        "</graph></graphml>",
    )
    chart, _ = read_chart(path)
    assert chart.position("a").xy is None  # laid out instead
    assert (chart.position("a").cost, chart.position("a").custom) == (None, {"cost": "1e20"})
    assert chart.position("b").xy == (-1e8, 5.0)


# ----- every message one short line ----------------------------------------------------------


def test_shown_values() -> None:
    assert shown(12) == "12"
    assert shown(10**3999) == "'10000000000000000000…' (4,000 digits)"
    assert shown(10**5000).startswith("a whole number of more than")
    assert shown("x" * 1000) == "'" + "x" * 38 + "… (1,000 characters)"
    assert shown("two\nlines") == "'two\\nlines'"


def test_the_error_itself_keeps_one_short_line() -> None:
    error = ChartFileError("a" * 250 + ".csv", "first\nsecond\r\nthird " + "z" * 500 + " the end")
    one_line(str(error))
    assert str(error).endswith(" the end")  # the start and the end stay: what and how to fix
    assert "first second third" in str(error)


@pytest.mark.parametrize(
    "positions",
    [
        [{"id": "a", "status": "b" * 100_000}],
        [{"id": "i" * 9000}, {"id": "i" * 9000}],
        [{"id": "a", "manager": "m\n" * 5000}],
        [{"id": "a", "custom": [["k" * 5000, "v"], ["k" * 5000, "w"]]}],
    ],
)
def test_orgchart_messages_quote_values_shortened(tmp_path, positions) -> None:
    path = tmp_path / "x.orgchart"
    path.write_text(json.dumps({"format": "orgeditor.chart", "version": 2, "positions": positions}))
    refused(read_chart, path)


def test_csv_without_a_name_column_lists_what_fits(write_file) -> None:
    headers = ",".join(f"column number {i} " + "h" * 40 for i in range(60))
    error = refused(read_chart, write_file("wide.csv", headers + "\n" + "1," * 59 + "1\n"))
    assert "has no name or title column" in str(error) and "'job title'" in str(error)


def test_xlsx_a_damaged_part_is_one_line(tmp_path) -> None:
    """openpyxl's own message is three lines ("Unable to read workbook: could not read
    stylesheet from ...\\nThis is most probably ...")."""
    path = workbook(tmp_path / "damaged.xlsx", 2)
    replace_part(
        path, "xl/styles.xml", lambda xml: xml.replace(b"<numFmts", b"<numFmts x='1' x='2'")
    )
    error = refused(read_chart, path)
    assert str(error).startswith("damaged.xlsx: not a readable Excel workbook")


def test_xlsx_an_unknown_sheet_among_long_names(tmp_path) -> None:
    book = Workbook()
    for i in range(40):
        book.create_sheet(f"sheet {i} " + "s" * 20)
    book.save(tmp_path / "sheets.xlsx")
    refused(read_xlsx, tmp_path / "sheets.xlsx", "n" * 500)


def test_import_problems_quote_values_shortened(write_file) -> None:
    """Problems are messages too: a 10,000-character manager reference, a repeated long id and
    a cycle through 300 positions each stay one line."""
    long_id = "i" * 10_000
    rows = [f"{long_id},Ann,", f"{long_id},Bo,", f"x,Cy,{'r' * 10_000}"]
    rows += [f"c{i},N{i},c{(i + 1) % 300}" for i in range(300)]
    _chart, problems = read_chart(write_file("staff.csv", "id,name,manager id\n" + "\n".join(rows)))
    assert {p.kind for p in problems} == {"duplicate_id", "unknown_manager", "cycle"}
    for problem in problems:
        one_line(problem.message)
    (cycle,) = [p for p in problems if p.kind == "cycle"]
    assert "(300 positions)" in cycle.message and len(cycle.position_ids) == 300
