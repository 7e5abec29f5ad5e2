"""The one error the readers raise for input they cannot read.

Callers (the GUI's open dialog, `orgeditor check`) catch ChartFileError and show `str(error)`:
one line that names the file and, where known, the row and column, so a user can fix the file.

One line of at most MAX_MESSAGE characters, whatever the file holds: readers echo values
through `shown()` ("version '1234…' (4,000 digits)"), and the error itself turns line breaks and
other control characters into spaces and shortens what is still too long, keeping the start
(what is wrong) and the end (often how to fix it).
"""

from __future__ import annotations

import os
import re
import sys

MAX_MESSAGE = 200  # characters: one line in a terminal or a message box
_SHOWN_NAME = 60  # a file's name in a message (Linux allows 255 bytes)
_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def one_line(text: str) -> str:
    """`text` with every run of line breaks and control characters made one space."""
    return _BREAKS.sub(" ", text)


def squeeze(text: str, limit: int) -> str:
    """`text` in at most `limit` characters: the start and the end, an ellipsis between."""
    if len(text) <= limit:
        return text
    head = (limit - 1) * 2 // 3
    tail = limit - 1 - head
    return text[:head] + "…" + (text[-tail:] if tail else "")


def clip(text: str, limit: int = 40) -> str:
    """The start of `text`, at most `limit` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown(value: object, limit: int = 40) -> str:
    """A value from a file as a message quotes it: repr() (line breaks escaped), cut to about
    `limit` characters; a cut number or text says how long it was ("'1234…' (4,000 digits)")."""
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            text = str(value)
        except ValueError:  # more digits than sys.get_int_max_str_digits() lets str() make
            return f"a whole number of more than {sys.get_int_max_str_digits():,} digits"
        if len(text) <= limit:
            return text
        return f"'{text[: limit // 2]}…' ({len(text.lstrip('-')):,} digits)"
    text = repr(value)
    if len(text) <= limit:
        return text
    size = f" ({len(value):,} characters)" if isinstance(value, str) else ""
    return text[: limit - 1] + "…" + size


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
        self.row = row
        self.column = column
        where = one_line(self.location())
        self.detail = squeeze(one_line(detail), max(MAX_MESSAGE - len(where) - 2, 60))
        self.message = f"{where}: {self.detail}"
        super().__init__(self.message)

    def file_name(self) -> str:
        """The basename (what a user recognises in a dialog), shortened in the middle."""
        return squeeze(os.path.basename(self.path) or self.path, _SHOWN_NAME)

    def location(self) -> str:
        """'staff.csv, row 7, column 3'."""
        parts = [self.file_name()]
        if self.row is not None:
            parts.append(f"{self.row_label} {self.row}")
        if isinstance(self.column, int):
            parts.append(f"column {self.column}")
        elif self.column:
            parts.append(f"column {shown(self.column)}")
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
        name = self.file_name()  # where begins with it
        return f"{name}, sheet {shown(self.sheet)}{where[len(name) :]}"


class GraphmlFormatError(ChartFileError):
    """A .graphml file that is not XML, not GraphML, or is refused (a DTD, entities)."""

    row_label = "line"
