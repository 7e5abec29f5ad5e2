"""Build small charts from compact, indented specs (tests only).

    chart = build('''
        vp: VP Sales
          m1: Sales Manager
            a*3: Account Executive | region=West team=t1
            s1: SDR | status=vacant
    ''', teams={"t1": {"kind": "pod"}}, industry="banking")

One line per position: `id: title | field=value ...` (values may be quoted). Two spaces of
indentation per level: a line reports to the nearest line above it with less indentation.
`id*N` makes N positions id1..idN with the same title and fields. `role=` sets explicit_role;
`cost=` is a number. Keyword arguments other than `teams` are ChartSettings fields.
"""

from __future__ import annotations

import shlex
import textwrap
from typing import Any

from orgeditor.model import Chart, ChartSettings, Position, Team


def build(spec: str, teams: dict[str, dict[str, Any]] | None = None, **settings: Any) -> Chart:
    chart = Chart(ChartSettings(**settings))
    for team_id, fields in (teams or {}).items():
        chart.add_team(Team(team_id, **{"name": team_id, **fields}))
    stack: list[tuple[int, list[str]]] = []  # (indent, ids made by that line)
    for line in textwrap.dedent(spec).splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        head, _, attrs = line.strip().partition("|")
        ident, _, title = head.partition(":")
        ident, title = ident.strip(), title.strip()
        fields: dict[str, Any] = {}
        for item in shlex.split(attrs):
            key, _, value = item.partition("=")
            if key == "role":
                key = "explicit_role"
            fields[key] = float(value) if key == "cost" else value
        while stack and stack[-1][0] >= indent:
            stack.pop()
        manager = stack[-1][1][0] if stack else None
        if "*" in ident:
            stem, count = ident.split("*")
            ids = [f"{stem}{n}" for n in range(1, int(count) + 1)]
        else:
            ids = [ident]
        name = fields.pop("name", None)
        for pid in ids:
            shown = pid.upper() if name is None else name
            chart.add_position(Position(pid, shown, title, **fields), manager)
        stack.append((indent, ids))
    return chart


def sellers_line(
    prefix: str, count: int, title: str = "Sales Representative", **fields: Any
) -> str:
    """One spec line for `count` sellers (indent it yourself)."""
    extra = " ".join(f"{k}={shlex.quote(str(v))}" for k, v in fields.items())
    return f"{prefix}*{count}: {title}" + (f" | {extra}" if extra else "")


def sales_org(sellers: int, extra: str = "", leader: str = "VP Sales", **fields: Any) -> Chart:
    """A sales leader `vp` with `sellers` Sales Representatives s1..sN (fields: theirs) and
    `extra` spec lines (indented relative to the sellers) under the leader."""
    lines = [f"vp: {leader}"]
    if sellers:
        lines.append("  " + sellers_line("s", sellers, **fields))
    lines += ["  " + line for line in textwrap.dedent(extra).splitlines() if line.strip()]
    return build("\n".join(lines))


def fired(findings: list, rule: str) -> list:
    """The findings of one rule."""
    return [f for f in findings if f.rule == rule]
