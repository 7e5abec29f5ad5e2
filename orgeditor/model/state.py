"""A chart as plain, JSON-ready data, and back. The native file format builds on this;
tests use it to compare charts exactly (undo of everything returns the original state).

Every record (the chart, its settings, each position, team and import problem) has an `extra`
object: fields a file had that this version does not know. They are part of the state, so a
chart that would save differently never compares equal. Custom fields are an object in the
order of the model (the file format writes them as [name, value] pairs to keep that order).
"""

from __future__ import annotations

import copy
from typing import Any

from orgeditor.model.chart import Chart
from orgeditor.model.position import Position
from orgeditor.model.problems import ImportProblem
from orgeditor.model.settings import ChartSettings
from orgeditor.model.team import Team
from orgeditor.model.title_roles import check_title_roles
from orgeditor.model.view_state import ChartView

POSITION_KEYS = (
    "id",
    "name",
    "title",
    "explicit_role",
    "status",
    "region",
    "product_line",
    "customer_size",
    "vertical",
    "team",
    "cost",
    "location",
    "custom",
    "xy",
)
TEAM_KEYS = (
    "id",
    "name",
    "kind",
    "declared_model",
    "region",
    "product_line",
    "customer_size",
    "vertical",
)


def copy_extra(extra: dict[str, Any] | None) -> dict[str, Any]:
    """A deep copy of an `extra` object (JSON values may nest), cheap when it is empty."""
    return copy.deepcopy(extra) if extra else {}


def position_state(position: Position) -> dict[str, Any]:
    state = {key: getattr(position, key) for key in POSITION_KEYS}
    state["custom"] = dict(position.custom)
    state["xy"] = [float(v) for v in position.xy] if position.xy is not None else None
    state["extra"] = copy_extra(position.extra)
    return state


def team_state(team: Team) -> dict[str, Any]:
    state = {key: getattr(team, key) for key in TEAM_KEYS}
    state["extra"] = copy_extra(team.extra)
    return state


def chart_state(chart: Chart) -> dict[str, Any]:
    """Every fact of the chart, in a deterministic order (pre-order of the reporting tree)."""
    positions = []
    order: list[str] = []
    for root in chart.roots():
        order.append(root)
        order.extend(chart.descendants(root))
    for position_id in order:
        state = position_state(chart.position(position_id))
        state["manager"] = chart.manager_of(position_id)
        positions.append(state)
    s = chart.settings
    return {
        "settings": {
            "name": s.name,
            "declared_model": s.declared_model,
            "industry": s.industry,
            "rule_overrides": {k: dict(v) for k, v in s.rule_overrides.items()},
            "auto_layout": s.auto_layout,
            "layout": s.layout,
            "title_roles": dict(s.title_roles),
            "extra": copy_extra(s.extra),
        },
        "positions": positions,
        "dotted_lines": sorted(list(edge) for edge in chart.dotted_lines()),
        "teams": [team_state(team) for team in chart.teams()],
        "import_problems": [problem_state(p) for p in chart.import_problems],
        "view": chart.view.state(),
        "extra": copy_extra(chart.extra),
    }


def problem_state(p: ImportProblem) -> dict[str, Any]:
    """An import problem as chart_state() writes it (its template only when it has one)."""
    state: dict[str, Any] = {
        "kind": p.kind,
        "message": p.message,
        "position_ids": list(p.position_ids),
        "row": p.row,
        "reference": p.reference,
        "extra": copy_extra(p.extra),
    }
    if p.message_id:
        state["message_id"] = p.message_id
        state["params"] = copy.deepcopy(p.params)
    return state


def chart_from_state(state: dict[str, Any]) -> Chart:
    """Build a chart from chart_state() output. Raises ChartError (or KeyError/TypeError on
    a malformed structure; the file reader turns those into a message). `extra` objects may
    be left out; the chart gets copies of them, never the state's own."""
    settings = dict(state.get("settings", {}))
    settings["extra"] = copy_extra(settings.get("extra"))
    settings["title_roles"] = dict(settings.get("title_roles") or {})
    check_title_roles(settings["title_roles"])
    chart = Chart(ChartSettings(**settings))
    chart.extra = copy_extra(state.get("extra"))
    with chart.quiet():
        for team in state.get("teams", []):
            chart.add_team(Team(**{**team, "extra": copy_extra(team.get("extra"))}))
        deferred: list[tuple[str, str]] = []  # reports listed before their manager
        entries: list[tuple[Position, str | None]] = []
        seen: set[str] = set()
        for record in state["positions"]:
            record = dict(record)
            manager = record.pop("manager", None)
            xy = record.get("xy")
            record["xy"] = (float(xy[0]), float(xy[1])) if xy is not None else None
            custom = record.get("custom")
            record["custom"] = {str(k): str(v) for k, v in custom.items()} if custom else {}
            extra = record.get("extra")
            record["extra"] = copy.deepcopy(extra) if extra else {}
            if manager is not None and manager not in seen:
                deferred.append((record["id"], manager))
                manager = None
            seen.add(record["id"])
            entries.append((Position(**record), manager))
        chart.add_positions(entries)  # in one go: one notification, not one per position
        for position_id, manager in deferred:
            chart.set_manager(position_id, manager)
        for manager, report in state.get("dotted_lines", []):
            chart.add_dotted_line(manager, report)
        chart.import_problems = [
            ImportProblem(
                kind=p["kind"],
                message=p["message"],
                position_ids=tuple(p.get("position_ids", ())),
                row=p.get("row"),
                reference=p.get("reference", ""),
                extra=copy_extra(p.get("extra")),
                message_id=p.get("message_id", ""),
                params=copy.deepcopy(p.get("params") or {}),
            )
            for p in state.get("import_problems", [])
        ]
    view = state.get("view") or {}
    collapsed = [pid for pid in view.get("collapsed", ()) if pid in chart]
    focus = view.get("focus")
    chart.view = ChartView(set(collapsed), focus if focus in chart else None)
    chart.revision = 0
    return chart
