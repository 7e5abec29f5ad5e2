"""Shared checks for template charts."""

from __future__ import annotations

from orgeditor.analysis import facts_for
from orgeditor.model import Chart, catalogue
from orgeditor.rules import Finding, run

SELLER_ROLES = ("sdr", "ae", "am", "csm", "generalist")


def warnings(chart: Chart) -> list[Finding]:
    """Findings at warning level or above."""
    return [f for f in run(chart) if f.severity in ("error", "warning")]


def rules_fired(chart: Chart, prefix: str = "") -> set[str]:
    return {f.rule for f in run(chart) if f.rule.startswith(prefix)}


def sellers(chart: Chart) -> list[str]:
    return [pid for pid in chart.position_ids() if chart.position(pid).role in SELLER_ROLES]


def max_span(chart: Chart) -> int:
    return max(len(chart.reports_of(pid)) for pid in chart.position_ids())


def assert_sane(chart: Chart) -> None:
    """One top; unique ids; every seller reports to a manager; planned seats with empty names
    whose titles infer their explicit roles; team members in existing teams."""
    ids = list(chart.position_ids())
    assert len(ids) == len(set(ids))
    assert len(chart.roots()) == 1
    for pid in ids:
        position = chart.position(pid)
        assert position.status == "planned"
        assert position.name == ""
        assert position.explicit_role is not None
        assert catalogue().infer(position.title).role == position.explicit_role, position.title
        if position.team is not None:
            assert chart.has_team(position.team)
    for pid in sellers(chart):
        manager = chart.manager_of(pid)
        assert manager is not None
        assert chart.position(manager).role in ("sales_manager", "sales_leader")
    assert facts_for(chart).sellers == len(sellers(chart))
