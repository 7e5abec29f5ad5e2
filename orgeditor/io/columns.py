"""Which CSV column feeds which position field.

Headers are compared case-insensitively, ignoring spaces, `_` and `-` (docs/ARCHITECTURE.md,
"Files").
Columns nobody recognises become custom fields keyed by their original header. The result is a
ColumnMapping that an import dialog can show and change before read_csv uses it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

CUSTOM = "custom"  # keep the column as Position.custom[header]
IGNORE = "ignore"  # drop the column (only a user's override does this)

# Field keys a column can feed. first_name/last_name only count when there is no name column.
FIELDS = (
    "id",
    "name",
    "first_name",
    "last_name",
    "title",
    "manager_id",
    "role",
    "team",
    "team_kind",
    "region",
    "product_line",
    "customer_size",
    "vertical",
    "status",
    "cost",
    "location",
    "team_id",  # written by our own CSV export, so that team ids survive a round trip
    "dotted_managers",  # ids (or names) joined with ";": dotted-line (matrix) managers
)

# Aliases per field, best first: when two columns match one field the better alias wins and the
# other stays custom (a file with both "location" and "city" keeps "city" as a custom field).
# The first group of each list is the contract in docs/ARCHITECTURE.md; the rest are names users'
# exports use.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": (
        "id",
        "employee id",
        "person id",
        "position id",
        "personid",
        "employeeid",
        "emp id",
        "employee number",
        "employee no",
        "staff id",
        "ansattnummer",
        "ansatt id",
        "ansattnr",
    ),
    "name": (
        "name",
        "full name",
        "employee",
        "employee name",
        "person name",
        "display name",
        "person",
        "navn",
        "fullt navn",
    ),
    "first_name": ("first name", "given name", "forename", "fornavn"),
    "last_name": ("last name", "surname", "family name", "etternavn"),
    "title": (
        "title",
        "job title",
        "position",
        "position title",
        "job",
        "job name",
        "designation",
        "tittel",
        "stilling",
        "stillingstittel",
    ),
    "manager_id": (
        "manager id",
        "manager",
        "reports to",
        "reportsto",
        "supervisor id",
        "boss id",
        "parentid",
        "pid",
        "managerid",
        "manager name",
        "reports to id",
        "line manager",
        "supervisor",
        "boss",
        "parent",
        "parent id",
        "leder",
        "nærmeste leder",
        "leder id",
    ),
    "role": ("role", "role key", "sales role", "rolle"),
    "team": ("team", "team name", "pod", "squad"),
    "team_kind": ("team kind", "team type", "teamkind"),
    "region": (
        "region",
        "territory",
        "geography",
        "area",
        "sales region",
        "sales territory",
        "geo",
        "distrikt",
    ),
    "product_line": (
        "product line",
        "product",
        "productline",
        "product area",
        "product family",
        "produktlinje",
        "produkt",
    ),
    "customer_size": (
        "customer size",
        "segment",
        "customer segment",
        "market segment",
        "company size",
        "kundesegment",
        "kundestørrelse",
    ),
    "vertical": ("vertical", "industry", "industry vertical", "sector", "bransje"),
    "status": ("status", "position status", "seat status", "stillingsstatus"),
    "cost": (
        "cost",
        "salary",
        "annual cost",
        "annual salary",
        "base salary",
        "yearly cost",
        "compensation",
        "lønn",
        "kostnad",
        "årslønn",
    ),
    "location": ("location", "office", "city", "town", "site", "sted", "kontor"),
    "team_id": ("team id", "teamid"),
    "dotted_managers": (
        "dotted managers",
        "dotted manager",
        "dotted line managers",
        "dotted line manager",
        "dotted line to",
        "matrix managers",
        "matrix manager",
    ),
}


def normalise_header(header: str) -> str:
    """'Reports-To ' and 'reports_to' compare equal: case, spaces, '_' and '-' do not count."""
    return re.sub(r"[\s_\-]+", "", header.casefold())


# normalised alias -> (field, rank of the alias within the field)
_ALIAS_INDEX: dict[str, tuple[str, int]] = {}
for _field, _names in ALIASES.items():
    for _rank, _name in enumerate(_names):
        _ALIAS_INDEX.setdefault(normalise_header(_name), (_field, _rank))


def field_for_header(header: str) -> str | None:
    """The field a header names, or None for a custom column."""
    found = _ALIAS_INDEX.get(normalise_header(header))
    return found[0] if found else None


@dataclass(frozen=True)
class ColumnMapping:
    """Per column of the file: a field key from FIELDS, CUSTOM or IGNORE."""

    headers: tuple[str, ...]
    assignments: tuple[str, ...]

    def __post_init__(self) -> None:
        if len(self.headers) != len(self.assignments):
            raise ValueError("a column mapping needs one assignment per header")
        taken: set[str] = set()
        for assignment in self.assignments:
            if assignment in (CUSTOM, IGNORE):
                continue
            if assignment not in FIELDS:
                raise ValueError(f"unknown field {assignment!r}")
            if assignment in taken:
                raise ValueError(f"two columns feed the field {assignment!r}")
            taken.add(assignment)

    def column_of(self, field: str) -> int | None:
        """The index of the column feeding `field`, or None."""
        try:
            return self.assignments.index(field)
        except ValueError:
            return None

    def as_dict(self) -> dict[str, str]:
        """{header: assignment}, for showing the mapping (headers are unique in a mapping)."""
        return dict(zip(self.headers, self.assignments, strict=True))

    def custom_columns(self) -> list[int]:
        return [i for i, a in enumerate(self.assignments) if a == CUSTOM]

    @property
    def has_name(self) -> bool:
        return any(f in self.assignments for f in ("name", "first_name", "last_name"))

    @property
    def has_title(self) -> bool:
        return "title" in self.assignments

    def with_assignment(self, column: int | str, assignment: str) -> ColumnMapping:
        """A copy where `column` (index or header) feeds `assignment`; a column that fed the same
        field before becomes custom, so a dialog can reassign with one call."""
        if isinstance(column, str):
            if column not in self.headers:
                raise ValueError(f"no column {column!r}")
            index = self.headers.index(column)
        else:
            index = column
        assignments = [
            CUSTOM if a == assignment and assignment not in (CUSTOM, IGNORE) else a
            for a in self.assignments
        ]
        assignments[index] = assignment
        return ColumnMapping(self.headers, tuple(assignments))


def unique_headers(headers: Sequence[str]) -> tuple[str, ...]:
    """Headers as custom-field keys: stripped, blanks named by position, repeats numbered."""
    seen: set[str] = set()
    tried: dict[str, int] = {}  # the next number to try per header: linear for 1,000 "x"s
    out = []
    for index, raw in enumerate(headers):
        header = raw.strip() or f"column {index + 1}"
        candidate, n = header, tried.get(header, 2)
        while candidate in seen:
            candidate = f"{header} ({n})"
            n += 1
        tried[header] = n
        seen.add(candidate)
        out.append(candidate)
    return tuple(out)


def map_columns(headers: Sequence[str]) -> ColumnMapping:
    """The automatic mapping of a header row (the import dialog starts from this)."""
    names = unique_headers(headers)
    best: dict[str, tuple[int, int]] = {}  # field -> (alias rank, column index)
    for index, header in enumerate(names):
        found = _ALIAS_INDEX.get(normalise_header(header))
        if found is None:
            continue
        field, rank = found
        if field not in best or rank < best[field][0]:
            best[field] = (rank, index)
    assignments = [CUSTOM] * len(names)
    for field, (_rank, index) in best.items():
        assignments[index] = field
    if "name" in best:  # a full name wins; first/last name are then just extra columns
        for field in ("first_name", "last_name"):
            if field in best:
                assignments[best[field][1]] = CUSTOM
    return ColumnMapping(names, tuple(assignments))
