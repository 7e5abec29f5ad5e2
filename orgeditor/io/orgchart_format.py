"""The native .orgchart format: the file's scenarios, each the model's chart_state(), as
versioned JSON.

    {"format": "orgeditor.chart", "version": 3, "settings": ..., "positions": [...], ...}

    {"format": "orgeditor.chart", "version": 3, "current": "Proposal A",
     "scenarios": [{"name": "As-is", "settings": ..., "positions": [...], ...}, ...]}

A file of one scenario keeps the chart at the top (as version 2 did: other tools reading
"positions" keep working, and a chart without proposals diffs as before); its name is in
"scenario" unless it is "As-is". A file of several lists them, in order, with the one shown.
load_orgchart / loads_orgchart give the shown scenario's chart, for the command line and
whatever reads one chart; load_scenarios gives them all (model/scenarios.py).

Written with sorted keys, two-space indent, UTF-8 and a trailing newline, positions in the
pre-order chart_state gives, so saving an unchanged chart gives the same bytes (clean diffs).
Custom fields are written as [name, value] pairs, because sorted keys would put the fields of a
JSON object in alphabetical order and lose the order the user (or the imported file) gave them.
Reading checks everything and raises OrgchartFormatError naming what is wrong.

Versions: VERSION goes up only for a change an older reader would get wrong; each step has a
migration, MIGRATIONS[N] turning a version-N document into a version-N+1 one, and a file is
upgraded one step at a time up to VERSION (then checked and read). A file from a newer version
is refused ("made by a newer version of orgeditor") and not touched.

    version 1: custom fields as a JSON object ({"name": "value"}), so saved in name order
    version 2: custom fields as a list of [name, value] pairs, in the order of the model
    version 3: scenarios (a list of charts, or one at the top); a version-2 file is the one
               scenario "As-is", as it stands

Unknown fields: a newer orgeditor or another tool may add fields without raising the version.
Fields this version does not know, at the top level and inside settings, each position, team
and import problem, are kept in the model (`extra` of the chart and of each record) and written
back where they were, so a load and a save lose nothing. They can never shadow a known field:
a name this version knows is always read as that field and type-checked.

What JSON can hold but a saved file cannot (numbers beyond a float, lone surrogates, values
nested deeper than MAX_DEPTH) is refused when reading, naming the place (io/json_guard.py):
a chart that opens can always be saved again. So are card places and costs no renderer can use
(io/limits.py, checked by orgchart_schema) and, when the caller gives a `max_positions`, a file
of more positions than that (read_chart gives MAX_POSITIONS; load_orgchart alone has no limit,
for the autosaves of a chart already open).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

from orgeditor.io.bulk import collector_paused
from orgeditor.io.errors import ChartFileError, OrgchartFormatError, shown
from orgeditor.io.files import read_bytes, write_text_atomic
from orgeditor.io.json_guard import (
    TOO_DEEP,
    FloatReader,
    Place,
    infinite_number,
    invalid_unicode,
    place_name,
    too_deep,
)
from orgeditor.io.limits import check_cap, too_many
from orgeditor.io.orgchart_schema import (
    POSITION_FILE_KEYS,
    PROBLEM_KEYS,
    SETTINGS_KEYS,
    TOP_KEYS,
    SchemaError,
    check_state,
)
from orgeditor.io.tree import preorder
from orgeditor.model import Chart, ChartError, chart_from_state, chart_state
from orgeditor.model.scenarios import FIRST_NAME, ScenarioError, Scenarios
from orgeditor.model.state import TEAM_KEYS
from orgeditor.model.title_roles import title_key

FORMAT = "orgeditor.chart"
VERSION = 3
SUFFIX = ".orgchart"

# version N -> function turning a version-N document into a version-N+1 document. A migration
# gets the document as read (it may be malformed: leave what it does not understand for the
# schema check to report) and may change it in place.
Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _custom_as_pairs(document: dict[str, Any]) -> dict[str, Any]:
    """1 -> 2: custom fields from {"name": "value"} to [["name", "value"]], in the object's
    order (a version-1 file written by orgeditor has them in name order, a hand-written one in
    the order typed)."""
    positions = document.get("positions")
    for position in positions if isinstance(positions, list) else ():
        if isinstance(position, dict) and isinstance(position.get("custom"), dict):
            position["custom"] = [[name, value] for name, value in position["custom"].items()]
    return document


def _one_scenario(document: dict[str, Any]) -> dict[str, Any]:
    """2 -> 3: the chart at the top is the file's one scenario, "As-is": nothing to move (a
    key named "scenario" or "scenarios" a version-2 file held was unknown: it stays so)."""
    for key in ("scenario", "scenarios", "current"):
        if key in document:
            document.setdefault("extra_v2", {})[key] = document.pop(key)
    return document


MIGRATIONS: dict[int, Migration] = {1: _custom_as_pairs, 2: _one_scenario}
SCENARIO_KEYS = frozenset(("format", "version", "current", "scenarios"))
NAME_KEY = "scenario"  # a one-scenario file's name for it, when not FIRST_NAME

_KNOWN = {
    "settings": frozenset(SETTINGS_KEYS),
    "positions": frozenset(POSITION_FILE_KEYS),
    "teams": frozenset(TEAM_KEYS),
    "import_problems": frozenset(PROBLEM_KEYS),
}
_KNOWN_TOP = frozenset(TOP_KEYS)


def extra_keys(chart: Chart) -> dict[str, Any]:
    """Unknown top-level keys read with this chart (written back by dumps_orgchart)."""
    return dict(chart.extra)


def dumps_orgchart(chart: Chart) -> str:
    """The chart as .orgchart text (a file of one scenario). Raises ValueError for what a file
    cannot hold (NaN, an unknown field named like a known one)."""
    return dumps_scenarios(Scenarios(chart))


def dumps_scenarios(scenarios: Scenarios) -> str:
    """Every scenario as .orgchart text, in order (see dumps_orgchart)."""
    with collector_paused():
        if len(scenarios) == 1:
            ((name, chart),) = scenarios
            document = _to_document(chart_state(chart))
            if name != FIRST_NAME:
                document[NAME_KEY] = name
            for key, value in scenarios.extra.items():  # kept from a file of several
                document.setdefault(key, value)
        else:
            bodies = []
            for name, chart in scenarios:
                body = _to_document(chart_state(chart))
                del body["format"], body["version"]
                body["name"] = name
                bodies.append(body)
            document = {
                **scenarios.extra,
                "format": FORMAT,
                "version": VERSION,
                "current": scenarios.current,
                "scenarios": bodies,
            }
        try:
            text = json.dumps(
                document, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False
            )
        except TypeError as error:  # an `extra` value that is not JSON (set by code, not a file)
            raise ValueError(str(error)) from error
    return text + "\n"


def save_orgchart(chart: Chart, path: str | os.PathLike[str]) -> None:
    """Write the chart atomically (temporary file in the same folder, then rename)."""
    save_scenarios(Scenarios(chart), path)


def save_scenarios(scenarios: Scenarios, path: str | os.PathLike[str]) -> None:
    """Write every scenario atomically (temporary file in the same folder, then rename)."""
    try:
        text = dumps_scenarios(scenarios)
    except ValueError as error:
        raise OrgchartFormatError(path, f"could not save: {error}") from error
    write_text_atomic(path, text)


def load_orgchart(path: str | os.PathLike[str], max_positions: int | None = None) -> Chart:
    """Read a .orgchart file's shown scenario (UTF-8, a BOM is tolerated); OrgchartFormatError
    if it is not one, or a scenario holds more than `max_positions` positions (None: no
    limit)."""
    return load_scenarios(path, max_positions).current_chart


def load_scenarios(path: str | os.PathLike[str], max_positions: int | None = None) -> Scenarios:
    """Read every scenario of a .orgchart file (see load_orgchart)."""
    check_cap(max_positions)
    data = read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise OrgchartFormatError(
            path, "not an orgeditor chart (the file is not UTF-8 text)"
        ) from error
    return loads_scenarios(text, path, max_positions)


def loads_orgchart(
    text: str, source_name: str | os.PathLike[str] = "<text>", max_positions: int | None = None
) -> Chart:
    """Parse .orgchart text, its shown scenario; `source_name` names the file in messages."""
    return loads_scenarios(text, source_name, max_positions).current_chart


def loads_scenarios(
    text: str, source_name: str | os.PathLike[str] = "<text>", max_positions: int | None = None
) -> Scenarios:
    """Parse .orgchart text, every scenario (see loads_orgchart)."""
    check_cap(max_positions)
    with collector_paused():
        try:
            return _build(text, source_name, max_positions)
        except RecursionError as error:  # a backstop: the checks below refuse deep nesting
            raise OrgchartFormatError(
                source_name, "nested too deeply to read (lists or objects inside each other)"
            ) from error


def _build(text: str, source_name: str | os.PathLike[str], max_positions: int | None) -> Scenarios:
    document = _parse_json(text, source_name)
    if max_positions is not None:  # refused before the work of reading it
        for body in _bodies(document):
            positions = body.get("positions")
            if isinstance(positions, list) and len(positions) > max_positions:
                raise OrgchartFormatError(source_name, too_many(max_positions))
    document = _upgrade(document, source_name)
    if "scenarios" not in document:  # one scenario, at the top
        name = document.pop(NAME_KEY, FIRST_NAME)
        if not isinstance(name, str):
            raise OrgchartFormatError(source_name, f"{NAME_KEY}: must be text")
        chart = _chart_of(document, source_name, "")
        try:
            return Scenarios.of([(name, chart)])
        except ScenarioError as error:
            raise OrgchartFormatError(source_name, f"{NAME_KEY}: {error}") from error
    bodies = document["scenarios"]
    if not isinstance(bodies, list) or not bodies:
        raise OrgchartFormatError(source_name, "scenarios: must be a list of at least one")
    named: list[tuple[str, Chart]] = []
    for index, body in enumerate(bodies):
        if not isinstance(body, dict):
            raise OrgchartFormatError(source_name, f"scenarios[{index}]: must be an object")
        name = body.pop("name", None)
        where = f"scenario {name!r}" if isinstance(name, str) else f"scenarios[{index}]"
        if not isinstance(name, str):
            raise OrgchartFormatError(source_name, f"{where}: needs a name (text)")
        # the messages of a file of one scenario name no scenario (as before there were any)
        prefix = f"{where}: " if len(bodies) > 1 else ""
        chart = _chart_of({"format": FORMAT, "version": VERSION, **body}, source_name, prefix)
        named.append((name, chart))
    current = document.get("current")
    try:
        scenarios = Scenarios.of(named, current if isinstance(current, str) else None)
    except ScenarioError as error:
        raise OrgchartFormatError(source_name, f"scenarios: {error}") from error
    scenarios.extra = {k: v for k, v in document.items() if k not in SCENARIO_KEYS}
    return scenarios


def _bodies(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The charts of a document as read, whatever its version (for the size check)."""
    scenarios = document.get("scenarios")
    if isinstance(scenarios, list):
        return [body for body in scenarios if isinstance(body, dict)]
    return [document]


def _chart_of(document: dict[str, Any], source_name: str | os.PathLike[str], prefix: str) -> Chart:
    """One scenario's chart from its document (as a version-2 file held it)."""
    try:
        check_state(document)
    except SchemaError as error:
        raise OrgchartFormatError(source_name, f"{prefix}{error}") from error
    state = _to_state(document, source_name)
    state["positions"] = _managers_first(state["positions"])
    try:
        return chart_from_state(state)
    except (ChartError, KeyError, TypeError, ValueError) as error:  # check_state missed it
        raise OrgchartFormatError(source_name, f"{prefix}inconsistent chart: {error}") from error


# ----- file document <-> chart_state -------------------------------------------------------
# The two differ in two ways: unknown fields sit beside the known ones in the file and in an
# `extra` object in the state, and custom fields are pairs in the file and an object in the state.


def _to_state(document: dict[str, Any], source: str | os.PathLike[str]) -> dict[str, Any]:
    """A checked document as chart_state() data (which chart_from_state builds a chart from)."""
    state: dict[str, Any] = _split(document, _KNOWN_TOP, source, None)
    del state["format"], state["version"]
    if "settings" in state:
        settings = state["settings"]
        state["settings"] = _split(settings, _KNOWN["settings"], source, (None, "settings"))
        if "title_roles" in settings:  # checked: spellings of one title agree
            roles = settings["title_roles"]
            settings["title_roles"] = {title_key(t): role for t, role in roles.items()}
    # a file without a layout style was saved when the wide tree was the only one: its cards
    # (and any placed by hand) keep the shape they were given; new charts start compact
    state.setdefault("settings", {}).setdefault("layout", "wide")
    for section in ("positions", "teams", "import_problems"):
        if section in state:
            known = _KNOWN[section]
            state[section] = [
                _split(record, known, source, ((None, section), i))
                for i, record in enumerate(state[section])
            ]
    for position in state["positions"]:
        position["custom"] = dict(position.get("custom", []))  # checked: unique names
    return state


def _split(
    record: dict[str, Any], known: frozenset[str], source: str | os.PathLike[str], place: Place
) -> dict[str, Any]:
    """The record with its unknown fields moved into `extra` (the document is ours to change).
    `place` is where the record is in the document, for error messages."""
    if known.issuperset(record):  # the usual case: nothing to move
        return record
    extra = {key: record.pop(key) for key in [key for key in record if key not in known]}
    for key, value in extra.items():
        # the model deep-copies extras (recursively): refuse what would overflow the stack
        if too_deep(value):
            raise OrgchartFormatError(source, f"{place_name((place, key))}: {TOO_DEEP}")
    record["extra"] = extra
    return record


def _to_document(state: dict[str, Any]) -> dict[str, Any]:
    """chart_state() data as the document to write (the state is fresh: changed in place)."""
    _merge(state, state.pop("extra"), _KNOWN_TOP, "")
    settings = state["settings"]
    _merge(settings, settings.pop("extra"), _KNOWN["settings"], "settings")
    for section in ("positions", "teams", "import_problems"):
        known = _KNOWN[section]
        for i, record in enumerate(state[section]):
            extra = record.pop("extra")
            if extra:  # rare: skip the call for the thousands of records without
                _merge(record, extra, known, f"{section}[{i}]")
    for position in state["positions"]:
        position["custom"] = [[name, value] for name, value in position["custom"].items()]
    state["format"] = FORMAT
    state["version"] = VERSION
    return state


def _merge(
    record: dict[str, Any], extra: dict[str, Any], known: frozenset[str], where: str
) -> None:
    """Put a record's `extra` fields back beside its known ones."""
    clash = sorted(key for key in extra if key in known)
    if clash:  # only code can make this: a file's unknown fields are unknown by definition
        place = f"{where}: " if where else ""
        raise ValueError(f"{place}unknown field {clash[0]!r} has the name of a known one")
    record.update(extra)


# ----- reading helpers --------------------------------------------------------------------------


def _parse_json(text: str, source: str | os.PathLike[str]) -> dict[str, Any]:
    if not text.strip():
        raise OrgchartFormatError(source, "the file is empty")
    floats = FloatReader()
    try:
        document = json.loads(
            text, parse_constant=_reject_constant, parse_float=floats, parse_int=floats.integer
        )
    except json.JSONDecodeError as error:
        raise OrgchartFormatError(
            source, f"not valid JSON: {error.msg}", row=error.lineno, column=error.colno
        ) from error
    except (ValueError, RecursionError) as error:
        raise OrgchartFormatError(source, f"not valid JSON: {error}") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise OrgchartFormatError(source, f'not an orgeditor chart (no "format": "{FORMAT}" in it)')
    # text first: the places named by the number check could hold a field name that is not text
    problem = invalid_unicode(text, document)
    if problem is None and floats.overflowed:
        problem = infinite_number(document)
    if problem is not None:
        raise OrgchartFormatError(source, problem)
    return document


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def _upgrade(document: dict[str, Any], source: str | os.PathLike[str]) -> dict[str, Any]:
    """Run the migrations from the document's version up to VERSION, one step at a time."""
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise OrgchartFormatError(
            source, f"version: must be a whole number from 1, not {shown(version)}"
        )
    if version > VERSION:
        raise OrgchartFormatError(
            source,
            f"made by a newer version of orgeditor (format version {shown(version)}); "
            f"this version reads up to {VERSION}",
        )
    while version < VERSION:
        migrate = MIGRATIONS.get(version)
        step = f"format version {version} to {version + 1}"
        if migrate is None:
            raise OrgchartFormatError(source, f"cannot upgrade {step}: no migration for it")
        try:
            document = migrate(document)
        except (AttributeError, IndexError, KeyError, TypeError, ValueError) as error:
            # a migration meets files the schema has not checked yet: never a traceback
            raise OrgchartFormatError(source, f"cannot upgrade {step}: {error}") from error
        version += 1
        document["version"] = version
    return document


def _managers_first(positions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Hand-edited files may list a report before its manager; chart_from_state would then
    re-attach it with an O(n) root scan each. Reorder (files we wrote are already in order)."""
    seen: set[str] = set()
    for position in positions:
        manager = position.get("manager")
        if manager is not None and manager not in seen:
            break
        seen.add(position["id"])
    else:
        return positions
    managers = {p["id"]: p.get("manager") for p in positions}
    by_id = {p["id"]: p for p in positions}
    return [by_id[pid] for pid, _manager in preorder(managers, managers)]


__all__ = [
    "FORMAT",
    "MIGRATIONS",
    "SUFFIX",
    "VERSION",
    "ChartFileError",
    "dumps_orgchart",
    "dumps_scenarios",
    "extra_keys",
    "load_orgchart",
    "load_scenarios",
    "loads_orgchart",
    "loads_scenarios",
    "save_orgchart",
    "save_scenarios",
]
