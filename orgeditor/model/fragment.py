"""Subtrees as plain data, for copy and paste: a fragment is a list of position states in
pre-order, each with `manager` pointing inside the fragment (None at the fragment's tops).
Custom fields keep their order and unknown file fields (`extra`) travel with the copy."""

from __future__ import annotations

from typing import Any

from orgeditor.model.chart import Chart
from orgeditor.model.errors import ChartError
from orgeditor.model.position import Position
from orgeditor.model.state import POSITION_KEYS, copy_extra, position_state


def copy_subtrees(chart: Chart, ids: list[str]) -> list[dict[str, Any]]:
    """The positions with their subtrees; a position inside another's subtree is not repeated."""
    chosen = set(ids)
    tops = [pid for pid in ids if not any(m in chosen for m in chart.chain_of_command(pid))]
    fragment: list[dict[str, Any]] = []
    for top in tops:
        for pid in [top, *chart.descendants(top)]:
            state = position_state(chart.position(pid))
            state["manager"] = None if pid == top else chart.manager_of(pid)
            state["xy"] = None
            fragment.append(state)
    return fragment


def instantiate(fragment: list[dict[str, Any]], chart: Chart) -> list[tuple[Position, str | None]]:
    """New positions for a fragment, with ids fresh in `chart`; manager None marks a top.
    Team references to teams the chart does not have are dropped."""
    renamed: dict[str, str] = {}
    taken = set(chart.position_ids())
    out: list[tuple[Position, str | None]] = []
    counter = len(taken) + 1
    for record in fragment:
        while f"p{counter}" in taken:
            counter += 1
        new_id = f"p{counter}"
        taken.add(new_id)
        renamed[str(record["id"])] = new_id
        values = {k: record.get(k) for k in POSITION_KEYS if k in record}
        values["id"] = new_id
        values["custom"] = dict(values.get("custom") or {})
        extra = record.get("extra")  # the clipboard may hold anything: keep only an object
        values["extra"] = copy_extra(extra) if isinstance(extra, dict) else {}
        values["xy"] = None
        if values.get("team") is not None and not chart.has_team(str(values["team"])):
            values["team"] = None
        _drop_invalid(chart, values)
        manager = record.get("manager")
        out.append((Position(**values), renamed.get(str(manager)) if manager else None))
    return out


_TEXT_FIELDS = {f for f in POSITION_KEYS if isinstance(getattr(Position("x"), f), str)} - {"id"}


def _drop_invalid(chart: Chart, values: dict[str, Any]) -> None:
    """A clipboard from another program or a newer orgeditor may hold a role or status this
    one does not know, or a value of the wrong type: such a field falls back to its default,
    so that pasting never fails half-way (the rest of the position still arrives)."""
    for key in list(values):
        if key in ("id", "extra", "custom", "xy", "team"):
            continue
        value = values[key]
        if key in _TEXT_FIELDS and not isinstance(value, str):
            del values[key]
            continue
        try:
            chart.check_position_values(**{key: value})
        except ChartError:
            del values[key]
    custom = values.get("custom", {})
    values["custom"] = {str(k): v for k, v in custom.items() if isinstance(v, str)}
