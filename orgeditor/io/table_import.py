"""Rows to a chart: the one function every table source goes through (CSV, Excel, GraphML).

Problems in the data (duplicate ids, managers that match nothing, cycles) never abort the
import: every row becomes a position and each problem is reported with its file and row, so
the structure.* checks can show it. Only a table that is not a table of positions at all (no
name or title column, a mapping for other columns) raises the source's ChartFileError.

Cells are read with io/cells.read_cell: a cell our CSV export neutralised for spreadsheets
("'=x") comes back as the value that was written ("=x").
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from orgeditor.io.bulk import collector_paused
from orgeditor.io.cells import join_ids, read_cell, split_ids
from orgeditor.io.columns import ColumnMapping, map_columns
from orgeditor.io.errors import shown
from orgeditor.io.table import Table
from orgeditor.io.tree import find_cycles, preorder
from orgeditor.io.values import (
    parse_amount,
    parse_role,
    parse_status,
    parse_team_kind,
    slugify,
    unique_id,
)
from orgeditor.model import Chart, ChartError, ImportProblem, Position, Team

MappingOverride = ColumnMapping | Mapping[str, str]
_TEXT_FIELDS = ("title", "region", "product_line", "customer_size", "vertical", "location")


@dataclass
class TableImport:
    """A built chart, its problems, and the position id each row became (in row order)."""

    chart: Chart
    problems: list[ImportProblem]
    row_ids: list[str] = field(default_factory=list)


def chart_from_table(
    path: str | os.PathLike[str], table: Table, mapping: MappingOverride | None = None
) -> tuple[Chart, list[ImportProblem]]:
    """Import a table read from `path`. `mapping` overrides the automatic column mapping:
    a ColumnMapping (e.g. from a preview, changed by the user) or {header: field, CUSTOM or
    IGNORE}."""
    result = import_table(path, table, choose_mapping(path, table, mapping))
    return result.chart, result.problems


def import_table(path: str | os.PathLike[str], table: Table, mapping: ColumnMapping) -> TableImport:
    """chart_from_table with a final mapping, giving the row ids too (GraphML needs them)."""
    with collector_paused():
        require_positions(path, table, mapping)
        return _ChartBuilder(path, table, mapping).build()


def auto_mapping(table: Table) -> ColumnMapping:
    """map_columns plus what draw.io's configuration says about the manager and id columns."""
    mapping = map_columns(table.headers)
    config = table.config
    connect = config.manager_connect()
    if (
        connect is not None
        and mapping.column_of("manager_id") is None
        and connect.source in mapping.headers
    ):
        mapping = mapping.with_assignment(connect.source, "manager_id")
    identity = config.value("identity")
    if identity in mapping.headers and mapping.column_of("id") is None:
        mapping = mapping.with_assignment(identity, "id")
    return mapping


def choose_mapping(
    path: str | os.PathLike[str], table: Table, override: MappingOverride | None
) -> ColumnMapping:
    """The automatic mapping, or the caller's override of it (checked against the table)."""
    mapping = auto_mapping(table)
    if override is None:
        return mapping
    if isinstance(override, ColumnMapping):
        if override.headers != mapping.headers:
            raise table.error(path, "the column mapping was made for a different set of columns")
        return override
    try:
        for header, assignment in override.items():
            mapping = mapping.with_assignment(header, assignment)
    except ValueError as error:  # an unknown header or field: a programming or dialog error
        raise table.error(path, f"invalid column mapping: {error}") from error
    return mapping


def require_positions(path: str | os.PathLike[str], table: Table, mapping: ColumnMapping) -> None:
    if mapping.has_name or mapping.has_title:
        return
    if len(mapping.headers) == 1:
        raise table.error(
            path,
            f"does not look like a {table.noun} of positions: one column headed "
            f"{_clip(mapping.headers[0])!r} and no recognised header",
            row=table.header_line,
        )
    found = _listed([_clip(h, 24) for h in mapping.headers], 70)
    raise table.error(
        path,
        f"has no name or title column (columns: {found}); name a column 'name', "
        "'full name', 'first name' and 'last name', 'title' or 'job title'",
        row=table.header_line,
    )


def preview_rows(table: Table, mapping: ColumnMapping, max_rows: int) -> list[list[str]]:
    """The first rows as an import dialog shows them, fitted to the header's width."""
    width = len(mapping.headers)
    return [fit_row(fields, width) for _line, fields in table.rows[:max_rows]]


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _listed(items: list[str], budget: int) -> str:
    """'a, b, c, ...': as many items as fit in about `budget` characters (at least one)."""
    shown_items: list[str] = []
    used = 0
    for item in items:
        if shown_items and used + len(item) + 2 > budget:
            return ", ".join(shown_items) + ", ..."
        shown_items.append(item)
        used += len(item) + 2
    return ", ".join(shown_items)


def fit_row(fields: list[str], width: int) -> list[str]:
    """Ragged rows: missing fields are empty, extra fields are dropped."""
    if len(fields) < width:
        return fields + [""] * (width - len(fields))
    return fields[:width] if len(fields) > width else fields


@dataclass(slots=True)
class _Row:
    line: int
    position: Position
    raw_id: str
    manager_ref: str
    dotted_refs: list[str] = field(default_factory=list)


class _ChartBuilder:
    def __init__(self, path: str | os.PathLike[str], table: Table, mapping: ColumnMapping):
        self.path = path
        self.file = table.source(path)
        self.row_label = table.row_label
        self.table = table
        self.mapping = mapping
        self.headers = mapping.headers
        self.problems: list[ImportProblem] = []
        self.teams: dict[str, Team] = {}  # team id -> team, in order of first mention
        self.team_names: dict[str, str] = {}  # casefolded team name -> team id
        self.team_ids: set[str] = set()  # ids the file gives and ids made from names
        self.tried: dict[str, int] = {}  # unique_id's marks, so repeated names stay linear
        self.dotted: list[tuple[str, str]] = []
        self._names: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None

    def build(self) -> TableImport:
        rows = self._read_rows()
        ids = self._assign_ids(rows)
        managers = self._resolve_managers(rows, ids)
        self._break_cycles(managers, ids)
        self._resolve_dotted(rows, ids)
        chart = Chart()
        line: int | None = None  # the row being added, for the message if the model refuses it
        try:
            with chart.quiet():
                for team in self.teams.values():
                    chart.add_team(team)
                pairs = preorder(ids, managers)
                try:  # checked before anything is added: on a refusal the chart is unchanged
                    chart.add_positions((ids[pid].position, manager) for pid, manager in pairs)
                except ChartError:  # rare: again one by one, to name the row refused
                    for position_id, manager in pairs:
                        line = ids[position_id].line
                        chart.add_position(ids[position_id].position, manager)
                for manager, report in self.dotted:
                    line = ids[report].line
                    chart.add_dotted_line(manager, report)
        except ChartError as error:
            # the parsers should never hand the model a value it refuses; if one does, the
            # user still gets a message naming the file and row, not a crash
            raise self.table.error(self.path, f"cannot be imported: {error}", row=line) from error
        order = {"duplicate_id": 0, "unknown_manager": 1, "cycle": 2}
        self.problems.sort(key=lambda p: (p.row or 0, order.get(p.kind, 9)))
        chart.import_problems = list(self.problems)
        chart.revision = 0  # a freshly read chart, like one loaded from .orgchart
        return TableImport(chart, self.problems, [row.position.id for row in rows])

    # ----- rows -> positions -------------------------------------------------------------

    def _read_rows(self) -> list[_Row]:
        m = self.mapping
        headers = self.headers
        col = {
            f: m.column_of(f)
            for f in (
                "id",
                "name",
                "first_name",
                "last_name",
                "manager_id",
                "team",
                "team_kind",
                "team_id",
                "dotted_managers",
            )
        }
        text_cols = [(f, m.column_of(f)) for f in _TEXT_FIELDS if m.column_of(f) is not None]
        custom_cols = [(i, headers[i]) for i in m.custom_columns()]
        # parsed columns: text a parser does not understand is kept as a custom field
        parsed = [
            (attr, index, headers[index], parser)
            for key, attr, parser in (
                ("role", "explicit_role", parse_role),
                ("status", "status", parse_status),
                ("cost", "cost", parse_amount),
            )
            if (index := m.column_of(key)) is not None
        ]
        name_cols = [col[f] for f in ("first_name", "last_name") if col[f] is not None]
        if col["name"] is not None:
            name_cols = [col["name"]]
        id_col, manager_col, dotted_col = col["id"], col["manager_id"], col["dotted_managers"]
        team_cols = (col["team"], col["team_id"], col["team_kind"])
        if col["team_id"] is not None:  # ids made from team names never take a file's team id
            self.team_ids.update(
                v for _line, raw in self.table.rows if (v := _cell(raw, col["team_id"]))
            )
        width = len(headers)
        rows = []
        cell = read_cell
        for line, raw in self.table.rows:
            fields = raw if len(raw) == width else fit_row(raw, width)
            custom = {header: v for i, header in custom_cols if (v := cell(fields[i]))}
            values: dict[str, object] = {name: cell(fields[i]) for name, i in text_cols}
            if len(name_cols) == 1:
                name = read_cell(fields[name_cols[0]], collapse=True)
            else:
                name = " ".join(p for i in name_cols if (p := read_cell(fields[i], collapse=True)))
            values["name"] = name
            for attr, index, header, parser in parsed:
                text = cell(fields[index])
                if text:
                    value = parser(text)
                    if value is None:
                        custom[header] = text
                    else:
                        values[attr] = value
            if "status" not in values:  # nobody in the seat: vacant (docs/ARCHITECTURE.md)
                values["status"] = "filled" if name else "vacant"
            if team_cols != (None, None, None):
                values["team"] = self._team(fields, *team_cols, custom)
            position = Position(id="", custom=custom, **values)  # type: ignore[arg-type]
            raw_id = read_cell(fields[id_col]) if id_col is not None else ""
            manager = read_cell(fields[manager_col]) if manager_col is not None else ""
            dotted = split_ids(read_cell(fields[dotted_col])) if dotted_col is not None else []
            rows.append(_Row(line, position, raw_id, manager, dotted))
        return rows

    def _team(
        self,
        fields: list[str],
        name_col: int | None,
        id_col: int | None,
        kind_col: int | None,
        custom: dict[str, str],
    ) -> str | None:
        name = read_cell(fields[name_col], collapse=True) if name_col is not None else ""
        given_id = read_cell(fields[id_col]) if id_col is not None else ""
        if not name and not given_id:
            return None
        kind_text = read_cell(fields[kind_col]) if kind_col is not None else ""
        kind = parse_team_kind(kind_text) if kind_text else None
        if kind_text and kind is None:
            custom[self.headers[kind_col]] = kind_text  # type: ignore[index]
        if given_id:
            team = self.teams.get(given_id)
        else:
            team = self.teams.get(self.team_names.get(name.casefold(), ""))
        if team is None:
            team_id = given_id or unique_id(slugify(name, "team"), self.team_ids, "-", self.tried)
            self.team_ids.add(team_id)
            team = self.teams[team_id] = Team(id=team_id, name=name, kind=kind or "other")
            if name:
                self.team_names.setdefault(name.casefold(), team_id)
        elif kind and team.kind == "other":  # the first row that names a kind decides
            team.kind = kind
        return team.id

    # ----- ids ---------------------------------------------------------------------------

    def _assign_ids(self, rows: list[_Row]) -> dict[str, _Row]:
        """File ids where given (a repeated id gets 'id~2'); otherwise ids from names."""
        taken: set[str] = {r.raw_id for r in rows if r.raw_id}
        first_line: dict[str, int] = {}
        duplicates: dict[str, int] = {}  # unique_id's marks for "id~2", "id~3", ...
        derived: dict[str, int] = {}  # and for "name-2", "name-3", ...
        for row in rows:
            if not row.raw_id:
                continue
            if row.raw_id not in first_line:
                first_line[row.raw_id] = row.line
                row.position.id = row.raw_id
            else:
                new_id = unique_id(row.raw_id, taken, "~", duplicates)
                taken.add(new_id)
                row.position.id = new_id
                values = {
                    "raw_id": shown(row.raw_id, 30),
                    "first": first_line[row.raw_id],
                    "new_id": shown(new_id, 30),
                }
                self._problem(
                    "duplicate_id",
                    row.line,
                    f"id {values['raw_id']} is used again (first on {self.row_label} "
                    f"{values['first']}); this {self.row_label} was imported with the id "
                    f"{values['new_id']}",
                    (row.raw_id, new_id),
                    values=values,
                )
        # derived ids come second so that they never take an id the file uses later on
        for row in rows:
            if not row.raw_id:
                base = slugify(row.position.name or row.position.title, "position")
                row.position.id = unique_id(base, taken, "-", derived)
                taken.add(row.position.id)
        return {row.position.id: row for row in rows}  # file order

    # ----- reporting lines -----------------------------------------------------------------

    def _resolve_managers(self, rows: list[_Row], ids: dict[str, _Row]) -> dict[str, str | None]:
        keys = self._reference_index(rows)
        managers: dict[str, str | None] = {}
        for row in rows:
            ref = row.manager_ref
            pid = row.position.id
            if not ref:
                managers[pid] = None
                continue
            matches = keys.get(ref, []) if keys is not None else []
            if len(matches) != 1:
                matches = self._lookup(ref, rows, ids)
            if len(matches) == 1:
                managers[pid] = matches[0]
                continue
            managers[pid] = None
            values = {"ref": shown(ref), **_who(row.position)}
            if matches:
                found = _listed([_clip(m, 20) for m in matches], 50)
                how = f"matches {len(matches)} positions by name ({found})"
                values.update(count=len(matches), found=found)
            else:
                how = "matches no id and no name"
            self._problem(
                "unknown_manager",
                row.line,
                f"the manager {shown(ref)} of {_describe(row.position)} {how}; "
                "it is shown without a manager",
                (pid,),
                reference=ref,
                variant=".many" if matches else ".none",
                values=values,
            )
        return managers

    def _lookup(self, ref: str, rows: list[_Row], ids: dict[str, _Row]) -> list[str]:
        """The positions a reference names: an id, else a name (exact, then case-folded)."""
        if ref in ids:
            return [ref]
        if ref.endswith(".0") and ref[:-2] in ids:  # Excel turned 12 into 12.0
            return [ref[:-2]]
        if self._names is None:  # built on first need: ids usually suffice
            self._names = self._name_index(rows)
        names, folded = self._names
        return names.get(ref) or folded.get(ref.casefold(), [])

    def _resolve_dotted(self, rows: list[_Row], ids: dict[str, _Row]) -> None:
        """Dotted-line managers by id or unique name. A reference that names no position (or
        the position itself) is kept, as text, in the position's custom field of that column."""
        column = self.mapping.column_of("dotted_managers")
        for row in rows:
            unresolved = []
            for ref in row.dotted_refs:
                matches = self._lookup(ref, rows, ids)
                if len(matches) == 1 and matches[0] != row.position.id:
                    self.dotted.append((matches[0], row.position.id))
                else:
                    unresolved.append(ref)
            if unresolved and column is not None:
                row.position.custom[self.headers[column]] = join_ids(unresolved)

    def _name_index(self, rows: list[_Row]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """Names (exact, and case-folded); in a file without names (a plan of seats) the
        title is what identifies a row, so titles stand in for names."""
        label = "name" if self.mapping.has_name else "title"
        pairs = [(getattr(r.position, label), r.position.id) for r in rows]
        return _index(pairs), _index((text.casefold(), pid) for text, pid in pairs)

    def _reference_index(self, rows: list[_Row]) -> dict[str, list[str]] | None:
        """Where draw.io's connect says the manager column names another column of the
        manager's row (e.g. "to": "name"), the values of that column, first."""
        connect = self.table.config.manager_connect()
        if connect is None or connect.target not in self.headers:
            return None
        column = self.headers.index(connect.target)
        assignment = self.mapping.assignments[column]
        if assignment == "id":
            return None  # plain id lookup does it
        if assignment == "name":
            return _index((r.position.name, r.position.id) for r in rows)
        values = []
        for row, (_line, raw) in zip(rows, self.table.rows, strict=True):
            values.append((_cell(raw, column), row.position.id))
        return _index(values)

    def _break_cycles(self, managers: dict[str, str | None], ids: dict[str, _Row]) -> None:
        for cycle in find_cycles(managers):
            first = ids[cycle[0]]
            managers[cycle[0]] = None
            values: dict[str, Any] = _who(first.position)
            if len(cycle) == 1:
                text = (
                    f"{_describe(first.position)} reports to itself; it is shown without a manager"
                )
                variant = ".self"
            else:
                chain = _chain(cycle)
                text = (
                    f"reporting lines form a cycle: {chain} (each reports to the next); "
                    f"{_describe(first.position)} is shown without a manager"
                )
                variant = ""
                values.update(chain_ids=[_clip(i, 20) for i in cycle[:5]], length=len(cycle))
            self._problem("cycle", first.line, text, tuple(cycle), variant=variant, values=values)

    def _problem(
        self,
        kind: str,
        row: int,
        text: str,
        ids: tuple[str, ...],
        reference: str = "",
        variant: str = "",
        values: dict[str, Any] | None = None,
    ) -> None:
        """A problem whose message names file and row; `values` fill the template
        "import.<kind><variant>" (rules/problem_texts.py) that says `text` in other languages."""
        message = f"{self.file}, {self.row_label} {row}: {text}"
        params = {"file": self.file, "row_label": self.row_label, "row": row, **(values or {})}
        self.problems.append(
            ImportProblem(kind, message, ids, row, reference, {}, f"import.{kind}{variant}", params)
        )


def _cell(raw: list[str], column: int) -> str:
    return read_cell(raw[column]) if column < len(raw) else ""


def _index(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, position_id in pairs:
        if key:
            out.setdefault(key, []).append(position_id)
    return out


def _describe(position: Position) -> str:
    label = _clip(position.name or position.title or "a vacant position", 40)
    return f"{label} (id {_clip(position.id, 30)})"


def _who(position: Position) -> dict[str, str]:
    """_describe's parts, for the message in another language ("" label: a vacant seat)."""
    return {"label": _clip(position.name or position.title, 40), "id": _clip(position.id, 30)}


def _chain(cycle: list[str]) -> str:
    """'a → b → a'; a long cycle shows its first few ids and how many there are."""
    ids = [_clip(i, 20) for i in cycle]
    if len(ids) <= 5:
        return " → ".join([*ids, ids[0]])
    return " → ".join(ids[:4]) + f" → … ({len(ids):,} positions) → {ids[0]}"
