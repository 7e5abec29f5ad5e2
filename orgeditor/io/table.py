"""A table of positions from any source: the header, and each row with the place it came from.

CSV files, Excel sheets and GraphML nodes all become a Table, so that one function
(orgeditor.io.table_import.chart_from_table) turns rows into a chart for all of them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import ClassVar

from orgeditor.io.drawio import DrawioConfig
from orgeditor.io.errors import ChartFileError, squeeze


@dataclass
class Table:
    headers: list[str]
    header_line: int  # 1-based line (row) of the header in the source
    rows: list[tuple[int, list[str]]]  # (1-based line, node or row number; the row's cells)
    config: DrawioConfig = field(default_factory=DrawioConfig)

    row_label: ClassVar[str] = "row"  # what a row number counts in messages ("row", "node")
    noun: ClassVar[str] = "table"  # "does not look like a table of positions"

    def source(self, path: str | os.PathLike[str]) -> str:
        """How problem messages name the source: the file's basename (plus a sheet), a long one
        shortened in the middle as ChartFileError shortens it."""
        return squeeze(os.path.basename(os.fspath(path)) or os.fspath(path), 60)

    def error(
        self, path: str | os.PathLike[str], detail: str, row: int | None = None
    ) -> ChartFileError:
        """The error this kind of source raises for a table that is not a table of positions."""
        return ChartFileError(path, detail, row=row)
