"""What a folded branch shows on its manager's card: the marker's state and the findings of
the positions folded away under it. Plain data from the chart (the scene puts it on cards)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from orgeditor.drawing.style import SEVERITY_ORDER
from orgeditor.model import Chart

Fold = tuple[bool, int] | None  # (folded, positions under it), None: no marker
UNFOLDED: Fold = (False, 0)


def fold_mark(chart: Chart, pid: str, reports: Collection[str]) -> Fold:
    """The marker under a shown card: none without reports or on the focused top (folding
    it would show nothing), else folded with the count of positions under it, or open."""
    view = chart.view
    if not reports or pid == view.focus:
        return None
    if pid in view.collapsed:
        return (True, len(chart.descendants(pid)))
    return UNFOLDED


def folded_findings(
    chart: Chart, by_id: Mapping[str, list], shown: Callable[[str], bool]
) -> dict[str, list]:
    """For each shown folded manager, the findings of the positions folded away under it that
    do not concern the manager itself. Walks up from each position with findings (the
    findings and their chains, not every folded branch)."""
    collapsed = chart.view.collapsed
    extras: dict[str, dict[int, object]] = {}
    for pid, findings in by_id.items():
        if pid not in chart:
            continue
        top_fold = None  # the highest shown folded manager above: its card stands for pid
        node = chart.manager_of(pid)
        while node is not None:
            if node in collapsed and shown(node):
                top_fold = node
            node = chart.manager_of(node)
        if top_fold is None:
            continue
        own = {id(f) for f in by_id.get(top_fold, ())}
        extra = extras.setdefault(top_fold, {})
        for finding in findings:
            if id(finding) not in own:
                extra.setdefault(id(finding), finding)
    return {manager: list(extra.values()) for manager, extra in extras.items() if extra}


def worst(findings: list) -> tuple[str, int]:
    """(worst severity, count) of these findings, as badges_by_position counts them."""
    result = "info"
    for finding in findings:
        severity = str(getattr(finding, "severity", "info"))
        if SEVERITY_ORDER.get(severity, 0) > SEVERITY_ORDER[result]:
            result = severity
    return result, len(findings)
