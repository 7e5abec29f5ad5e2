"""structure.*: problems found on import, while they still apply, and several trees.

Import problems (chart.import_problems) are not facts of the chart itself, so each stands while
it still applies:
- duplicate_id: while every position it names still exists (deleting or renaming one of the
  positions that shared the id settles it);
- unknown_manager: while the position exists and still has no manager;
- cycle: while any position of the cycle exists and has no manager (the importer dropped one
  link to break the cycle; we do not know which position lost it, so any top-less member of
  the cycle keeps the finding alive). Its positions are the cycle's ids in the cycle's order.
- extra_manager (GraphML, where a node may have several solid lines in): while the position
  exists; the extra managers became dotted lines, which the user may keep or make solid.
A problem that names no position cannot be checked and stands.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from orgeditor.model import ImportProblem, distinct_label
from orgeditor.rules.finding import Finding
from orgeditor.rules.problem_texts import problem_text
from orgeditor.rules.registry import RuleContext, rule


def _problems(ctx: RuleContext, kind: str) -> Iterator[ImportProblem]:
    return (p for p in ctx.chart.import_problems if p.kind == kind)


# (an id to name, the importer's words) -> the message variant
_DUPLICATE_VARIANTS = {
    (True, True): "",
    (True, False): ".on_import",
    (False, True): ".no_id",
    (False, False): ".no_id_on_import",
}


def _detail(ctx: RuleContext, problem: ImportProblem) -> dict[str, str]:
    """The importer's words (they name file and row) as `detail`, in the checks' language."""
    return {"detail": problem_text(problem, ctx.config.language)} if problem.message else {}


@rule("structure.duplicate_id")
def duplicate_id(ctx: RuleContext) -> Iterator[Finding]:
    chart = ctx.chart
    for problem in _problems(ctx, "duplicate_id"):
        ids = problem.position_ids
        if not all(pid in chart for pid in ids):
            continue
        params: dict[str, str] = {"id": ids[0]} if ids else {}
        params.update(_detail(ctx, problem))
        variant = _DUPLICATE_VARIANTS[bool(ids), bool(problem.message)]
        yield ctx.finding(f"structure.duplicate_id{variant}", params, ids)


@rule("structure.unknown_manager")
def unknown_manager(ctx: RuleContext) -> Iterator[Finding]:
    chart, roots = ctx.chart, ctx.facts.roots
    for problem in _problems(ctx, "unknown_manager"):
        ids = [pid for pid in problem.position_ids if pid in chart and pid in roots]
        if problem.position_ids and not ids:
            continue
        params: dict[str, Any] = {"who": tuple(distinct_label(chart, pid) for pid in ids)}
        if problem.message:
            message_id = "structure.unknown_manager"
            params["detail"] = problem_text(problem, ctx.config.language)
        elif problem.reference:
            message_id = "structure.unknown_manager.reference"
            params["reference"] = problem.reference
        else:
            message_id = "structure.unknown_manager.no_reference"
        yield ctx.finding(message_id, params, ids)


@rule("structure.cycle")
def cycle(ctx: RuleContext) -> Iterator[Finding]:
    chart, roots = ctx.chart, ctx.facts.roots
    for problem in _problems(ctx, "cycle"):
        ids = problem.position_ids
        if ids and not any(pid in chart and pid in roots for pid in ids):
            continue
        params = {"count": len(ids), "ids": tuple(ids), **_detail(ctx, problem)}
        message_id = (
            "structure.cycle"
            if problem.message
            else "structure.cycle.path"
            if ids
            else "structure.cycle.no_ids"
        )
        yield ctx.finding(message_id, params, [pid for pid in ids if pid in chart], keep_order=True)


@rule("structure.extra_manager")
def extra_manager(ctx: RuleContext) -> Iterator[Finding]:
    chart = ctx.chart
    for problem in _problems(ctx, "extra_manager"):
        ids = [pid for pid in problem.position_ids if pid in chart]
        if problem.position_ids and not ids:
            continue
        params: dict[str, Any] = {"who": tuple(distinct_label(chart, pid) for pid in ids[:1])}
        params.update(_detail(ctx, problem))
        message_id = "structure.extra_manager" + ("" if problem.message else ".in_file")
        yield ctx.finding(message_id, params, ids)


@rule("structure.multiple_roots")
def multiple_roots(ctx: RuleContext) -> Iterator[Finding]:
    roots = ctx.facts.roots
    if len(roots) > 1:
        yield ctx.finding("structure.multiple_roots", {"roots": len(roots)}, roots)
