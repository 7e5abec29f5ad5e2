"""Findings per card: the worst severity among the findings that concern a position, and how
many there are. Reads only .severity and .positions, so any finding-like object works."""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.drawing.style import SEVERITY_ORDER


def badges_by_position(findings: Iterable[object]) -> dict[str, tuple[str, int]]:
    worst: dict[str, str] = {}
    count: dict[str, int] = {}
    for finding in findings:
        severity = str(getattr(finding, "severity", "info"))
        if severity not in SEVERITY_ORDER:
            severity = "info"
        for pid in getattr(finding, "positions", ()) or ():
            count[pid] = count.get(pid, 0) + 1
            current = worst.get(pid)
            if current is None or SEVERITY_ORDER[severity] > SEVERITY_ORDER[current]:
                worst[pid] = severity
    return {pid: (worst[pid], count[pid]) for pid in worst}
