"""Qt-free file formats: the native .orgchart (versioned JSON), CSV / draw.io CSV import and
export, Excel (.xlsx) import and export, GraphML import and export.

Every reader returns a chart (tables and graphs: and the problems found in the data) or raises
ChartFileError with a one-line message naming the file and, where known, row and column.
Readers take `max_positions` (default MAX_POSITIONS, 250,000; None for no limit) and refuse a
file of more positions while reading it (io/limits.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from orgeditor.io.columns import CUSTOM, FIELDS, IGNORE, ColumnMapping, map_columns
from orgeditor.io.csv_reader import CsvPreview, preview_csv, read_csv
from orgeditor.io.csv_writer import dumps_csv, write_csv
from orgeditor.io.errors import (
    ChartFileError,
    CsvFormatError,
    GraphmlFormatError,
    OrgchartFormatError,
    UnsupportedFileTypeError,
    XlsxFormatError,
)
from orgeditor.io.graphml import dumps_graphml, read_graphml, write_graphml
from orgeditor.io.limits import MAX_CELL_CHARS, MAX_POSITIONS
from orgeditor.io.orgchart_format import (
    FORMAT,
    MIGRATIONS,
    VERSION,
    dumps_orgchart,
    dumps_scenarios,
    extra_keys,
    load_orgchart,
    load_scenarios,
    loads_orgchart,
    loads_scenarios,
    save_orgchart,
    save_scenarios,
)
from orgeditor.io.xlsx_reader import XlsxPreview, list_sheets, preview_xlsx, read_xlsx
from orgeditor.io.xlsx_writer import dumps_xlsx, write_xlsx
from orgeditor.model import Chart, ImportProblem
from orgeditor.model.limits import MAX_COORDINATE, MAX_COST

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
READABLE_SUFFIXES = (".orgchart", *CSV_SUFFIXES, ".xlsx", ".graphml")
WRITABLE_SUFFIXES = (".orgchart", ".csv", ".xlsx", ".graphml")


def read_chart(
    path: str | os.PathLike[str], max_positions: int | None = MAX_POSITIONS
) -> tuple[Chart, list[ImportProblem]]:
    """Read any supported file by its suffix; a file of more than `max_positions` positions
    (None: no limit) is refused, .orgchart included.

    The problems are those found while reading: always empty for .orgchart (a saved chart
    carries the problems of its original import in chart.import_problems).
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".orgchart":
        return load_orgchart(path, max_positions), []
    if suffix in CSV_SUFFIXES:
        return read_csv(path, max_positions=max_positions)
    if suffix == ".xlsx":
        # the first sheet; read_xlsx(path, sheet) chooses another
        return read_xlsx(path, max_positions=max_positions)
    if suffix == ".graphml":
        return read_graphml(path, max_positions)
    shown = suffix or "(no suffix)"
    raise UnsupportedFileTypeError(
        path,
        f"unsupported file type {shown}; orgeditor reads {', '.join(READABLE_SUFFIXES)}",
    )


def write_chart(chart: Chart, path: str | os.PathLike[str]) -> None:
    """Write the chart in the format its suffix names (.orgchart, .csv, .xlsx, .graphml),
    atomically.

    Only .orgchart keeps everything; see csv_writer, xlsx_writer and graphml_writer for what
    the others cannot carry.
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".orgchart":
        save_orgchart(chart, path)
    elif suffix == ".csv":
        write_csv(chart, path)
    elif suffix == ".xlsx":
        write_xlsx(chart, path)
    elif suffix == ".graphml":
        write_graphml(chart, path)
    else:
        shown = suffix or "(no suffix)"
        raise UnsupportedFileTypeError(
            path,
            f"cannot save as {shown}; orgeditor writes {', '.join(WRITABLE_SUFFIXES)}",
        )


__all__ = [
    "CSV_SUFFIXES",
    "CUSTOM",
    "FIELDS",
    "FORMAT",
    "IGNORE",
    "MAX_CELL_CHARS",
    "MAX_COORDINATE",
    "MAX_COST",
    "MAX_POSITIONS",
    "MIGRATIONS",
    "READABLE_SUFFIXES",
    "VERSION",
    "WRITABLE_SUFFIXES",
    "ChartFileError",
    "ColumnMapping",
    "CsvFormatError",
    "CsvPreview",
    "GraphmlFormatError",
    "OrgchartFormatError",
    "UnsupportedFileTypeError",
    "XlsxFormatError",
    "XlsxPreview",
    "dumps_csv",
    "dumps_graphml",
    "dumps_orgchart",
    "dumps_scenarios",
    "dumps_xlsx",
    "extra_keys",
    "list_sheets",
    "load_orgchart",
    "load_scenarios",
    "loads_orgchart",
    "loads_scenarios",
    "map_columns",
    "preview_csv",
    "preview_xlsx",
    "read_chart",
    "read_csv",
    "read_graphml",
    "read_xlsx",
    "save_orgchart",
    "save_scenarios",
    "write_chart",
    "write_csv",
    "write_graphml",
    "write_xlsx",
]
