"""Qt-free figures about a chart: model inference, headcount, spans, layers, cost, vacancies,
segmentation. ChartFacts (one pass per chart revision) is shared with the rules."""

from orgeditor.analysis.cost import CostTotals, cost_totals
from orgeditor.analysis.counts import Counts, counts, counts_from_facts
from orgeditor.analysis.facts import ChartFacts, facts_for
from orgeditor.analysis.inference import (
    ModelInference,
    infer_from_facts,
    infer_model,
    infer_team_model,
)
from orgeditor.analysis.segmentation import SegmentationFacts, segmentation
from orgeditor.analysis.segments import UNASSIGNED
from orgeditor.analysis.structure import layers, spans
from orgeditor.analysis.teams import TeamKey
from orgeditor.analysis.vacancies import vacancies

__all__ = [
    "UNASSIGNED",
    "ChartFacts",
    "CostTotals",
    "Counts",
    "ModelInference",
    "SegmentationFacts",
    "TeamKey",
    "cost_totals",
    "counts",
    "counts_from_facts",
    "facts_for",
    "infer_from_facts",
    "infer_model",
    "infer_team_model",
    "layers",
    "segmentation",
    "spans",
    "vacancies",
]
