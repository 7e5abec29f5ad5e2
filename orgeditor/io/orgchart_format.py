"""The native .orgchart format: the model's chart_state() as versioned JSON.

    {"format": "orgeditor.chart", "version": 1, "settings": ..., "positions": [...], ...}

Written with sorted keys, two-space indent, UTF-8 and a trailing newline, positions in the
pre-order chart_state gives, so saving an unchanged chart gives the same bytes (clean diffs).
Reading checks everything and raises OrgchartFormatError naming what is wrong. Older versions
are upgraded one step at a time by MIGRATIONS; top-level keys this version does not know are
kept and written back, so a file passed through an older editor loses nothing at that level.
"""

from __future__ import annotations

import json
import os
import weakref
from collections.abc import Callable
from typing import Any

from orgeditor.io.bulk import collector_paused
from orgeditor.io.errors import ChartFileError, OrgchartFormatError
from orgeditor.io.files import read_bytes, write_text_atomic
from orgeditor.io.orgchart_schema import SECTIONS, SchemaError, check_state
from orgeditor.io.tree import preorder
from orgeditor.model import Chart, ChartError, chart_from_state, chart_state

FORMAT = "orgeditor.chart"
VERSION = 1
SUFFIX = ".orgchart"

# version N -> function turning a version-N document into a version-N+1 document
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}

# Top-level keys a newer orgeditor wrote and this one does not know, per loaded chart.
# Kept beside the model (weakly: they go when the chart goes) to avoid a model change.
_EXTRA_KEYS: weakref.WeakKeyDictionary[Chart, dict[str, Any]] = weakref.WeakKeyDictionary()
_KNOWN_KEYS = frozenset({"format", "version", *SECTIONS})


def extra_keys(chart: Chart) -> dict[str, Any]:
    """Unknown top-level keys read with this chart (written back by dumps_orgchart)."""
    return dict(_EXTRA_KEYS.get(chart, {}))


def dumps_orgchart(chart: Chart) -> str:
    """The chart as .orgchart text. Raises ValueError for values JSON cannot hold (NaN)."""
    document: dict[str, Any] = dict(_EXTRA_KEYS.get(chart, {}))
    with collector_paused():
        document.update(chart_state(chart))
        document["format"] = FORMAT
        document["version"] = VERSION
        text = json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)
    return text + "\n"


def save_orgchart(chart: Chart, path: str | os.PathLike[str]) -> None:
    """Write the chart atomically (temporary file in the same folder, then rename)."""
    try:
        text = dumps_orgchart(chart)
    except ValueError as error:
        raise OrgchartFormatError(path, f"could not save: {error}") from error
    write_text_atomic(path, text)


def load_orgchart(path: str | os.PathLike[str]) -> Chart:
    """Read a .orgchart file (UTF-8, a BOM is tolerated); OrgchartFormatError if it is not one."""
    data = read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise OrgchartFormatError(
            path, "not an orgeditor chart (the file is not UTF-8 text)"
        ) from error
    return loads_orgchart(text, path)


def loads_orgchart(text: str, source_name: str | os.PathLike[str] = "<text>") -> Chart:
    """Parse .orgchart text; `source_name` is the file name used in error messages."""
    with collector_paused():
        return _build(text, source_name)


def _build(text: str, source_name: str | os.PathLike[str]) -> Chart:
    document = _parse_json(text, source_name)
    document = _upgrade(document, source_name)
    try:
        check_state(document)
    except SchemaError as error:
        raise OrgchartFormatError(source_name, str(error)) from error
    state = {key: document[key] for key in SECTIONS if key in document}
    state["positions"] = _managers_first(state["positions"])
    try:
        chart = chart_from_state(state)
    except (ChartError, KeyError, TypeError, ValueError) as error:  # check_state missed it
        raise OrgchartFormatError(source_name, f"inconsistent chart: {error}") from error
    extras = {k: v for k, v in document.items() if k not in _KNOWN_KEYS}
    if extras:
        _EXTRA_KEYS[chart] = extras
    return chart


def _parse_json(text: str, source: str | os.PathLike[str]) -> dict[str, Any]:
    if not text.strip():
        raise OrgchartFormatError(source, "the file is empty")
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise OrgchartFormatError(
            source, f"not valid JSON: {error.msg}", row=error.lineno, column=error.colno
        ) from error
    except (ValueError, RecursionError) as error:
        raise OrgchartFormatError(source, f"not valid JSON: {error}") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise OrgchartFormatError(source, f'not an orgeditor chart (no "format": "{FORMAT}" in it)')
    return document


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def _upgrade(document: dict[str, Any], source: str | os.PathLike[str]) -> dict[str, Any]:
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise OrgchartFormatError(
            source, f"version: must be a whole number from 1, not {version!r}"
        )
    if version > VERSION:
        raise OrgchartFormatError(
            source,
            f"made by a newer version of orgeditor (format version {version}); "
            f"this version reads up to {VERSION}",
        )
    while version < VERSION:
        migrate = MIGRATIONS.get(version)
        if migrate is None:
            raise OrgchartFormatError(source, f"cannot upgrade format version {version}")
        document = migrate(document)
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
    "extra_keys",
    "load_orgchart",
    "loads_orgchart",
    "save_orgchart",
]
