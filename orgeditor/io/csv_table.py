"""From the bytes of a CSV file to a header and rows, with the line each row starts on.

Handles what real exports do: UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"),
cp1252 (older Excel on Windows), `,` `;` or tab as delimiter (Norwegian Excel writes `;`),
Excel's "sep=;" first line, and draw.io's `#` preamble. Rows may end in CRLF, LF or CR; a line
break inside a quoted cell is kept exactly as written (a CR there survives, see io/cells.py).

Limits (io/limits.py): a cell may hold up to MAX_CELL_CHARS characters (10 MB; the csv module
alone stops at 131,072), and a file up to `max_positions` rows below its header, counted while
the rows are split; beyond either, CsvFormatError names the row.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import ClassVar

from orgeditor.io.cells import read_cell
from orgeditor.io.columns import field_for_header
from orgeditor.io.drawio import split_preamble
from orgeditor.io.errors import ChartFileError, CsvFormatError
from orgeditor.io.limits import MAX_CELL_CHARS, MAX_POSITIONS, PositionCounter, error_factory
from orgeditor.io.table import Table

DELIMITERS = (",", ";", "\t")
_SNIFF_LINES = 30
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass
class CsvTable(Table):
    """A CSV file's table; rows are numbered by the line each starts on."""

    delimiter: str = ","
    encoding: str = "utf-8"

    noun: ClassVar[str] = "CSV table"

    def error(
        self, path: str | os.PathLike[str], detail: str, row: int | None = None
    ) -> ChartFileError:
        return CsvFormatError(path, detail, row=row)


def decode(data: bytes, path: str | os.PathLike[str]) -> tuple[str, str]:
    """(text, encoding name). Refuses data that is plainly not text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if data.startswith(b"PK\x03\x04"):
        raise CsvFormatError(
            path, "is a zip archive (an Excel workbook?), not CSV; save it as CSV first"
        )
    if b"\x00" in data[:65536] or b"\x00" in data[-65536:]:
        raise CsvFormatError(path, "is a binary file, not CSV text")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:  # five bytes are undefined in cp1252; Latin-1 takes all
            text, encoding = data.decode("latin-1"), "latin-1"
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise CsvFormatError(path, "is a binary file, not CSV text")
    return text, encoding


def sniff_delimiter(lines: list[str]) -> str | None:
    """The delimiter that splits the following rows into as many fields as the header, then
    the header into the most recognised column names, then into the most columns; quotes are
    honoured, so "Smith, John" inside quotes does not count. None when no candidate splits the
    header (a one-column file).

    Recognised names come before width: a file whose every row holds the same number of ';'
    (a custom column named "a;b;c" and names like "x;y;z") would otherwise split on ';'.
    """
    sample = "".join(lines[:_SNIFF_LINES])
    best: tuple[tuple[float, int, int], str] | None = None
    for delimiter in DELIMITERS:
        try:
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            rows = [r for r in reader if r]
        except csv.Error:  # a cell over the limit: splitting the rows reports it, with its row
            continue
        if len(lines) > _SNIFF_LINES and len(rows) > 1:
            rows.pop()  # the last sampled row may be cut in the middle of a quoted field
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        body = rows[1:] or rows
        agreement = sum(len(r) == width for r in body) / len(body)
        known = sum(field_for_header(read_cell(h)) is not None for h in rows[0])
        score = (agreement, known, width)
        if best is None or score > best[0]:
            best = (score, delimiter)
    return best[1] if best else None


def read_table(
    data: bytes, path: str | os.PathLike[str], max_positions: int | None = MAX_POSITIONS
) -> CsvTable:
    """Decode, skip the preamble, sniff the delimiter and split the rows; CsvFormatError once
    there are more than `max_positions` rows below the header (None: no limit)."""
    counter = PositionCounter(max_positions, error_factory(CsvFormatError, path))
    text, encoding = decode(data, path)
    if not text.strip():
        raise CsvFormatError(path, "the file is empty")
    # lines are made as the rows are split, never all at once: a file of a million rows stops
    # at the limit holding its text and the rows so far, not a list of every line as well
    lines = _lines(text)
    head = _head(lines)
    config, start = split_preamble(head)
    delimiter = None
    if start < len(head):
        sep = re.fullmatch(r"sep=(.)\r?\n?", head[start])  # Excel's delimiter hint
        if sep:
            delimiter = sep.group(1)
            start += 1
    body = head[start:]  # the body's first lines: all of it, or more than the sniffer reads
    if not any(line.strip() for line in body):
        raise CsvFormatError(path, "has no header row and no data (only comments)")
    with cell_limit():
        delimiter = delimiter or sniff_delimiter(body) or ","
        rows = _split_rows(itertools.chain(body, lines), delimiter, start, path)
        first = next(rows, None)
        if first is None:  # only delimiters and quotes: nothing names a column
            raise CsvFormatError(path, "has no header row (every line is empty)")
        header_line, headers = first
        table_rows = []
        for line, fields in rows:
            counter.count(line)  # stops a file of a million rows at the limit, not after it
            table_rows.append((line, fields))
    return CsvTable(
        headers=[read_cell(h) for h in headers],
        header_line=header_line,
        rows=table_rows,
        delimiter=delimiter,
        encoding=encoding,
        config=config,
    )


# a line and its end (CRLF, LF or CR), so that the csv module keeps a line break inside a quoted
# cell as written (str.splitlines would also split on \x85, \u2028 ...)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    return (match.group() for match in _LINE.finditer(text))


def _head(lines: Iterator[str]) -> list[str]:
    """The first lines: the preamble (lines that begin with # and blank lines, all a preamble
    can be), the line after it and _SNIFF_LINES more, or the whole file if it is shorter."""
    head: list[str] = []
    after = None  # lines taken after the first that cannot be preamble
    for line in lines:
        head.append(line)
        if after is None and line.strip() and not line.startswith("#"):
            after = 0
        elif after is not None:
            after += 1
            if after > _SNIFF_LINES:
                break
    return head


@contextmanager
def cell_limit(limit: int = MAX_CELL_CHARS) -> Iterator[None]:
    """The csv module's cell limit (process-wide) at `limit` while a file is split. Readers run
    on the GUI thread or the command's only thread, one at a time."""
    old = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _split_rows(
    lines: Iterable[str], delimiter: str, offset: int, path: str | os.PathLike[str]
) -> Iterator[tuple[int, list[str]]]:
    """Non-blank rows with their starting line number (a quoted field may span lines)."""
    reader = csv.reader(lines, delimiter=delimiter)
    previous = 0
    try:
        for fields in reader:
            start_line = offset + previous + 1
            previous = reader.line_num
            if fields and (fields[0].strip() or "".join(fields).strip()):  # not blank
                yield start_line, fields
    except csv.Error as error:
        row = offset + previous + 1
        if "field limit" in str(error):
            raise CsvFormatError(
                path,
                f"a cell holds more than {MAX_CELL_CHARS:,} characters, the most orgeditor reads"
                " in one cell (or a quote opened there is never closed)",
                row=row,
            ) from error
        raise CsvFormatError(path, f"cannot be read as CSV: {error}", row=row) from error
