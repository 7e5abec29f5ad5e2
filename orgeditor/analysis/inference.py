"""Which sales model a chart (or a sales unit) follows: RULES.md "Which model a chart follows".

A seller's *group* is its `team` where it has one, else its direct manager (analysis/teams.py);
a group is *mixed* when its specialists cover two or more stages. In order of precedence:
- declared: the chart's (or the unit's) own setting;
- island: generalists are at least half of the sellers, or the specialists cover one stage;
- pod: at least half of the specialists sit in mixed groups, and there are two or more mixed
  groups or a team of kind pod holding sellers. One mixed group on its own (a leader with an
  SDR, an AE and an AM straight under them) is a single team working stage by stage;
- assembly line: the specialists cover two or more stages and the chart is not a pod;
- none: no sellers.
An empty team of kind pod says nothing about how the sellers work, so it does not count.

The reason names what decided, and says "team" only for a `team` ("9 of 12 specialists sit in 3
mixed teams"; "6 of 6 specialists sit in 2 mixed groups (by manager)").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from orgeditor.analysis.facts import ChartFacts, facts_for
from orgeditor.analysis.roletable import GENERALIST_STAGE, role_info
from orgeditor.analysis.teams import TeamIndex, team_key
from orgeditor.model import SELLER_STAGES, Chart, plural, stage_label


@dataclass(frozen=True)
class ModelInference:
    model: str  # "island" | "pod" | "assembly_line" | "none"
    reason: str
    declared: bool


def _groups(kinds: Mapping[str, int], adjective: str) -> str:
    """'2 mixed teams and 1 mixed group (by manager)' from group counts by the kind of their
    key (analysis/teams.py): teams are `team`s, groups a manager's reports."""
    parts = []
    if kinds.get("team"):
        parts.append(plural(kinds["team"], f"{adjective} team"))
    if kinds.get("manager"):
        parts.append(plural(kinds["manager"], f"{adjective} group") + " (by manager)")
    if kinds.get("self"):  # a seller with neither team nor manager is a group of one
        parts.append(plural(kinds["self"], "seller") + " on their own")
    return " and ".join(parts)


def infer_from(
    sellers: int,
    stage_counts: Counter[str],
    teams: TeamIndex,
    pod_teams: Callable[[], list[str]] = list,
) -> ModelInference:
    """The inferred model from seller aggregates (see the module docstring). `pod_teams`
    gives the names of the teams of kind pod that hold sellers (asked only when they decide).
    Costs no pass over positions or groups: the live checks ask after every edit."""
    if sellers == 0:
        return ModelInference("none", "inferred: no sellers", False)
    generalists = stage_counts.get(GENERALIST_STAGE, 0)
    specialists = sellers - generalists
    stages = [s for s in SELLER_STAGES if stage_counts.get(s)]
    if 2 * generalists >= sellers:
        reason = f"inferred: {generalists} of {plural(sellers, 'seller')} are generalists"
        return ModelInference("island", reason, False)
    if len(stages) < 2:
        reason = f"inferred: only one stage ({stage_label(stages[0]).lower()}) is present"
        return ModelInference("island", reason, False)
    in_mixed = teams.specialists_in_mixed
    mixed = teams.mixed_kinds
    if 2 * in_mixed >= specialists:
        sit = f"inferred: {in_mixed} of {plural(specialists, 'specialist')} sit in"
        if len(teams.mixed) >= 2:
            return ModelInference("pod", f"{sit} {_groups(mixed, 'mixed')}", False)
        pods = pod_teams()
        if pods:
            which = pods[0] if len(pods) == 1 else plural(len(pods), "team")
            verb = "is a team" if len(pods) == 1 else "are teams"
            reason = f"{sit} {_groups(mixed, 'mixed')}; {which} {verb} of kind pod"
            return ModelInference("pod", reason, False)
        # one mixed group alone: RULES.md calls it an assembly line, a team working stage by stage
        reason = (
            f"inferred: {plural(specialists, 'specialist')} cover {len(stages)} stages in "
            f"{_groups(mixed, 'mixed')}, a single team working stage by stage"
        )
        return ModelInference("assembly_line", reason, False)
    reason = (
        f"inferred: {specialists - in_mixed} of {plural(specialists, 'specialist')} sit in "
        f"{_groups(teams.single_stage_kinds(), 'single-stage')}, covering {len(stages)} stages"
    )
    return ModelInference("assembly_line", reason, False)


def pod_team_names(chart: Chart, facts: ChartFacts) -> list[str]:
    """The names of the teams of kind pod that hold sellers, in the chart's team order."""
    sellers = facts.teams.sellers
    return [
        team.name or team.id
        for team in chart.teams()
        if team.kind == "pod" and ("team", team.id) in sellers
    ]


def infer_from_facts(facts: ChartFacts, chart: Chart) -> ModelInference:
    """The chart's model from facts kept for it (the live Checker keeps its own)."""
    declared = chart.settings.declared_model
    if declared:
        return ModelInference(declared, "declared in the chart's settings", True)
    return infer_from(
        facts.sellers, facts.stage_counts, facts.teams, lambda: pod_team_names(chart, facts)
    )


def infer_model(chart: Chart) -> ModelInference:
    """The chart's model: declared in its settings, else inferred from its sellers."""
    return infer_from_facts(facts_for(chart), chart)


def infer_team_model(chart: Chart, team_id: str) -> ModelInference:
    """A team's (sales unit's) model: its declared one, else inferred from its own sellers,
    grouped by their direct manager (inside one team, the team itself groups nothing). A unit
    that is a team of kind pod counts as one pod team."""
    team = chart.team(team_id)
    name = team.name or team.id
    if team.declared_model:
        return ModelInference(team.declared_model, f"declared for team {name}", True)
    index = TeamIndex()
    stage_counts: Counter[str] = Counter()
    sellers = 0
    for pid in chart.team_members(team_id):
        info = role_info(chart.position(pid).role)
        if not info.is_seller or info.stage is None:
            continue
        sellers += 1
        stage_counts[info.stage] += 1
        key = team_key(None, chart.manager_of(pid), pid)
        index.add(key, pid, info.stage, info.is_specialist)
    pods = [name] if team.kind == "pod" and sellers else []
    return infer_from(sellers, stage_counts, index, lambda: pods)
