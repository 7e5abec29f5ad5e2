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

from orgeditor.model import ImportProblem, distinct_label, plural
from orgeditor.rules.finding import Finding
from orgeditor.rules.registry import RuleContext, rule


def _problems(ctx: RuleContext, kind: str) -> Iterator[ImportProblem]:
    return (p for p in ctx.chart.import_problems if p.kind == kind)


def _message(headline: str, problem: ImportProblem, fallback: str) -> str:
    """The headline with the importer's own words (they name file and row), else a
    fallback detail."""
    return f"{headline}: {problem.message}" if problem.message else f"{headline}{fallback}"


@rule("structure.duplicate_id")
def duplicate_id(ctx: RuleContext) -> Iterator[Finding]:
    chart = ctx.chart
    for problem in _problems(ctx, "duplicate_id"):
        ids = problem.position_ids
        if not all(pid in chart for pid in ids):
            continue
        shown = f" {ids[0]!r}" if ids else ""
        yield ctx.finding(
            _message(f"Id{shown} was used by more than one position", problem, " on import"),
            ids,
        )


@rule("structure.unknown_manager")
def unknown_manager(ctx: RuleContext) -> Iterator[Finding]:
    chart, roots = ctx.chart, ctx.facts.roots
    for problem in _problems(ctx, "unknown_manager"):
        ids = [pid for pid in problem.position_ids if pid in chart and pid in roots]
        if problem.position_ids and not ids:
            continue
        who = ", ".join(distinct_label(chart, pid) for pid in ids) or "A position"
        reference = f" {problem.reference!r}" if problem.reference else " a manager"
        yield ctx.finding(
            _message(
                f"{who} has no manager",
                problem,
                f": the reference{reference} matches no id and no unique name",
            ),
            ids,
        )


@rule("structure.cycle")
def cycle(ctx: RuleContext) -> Iterator[Finding]:
    chart, roots = ctx.chart, ctx.facts.roots
    for problem in _problems(ctx, "cycle"):
        ids = problem.position_ids
        if ids and not any(pid in chart and pid in roots for pid in ids):
            continue
        path = f" ({' -> '.join((*ids, ids[0]))})" if ids else ""
        yield ctx.finding(
            _message(
                f"Reporting lines formed a cycle through {plural(len(ids), 'position')}",
                problem,
                f"{path}; one line was dropped to break it",
            ),
            [pid for pid in ids if pid in chart],
            keep_order=True,
        )


@rule("structure.extra_manager")
def extra_manager(ctx: RuleContext) -> Iterator[Finding]:
    chart = ctx.chart
    for problem in _problems(ctx, "extra_manager"):
        ids = [pid for pid in problem.position_ids if pid in chart]
        if problem.position_ids and not ids:
            continue
        who = ", ".join(distinct_label(chart, pid) for pid in ids[:1]) or "A position"
        yield ctx.finding(
            _message(f"{who} had more than one solid manager", problem, " in the file"),
            ids,
        )


@rule("structure.multiple_roots")
def multiple_roots(ctx: RuleContext) -> Iterator[Finding]:
    roots = ctx.facts.roots
    if len(roots) > 1:
        yield ctx.finding(
            f"{len(roots)} positions have no manager: the chart is {len(roots)} separate trees",
            roots,
        )
