"""One side of a comparison as figures (diff_summary compares two): model, sellers per stage,
coverage, pods and their gaps, segmentation cells, span, layers, headcount, cost.

A pod is what model.pod_incomplete calls one: a team of kind pod holding sellers, or a mixed
group (a `team`, else a manager's sellers; analysis/teams.py). Its gaps are the stages (lead
generation, closing, retention) no specialist of it covers. Coverage is sellers per enablement
(or operations) person, "1 per 12 sellers"; "0" without one. Span mean and max are over the
managers (positions with direct reports); layers as analysis.layers (positions on the longest
chain). Cost is None without cost data. The words are English here; diff_texts.py has both
languages (`number`, `coverage_text` and `pod_name` take one).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from orgeditor.analysis.cost import cost_totals
from orgeditor.analysis.counts import counts
from orgeditor.analysis.diff_texts import DEFAULT_LANGUAGE, say
from orgeditor.analysis.diff_texts import number as number_in
from orgeditor.analysis.facts import facts_for
from orgeditor.analysis.inference import infer_model
from orgeditor.analysis.segmentation import segmentation
from orgeditor.analysis.structure import layers, spans
from orgeditor.analysis.teams import TeamKey
from orgeditor.model import SELLER_STAGES, Chart, distinct_label

STAGES = (*SELLER_STAGES, "all")  # "all": generalists
STAGE_WORDS = {
    "lead_generation": "lead generation",
    "closing": "closing",
    "retention": "retention",
    "all": "generalists",
}


@dataclass(frozen=True)
class Pod:
    key: TeamKey
    name: str
    members: int  # sellers
    gaps: tuple[str, ...]  # stages no specialist covers, in SELLER_STAGES order
    lead: str = ""  # a group by manager: the manager's label (the name says "the team of" it)


@dataclass(frozen=True)
class SideFigures:
    """One side's figures; every number the summary compares."""

    model: str
    model_reason: str
    counts: dict[str, int]  # as `check` gives them: positions, sellers, enablement, operations
    stages: dict[str, int]  # sellers per stage, STAGES order
    filled: int
    open: int  # vacant plus planned
    cells: int  # occupied segmentation cells
    dimensions: tuple[str, ...]  # the used segment dimensions
    thin_cells: int
    managers: int
    span_mean: float | None
    span_max: int | None
    layers: int
    cost: float | None
    pods: tuple[Pod, ...] = ()

    def coverage(self, family: str) -> float | None:
        """Sellers per enablement / operations person; None without one."""
        people = self.counts[family]
        return self.counts["sellers"] / people if people else None

    def numbers(self) -> dict[str, float | int | None]:
        """Flat figures for the before/after/delta tables (FIGURE_LABELS order)."""
        found: dict[str, Any] = {
            "positions": self.counts["positions"],
            "filled": self.filled,
            "open": self.open,
            "sellers": self.counts["sellers"],
        }
        found.update({f"stage.{s}": self.stages[s] for s in STAGES})
        found.update(
            enablement=self.counts["enablement"],
            enablement_coverage=self.coverage("enablement"),
            operations=self.counts["operations"],
            operations_coverage=self.coverage("operations"),
            pods=len(self.pods),
            cells=self.cells,
            thin_cells=self.thin_cells,
            managers=self.managers,
            span_mean=self.span_mean,
            span_max=self.span_max,
            layers=self.layers,
            cost=self.cost,
        )
        return found


FIGURE_LABELS = {
    "positions": "Headcount (positions)",
    "filled": "Filled",
    "open": "Vacant or planned",
    "sellers": "Sellers",
    **{f"stage.{s}": f"Sellers: {STAGE_WORDS[s]}" for s in STAGES},
    "enablement": "Enablement staff",
    "enablement_coverage": "Sellers per enablement person",
    "operations": "Sales operations staff",
    "operations_coverage": "Sellers per operations person",
    "pods": "Pods",
    "cells": "Segmentation cells",
    "thin_cells": "Cells with one seller",
    "managers": "Managers",
    "span_mean": "Span of control, mean",
    "span_max": "Span of control, max",
    "layers": "Layers",
    "cost": "Cost",
}


def pods_of(chart: Chart) -> tuple[Pod, ...]:
    """Teams of kind pod holding sellers, then mixed groups (listed once)."""
    teams = facts_for(chart).teams
    keys: dict[TeamKey, None] = {
        ("team", t.id): None
        for t in chart.teams()
        if t.kind == "pod" and ("team", t.id) in teams.sellers
    }
    keys.update(dict.fromkeys(sorted(teams.mixed)))
    found = []
    for key in keys:
        covered = teams.covered(key)
        gaps = tuple(s for s in SELLER_STAGES if s not in covered)
        lead = ""
        if key[0] == "team":
            name = chart.team(key[1]).name or key[1]
        else:
            lead = distinct_label(chart, key[1])
            name = say("pod.of_manager", lead=lead)
        found.append(Pod(key, name, len(teams.sellers.get(key, ())), gaps, lead))
    return tuple(found)


def side_figures(chart: Chart) -> SideFigures:
    figures = counts(chart)
    inference = infer_model(chart)
    seg = segmentation(chart)
    found = list(spans(chart).values())
    return SideFigures(
        model=inference.model,
        model_reason=inference.reason,
        counts=figures.summary(),
        stages={s: figures.by_stage.get(s, 0) for s in STAGES},
        filled=figures.filled,
        open=figures.open,
        cells=len(seg.cells) if seg.used_dimensions else 0,
        dimensions=seg.used_dimensions,
        thin_cells=sum(1 for ids in seg.cells.values() if len(ids) == 1)
        if seg.used_dimensions
        else 0,
        managers=len(found),
        span_mean=sum(found) / len(found) if found else None,
        span_max=max(found) if found else None,
        layers=layers(chart),
        cost=cost_totals(chart).total,
        pods=pods_of(chart),
    )


def number(value: float | None, language: str = DEFAULT_LANGUAGE) -> str:
    """12 -> '12', 2.5 -> '2.5', 1234567.0 -> '1,234,567'; None -> '–' (diff_texts.number)."""
    return number_in(value, language)


def pod_name(pod: Pod, language: str = DEFAULT_LANGUAGE) -> str:
    """A team's name as it is; a group by manager 'the team of Ada' / 'teamet til Ada'."""
    return say("pod.of_manager", language, lead=pod.lead) if pod.lead else pod.name


def coverage_text(side: SideFigures, family: str, language: str = DEFAULT_LANGUAGE) -> str:
    """'1 per 12 sellers' / '1 per 12 selgere'; '0' without anyone of the family."""
    per = side.coverage(family)
    if per is None:
        return "0"
    if not side.counts["sellers"]:
        return say("coverage.no_sellers", language)
    return say("coverage.per", language, n=round(per, 1))
