"""CSV (and draw.io CSV) import: a table of positions becomes a Chart plus import problems.

Problems in the data (duplicate ids, managers that match nothing, cycles) never abort the
import: every row becomes a position and each problem is reported with its file and row, so
the structure.* checks can show it. Only input that is not a table of positions at all raises
ChartFileError.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from orgeditor.io.bulk import collector_paused
from orgeditor.io.columns import ColumnMapping, map_columns
from orgeditor.io.csv_table import CsvTable, read_table
from orgeditor.io.drawio import DrawioConfig
from orgeditor.io.errors import CsvFormatError
from orgeditor.io.files import read_bytes
from orgeditor.io.tree import find_cycles, preorder
from orgeditor.io.values import (
    parse_amount,
    parse_role,
    parse_status,
    parse_team_kind,
    slugify,
    unique_id,
)
from orgeditor.model import Chart, ImportProblem, Position, Team

MappingOverride = ColumnMapping | Mapping[str, str]
_TEXT_FIELDS = ("title", "region", "product_line", "customer_size", "vertical", "location")


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
    width = len(mapping.headers)
    rows = [_fit(fields, width) for _line, fields in table.rows[:max_rows]]
    return CsvPreview(
        mapping.headers,
        mapping,
        rows,
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
        chosen = _apply_override(table, mapping, path)
        _require_positions(chosen, path, table.header_line)
        return _ChartBuilder(path, table, chosen).build()


def auto_mapping(table: CsvTable) -> ColumnMapping:
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


def _apply_override(
    table: CsvTable, override: MappingOverride | None, path: str | os.PathLike[str]
) -> ColumnMapping:
    mapping = auto_mapping(table)
    if override is None:
        return mapping
    if isinstance(override, ColumnMapping):
        if override.headers != mapping.headers:
            raise CsvFormatError(path, "the column mapping was made for a different set of columns")
        return override
    try:
        for header, assignment in override.items():
            mapping = mapping.with_assignment(header, assignment)
    except ValueError as error:  # an unknown header or field: a programming or dialog error
        raise CsvFormatError(path, f"invalid column mapping: {error}") from error
    return mapping


def _require_positions(
    mapping: ColumnMapping, path: str | os.PathLike[str], header_line: int
) -> None:
    if mapping.has_name or mapping.has_title:
        return
    if len(mapping.headers) == 1:
        raise CsvFormatError(
            path,
            f"does not look like a CSV table of positions: one column headed "
            f"{_clip(mapping.headers[0])!r} and no recognised header",
            row=header_line,
        )
    found = ", ".join(_clip(h, 30) for h in mapping.headers[:12])
    more = ", ..." if len(mapping.headers) > 12 else ""
    raise CsvFormatError(
        path,
        f"has no name or title column (columns: {found}{more}); name a column 'name', "
        "'full name', 'first name' and 'last name', 'title' or 'job title'",
        row=header_line,
    )


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fit(fields: list[str], width: int) -> list[str]:
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


class _ChartBuilder:
    def __init__(self, path: str | os.PathLike[str], table: CsvTable, mapping: ColumnMapping):
        self.file = os.path.basename(os.fspath(path)) or os.fspath(path)
        self.table = table
        self.mapping = mapping
        self.headers = mapping.headers
        self.problems: list[ImportProblem] = []
        self.teams: dict[str, Team] = {}  # casefolded team name -> team
        self.team_ids: set[str] = set()

    def build(self) -> tuple[Chart, list[ImportProblem]]:
        rows = self._read_rows()
        ids = self._assign_ids(rows)
        managers = self._resolve_managers(rows, ids)
        self._break_cycles(managers, ids)
        chart = Chart()
        with chart.quiet():
            for team in self.teams.values():
                chart.add_team(team)
            for position_id, manager in preorder(ids, managers):
                chart.add_position(ids[position_id].position, manager)
        order = {"duplicate_id": 0, "unknown_manager": 1, "cycle": 2}
        self.problems.sort(key=lambda p: (p.row or 0, order.get(p.kind, 9)))
        chart.import_problems = list(self.problems)
        chart.revision = 0  # a freshly read chart, like one loaded from .orgchart
        return chart, self.problems

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
        id_col, manager_col, team_col = col["id"], col["manager_id"], col["team"]
        width = len(headers)
        rows = []
        for line, raw in self.table.rows:
            fields = raw if len(raw) == width else _fit(raw, width)
            custom = {header: v for i, header in custom_cols if (v := fields[i].strip())}
            values: dict[str, object] = {name: fields[i].strip() for name, i in text_cols}
            name = " ".join(" ".join(fields[i] for i in name_cols).split())
            values["name"] = name
            for attr, index, header, parser in parsed:
                text = fields[index].strip()
                if text:
                    value = parser(text)
                    if value is None:
                        custom[header] = text
                    else:
                        values[attr] = value
            if "status" not in values:  # nobody in the seat: vacant (DESIGN.md)
                values["status"] = "filled" if name else "vacant"
            if team_col is not None:
                values["team"] = self._team(fields, team_col, col["team_kind"], custom)
            position = Position(id="", custom=custom, **values)  # type: ignore[arg-type]
            raw_id = fields[id_col].strip() if id_col is not None else ""
            manager = fields[manager_col].strip() if manager_col is not None else ""
            rows.append(_Row(line, position, raw_id, manager))
        return rows

    def _team(
        self, fields: list[str], team_col: int, kind_col: int | None, custom: dict[str, str]
    ) -> str | None:
        name = " ".join(fields[team_col].split())
        if not name:
            return None
        kind_text = fields[kind_col].strip() if kind_col is not None else ""
        kind = parse_team_kind(kind_text) if kind_text else None
        if kind_text and kind is None:
            custom[self.headers[kind_col]] = kind_text  # type: ignore[index]
        key = name.casefold()
        team = self.teams.get(key)
        if team is None:
            team_id = unique_id(slugify(name, "team"), self.team_ids)
            self.team_ids.add(team_id)
            team = self.teams[key] = Team(id=team_id, name=name, kind=kind or "other")
        elif kind and team.kind == "other":  # the first row that names a kind decides
            team.kind = kind
        return team.id

    # ----- ids ---------------------------------------------------------------------------

    def _assign_ids(self, rows: list[_Row]) -> dict[str, _Row]:
        """File ids where given (a repeated id gets 'id~2'); otherwise ids from names."""
        taken: set[str] = {r.raw_id for r in rows if r.raw_id}
        first_line: dict[str, int] = {}
        for row in rows:
            if not row.raw_id:
                continue
            if row.raw_id not in first_line:
                first_line[row.raw_id] = row.line
                row.position.id = row.raw_id
            else:
                new_id = unique_id(row.raw_id, taken, "~")
                taken.add(new_id)
                row.position.id = new_id
                self._problem(
                    "duplicate_id",
                    row.line,
                    f"id {row.raw_id!r} is used again (first on row {first_line[row.raw_id]}); "
                    f"this row was imported with the id {new_id!r}",
                    (row.raw_id, new_id),
                )
        # derived ids come second so that they never take an id the file uses later on
        for row in rows:
            if not row.raw_id:
                base = slugify(row.position.name or row.position.title, "position")
                row.position.id = unique_id(base, taken)
                taken.add(row.position.id)
        return {row.position.id: row for row in rows}  # file order

    # ----- reporting lines -----------------------------------------------------------------

    def _resolve_managers(self, rows: list[_Row], ids: dict[str, _Row]) -> dict[str, str | None]:
        keys = self._reference_index(rows)
        names: dict[str, list[str]] | None = None  # built on first need: ids usually suffice
        folded: dict[str, list[str]] = {}
        managers: dict[str, str | None] = {}
        for row in rows:
            ref = row.manager_ref
            pid = row.position.id
            if not ref:
                managers[pid] = None
                continue
            matches = keys.get(ref, []) if keys is not None else []
            if len(matches) != 1:
                if ref in ids:
                    matches = [ref]
                elif ref.endswith(".0") and ref[:-2] in ids:  # Excel turned 12 into 12.0
                    matches = [ref[:-2]]
                else:
                    if names is None:
                        names, folded = self._name_index(rows)
                    matches = names.get(ref) or folded.get(ref.casefold(), [])
            if len(matches) == 1:
                managers[pid] = matches[0]
                continue
            managers[pid] = None
            if matches:
                how = f"matches {len(matches)} positions by name ({', '.join(matches[:5])})"
            else:
                how = "matches no id and no name"
            self._problem(
                "unknown_manager",
                row.line,
                f"the manager {ref!r} of {_describe(row.position)} {how}; "
                "it is shown without a manager",
                (pid,),
                reference=ref,
            )
        return managers

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
            values.append((raw[column].strip() if column < len(raw) else "", row.position.id))
        return _index(values)

    def _break_cycles(self, managers: dict[str, str | None], ids: dict[str, _Row]) -> None:
        for cycle in find_cycles(managers):
            first = ids[cycle[0]]
            managers[cycle[0]] = None
            if len(cycle) == 1:
                text = (
                    f"{_describe(first.position)} reports to itself; it is shown without a manager"
                )
            else:
                chain = " → ".join([*cycle, cycle[0]])
                text = (
                    f"reporting lines form a cycle: {chain} (each reports to the next); "
                    f"{_describe(first.position)} is shown without a manager"
                )
            self._problem("cycle", first.line, text, tuple(cycle))

    def _problem(
        self, kind: str, row: int, text: str, ids: tuple[str, ...], reference: str = ""
    ) -> None:
        self.problems.append(
            ImportProblem(kind, f"{self.file}, row {row}: {text}", ids, row, reference)
        )


def _index(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, position_id in pairs:
        if key:
            out.setdefault(key, []).append(position_id)
    return out


def _describe(position: Position) -> str:
    label = position.name or position.title or "a vacant position"
    return f"{label} (id {position.id})"
