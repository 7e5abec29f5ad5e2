"""CSV export: every position as a row that read_csv maps back to the same chart, safe to open
in a spreadsheet.

Columns, always in this order (each header is the first alias of its field in io/columns.py):

    id, name, title, manager_id, role, status, region, product_line, customer_size, vertical,
    team, team_kind, team_id, cost, location, dotted_managers, then one column per custom field
    (in order of first use)

- role is the explicit role key only (an inferred role is left empty and inferred again);
- manager_id and dotted_managers hold ids (dotted_managers: joined with ";", io/cells.join_ids);
- cost is written as a plain number ("85000", "85000.5"), never neutralised;
- every text cell is neutralised for spreadsheets in every list-separator locale
  (io/cells.escape_cell): a cell that begins with = + - @ tab or CR gets a leading ', and so
  does every part of a cell after a ; , tab CR or LF that begins with one of = + - @ (Excel in a
  ';' locale splits `x;=cmd` into a second cell, `=cmd`; a line break ends its row); read_csv
  takes each ' off again. In a spreadsheet such a part shows its quote ("a;'=b").

The file is UTF-8 with a byte order mark (so Excel picks the right encoding), comma-separated,
CRLF row ends, and written atomically.

What a CSV file cannot carry, so read_csv(write_csv(chart)) differs from the chart only here:
- hand placements (Position.xy) and all chart settings (name, declared model, industry, rule
  overrides, auto layout);
- a team's declared model and segment values, teams without members, and the order of teams
  (a re-read chart lists them in order of their first member);
- the chart's import problems (they describe the file the chart was first read from), and the
  fields of a newer .orgchart that this version keeps without knowing them (`extra`);
- custom fields with an empty value, and the order of a position's custom fields (they come
  back in column order, of first use in the chart); custom field names are trimmed, a blank
  one comes back as "column N" (N its column), and one named exactly like a standard column
  (say "title") or, once trimmed, like an earlier custom field comes back numbered as a
  repeated header is ("title (2)");
- control characters other than tab, line feed, form feed and carriage return, and lone
  surrogates, are dropped (a reader takes a file with NUL bytes or many control characters for
  a binary file, and a surrogate cannot be written as UTF-8).
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Iterator

from orgeditor.io.cells import escape_cell, join_ids, number_text
from orgeditor.io.files import write_text_atomic
from orgeditor.model import Chart, Position

STANDARD_COLUMNS = (
    "id",
    "name",
    "title",
    "manager_id",
    "role",
    "status",
    "region",
    "product_line",
    "customer_size",
    "vertical",
    "team",
    "team_kind",
    "team_id",
    "cost",
    "location",
    "dotted_managers",
)
BOM = "\ufeff"
_NOT_CSV = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff]")
Cell = str | float | None  # a table cell before a format writes it: text, a cost, or empty


def write_csv(chart: Chart, path: str | os.PathLike[str]) -> None:
    """Write the chart as CSV (UTF-8 with BOM), atomically; ChartFileError if that fails."""
    write_text_atomic(path, BOM + dumps_csv(chart))


def dumps_csv(chart: Chart) -> str:
    """The CSV text of the chart, without the byte order mark write_csv puts in front."""
    header, rows = chart_table(chart, _csv_text)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([escape_cell(h) for h in header])
    for values in rows:
        writer.writerow([_csv_cell(value, i in COLLAPSED) for i, value in enumerate(values)])
    return buffer.getvalue()


def chart_table(
    chart: Chart, clean: Callable[[str], str]
) -> tuple[list[str], Iterator[list[Cell]]]:
    """The header and the rows of the table every data export writes (CSV, Excel): text as
    `clean` leaves it (without what the format cannot hold), not yet escaped; the cost as a
    number or None."""
    order = chart_order(chart)
    positions = [chart.position(pid) for pid in order]
    custom_keys = list(dict.fromkeys(key for p in positions for key in p.custom))
    header = [clean(h) for h in (*STANDARD_COLUMNS, *custom_keys)]
    return header, (_row(chart, p, custom_keys, clean) for p in positions)


def chart_order(chart: Chart) -> list[str]:
    """Position ids in chart_state order: roots in order, each followed by its subtree in
    pre-order. Readers rebuild sibling and root order from this row order."""
    order: list[str] = []
    for root in chart.roots():
        order.append(root)
        order.extend(chart.descendants(root))
    return order


# the columns whose cells the readers read with collapse=True (names and team names)
COLLAPSED = frozenset({STANDARD_COLUMNS.index("name"), STANDARD_COLUMNS.index("team")})


def _row(
    chart: Chart, position: Position, custom_keys: list[str], clean: Callable[[str], str]
) -> list[Cell]:
    manager = chart.manager_of(position.id)
    team = chart.team(position.team) if position.team is not None else None
    dotted = chart.dotted_managers_of(position.id)
    values: list[Cell] = [
        clean(position.id),
        clean(position.name),
        clean(position.title),
        clean(manager) if manager is not None else "",
        position.explicit_role or "",
        position.status,
        clean(position.region),
        clean(position.product_line),
        clean(position.customer_size),
        clean(position.vertical),
        clean(team.name) if team else "",
        team.kind if team else "",
        clean(team.id) if team else "",
        position.cost,
        clean(position.location),
        # clean each id before joining: cleaned after joining, a control character that
        # join_ids escaped with a backslash would leave the backslash behind
        join_ids(clean(d) for d in dotted) if dotted else "",
    ]
    values.extend(clean(position.custom.get(key, "")) for key in custom_keys)
    return values


def _csv_text(text: str) -> str:
    return _NOT_CSV.sub("", text)


def _csv_cell(value: Cell, collapse: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return escape_cell(value, collapse)
    return number_text(value)  # a cost: a plain number, never neutralised
