"""CSV (and draw.io CSV) import: a table of positions becomes a Chart plus import problems.

Problems in the data (duplicate ids, managers that match nothing, cycles) never abort the
import: every row becomes a position and each problem is reported with its file and row, so
the structure.* checks can show it. Only input that is not a table of positions at all raises
ChartFileError. The rows-to-chart logic is shared with the other table sources
(orgeditor.io.table_import).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from orgeditor.io.bulk import collector_paused
from orgeditor.io.columns import ColumnMapping
from orgeditor.io.csv_table import read_table
from orgeditor.io.drawio import DrawioConfig
from orgeditor.io.files import read_bytes
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


def preview_csv(path: str | os.PathLike[str], max_rows: int = 20) -> CsvPreview:
    """The file's columns, the automatic mapping and its first rows, without building a chart."""
    table = read_table(read_bytes(path), path)
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
    path: str | os.PathLike[str], mapping: MappingOverride | None = None
) -> tuple[Chart, list[ImportProblem]]:
    """Import a CSV file. `mapping` overrides the automatic column mapping: a ColumnMapping
    (e.g. from preview_csv, changed by the user) or {header: field, CUSTOM or IGNORE}."""
    with collector_paused():
        table = read_table(read_bytes(path), path)
        return chart_from_table(path, table, mapping)
