"""The one error the readers raise for input they cannot read.

Callers (the GUI's open dialog, `orgeditor check`) catch ChartFileError and show `str(error)`:
one line that names the file and, where known, the row and column, so a user can fix the file.
"""

from __future__ import annotations

import os


class ChartFileError(Exception):
    """A file could not be read (or written) as a chart.

    `path` is the file, `row` a 1-based line number (or None), `column` a 1-based column number
    or a column name (or None), `detail` the reason alone and `message` the full user-facing text.
    """

    row_label = "row"  # JSON readers say "line": a CSV row and a JSON line are different things

    def __init__(
        self,
        path: str | os.PathLike[str],
        detail: str,
        row: int | None = None,
        column: int | str | None = None,
    ) -> None:
        self.path = os.fspath(path)
        self.detail = detail
        self.row = row
        self.column = column
        self.message = f"{self.location()}: {detail}"
        super().__init__(self.message)

    def location(self) -> str:
        """'staff.csv, row 7, column 3': the basename is what a user recognises in a dialog."""
        parts = [os.path.basename(self.path) or self.path]
        if self.row is not None:
            parts.append(f"{self.row_label} {self.row}")
        if isinstance(self.column, int):
            parts.append(f"column {self.column}")
        elif self.column:
            parts.append(f"column {self.column!r}")
        return ", ".join(parts)


class CsvFormatError(ChartFileError):
    """A CSV (or draw.io CSV) file that is not a table of positions."""


class OrgchartFormatError(ChartFileError):
    """A .orgchart file that is not valid JSON, not ours, too new, or inconsistent."""

    row_label = "line"


class UnsupportedFileTypeError(ChartFileError):
    """A file whose suffix no reader handles."""


class XlsxFormatError(ChartFileError):
    """An .xlsx file that is not a readable workbook, is refused (a zip bomb), or whose sheet
    is not a table of positions. `sheet` is the sheet's name where one is concerned."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        detail: str,
        row: int | None = None,
        column: int | str | None = None,
        sheet: str | None = None,
    ) -> None:
        self.sheet = sheet
        super().__init__(path, detail, row, column)

    def location(self) -> str:
        """'staff.xlsx, sheet 'Org', row 7'."""
        where = super().location()
        if not self.sheet:
            return where
        name = os.path.basename(self.path) or self.path  # where begins with it
        return f"{name}, sheet {self.sheet!r}{where[len(name) :]}"


class GraphmlFormatError(ChartFileError):
    """A .graphml file that is not XML, not GraphML, or is refused (a DTD, entities)."""

    row_label = "line"
