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
    dimension_label,
    distinct_label,
    plural,
    stage_label,
)
from orgeditor.rules.finding import Finding
from orgeditor.rules.people import sales_owners
from orgeditor.rules.registry import RuleContext, rule, team_rule

_STAGE_ROLES = {"lead_generation": "SDR/BDR", "closing": "AE", "retention": "AM/CSM"}


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
        yield ctx.finding(
            f"Island model ({model.reason}) with {plural(ctx.facts.sellers, 'seller')} "
            f"(more than {limit:g})",
            sales_owners(ctx),
        )


@rule("model.assembly_line_small")
def assembly_line_small(ctx: RuleContext) -> Iterator[Finding]:
    model = chart_model(ctx)
    minimum = ctx["assembly_line_min_sellers"]
    if model.model == "assembly_line" and ctx.facts.sellers < minimum:
        yield ctx.finding(
            f"Assembly line ({model.reason}) with {plural(ctx.facts.sellers, 'seller')} "
            f"(fewer than {minimum:g})",
            sales_owners(ctx),
        )


@rule("model.assembly_line_gap")
def assembly_line_gap(ctx: RuleContext) -> Iterator[Finding]:
    if chart_model(ctx).model != "assembly_line":
        return
    facts = ctx.facts
    owners = sales_owners(ctx)
    for stage in _missing(facts.stage_counts):
        yield ctx.finding(
            f"The assembly line has no {stage_label(stage).lower()} seller "
            f"({_STAGE_ROLES[stage]}) among its {plural(facts.sellers, 'seller')}",
            owners,
        )
    dimension = facts.segments.primary()
    if dimension is None:
        return
    sellers_by_value = facts.segments.value_sellers(dimension)
    for value, stages in facts.segments.value_stages(dimension).items():
        sellers = sellers_by_value[value]
        for stage in _missing(stages):
            yield ctx.finding(
                f"{dimension_label(dimension)} {value} has no "
                f"{stage_label(stage).lower()} seller ({_STAGE_ROLES[stage]}) among its "
                f"{plural(len(sellers), 'seller')}",
                sellers,
            )


def _pods(ctx: RuleContext) -> list[TeamKey]:
    """Teams of kind pod, then the mixed teams (a team may be both: listed once)."""
    pods = {("team", t.id): None for t in ctx.chart.teams() if t.kind == "pod"}
    pods.update(dict.fromkeys(ctx.facts.teams.mixed))
    return list(pods)


def _pod_name(chart: Chart, key: TeamKey) -> str:
    kind, ident = key
    if kind == "team":
        team = chart.team(ident)
        name = team.name or team.id
        # "Pod North" stays as it is, not "Pod Pod North"
        return name if name.casefold().startswith("pod") else f"Pod {name}"
    return f"The team of {distinct_label(chart, ident)}"


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
    lacks = ", ".join(f"{stage_label(s).lower()} ({_STAGE_ROLES[s]})" for s in missing)
    return ctx.finding(
        f"{_pod_name(chart, key)} ({plural(len(members), 'member')}) lacks {lacks}",
        members,
    )


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
        yield ctx.finding(
            f"Assembly line in a relationship-driven industry ({industry}): customers are "
            f"handed over between {len(SELLER_STAGES)} stages",
            sales_owners(ctx),
        )
        return
    verticals = facts.segments.value_sellers("vertical")
    if not verticals:
        return
    top, sellers = min(verticals.items(), key=lambda item: (-len(item[1]), item[0]))
    if _match(top, terms):
        yield ctx.finding(
            f"Assembly line while the most common vertical ({top}, "
            f"{len(sellers)} of {plural(facts.sellers, 'seller')}) is relationship-driven",
            sales_owners(ctx),
        )
