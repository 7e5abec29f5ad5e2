"""Qt-free file formats: the native .orgchart (versioned JSON) and CSV / draw.io CSV import.

Every reader returns a chart (CSV: and the problems found in the data) or raises
ChartFileError with a message naming the file and, where known, row and column.
"""

from __future__ import annotations

import os
from pathlib import Path

from orgeditor.io.columns import CUSTOM, FIELDS, IGNORE, ColumnMapping, map_columns
from orgeditor.io.csv_reader import CsvPreview, preview_csv, read_csv
from orgeditor.io.errors import (
    ChartFileError,
    CsvFormatError,
    OrgchartFormatError,
    UnsupportedFileTypeError,
)
from orgeditor.io.orgchart_format import (
    FORMAT,
    MIGRATIONS,
    VERSION,
    dumps_orgchart,
    extra_keys,
    load_orgchart,
    loads_orgchart,
    save_orgchart,
)
from orgeditor.model import Chart, ImportProblem

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
READABLE_SUFFIXES = (".orgchart", *CSV_SUFFIXES)


def read_chart(path: str | os.PathLike[str]) -> tuple[Chart, list[ImportProblem]]:
    """Read any supported file by its suffix.

    The problems are those found while reading: always empty for .orgchart (a saved chart
    carries the problems of its original import in chart.import_problems).
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".orgchart":
        return load_orgchart(path), []
    if suffix in CSV_SUFFIXES:
        return read_csv(path)
    shown = suffix or "(no suffix)"
    raise UnsupportedFileTypeError(
        path,
        f"unsupported file type {shown}; orgeditor reads {', '.join(READABLE_SUFFIXES)}",
    )


__all__ = [
    "CSV_SUFFIXES",
    "CUSTOM",
    "FIELDS",
    "FORMAT",
    "IGNORE",
    "MIGRATIONS",
    "READABLE_SUFFIXES",
    "VERSION",
    "ChartFileError",
    "ColumnMapping",
    "CsvFormatError",
    "CsvPreview",
    "OrgchartFormatError",
    "UnsupportedFileTypeError",
    "dumps_orgchart",
    "extra_keys",
    "load_orgchart",
    "loads_orgchart",
    "map_columns",
    "preview_csv",
    "read_chart",
    "read_csv",
    "save_orgchart",
]
