"""Repeated names, titles, ids and headers import in linear time; a workbook costs what its
cells cost, not what their row and column numbers imply.

Each repeat used to try every number from 2 upwards for a free id ("account-executive-2",
"-3", ...): 20,000 vacant seats titled "Account Executive" in a file without an id column took
32 s to import; now about 0.3 s. The bound below is ten times that, far from quadratic.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook

from orgeditor.io import preview_xlsx, read_csv, read_xlsx
from orgeditor.io.columns import unique_headers

ROWS = 20_000


def _symbols(number: int) -> str:
    """A different team name for each number that still makes the id "pod": "Pod !#"."""
    return "".join("!#$%&()*+?"[int(d)] for d in str(number))


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("titles", "title\n" + "Account Executive\n" * ROWS),
        ("names", "name,title\n" + "Kari Nordmann,AE\n" * ROWS),
        ("ids", "id,name\n" + "7,Ada\n" * ROWS),
        ("teams", "name,team\n" + "".join(f"p{i},Pod {_symbols(i)}\n" for i in range(ROWS))),
    ],
)
def test_repeats_import_in_linear_time(write_file, kind: str, text: str) -> None:
    path = write_file(f"{kind}.csv", text)
    chart, problems = read_csv(path)
    assert len(chart) == ROWS and len(set(chart.position_ids())) == ROWS
    if kind == "ids":  # every repeat is a problem with its own new id
        assert len(problems) == ROWS - 1 and "7~20000" in chart
    if kind == "titles":
        assert "account-executive-20000" in chart
    if kind == "teams":  # 20,000 names, one slug: pod, pod-2, ... pod-20000
        assert len(list(chart.teams())) == ROWS and chart.has_team(f"pod-{ROWS}")


def test_repeated_headers_are_numbered_in_linear_time() -> None:
    headers = ["x"] * ROWS + ["x (2)", " x ", ""]
    names = unique_headers(headers)
    assert names[:3] == ("x", "x (2)", "x (3)") and names[ROWS - 1] == f"x ({ROWS})"
    assert names[ROWS:] == ("x (2) (2)", f"x ({ROWS + 1})", f"column {ROWS + 3}")


# ----- workbooks -------------------------------------------------------------------------------


def _workbook(rows: str) -> bytes:
    """A real workbook whose first sheet's rows are replaced by `rows` (sheet XML)."""
    book = Workbook()
    book.active.append(["placeholder"])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    start = sheet.index("<sheetData>") + len("<sheetData>")
    parts["xl/worksheets/sheet1.xml"] = (
        sheet[:start] + rows + sheet[sheet.index("</sheetData>") :]
    ).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _cell(ref: str, text: str) -> str:
    return f"<c r='{ref}' t='inlineStr'><is><t>{text}</t></is></c>"


def test_a_row_numbered_in_the_billions_costs_nothing(tmp_path) -> None:
    """openpyxl's iter_rows made up every row before it: a 5 KB file hung the import."""
    rows = f"<row r='1'>{_cell('A1', 'name')}</row>"
    rows += f"<row r='99999999999'>{_cell('A99999999999', 'Ada')}</row>"
    path = tmp_path / "far.xlsx"
    path.write_bytes(_workbook(rows))
    assert path.stat().st_size < 10_000
    chart, problems = read_xlsx(path)
    assert [p.name for p in chart.positions()] == ["Ada"] and problems == []


def test_cells_in_the_last_column_cost_one_cell(tmp_path) -> None:
    """Each row with a cell in column XFD became 16,384 cells (5,000 rows: 82 million)."""
    rows = f"<row r='1'>{_cell('A1', 'name')}{_cell('C1', 'title')}{_cell('XFD1', 'far')}</row>"
    for n in range(2, 5002):
        rows += f"<row r='{n}'>{_cell(f'A{n}', f'P{n}')}<c r='XFD{n}'><v>{n}</v></c></row>"
    rows += f"<row r='5002'>{_cell('A5002', 'Bo')}{_cell('B5002', 'x')}{_cell('XFD5002', '')}</row>"
    path = tmp_path / "wide.xlsx"
    path.write_bytes(_workbook(rows))
    chart, _ = read_xlsx(path)
    assert len(chart) == 5001 and chart.position("p2").custom == {"far": "2"}
    assert chart.position("bo").custom == {"column 2": "x"}  # a blank header over data
    preview = preview_xlsx(path)  # the empty, unnamed columns between are not columns
    assert preview.headers == ("name", "column 2", "title", "far")
