"""Excel (.xlsx) import through openpyxl in read-only mode, with a choice of sheet.

The first non-empty row of the sheet is the header; the rows below go through the same
rows-to-chart function as CSV (io/table_import.py), so headers, aliases, vacancies and problems
work the same, with "sheet 'X', row N" (the sheet's own row number) in messages.

Before openpyxl unpacks anything the zip's directory is inspected and the workbook refused when
its declared sizes are absurd (a zip bomb): more than MAX_ENTRIES entries, more than
MAX_UNPACKED bytes in all, or an entry of more than RATIO_FLOOR bytes compressed more than
MAX_RATIO to 1. Python's zipfile never unpacks more than an entry's declared size (a lying
entry fails its CRC check), so the declared sizes bound what reading can cost. Every XML part
is then checked by defusedxml for a document type (DTD) before openpyxl sees it, and openpyxl
itself parses through defusedxml. Formulas are read as their saved values (data_only); external
links are not loaded.

Cells become text: whole numbers without decimals ("12", not "12.0"), other numbers as plain
decimals (io/cells.number_text), dates as ISO text ("1998-07-31", with "T10:30:00" when the
cell has a time of day), booleans as TRUE / FALSE.

A sheet of more than `max_positions` rows below its header (default MAX_POSITIONS, 250,000;
io/limits.py) is refused at the first row over the limit: a quick pass streamed from the zip
counts the rows before openpyxl parses any (_count_rows), and openpyxl is kept from parsing a
sheet whole at load to find its size (_size_sheets_quickly). A 2 MB workbook that unpacks to a
million rows stops in about a second, in some 50 MB, instead of building a chart of them all.
"""

from __future__ import annotations

import io
import os
import re
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from xml.etree.ElementTree import ParseError
from xml.parsers import expat

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from orgeditor.io.bulk import collector_paused
from orgeditor.io.cells import number_text, read_cell
from orgeditor.io.columns import ColumnMapping
from orgeditor.io.errors import ChartFileError, XlsxFormatError, clip, one_line, shown
from orgeditor.io.files import describe_os_error, read_bytes
from orgeditor.io.limits import MAX_POSITIONS, PositionCounter, check_cap, error_factory
from orgeditor.io.table import Table
from orgeditor.io.table_import import (
    MappingOverride,
    auto_mapping,
    chart_from_table,
    preview_rows,
)
from orgeditor.model import Chart, ImportProblem

MAX_UNPACKED = 200 * 1024 * 1024  # bytes, all entries together
MAX_RATIO = 100  # uncompressed : compressed, per entry
RATIO_FLOOR = 1024 * 1024  # entries smaller than this cannot hurt, whatever their ratio
MAX_ENTRIES = 10_000
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and encrypted .xlsx


@dataclass
class XlsxTable(Table):
    sheet: str = ""

    def source(self, path: str | os.PathLike[str]) -> str:
        return f"{super().source(path)}, sheet {shown(self.sheet)}"

    def error(
        self, path: str | os.PathLike[str], detail: str, row: int | None = None
    ) -> ChartFileError:
        return XlsxFormatError(path, detail, row=row, sheet=self.sheet)


@dataclass
class XlsxPreview:
    """What an import dialog shows before importing a sheet (see CsvPreview)."""

    headers: tuple[str, ...]
    mapping: ColumnMapping
    rows: list[list[str]]
    row_count: int
    sheet: str
    sheets: list[str]


def list_sheets(path: str | os.PathLike[str]) -> list[str]:
    """The names of the workbook's worksheets, in order (chart sheets are left out)."""
    with _workbook(path) as workbook:
        return [sheet.title for sheet in workbook.worksheets]


def read_xlsx(
    path: str | os.PathLike[str],
    sheet: str | int | None = None,
    mapping: MappingOverride | None = None,
    max_positions: int | None = MAX_POSITIONS,
) -> tuple[Chart, list[ImportProblem]]:
    """Import a sheet (a name, an index, or None for the first) of an .xlsx workbook.
    `mapping` overrides the automatic column mapping as for read_csv; `max_positions` refuses
    a sheet of more rows (None: no limit)."""
    with collector_paused():
        table, _names = _read_table(path, sheet, max_positions)
        return chart_from_table(path, table, mapping)


def preview_xlsx(
    path: str | os.PathLike[str],
    sheet: str | int | None = None,
    max_rows: int = 20,
    max_positions: int | None = MAX_POSITIONS,
) -> XlsxPreview:
    """A sheet's columns, the automatic mapping and its first rows, without building a chart.
    A sheet of more than `max_positions` rows is refused as read_xlsx refuses it."""
    table, sheets = _read_table(path, sheet, max_positions)
    mapping = auto_mapping(table)
    rows = preview_rows(table, mapping, max_rows)
    return XlsxPreview(mapping.headers, mapping, rows, len(table.rows), table.sheet, sheets)


def cell_text(value: Any) -> str:
    """The text of a cell value as openpyxl gives it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(timespec="seconds" if not value.microsecond else "auto")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


# ----- reading -----------------------------------------------------------------------------


def _read_table(
    path: str | os.PathLike[str], sheet: str | int | None, max_positions: int | None
) -> tuple[XlsxTable, list[str]]:
    """The chosen sheet as a table, and the names of all worksheets."""
    check_cap(max_positions)  # a bad cap is the caller's error, before any file is opened
    with _workbook(path) as workbook:
        worksheets = workbook.worksheets
        names = [ws.title for ws in worksheets]
        if not worksheets:
            raise XlsxFormatError(path, "the workbook has no worksheets")
        worksheet = _choose(path, worksheets, names, sheet)
        counter = PositionCounter(
            max_positions, error_factory(XlsxFormatError, path, sheet=worksheet.title)
        )
        try:
            _count_rows(worksheet, max_positions, counter.error)
            table = _sheet_table(worksheet, counter)
        except ChartFileError:
            raise
        except Exception as error:  # openpyxl's many ways to fail on a damaged sheet
            raise XlsxFormatError(
                path, f"the sheet cannot be read: {_reason(error)}", sheet=worksheet.title
            ) from error
    if table is None:
        raise XlsxFormatError(path, "the sheet is empty", sheet=worksheet.title)
    return table, names


def _choose(
    path: str | os.PathLike[str], worksheets: list[Any], names: list[str], sheet: str | int | None
) -> Any:
    if sheet is None:
        return worksheets[0]
    if isinstance(sheet, int) and not isinstance(sheet, bool):
        if 0 <= sheet < len(worksheets):
            return worksheets[sheet]
        raise XlsxFormatError(path, f"has no sheet number {sheet + 1} (it has {len(names)})")
    if sheet in names:
        return worksheets[names.index(sheet)]
    listed = clip(", ".join(shown(n, 30) for n in names[:10]), 100)
    raise XlsxFormatError(path, f"has no sheet named {shown(sheet)} (sheets: {listed})")


def _sheet_table(worksheet: Any, counter: PositionCounter) -> XlsxTable | None:
    """The sheet as a table, or None when it has no non-empty row.

    Columns are those with a header or with text below it, up to the header's last named
    column: formatted but empty columns go, and a blank header over data is "column N" (N the
    sheet's column number), as a table import names a blank header."""
    rows = _rows_with_text(worksheet, counter)
    if not rows:
        return None
    (header_line, header_cells), body = rows[0], rows[1:]
    width = max(header_cells)  # text right of the last header is not part of the table
    columns = sorted({*header_cells, *(c for _line, cells in body for c in cells if c <= width)})
    headers = [read_cell(header_cells.get(c, "")) or f"column {c}" for c in columns]
    table = [(line, [cells.get(c, "") for c in columns]) for line, cells in body]
    return XlsxTable(headers, header_line, table, sheet=worksheet.title)


def _rows_with_text(worksheet: Any, counter: PositionCounter) -> list[tuple[int, dict[int, str]]]:
    """(row number, {column number: non-blank text}) for each row with some text, from the
    cells the sheet's file holds; each row after the first (the header) is counted as it is
    parsed, so a sheet over the limit stops there.

    Not worksheet.iter_rows: it makes up every missing row and every cell left of a row's last
    one, so a 5 KB file with a row numbered 50,000,000 (or 1,000 cells in column XFD) kept it
    busy for minutes. WorkSheetParser, which iter_rows reads with, yields only what the file
    has. It is openpyxl's internal API: the workbooks of the xlsx tests guard against a change.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    book = worksheet.parent
    rows = []
    with worksheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            worksheet._shared_strings,
            data_only=book.data_only,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for number, cells in parser.parse():
            texts = {c["column"]: cell_text(c["value"]) for c in cells if c["value"] is not None}
            texts = {column: text for column, text in texts.items() if text.strip()}
            if texts:
                if rows:
                    counter.count(number)
                rows.append((number, texts))
    return rows


class _RowCounter:
    """expat handlers: rows holding a cell with a value (<v>) or an inline string (<is>)."""

    __slots__ = ("counted", "counter", "row", "rows")

    def __init__(self, counter: PositionCounter) -> None:
        self.counter = counter
        self.row = 0  # the sheet's number of the row being read
        self.rows = 0  # rows with a value so far: the first is the header
        self.counted = True  # the current row is counted (or there is none)

    def start(self, name: str, attributes: dict[str, str]) -> None:
        local = name.rpartition(":")[2]  # "row" or "x:row": prefixes are the writer's choice
        if local == "row":
            given = attributes.get("r", "")
            self.row = int(given) if given.isdigit() else self.row + 1  # as openpyxl numbers
            self.counted = False
        elif not self.counted and local in ("v", "is"):
            self.counted = True
            self.rows += 1
            if self.rows > 1:
                self.counter.count(self.row)


def _refuse_declaration(*_args: object) -> None:
    raise ValueError("a document type or entity declaration in a sheet")


def _count_rows(worksheet: Any, max_positions: int | None, error: Any) -> None:
    """Count the sheet's rows before openpyxl parses it, and stop at the limit.

    openpyxl takes some 20 microseconds for a row of four cells and keeps every row it read (5
    seconds and 250 MB to reach 250,000 rows); this pass only looks at element names, streamed
    from the zip and kept nowhere, about 6 times faster. A row counts when a cell of it holds a
    value or an inline string: a row whose only values are blank texts counts here though the
    table has no such row, so the limit may be met a few rows early in such a sheet, never late.
    """
    if max_positions is None:
        return
    counting = _RowCounter(PositionCounter(max_positions, error))
    parser = expat.ParserCreate()
    parser.StartElementHandler = counting.start
    # _refuse_dtds has refused document types already; no entity is ever expanded here either
    parser.StartDoctypeDeclHandler = _refuse_declaration
    parser.EntityDeclHandler = _refuse_declaration
    with worksheet._get_source() as source:
        parser.ParseFile(source)


def _size_sheets_quickly() -> None:
    """Make load_workbook stop looking for a sheet's size where the sheet's rows begin.

    In read-only mode openpyxl reads each sheet's <dimension> at load, but stops at the END of
    <sheetData>: a sheet without a <dimension> (a generated or hostile one) is parsed whole
    before load_workbook returns, 13 seconds for a 2 MB workbook of a million rows, before the
    cap on positions could count one. The schema puts <dimension> before <sheetData>, so
    stopping at its start finds the same size or the same absence of one: the method below is
    openpyxl's own, ended early. Set once; openpyxl is pinned to 3.1 (pyproject.toml).
    """
    from openpyxl.worksheet import _read_only, _reader

    if getattr(_read_only.ReadOnlyWorksheet._get_size, "_orgeditor", False):
        return

    def _get_size(self: Any) -> None:
        with self._get_source() as source:
            for _event, element in _reader.iterparse(source, events=("start",)):
                if element.tag == _reader.DIMENSION_TAG:
                    size = _reader.SheetDimension.from_tree(element).boundaries
                    self._min_column, self._min_row, self._max_column, self._max_row = size
                    return
                if element.tag == _reader.DATA_TAG:
                    return

    _get_size._orgeditor = True  # type: ignore[attr-defined]
    _read_only.ReadOnlyWorksheet._get_size = _get_size


@contextmanager
def _workbook(path: str | os.PathLike[str]) -> Iterator[Any]:
    """The workbook, opened read-only after the zip and its XML passed inspection."""
    data = _read_limited(path)
    archive = _open_zip(data, path)
    with archive:
        _refuse_bombs(archive, path)
        _refuse_dtds(archive, path)
    from openpyxl import load_workbook  # imported late: most sessions never read Excel

    _size_sheets_quickly()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style", unsupported extensions
            workbook = load_workbook(
                io.BytesIO(data), read_only=True, data_only=True, keep_links=False
            )
    except XlsxFormatError:
        raise
    except Exception as error:  # a zip that is not a workbook, a damaged part, ...
        raise XlsxFormatError(path, f"not a readable Excel workbook: {_reason(error)}") from error
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield workbook
    finally:
        workbook.close()


def _read_limited(path: str | os.PathLike[str]) -> bytes:
    try:
        size = os.stat(path).st_size
    except OSError as error:
        raise ChartFileError(path, describe_os_error(error)) from error
    if size > MAX_UNPACKED:
        limit = _size(MAX_UNPACKED)
        raise XlsxFormatError(path, f"refused: the file is {_size(size)} (limit {limit})")
    return read_bytes(path)


def _open_zip(data: bytes, path: str | os.PathLike[str]) -> zipfile.ZipFile:
    if data.startswith(_OLE):
        raise XlsxFormatError(
            path,
            "is an old Excel 97-2003 workbook (.xls) or a password-protected one; "
            "save it as an .xlsx workbook without a password",
        )
    if not data.startswith(b"PK"):
        raise XlsxFormatError(path, "not an Excel workbook (.xlsx): not a zip archive")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as error:
        raise XlsxFormatError(
            path, f"the workbook is damaged or incomplete (a broken zip archive: {error})"
        ) from error


def _refuse_bombs(archive: zipfile.ZipFile, path: str | os.PathLike[str]) -> None:
    """Refuse from the zip's directory alone, before anything is unpacked."""
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise XlsxFormatError(
            path, f"refused: the workbook has {len(entries):,} parts (limit {MAX_ENTRIES:,})"
        )
    total = sum(info.file_size for info in entries)
    if total > MAX_UNPACKED:
        raise XlsxFormatError(
            path,
            f"refused: the workbook would unpack to {_size(total)} (limit {_size(MAX_UNPACKED)});"
            " it looks like a zip bomb",
        )
    for info in entries:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise XlsxFormatError(
                path,
                f"refused: the part {shown(info.filename)} is compressed {ratio:,} to 1 "
                f"(limit {MAX_RATIO} to 1); it looks like a zip bomb",
            )


def _refuse_dtds(archive: zipfile.ZipFile, path: str | os.PathLike[str]) -> None:
    """Parse each XML part's prolog with defusedxml: a DTD there is refused. Stops at the
    root element, so only the first few kilobytes of each part are unpacked. XML that is
    broken before its root is left for openpyxl to report (it never gets past it either)."""
    for info in archive.infolist():
        if not info.filename.lower().endswith((".xml", ".rels")):
            continue
        try:
            with archive.open(info) as stream:
                for _event in iterparse(stream, events=("start",), forbid_dtd=True):
                    break
        except DefusedXmlException as error:
            raise XlsxFormatError(
                path,
                f"refused: the part {shown(info.filename)} declares a document type (<!DOCTYPE>), "
                "which Excel does not write and which can carry XML attacks",
            ) from error
        except ParseError:
            continue
        except Exception as error:
            # a bad CRC or a damaged stream (BadZipFile, zlib.error, EOFError), an encrypted
            # or unknown compression (RuntimeError), a local header pointing outside the file
            # (ValueError: negative seek value): whatever zipfile raises, the part is damaged
            raise XlsxFormatError(
                path, f"the workbook is damaged: part {shown(info.filename)}: {_reason(error)}"
            ) from error


def _size(count: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return f"{count} bytes"


_OPENPYXL_FAILED = re.compile(r"Unable to read workbook: could not (.+?) from .*", re.DOTALL)


def _reason(error: BaseException) -> str:
    """The error's text for a one-line message. openpyxl's "Unable to read workbook: could not
    read stylesheet from <file>.\nThis is most probably ..." (three lines) becomes "could not
    read stylesheet (<the XML error below it>)"."""
    text = str(error).strip() or type(error).__name__
    failed = _OPENPYXL_FAILED.match(text)
    if failed:
        cause = error.__cause__
        text = f"could not {failed.group(1)}" + (f" ({_reason(cause)})" if cause else "")
    return clip(one_line(text), 120)
