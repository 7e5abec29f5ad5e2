"""Excel (.xlsx) export: the CSV export's table as a workbook, which read_xlsx maps back to the
same chart.

One sheet, "Positions", with the CSV export's columns in its order (io/csv_writer.py: the
standard columns, then one per custom field) and rows (each root followed by its subtree).
Text is written as text cells, never as formulas: a value such as "=HYPERLINK(...)" is a string
cell (and carries Excel's quote prefix, so editing it in Excel keeps it text). The cost is a
number cell, written exactly (the shortest text of its double). A text that read_xlsx would
read differently (surrounding whitespace, a leading ' before a formula character, the fragment
guard of io/cells.py) is written escaped as CSV writes it, with the ' showing in Excel; every
other text is written as it is.

What the workbook cannot carry, so read_xlsx(write_xlsx(chart)) differs from the chart only
here: everything CSV cannot carry (io/csv_writer.py; hand placements included), and
- control characters other than tab, line feed and carriage return, U+FFFE and U+FFFF, which
  XML cannot hold, are dropped;
- a carriage return comes back as a line feed (XML reads CR and CRLF as LF).
Excel itself shows at most 32,767 characters of a cell; a longer text is written whole and
read back whole by orgeditor.

Written in openpyxl's write-only mode (rows streamed, not a cell object per value kept), into
memory, then to the file atomically (io/files.write_bytes_atomic). The same chart gives the same
bytes: the document properties and every zip entry are dated 1980-01-01 (the zip format's
first day), so an unchanged chart exports unchanged, as CSV and .orgchart do.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import warnings
import zipfile
from datetime import datetime

from orgeditor.io.cells import escape_cell, read_cell
from orgeditor.io.csv_writer import COLLAPSED, Cell, chart_table
from orgeditor.io.errors import ChartFileError, clip, one_line
from orgeditor.io.files import write_bytes_atomic
from orgeditor.model import Chart

SHEET = "Positions"
_NOT_XLSX = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_FORMULA_START = frozenset("=+-@")  # what Excel would take for a formula when a cell is edited


def write_xlsx(chart: Chart, path: str | os.PathLike[str]) -> None:
    """Write the chart as an .xlsx workbook, atomically; ChartFileError if that fails."""
    try:
        data = dumps_xlsx(chart)
    except ChartFileError:
        raise
    except Exception as error:  # openpyxl refusing a value: never a traceback
        reason = clip(one_line(str(error)) or type(error).__name__, 100)
        raise ChartFileError(path, f"could not save: {reason}") from error
    write_bytes_atomic(path, data)


def dumps_xlsx(chart: Chart) -> bytes:
    """The workbook's bytes."""
    from openpyxl import Workbook  # imported late: most sessions never write Excel
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    book.properties.creator = "orgeditor"
    sheet = book.create_sheet(SHEET)
    sheet.freeze_panes = "A2"  # the header stays in sight when scrolling

    def cell(value: Cell, collapse: bool) -> object:
        if value is None or value == "":
            return None  # no cell: read back as empty
        if not isinstance(value, str):  # a cost
            number = WriteOnlyCell(sheet, value=float(value))
            # openpyxl writes numbers with 16 significant digits ("%.16g"); the shortest text
            # that reads back as the same double is what Excel and read_xlsx parse exactly
            number._value = repr(float(value))
            return number
        text = value if read_cell(value, collapse) == value else escape_cell(value, collapse)
        made = WriteOnlyCell(sheet, value=text)
        made.data_type = "s"  # openpyxl makes "=..." a formula; a string it stays
        if text[:1] in _FORMULA_START:
            made.quotePrefix = True
        return made

    header, rows = chart_table(chart, _xlsx_text)
    # a blank header is no cell to the reader, and a column right of the last header is no
    # column: name it as the readers name a blank header
    header = [h if h.strip() else f"column {i}" for i, h in enumerate(header, start=1)]
    sheet.append([cell(h, False) for h in header])
    for values in rows:
        sheet.append([cell(v, i in COLLAPSED) for i, v in enumerate(values)])
    # openpyxl's save() stamps the time into the properties and the zip: write without it
    from openpyxl.writer.excel import ExcelWriter

    book.properties.created = book.properties.modified = datetime(*_ZIP_EPOCH)
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ExcelWriter(book, _UndatedZip(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    return buffer.getvalue()


_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def _xlsx_text(text: str) -> str:
    """Without what XML cannot hold, and with line feeds for CR and CRLF, as XML reads them
    back (escaping is then decided on the text that really comes back)."""
    return _NOT_XLSX.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


class _UndatedZip(zipfile.ZipFile):
    """A zip whose entries all carry the same date, so that equal content gives equal bytes."""

    def writestr(  # type: ignore[override]
        self, zinfo_or_arcname: str | zipfile.ZipInfo, data: str | bytes, *args, **kwargs
    ) -> None:
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=_ZIP_EPOCH)
            info.compress_type = self.compression
            info.external_attr = 0o600 << 16  # what ZipFile gives a name without a ZipInfo
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(  # type: ignore[override]
        self, filename: str | os.PathLike[str], arcname: str | None = None, *args, **kwargs
    ) -> None:
        """openpyxl writes a write-only sheet from a temporary file: copied, not read whole."""
        info = zipfile.ZipInfo(arcname or os.path.basename(filename), date_time=_ZIP_EPOCH)
        info.compress_type = self.compression
        info.external_attr = 0o600 << 16
        with open(filename, "rb") as source, self.open(info, "w") as target:
            shutil.copyfileobj(source, target, 1024 * 1024)
