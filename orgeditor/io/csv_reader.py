"""CSV (and draw.io CSV) import: a table of positions becomes a Chart plus import problems.

Problems in the data (duplicate ids, managers that match nothing, cycles) never abort the
import: every row becomes a position and each problem is reported with its file and row, so
the structure.* checks can show it. Only input that is not a table of positions at all raises
ChartFileError. The rows-to-chart logic is shared with the other table sources
(orgeditor.io.table_import).

Limits (io/limits.py): a cell of up to 10 MB (MAX_CELL_CHARS, 10,485,760 characters; the csv
module alone stops at 131,072) and up to `max_positions` rows (default MAX_POSITIONS, 250,000;
None for no limit), counted while the file is split. A file beyond either raises
CsvFormatError naming the row.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from orgeditor.io.bulk import collector_paused
from orgeditor.io.columns import ColumnMapping
from orgeditor.io.csv_table import read_table
from orgeditor.io.drawio import DrawioConfig
from orgeditor.io.files import read_bytes
from orgeditor.io.limits import MAX_POSITIONS
from orgeditor.io.table_import import (
    MappingOverride,
    auto_mapping,
    chart_from_table,
    preview_rows,
)
from orgeditor.model import Chart, ImportProblem

__all__ = ["CsvPreview", "MappingOverride", "auto_mapping", "preview_csv", "read_csv"]


@dataclass
class CsvPreview:
    """What an import dialog shows before importing: columns, how they map, a few rows."""

    headers: tuple[str, ...]
    mapping: ColumnMapping
    rows: list[list[str]]
    row_count: int
    delimiter: str
    encoding: str
    config: DrawioConfig = field(default_factory=DrawioConfig)


def preview_csv(
    path: str | os.PathLike[str], max_rows: int = 20, max_positions: int | None = MAX_POSITIONS
) -> CsvPreview:
    """The file's columns, the automatic mapping and its first rows, without building a chart.
    A file of more than `max_positions` rows is refused as read_csv refuses it."""
    table = read_table(read_bytes(path), path, max_positions)
    mapping = auto_mapping(table)
    return CsvPreview(
        mapping.headers,
        mapping,
        preview_rows(table, mapping, max_rows),
        len(table.rows),
        table.delimiter,
        table.encoding,
        table.config,
    )


def read_csv(
    path: str | os.PathLike[str],
    mapping: MappingOverride | None = None,
    max_positions: int | None = MAX_POSITIONS,
) -> tuple[Chart, list[ImportProblem]]:
    """Import a CSV file. `mapping` overrides the automatic column mapping: a ColumnMapping
    (e.g. from preview_csv, changed by the user) or {header: field, CUSTOM or IGNORE}.
    `max_positions`: refuse a file of more rows (None: no limit; see the module docstring)."""
    with collector_paused():
        table = read_table(read_bytes(path), path, max_positions)
        return chart_from_table(path, table, mapping)
