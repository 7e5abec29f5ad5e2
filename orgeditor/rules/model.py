"""model.*: fit between the sales model (declared or inferred) and the chart.

Decisions where RULES.md is silent:
- assembly_line_gap: a generalist covers every stage ("all stages" in the role table), so a
  scope with a generalist has no gap. Per-value scopes are the non-empty values of the primary
  dimension (sellers without a value are not a segment). One finding per (scope, stage).
- pod_incomplete: only the named specialists fill a stage (sdr; ae; am or csm), as the rule
  says. A pod's members are all members of a team of kind pod (or of a mixed `team`), or the
  sellers of a mixed manager's team.
- relationship_handoffs: a setting term matches when it occurs in the industry or vertical,
  case-insensitively ("bank" matches "Retail banking", "eiendom" "eiendomsmegling"). The most
  common vertical: most sellers, ties to the alphabetically first value.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from orgeditor.analysis import ModelInference, TeamKey, infer_from_facts
from orgeditor.analysis.roletable import GENERALIST_STAGE
from orgeditor.model import (
    SELLER_STAGES,
    Chart,
    distinct_label,
)
from orgeditor.rules.finding import Finding
from orgeditor.rules.people import sales_owners
from orgeditor.rules.registry import RuleContext, rule, team_rule


def chart_model(ctx: RuleContext) -> ModelInference:
    return infer_from_facts(ctx.facts, ctx.chart)


def _missing(stages: Iterable[str]) -> list[str]:
    present = set(stages)
    if GENERALIST_STAGE in present:
        return []
    return [s for s in SELLER_STAGES if s not in present]


@rule("model.island_scale")
def island_scale(ctx: RuleContext) -> Iterator[Finding]:
    model = chart_model(ctx)
    limit = ctx["island_max_sellers"]
    if model.model == "island" and ctx.facts.sellers > limit:
        params = {"reason": model.reason, "sellers": ctx.facts.sellers, "limit": limit}
        yield ctx.finding("model.island_scale", params, sales_owners(ctx))


@rule("model.assembly_line_small")
def assembly_line_small(ctx: RuleContext) -> Iterator[Finding]:
    model = chart_model(ctx)
    minimum = ctx["assembly_line_min_sellers"]
    if model.model == "assembly_line" and ctx.facts.sellers < minimum:
        params = {"reason": model.reason, "sellers": ctx.facts.sellers, "minimum": minimum}
        yield ctx.finding("model.assembly_line_small", params, sales_owners(ctx))


@rule("model.assembly_line_gap")
def assembly_line_gap(ctx: RuleContext) -> Iterator[Finding]:
    if chart_model(ctx).model != "assembly_line":
        return
    facts = ctx.facts
    owners = sales_owners(ctx)
    for stage in _missing(facts.stage_counts):
        params = {"stage": stage, "sellers": facts.sellers}
        yield ctx.finding("model.assembly_line_gap", params, owners)
    dimension = facts.segments.primary()
    if dimension is None:
        return
    sellers_by_value = facts.segments.value_sellers(dimension)
    for value, stages in facts.segments.value_stages(dimension).items():
        sellers = sellers_by_value[value]
        for stage in _missing(stages):
            params = {
                "dimension": dimension,
                "value": value,
                "stage": stage,
                "sellers": len(sellers),
            }
            yield ctx.finding("model.assembly_line_gap.value", params, sellers)


def _pods(ctx: RuleContext) -> list[TeamKey]:
    """Teams of kind pod, then the mixed teams (a team may be both: listed once)."""
    pods = {("team", t.id): None for t in ctx.chart.teams() if t.kind == "pod"}
    pods.update(dict.fromkeys(ctx.facts.teams.mixed))
    return list(pods)


def _pod_name(chart: Chart, key: TeamKey) -> tuple[str, dict[str, str]]:
    """(message id, params) naming the pod: "Pod North" stays as it is, not "Pod Pod
    North"; a team "Alpha" is "Pod Alpha"; a mixed manager's team "The team of ..."."""
    kind, ident = key
    if kind == "team":
        team = chart.team(ident)
        name = team.name or team.id
        named = name.casefold().startswith("pod")
        return f"model.pod_incomplete{'.named' if named else ''}", {"pod": name}
    return "model.pod_incomplete.manager", {"manager": distinct_label(chart, ident)}


def _is_pod_model(ctx: RuleContext) -> bool:
    return chart_model(ctx).model == "pod"


@team_rule("model.pod_incomplete", gate=_is_pod_model, teams=_pods)
def pod_incomplete(ctx: RuleContext, key: TeamKey) -> Finding | None:
    """One pod (a team of kind pod, or a mixed team) missing a stage; the chart follows the
    pod model (the gate)."""
    chart, teams = ctx.chart, ctx.facts.teams
    kind, ident = key
    if key not in teams.mixed and not (
        kind == "team" and chart.has_team(ident) and chart.team(ident).kind == "pod"
    ):
        return None
    covered = teams.covered(key)
    missing = [s for s in SELLER_STAGES if s not in covered]
    if not missing:
        return None
    members = chart.team_members(ident) if kind == "team" else list(teams.sellers[key])
    message_id, params = _pod_name(chart, key)
    params = {**params, "members": len(members), "missing": tuple(missing)}
    return ctx.finding(message_id, params, members)


def _match(text: str, terms: Iterable[str]) -> str | None:
    folded = text.casefold()
    return next((t for t in terms if t and t.casefold() in folded), None) if folded else None


@rule("model.relationship_handoffs")
def relationship_handoffs(ctx: RuleContext) -> Iterator[Finding]:
    if chart_model(ctx).model != "assembly_line":
        return
    terms = ctx["relationship_industries"]
    industry = ctx.chart.settings.industry
    facts = ctx.facts
    if _match(industry, terms):
        params = {"industry": industry, "stages": len(SELLER_STAGES)}
        yield ctx.finding("model.relationship_handoffs", params, sales_owners(ctx))
        return
    verticals = facts.segments.value_sellers("vertical")
    if not verticals:
        return
    top, sellers = min(verticals.items(), key=lambda item: (-len(item[1]), item[0]))
    if _match(top, terms):
        params = {"vertical": top, "count": len(sellers), "sellers": facts.sellers}
        yield ctx.finding("model.relationship_handoffs.vertical", params, sales_owners(ctx))
