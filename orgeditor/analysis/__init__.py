"""Qt-free figures about a chart: model inference, headcount, spans, layers, cost, vacancies,
segmentation, the sales scope. ChartFacts (one pass per chart revision) is shared with the
rules."""

from orgeditor.analysis.cost import CostTotals, cost_totals
from orgeditor.analysis.counts import Counts, counts, counts_from_facts
from orgeditor.analysis.facts import ChartFacts, facts_for
from orgeditor.analysis.inference import (
    ModelInference,
    infer_from_facts,
    infer_model,
    infer_team_model,
    pod_team_names,
)
from orgeditor.analysis.scope import (
    SCOPE_MODES,
    Scope,
    ScopeTracker,
    compute_scope,
    describe_scope,
    scope_description,
    scope_for,
)
from orgeditor.analysis.segmentation import SegmentationFacts, segmentation
from orgeditor.analysis.segments import UNASSIGNED
from orgeditor.analysis.structure import layers, spans
from orgeditor.analysis.teams import TeamKey
from orgeditor.analysis.vacancies import vacancies

__all__ = [
    "SCOPE_MODES",
    "UNASSIGNED",
    "ChartFacts",
    "CostTotals",
    "Counts",
    "ModelInference",
    "Scope",
    "ScopeTracker",
    "SegmentationFacts",
    "TeamKey",
    "compute_scope",
    "cost_totals",
    "counts",
    "counts_from_facts",
    "describe_scope",
    "facts_for",
    "infer_from_facts",
    "infer_model",
    "infer_team_model",
    "layers",
    "pod_team_names",
    "scope_description",
    "scope_for",
    "segmentation",
    "spans",
    "vacancies",
]
