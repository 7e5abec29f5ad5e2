"""Which sales model a chart (or a team) follows: RULES.md "Which model a chart follows".

Conditions, each on the sellers (specialists are sellers other than generalists):
- pod: specialists exist and at least half of them sit in mixed teams;
- assembly line: the specialists cover two or more stages and at least half of them sit in
  single-stage teams;
- island: generalists are at least half of the sellers, or only one stage is present;
- none: no sellers.
Precedence: declared, then pod, then assembly line, then island. Read literally, island is
therefore reached only when the specialists cover at most one stage (with two or more stages
covered, one of pod and assembly line always holds). We follow the contract as written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from orgeditor.analysis.facts import ChartFacts, facts_for
from orgeditor.analysis.roletable import GENERALIST_STAGE, role_info, stage_label
from orgeditor.analysis.teams import TeamIndex, team_key
from orgeditor.model import SELLER_STAGES, Chart


@dataclass(frozen=True)
class ModelInference:
    model: str  # "island" | "pod" | "assembly_line" | "none"
    reason: str
    declared: bool


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def infer_from(
    sellers: int, stage_counts: Counter[str], specialists_in_mixed: int
) -> ModelInference:
    """The inferred model from seller aggregates (see the module docstring)."""
    if sellers == 0:
        return ModelInference("none", "inferred: no sellers", False)
    generalists = stage_counts.get(GENERALIST_STAGE, 0)
    specialists = sellers - generalists
    stages = [s for s in SELLER_STAGES if stage_counts.get(s)]
    if specialists and 2 * specialists_in_mixed >= specialists:
        return ModelInference(
            "pod",
            f"inferred: {specialists_in_mixed} of {_plural(specialists, 'specialist')} "
            f"sit in mixed teams",
            False,
        )
    in_single = specialists - specialists_in_mixed
    if len(stages) >= 2 and 2 * in_single >= specialists:
        return ModelInference(
            "assembly_line",
            f"inferred: {in_single} of {_plural(specialists, 'specialist')} sit in "
            f"single-stage teams, covering {len(stages)} stages",
            False,
        )
    if 2 * generalists >= sellers:
        reason = f"inferred: {generalists} of {_plural(sellers, 'seller')} are generalists"
    else:
        reason = f"inferred: only one stage ({stage_label(stages[0])}) is present"
    return ModelInference("island", reason, False)


def infer_from_facts(facts: ChartFacts, declared_model: str | None) -> ModelInference:
    if declared_model:
        return ModelInference(declared_model, "declared in the chart's settings", True)
    return infer_from(facts.sellers, facts.stage_counts, facts.teams.specialists_in_mixed)


def infer_model(chart: Chart) -> ModelInference:
    """The chart's model: declared in its settings, else inferred from its sellers."""
    return infer_from_facts(facts_for(chart), chart.settings.declared_model)


def infer_team_model(chart: Chart, team_id: str) -> ModelInference:
    """A team's (sales unit's) model: its declared one, else inferred from its own sellers,
    grouped by their direct manager (inside one team, the team itself says nothing)."""
    team = chart.team(team_id)
    if team.declared_model:
        return ModelInference(
            team.declared_model, f"declared for team {team.name or team.id}", True
        )
    return _infer_group(
        (pid, chart.manager_of(pid), chart.position(pid).role)
        for pid in chart.team_members(team_id)
    )


def _infer_group(members: Iterable[tuple[str, str | None, str]]) -> ModelInference:
    index = TeamIndex()
    stage_counts: Counter[str] = Counter()
    sellers = 0
    for pid, manager, role in members:
        info = role_info(role)
        if not info.is_seller or info.stage is None:
            continue
        sellers += 1
        stage_counts[info.stage] += 1
        index.add(team_key(None, manager, pid), pid, info.stage, info.is_specialist)
    return infer_from(sellers, stage_counts, index.specialists_in_mixed)
