"""One copy of each model's structure: first-line managers with their sellers, and their teams.

A copy is the whole structure for one value of the segment dimension (or the only copy). Each
function returns the copy's first-line managers; build.py puts them under the sales leader.
- assembly line: per stage (lead generation: SDR; closing: AE; retention: AM and CSM) one team
  of kind "stage"; a sales manager per `sellers_per_manager` sellers of the copy, neighbouring
  small stages sharing one;
- pod: per pod one team of kind "pod" and its pod lead;
- island: a team lead per `sellers_per_manager` generalists, each group a team of kind "other".
"""

from __future__ import annotations

import math
from collections.abc import Callable

from orgeditor.templates.params import TemplateParams
from orgeditor.templates.seats import Draft, Seat, split_evenly
from orgeditor.templates.titles import stages_manager_title, team_name

STAGES = (
    ("lead_generation", "lead-generation", ("sdr",)),
    ("closing", "closing", ("ae",)),
    ("retention", "retention", ("am", "csm")),
)
POD_ROLES = (("sdr", "pod_sdr"), ("ae", "pod_ae"), ("am", "pod_am"), ("csm", "pod_csm"))


def _team_label(base: str, value: str, number: int | None) -> str:
    """'Pod 2', 'Pod North', 'Pod North 2'."""
    parts = [base, value, str(number) if number is not None else ""]
    return " ".join(p for p in parts if p)


def _managed(
    sellers: list[Seat],
    per_manager: int,
    make_manager: Callable[[int, list[Seat]], Seat],
) -> list[Seat]:
    """Sellers split evenly over as many managers as `per_manager` asks for."""
    if not sellers:
        return []
    chunks = split_evenly(sellers, math.ceil(len(sellers) / per_manager))
    return [make_manager(n, chunk) for n, chunk in enumerate(chunks, 1)]


def _pack_stages(
    stages: list[tuple[str, list[Seat]]], per_manager: int
) -> list[tuple[list[str], list[Seat]]]:
    """Stages (in journey order) shared out over first-line managers of at most `per_manager`
    sellers each: neighbouring small stages share a manager, a stage larger than `per_manager`
    is split evenly over managers of its own. Returns (stages, sellers) per manager."""
    managers: list[tuple[list[str], list[Seat]]] = []
    current: tuple[list[str], list[Seat]] | None = None
    for stage, sellers in stages:
        if len(sellers) > per_manager:
            current = None
            chunks = split_evenly(sellers, math.ceil(len(sellers) / per_manager))
            managers.extend(([stage], chunk) for chunk in chunks)
        elif current is not None and len(current[1]) + len(sellers) <= per_manager:
            current[0].append(stage)
            current[1].extend(sellers)
        else:
            current = ([stage], list(sellers))
            managers.append(current)
    return managers


def assembly_line(draft: Draft, params: TemplateParams, value: str, prefix: str) -> list[Seat]:
    """Per stage a team of kind "stage"; the copy's sellers shared out over first-line managers
    by `sellers_per_manager` (per copy: a copy of 2 SDR, 2 AE and 2 AM has one sales manager,
    not three). A manager of one stage belongs to its team; a manager of several stages to
    none (each seller still belongs to their stage's team, which keeps the line a line)."""
    counts = {"sdr": params.sdr, "ae": params.ae, "am": params.am, "csm": params.csm}
    stages: list[tuple[str, list[Seat]]] = []
    teams: dict[str, str] = {}
    for stage, stage_slug, roles in STAGES:
        if not sum(counts[r] for r in roles):
            continue
        team = teams[stage] = draft.team(
            f"{prefix}{stage_slug}",
            _team_label(team_name(stage, draft.language), value, None),
            "stage",
            value,
        )
        sellers = [
            draft.seat(f"{prefix}{role}-{n}", role, role, team=team)
            for role in roles
            for n in range(1, counts[role] + 1)
        ]
        stages.append((stage, sellers))
    numbers: dict[str, int] = {}
    managers = []
    for covered, sellers in _pack_stages(stages, params.sellers_per_manager):
        one = covered[0] if len(covered) == 1 else None
        base = f"{prefix}{one.replace('_', '-')}-manager" if one else f"{prefix}sales-manager"
        numbers[base] = numbers.get(base, 0) + 1
        managers.append(
            draft.seat(
                f"{base}-{numbers[base]}",
                f"manager_{one}" if one else "manager_stages",
                "sales_manager",
                team=teams[one] if one else None,
                title=stages_manager_title(covered, draft.language),
                reports=sellers,
            )
        )
    return managers


def pod(draft: Draft, params: TemplateParams, value: str, prefix: str) -> list[Seat]:
    leads = []
    for n in range(1, params.pods + 1):
        number = n if params.pods > 1 or not value else None
        team = draft.team(
            f"{prefix}pod-{n}",
            _team_label(team_name("pod", draft.language), value, number),
            "pod",
            value,
        )
        sellers = [
            draft.seat(f"{prefix}pod-{n}-{role}-{k}", role, role, team=team)
            for role, field in POD_ROLES
            for k in range(1, getattr(params, field) + 1)
        ]
        leads.append(
            draft.seat(
                f"{prefix}pod-{n}-lead", "pod_lead", "sales_manager", team=team, reports=sellers
            )
        )
    return leads


def island(draft: Draft, params: TemplateParams, value: str, prefix: str) -> list[Seat]:
    sellers = [
        draft.seat(f"{prefix}rep-{n}", "generalist", "generalist")
        for n in range(1, params.generalists + 1)
    ]
    groups = math.ceil(len(sellers) / params.sellers_per_manager)

    def lead(n: int, reports: list[Seat]) -> Seat:
        number = n if groups > 1 or not value else None
        team = draft.team(
            f"{prefix}team-{n}",
            _team_label(team_name("team", draft.language), value, number),
            "other",
            value,
        )
        for seller in reports:
            seller.team = team
        return draft.seat(
            f"{prefix}team-{n}-lead", "team_lead", "sales_manager", team=team, reports=reports
        )

    return _managed(sellers, params.sellers_per_manager, lead)


COPY_BUILDERS = {"assembly_line": assembly_line, "pod": pod, "island": island}
