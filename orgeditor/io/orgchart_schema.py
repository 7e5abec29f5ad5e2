"""Structural checks of a .orgchart document (at the current version) before it becomes a Chart.

Each failure names the place in the document ("positions[3].status: ...") so a hand-edited or
damaged file can be repaired. Only `positions` (and each record's `id`) is required; every
other key falls back to the model's default, which keeps hand-written files short.

Known fields are checked strictly. A field this version does not know is not an error: a newer
orgeditor (or another tool) may add fields without raising the format version, and they are
kept and written back (orgchart_format). The *_KEYS tuples below (and TEAM_KEYS of
model.state) say which fields are known where.

Numbers the model could hold but no renderer can use are refused too (io/limits.py): a card
place beyond ±MAX_COORDINATE, a cost beyond ±MAX_COST. Values from the file are quoted
shortened (errors.shown), so a message stays one short line.
"""

from __future__ import annotations

import math
from collections.abc import Container
from typing import Any

from orgeditor.io.errors import shown
from orgeditor.io.json_guard import TOO_DEEP, too_deep
from orgeditor.io.tree import find_cycles
from orgeditor.model import LAYOUT_STYLES, SALES_MODELS, STATUSES, TEAM_KINDS, catalogue
from orgeditor.model.limits import MAX_COORDINATE, MAX_COST, sane_coordinate, sane_cost
from orgeditor.model.problems import PROBLEM_KINDS
from orgeditor.model.state import POSITION_KEYS
from orgeditor.model.title_roles import title_key

SECTIONS = ("settings", "positions", "dotted_lines", "teams", "import_problems")
TOP_KEYS = ("format", "version", *SECTIONS, "view")
SETTINGS_KEYS = (
    "name",
    "declared_model",
    "industry",
    "rule_overrides",
    "auto_layout",
    "layout",
    "title_roles",
)
POSITION_FILE_KEYS = (*POSITION_KEYS, "manager")
PROBLEM_KEYS = ("kind", "message", "position_ids", "row", "reference", "message_id", "params")
_TEXT_POSITION_KEYS = (
    "name",
    "title",
    "region",
    "product_line",
    "customer_size",
    "vertical",
    "location",
)


class SchemaError(ValueError):
    """Where (a JSON path such as 'positions[3].status') and what is wrong."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}" if where else what)


def check_state(doc: dict[str, Any]) -> None:
    """Raise SchemaError for the first thing that is wrong with a (migrated) document."""
    if "positions" not in doc:
        raise SchemaError("", "missing 'positions'")
    for section in SECTIONS:
        if section in doc and section != "settings" and not isinstance(doc[section], list):
            raise SchemaError(section, f"must be a list, not {_kind(doc[section])}")
    _check_settings(doc.get("settings", {}))
    team_ids = _check_teams(doc.get("teams", []))
    ids = _check_positions(doc["positions"], team_ids)
    for i, line in enumerate(doc.get("dotted_lines", [])):
        where = f"dotted_lines[{i}]"
        pair = isinstance(line, list) and len(line) == 2
        if not (pair and all(isinstance(x, str) for x in line)):
            raise SchemaError(where, "must be a pair of position ids")
        for end in line:
            if end not in ids:
                raise SchemaError(where, f"no position with id {_shown(end)}")
        if line[0] == line[1]:
            raise SchemaError(where, f"{_shown(line[0])} cannot have a dotted line to itself")
    for i, problem in enumerate(doc.get("import_problems", [])):
        _check_problem(f"import_problems[{i}]", problem)
    _check_view(doc.get("view", {}))


def _check_view(view: object) -> None:
    """Folded branches and focus (model/view_state.py). Ids that are not positions are
    dropped on reading, not refused: the view is a convenience, never a reason to fail."""
    record = _record("view", view)
    collapsed = record.get("collapsed", [])
    if not (isinstance(collapsed, list) and all(isinstance(x, str) for x in collapsed)):
        raise SchemaError("view.collapsed", "must be a list of position ids")
    focus = record.get("focus")
    if focus is not None and not isinstance(focus, str):
        raise SchemaError("view.focus", f"must be a position id, not {_kind(focus)}")


def _check_settings(settings: object) -> None:
    record = _record("settings", settings)
    for key in ("name", "industry"):
        _text("settings", record, key)
    _choice("settings", record, "declared_model", SALES_MODELS, optional=True)
    _choice("settings", record, "layout", LAYOUT_STYLES)
    overrides = record.get("rule_overrides", {})
    if not isinstance(overrides, dict):
        raise SchemaError("settings.rule_overrides", f"must be an object, not {_kind(overrides)}")
    for rule, values in overrides.items():
        if not isinstance(values, dict):
            raise SchemaError(
                f"settings.rule_overrides.{rule}", f"must be an object, not {_kind(values)}"
            )
        for key, value in values.items():
            if too_deep(value):  # settings are deep-copied (recursively) by the model
                raise SchemaError(f"settings.rule_overrides.{rule}.{key}", TOO_DEEP)
    if not isinstance(record.get("auto_layout", True), bool):
        raise SchemaError("settings.auto_layout", "must be true or false")
    _check_title_roles(record.get("title_roles", {}))


def _check_title_roles(mapping: object) -> None:
    """{title: role key}; titles are normalised on reading (orgchart_format), so two spellings
    of one title must agree."""
    if not isinstance(mapping, dict):
        raise SchemaError("settings.title_roles", f"must be an object, not {_kind(mapping)}")
    roles = catalogue().roles
    seen: dict[str, str] = {}
    for title, role in mapping.items():
        where = f"settings.title_roles.{_shown(title)}"
        key = title_key(title)
        if not key:
            raise SchemaError("settings.title_roles", "a title must not be empty")
        if not isinstance(role, str) or role not in roles:
            raise SchemaError(where, f"unknown role {_shown(role)}")
        if seen.get(key, role) != role:
            raise SchemaError(where, f"another spelling of this title has role {seen[key]!r}")
        seen[key] = role


def _check_teams(teams: list[Any]) -> set[str]:
    ids: dict[str, int] = {}
    for i, team in enumerate(teams):
        where = f"teams[{i}]"
        record = _record(where, team)
        team_id = _id(where, record)
        if team_id in ids:
            raise SchemaError(
                f"{where}.id", f"{_shown(team_id)} is used twice (also teams[{ids[team_id]}])"
            )
        ids[team_id] = i
        for key in ("name", "region", "product_line", "customer_size", "vertical"):
            _text(where, record, key)
        _choice(where, record, "kind", TEAM_KINDS)
        _choice(where, record, "declared_model", SALES_MODELS, optional=True)
    return set(ids)


def _check_positions(positions: list[Any], team_ids: set[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    managers: dict[str, str | None] = {}
    roles = catalogue().roles
    for i, position in enumerate(positions):
        if isinstance(position, dict) and _plain_position(position, roles, team_ids):
            position_id = position["id"]  # all fine but perhaps a repeated id: said below
            if position_id not in ids:
                ids[position_id] = i
                managers[position_id] = position.get("manager")
                continue
        where = f"positions[{i}]"  # each check in turn, to name the first thing wrong
        record = _record(where, position)
        position_id = _id(where, record)
        if position_id in ids:
            raise SchemaError(
                f"{where}.id",
                f"{_shown(position_id)} is used twice (also positions[{ids[position_id]}])",
            )
        ids[position_id] = i
        for key in _TEXT_POSITION_KEYS:
            _text(where, record, key)
        _choice(where, record, "status", STATUSES)
        _choice(where, record, "explicit_role", tuple(roles), optional=True)
        team = record.get("team")
        if team is not None and team not in team_ids:
            raise SchemaError(f"{where}.team", f"no team with id {_shown(team)}")
        cost = record.get("cost")
        if cost is not None and not _number(cost):
            raise SchemaError(f"{where}.cost", f"must be a number or null, not {_shown(cost)}")
        if cost is not None and not sane_cost(float(cost)):
            raise SchemaError(
                f"{where}.cost", f"must lie within ±{MAX_COST:,.0f}, not {_shown(cost)}"
            )
        _check_custom(f"{where}.custom", record.get("custom", []))
        xy = record.get("xy")
        if xy is not None and not (
            isinstance(xy, list) and len(xy) == 2 and all(_number(v) for v in xy)
        ):
            raise SchemaError(f"{where}.xy", f"must be [x, y] or null, not {_shown(xy)}")
        if xy is not None and not all(sane_coordinate(float(v)) for v in xy):
            raise SchemaError(
                f"{where}.xy",
                f"a card place must lie within ±{MAX_COORDINATE:,.0f}, not {_shown(xy)}",
            )
        manager = record.get("manager")
        if manager is not None and not isinstance(manager, str):
            raise SchemaError(
                f"{where}.manager", f"must be a position id or null, not {_shown(manager)}"
            )
        managers[position_id] = manager
    for position_id, manager in managers.items():
        if manager is not None and manager not in ids:
            raise SchemaError(
                f"positions[{ids[position_id]}].manager", f"no position with id {_shown(manager)}"
            )
    cycles = find_cycles(managers)
    if cycles:
        cycle = cycles[0]
        raise SchemaError(
            "positions", f"reporting lines form a cycle: {' → '.join([*cycle, cycle[0]])}"
        )
    return ids


_NO_TEXTS = ("",) * len(_TEXT_POSITION_KEYS)  # a missing text is an empty one
_STR_TYPES = (str,) * len(_TEXT_POSITION_KEYS)


def _plain_position(record: dict[str, Any], roles: Container[str], team_ids: set[str]) -> bool:
    """True when every check of _check_positions but the repeated id passes: the usual
    record, checked at a fraction of the cost. False: let the full checks say what is wrong."""
    get = record.get
    position_id = get("id")
    if type(position_id) is not str or not position_id:
        return False
    if not all(map(isinstance, map(get, _TEXT_POSITION_KEYS, _NO_TEXTS), _STR_TYPES)):
        return False
    if get("status", "filled") not in STATUSES:
        return False
    role = get("explicit_role")
    if role is not None and (type(role) is not str or role not in roles):
        return False
    team = get("team")
    if team is not None and (type(team) is not str or team not in team_ids):
        return False
    cost = get("cost")
    if cost is not None and not (_number(cost) and sane_cost(float(cost))):
        return False
    custom = get("custom", [])
    if type(custom) is not list:
        return False
    names = set()
    for pair in custom:
        if not (type(pair) is list and len(pair) == 2):
            return False
        name, value = pair
        if type(name) is not str or type(value) is not str or name in names:
            return False
        names.add(name)
    xy = get("xy")
    if xy is not None and not (
        type(xy) is list
        and len(xy) == 2
        and all(_number(v) and sane_coordinate(float(v)) for v in xy)
    ):
        return False
    manager = get("manager")
    return manager is None or type(manager) is str


def _check_custom(where: str, custom: object) -> None:
    """Custom fields: [[name, value], ...] in the order they are shown (format version 2)."""
    if not isinstance(custom, list):
        raise SchemaError(where, f"must be a list of [name, value] pairs, not {_kind(custom)}")
    names: dict[str, int] = {}
    for j, pair in enumerate(custom):
        texts = isinstance(pair, list) and all(isinstance(x, str) for x in pair)
        if not (texts and len(pair) == 2):
            raise SchemaError(f"{where}[{j}]", "must be a [name, value] pair of texts")
        name = pair[0]
        if name in names:
            raise SchemaError(
                f"{where}[{j}]", f"{_shown(name)} is used twice (also {where}[{names[name]}])"
            )
        names[name] = j


def _check_problem(where: str, problem: object) -> None:
    record = _record(where, problem)
    for key in ("kind", "message"):
        if key not in record:
            raise SchemaError(where, f"missing {_shown(key)}")
    _choice(where, record, "kind", PROBLEM_KINDS)
    _text(where, record, "message")
    _text(where, record, "reference")
    ids = record.get("position_ids", [])
    if not isinstance(ids, list) or not all(isinstance(x, str) for x in ids):
        raise SchemaError(f"{where}.position_ids", "must be a list of position ids")
    row = record.get("row")
    if row is not None and (isinstance(row, bool) or not isinstance(row, int)):
        raise SchemaError(f"{where}.row", f"must be a whole number or null, not {_shown(row)}")
    _text(where, record, "message_id")
    params = record.get("params", {})
    if not isinstance(params, dict) or too_deep(params):
        raise SchemaError(f"{where}.params", "must be an object of the message's values")


# ----- small checks ----------------------------------------------------------------------------


def _record(where: str, value: object) -> dict[str, Any]:
    # fields not checked here are unknown ones: kept as they are, whatever their value
    if not isinstance(value, dict):
        raise SchemaError(where, f"must be an object, not {_kind(value)}")
    return value


def _id(where: str, record: dict[str, Any]) -> str:
    if "id" not in record:
        raise SchemaError(where, "missing 'id'")
    value = record["id"]
    if not isinstance(value, str) or not value:
        raise SchemaError(f"{where}.id", f"must be a non-empty text, not {_shown(value)}")
    return value


def _text(where: str, record: dict[str, Any], key: str) -> None:
    value = record.get(key, "")
    if not isinstance(value, str):
        raise SchemaError(f"{where}.{key}", f"must be a text, not {_shown(value)}")


def _choice(
    where: str, record: dict[str, Any], key: str, allowed: tuple[str, ...], optional: bool = False
) -> None:
    if key not in record or (optional and record[key] is None):
        return
    value = record[key]
    if value not in allowed:
        raise SchemaError(
            f"{where}.{key}", f"must be one of {', '.join(allowed)}, not {_shown(value)}"
        )


def _number(value: object) -> bool:
    """A number the model can hold as a float: JSON integers may be too large for one."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        try:
            float(value)
        except OverflowError:  # beyond ±1.8e308
            return False
        return True
    return isinstance(value, float) and math.isfinite(value)


def _shown(value: object) -> str:
    """The value as written, clipped: a number may have thousands of digits, a text megabytes."""
    return shown(value)


def _kind(value: object) -> str:
    names = {
        dict: "an object",
        list: "a list",
        str: "a text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)
