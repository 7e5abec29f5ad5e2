"""Input that is not a table of positions fails with one clear ChartFileError."""

from __future__ import annotations

import re

import pytest

from orgeditor.io import ChartFileError, CsvFormatError, read_csv


def test_empty_file(write_file) -> None:
    with pytest.raises(ChartFileError) as caught:
        read_csv(write_file("staff.csv", ""))
    assert str(caught.value) == "staff.csv: the file is empty"
    assert caught.value.path.endswith("staff.csv")
    assert caught.value.row is None


def test_whitespace_only_file(write_file) -> None:
    with pytest.raises(ChartFileError, match=re.escape("staff.csv: the file is empty")):
        read_csv(write_file("staff.csv", " \n\n \r\n"))


def test_only_drawio_comments(write_file) -> None:
    with pytest.raises(ChartFileError, match="no header row"):
        read_csv(write_file("staff.csv", "## a comment\n# label: %name%\n"))


def test_binary_file(tmp_path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    message = re.escape("photo.csv: is a binary file, not CSV text")
    with pytest.raises(CsvFormatError, match=message):
        read_csv(path)


def test_binary_without_nul_bytes(tmp_path) -> None:
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes(range(1, 32)) * 20)
    with pytest.raises(ChartFileError, match="binary file"):
        read_csv(path)


def test_excel_workbook_renamed_to_csv(tmp_path) -> None:
    path = tmp_path / "staff.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00")
    with pytest.raises(ChartFileError, match=r"zip archive .*save it as CSV"):
        read_csv(path)


def test_single_unrecognised_column(write_file) -> None:
    with pytest.raises(ChartFileError) as caught:
        read_csv(write_file("notes.txt", "Dear team\nplease find the figures attached\n"))
    assert "notes.txt, row 1: does not look like a CSV table of positions" in str(caught.value)
    assert "no recognised header" in str(caught.value)


def test_html_page(write_file) -> None:
    with pytest.raises(ChartFileError, match="does not look like a CSV table"):
        read_csv(write_file("page.csv", "<!DOCTYPE html>\n<html><body>hi</body></html>\n"))


def test_no_name_or_title_column(write_file) -> None:
    with pytest.raises(ChartFileError) as caught:
        read_csv(write_file("staff.csv", "id,manager_id,salary\n1,,100\n2,1,200\n"))
    message = str(caught.value)
    assert message.startswith("staff.csv, row 1: has no name or title column")
    assert "(columns: id, manager_id, salary)" in message
    assert caught.value.row == 1


def test_header_row_number_counts_the_drawio_preamble(write_file) -> None:
    with pytest.raises(ChartFileError) as caught:
        read_csv(write_file("org.txt", "## comment\n# layout: auto\n\nid,email\n1,a@x.no\n"))
    assert caught.value.row == 4
    assert str(caught.value).startswith("org.txt, row 4: has no name or title column")


def test_cp1252_header_names_work(write_file) -> None:
    # 'Lønn' in cp1252 must still be recognised as the cost column
    from orgeditor.io import read_csv as read

    chart, _ = read(write_file("l.csv", "Navn;Lønn\nÅse;500 000\n", "cp1252"))
    assert next(iter(chart.positions())).cost == 500000


def test_error_is_a_single_documented_class() -> None:
    error = CsvFormatError("/some/folder/staff.csv", "broken", row=7, column=3)
    assert isinstance(error, ChartFileError)
    assert str(error) == "staff.csv, row 7, column 3: broken"
    assert (error.path, error.row, error.column, error.detail) == (
        "/some/folder/staff.csv",
        7,
        3,
        "broken",
    )
    named = ChartFileError("staff.csv", "not a number", row=2, column="Salary")
    assert named.message == "staff.csv, row 2, column 'Salary': not a number"
