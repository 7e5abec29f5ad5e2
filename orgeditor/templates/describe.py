"""describe(params): a one-line summary of what a template will make, for a wizard."""

from __future__ import annotations

from orgeditor.analysis import counts
from orgeditor.model import dimension_label, model_label, plural
from orgeditor.rules import run
from orgeditor.templates.build import build_chart
from orgeditor.templates.params import TemplateParams, validate

_SHORT = {"sdr": "SDR", "ae": "AE", "am": "AM", "csm": "CSM"}


def _seats(pairs: list[tuple[str, int]]) -> str:
    return ", ".join(f"{n} {_SHORT[role]}" for role, n in pairs if n)


def _composition(params: TemplateParams) -> str:
    if params.model == "assembly_line":
        stages = _seats([(r, getattr(params, r)) for r in ("sdr", "ae", "am", "csm")])
        return f"{stages}, a sales manager per {params.sellers_per_manager} sellers"
    if params.model == "pod":
        pod = _seats([(r, getattr(params, f"pod_{r}")) for r in ("sdr", "ae", "am", "csm")])
        return f"{plural(params.pods, 'pod')} of {pod} with a pod lead each"
    return (
        f"{plural(params.generalists, 'generalist')}, a team lead per {params.sellers_per_manager}"
    )


def describe(params: TemplateParams) -> str:
    """'Pod: 3 pods of 1 SDR, 2 AE, 1 AM with a pod lead each – 12 sellers, 19 positions
    (4 managers, 1 in sales operations, 2 in enablement); no warnings'.

    With a segment the composition is per value ("Island, one per region (North, South): ...").
    When the chart
    would draw warnings from the checks, their rule ids end the line. Raises TemplateError for
    parameters the template cannot build from."""
    params = validate(params)
    chart = build_chart(params)
    figures = counts(chart)
    managers = sum(figures.by_role.get(r, 0) for r in ("cro", "sales_leader", "sales_manager"))
    per = ""
    if params.segment:
        dimension, values = params.segment
        per = f", one per {dimension_label(dimension).lower()} ({', '.join(values)})"
    warned = sorted({f.rule for f in run(chart) if f.severity in ("error", "warning")})
    verdict = f"the checks will warn: {', '.join(warned)}" if warned else "no warnings"
    return (
        f"{model_label(params.model)}{per}: {_composition(params)} – "
        f"{figures.sellers} sellers, {figures.positions} positions ({managers} managers, "
        f"{figures.operations} in sales operations, {figures.enablement} in enablement); {verdict}"
    )
