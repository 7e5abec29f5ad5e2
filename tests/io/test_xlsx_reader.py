"""Excel import: sheets, headers with aliases, vacancies, cell types, mapping overrides."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from orgeditor.io import (
    ChartFileError,
    XlsxFormatError,
    list_sheets,
    preview_xlsx,
    read_chart,
    read_xlsx,
)
from orgeditor.io.xlsx_reader import cell_text


@pytest.fixture
def workbook_path(tmp_path):
    """Two sheets: notes first, then the org (with a blank first row, aliases in the header,
    a vacant row, numbers, dates, a formula and a neutralised cell)."""
    book = Workbook()
    notes = book.active
    notes.title = "Read me"
    notes.append(["This workbook lists the sales team"])
    org = book.create_sheet("Sales org")
    org.append([])
    org.append(
        ["Employee ID", "Full Name", "Job Title", "Reports To", "Annual Salary", "Hire Date", ""]
    )
    org.append([1, "Ada Lovelace", "VP Sales", None, 150000, dt.datetime(2019, 1, 2)])
    org.append([2, None, "Account Executive", 1.0, 85000.5, dt.date(2021, 3, 4)])
    org.append([3, "Bo", "SDR", 1, "=1+1", dt.datetime(2022, 5, 6, 9, 30)])
    org.append([4, "'-Cy", "Sales Ops", 1, 12.345, None])
    org.append([])
    org.append([5, "Di", "Account Executive", "Ada Lovelace", None, None])
    path = tmp_path / "team.xlsx"
    book.save(path)
    return path


def test_list_sheets(workbook_path) -> None:
    assert list_sheets(workbook_path) == ["Read me", "Sales org"]


def test_read_a_chosen_sheet(workbook_path) -> None:
    chart, problems = read_xlsx(workbook_path, sheet="Sales org")
    assert problems == []
    assert list(chart.position_ids()) == ["1", "2", "3", "4", "5"]
    ada, vacant, bo, cy = (chart.position(p) for p in "1234")
    assert (ada.name, ada.title, ada.role, ada.cost) == (
        "Ada Lovelace",
        "VP Sales",
        "sales_leader",
        150000,
    )
    assert ada.custom == {"Hire Date": "2019-01-02"}  # a date as ISO text
    assert (vacant.name, vacant.status, vacant.cost) == ("", "vacant", 85000.5)
    assert chart.manager_of("2") == "1"  # 1.0 from Excel is the id 1
    # a formula is read as the value Excel saved with it (openpyxl saves none), never as text
    assert bo.custom == {"Hire Date": "2022-05-06T09:30:00"}
    assert bo.cost is None
    assert (cy.name, cy.cost) == ("-Cy", 12.345)  # a neutralised cell is restored
    assert chart.manager_of("5") == "1"  # by name
    assert chart.reports_of("1") == ["2", "3", "4", "5"]


def test_sheet_by_index_and_read_chart_takes_the_first(workbook_path) -> None:
    chart, _ = read_xlsx(workbook_path, sheet=1)
    assert len(chart) == 5
    with pytest.raises(XlsxFormatError) as caught:
        read_chart(workbook_path)  # the first sheet is the notes
    assert str(caught.value).startswith("team.xlsx, sheet 'Read me', row 1: does not look like")


def test_preview(workbook_path) -> None:
    preview = preview_xlsx(workbook_path, "Sales org", max_rows=2)
    assert preview.headers == (
        "Employee ID",
        "Full Name",
        "Job Title",
        "Reports To",
        "Annual Salary",
        "Hire Date",
    )
    assert preview.mapping.assignments == ("id", "name", "title", "manager_id", "cost", "custom")
    assert preview.rows == [
        ["1", "Ada Lovelace", "VP Sales", "", "150000", "2019-01-02"],
        ["2", "", "Account Executive", "1", "85000.5", "2021-03-04"],
    ]
    assert preview.row_count == 5
    assert (preview.sheet, preview.sheets) == ("Sales org", ["Read me", "Sales org"])


def test_mapping_override(workbook_path) -> None:
    chart, _ = read_xlsx(workbook_path, "Sales org", mapping={"Annual Salary": "ignore"})
    assert chart.position("1").cost is None
    preview = preview_xlsx(workbook_path, "Sales org")
    chart, _ = read_xlsx(workbook_path, "Sales org", mapping=preview.mapping)
    assert chart.position("1").cost == 150000
    with pytest.raises(XlsxFormatError, match="invalid column mapping"):
        read_xlsx(workbook_path, "Sales org", mapping={"Nope": "name"})


def test_problems_name_file_sheet_and_row(tmp_path) -> None:
    book = Workbook()
    book.active.title = "Org"
    for row in (["id", "name", "manager"], [1, "Ada", None], [2, "Bo", 99], [2, "Cy", 1]):
        book.active.append(row)
    book.save(tmp_path / "p.xlsx")
    _chart, problems = read_xlsx(tmp_path / "p.xlsx")
    assert [p.message.split(": ")[0] for p in problems] == [
        "p.xlsx, sheet 'Org', row 3",
        "p.xlsx, sheet 'Org', row 4",
    ]


@pytest.mark.parametrize(
    ("sheet", "message"),
    [
        ("Nope", "team.xlsx: has no sheet named 'Nope' (sheets: 'Read me', 'Sales org')"),
        (5, "team.xlsx: has no sheet number 6 (it has 2)"),
    ],
)
def test_unknown_sheet(workbook_path, sheet, message) -> None:
    with pytest.raises(ChartFileError) as caught:
        read_xlsx(workbook_path, sheet)
    assert str(caught.value) == message


def test_empty_sheet(tmp_path) -> None:
    book = Workbook()
    book.active.title = "Blank"
    book.save(tmp_path / "blank.xlsx")
    with pytest.raises(XlsxFormatError, match=r"^blank\.xlsx, sheet 'Blank': the sheet is empty"):
        read_xlsx(tmp_path / "blank.xlsx")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (12, "12"),
        (12.0, "12"),
        (0.5, "0.5"),
        (True, "TRUE"),
        (dt.datetime(2020, 1, 2), "2020-01-02"),
        (dt.datetime(2020, 1, 2, 3, 4, 5), "2020-01-02T03:04:05"),
        (dt.date(2020, 1, 2), "2020-01-02"),
        (dt.time(9, 30), "09:30:00"),
        ("text", "text"),
    ],
)
def test_cell_text(value, text: str) -> None:
    assert cell_text(value) == text
