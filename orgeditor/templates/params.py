"""Template parameters: one dataclass for the three models, their defaults and validation.

Counts are per copy of the structure: with a segment (a dimension and its values) the template
builds one copy per value, so `--pods 2 --segment region=North,South` makes four pods.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

from orgeditor.model import SEGMENT_DIMENSIONS, model_label
from orgeditor.rules import default_config

TEMPLATE_MODELS = ("assembly_line", "pod", "island")
LANGUAGES = ("en", "nb")
SPONSORS = ("vp_enablement", "cro")

MAX_SELLERS = 5000  # a template is a plan for a sales organisation, not a stress test
MAX_SEGMENT_VALUES = 50

# default seats per copy of the structure
ISLAND_GENERALISTS = 6
ASSEMBLY_LINE_SEATS = {"sdr": 4, "ae": 4, "am": 4, "csm": 0}
POD_SEATS = {"pod_sdr": 1, "pod_ae": 2, "pod_am": 1, "pod_csm": 0}
PODS = 3
SELLERS_PER_MANAGER = 8

Segment = tuple[str, tuple[str, ...]]


class TemplateError(ValueError):
    """Parameters a template cannot build from; the message says which and why. `kind` and
    `values` name the problem for a reader that says it in another language (the wizard)."""

    def __init__(self, message: str, kind: str = "", **values: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.values = values


@dataclass(frozen=True)
class TemplateParams:
    model: str  # one of TEMPLATE_MODELS
    # assembly line: sellers per stage (retention: am + csm share the retention team)
    sdr: int = ASSEMBLY_LINE_SEATS["sdr"]
    ae: int = ASSEMBLY_LINE_SEATS["ae"]
    am: int = ASSEMBLY_LINE_SEATS["am"]
    csm: int = ASSEMBLY_LINE_SEATS["csm"]
    # pod: how many pods, and the sellers in each
    pods: int = PODS
    pod_sdr: int = POD_SEATS["pod_sdr"]
    pod_ae: int = POD_SEATS["pod_ae"]
    pod_am: int = POD_SEATS["pod_am"]
    pod_csm: int = POD_SEATS["pod_csm"]
    # island
    generalists: int = ISLAND_GENERALISTS
    # a first-line manager per N sellers of each copy (sales managers, team leads; in an
    # assembly line, small neighbouring stages share one). Pods: every pod has its own pod
    # lead, so a pod may not hold more than N sellers.
    sellers_per_manager: int = SELLERS_PER_MANAGER
    include_sales_ops: bool = True
    include_enablement: bool = True
    # or "cro": a CRO at the top when one is needed (leading sales itself where a VP Sales
    # below it would be a layer of management too many)
    enablement_sponsor: str = "vp_enablement"
    segment: Segment | None = None  # (dimension, values): one copy of the structure per value
    name: str = ""  # the chart's name; empty: a name from the model
    # empty: "VP Sales" / "Salgsdirektør" (no sales leader seat when the CRO leads sales)
    leader_title: str = ""
    language: str = "en"  # titles and team names: "en" or "nb"

    @property
    def copies(self) -> tuple[str, ...]:
        """The segment values, one per copy; ("",) without segmentation."""
        return self.segment[1] if self.segment else ("",)

    @property
    def sellers_per_copy(self) -> int:
        if self.model == "assembly_line":
            return self.sdr + self.ae + self.am + self.csm
        if self.model == "pod":
            return self.pods * self.pod_size
        return self.generalists

    @property
    def pod_size(self) -> int:
        return self.pod_sdr + self.pod_ae + self.pod_am + self.pod_csm

    @property
    def sellers(self) -> int:
        return self.sellers_per_copy * len(self.copies)


def default_params(model: str, segment: Segment | None = None) -> TemplateParams:
    """The defaults for a model, fitted to a segmentation when one is given.

    Without a segment: assembly line 4 SDR, 4 AE, 4 AM; pod 3 pods of 1 SDR, 2 AE, 1 AM;
    island 6 generalists. With one: an assembly line per value as above; one pod per value
    ("one pod per product line"); island generalists per value so the whole island stays within
    model.island_scale (at most 12) with at least 3 per value where it can (segmentation.excessive).
    """
    if model not in TEMPLATE_MODELS:
        raise TemplateError(f"unknown model {model!r}; choose one of {', '.join(TEMPLATE_MODELS)}")
    params = TemplateParams(model=model)
    if segment is None:
        return params
    params = replace(params, segment=normalise_segment(*segment))
    values = len(params.copies)
    if model == "pod":
        params = replace(params, pods=1)
    elif model == "island":
        config = default_config()
        most = int(config["model.island_scale"]["island_max_sellers"])
        fewest = math.ceil(config["segmentation.excessive"]["min_sellers_per_cell"])
        params = replace(params, generalists=max(fewest, min(ISLAND_GENERALISTS, most // values)))
    return params


def normalise_segment(dimension: str, values: Iterable[str]) -> Segment:
    """A checked (dimension, values): a known dimension ("product-line" is fine), one or more
    distinct non-empty values, surrounding spaces removed."""
    key = dimension.strip().casefold().replace("-", "_").replace(" ", "_")
    if key not in SEGMENT_DIMENSIONS:
        raise TemplateError(
            f"unknown segment dimension {dimension!r}; choose one of "
            f"{', '.join(SEGMENT_DIMENSIONS)}"
        )
    cleaned = tuple(v.strip() for v in values)
    if not cleaned or not all(cleaned):
        raise TemplateError(
            f"segment {key}: give one or more non-empty values", "segment.no_values", dimension=key
        )
    folded = [v.casefold() for v in cleaned]
    if len(set(folded)) != len(folded):
        twice = next(v for v in cleaned if folded.count(v.casefold()) > 1)
        raise TemplateError(
            f"segment {key}: value {twice!r} is given twice",
            "segment.twice",
            dimension=key,
            value=twice,
        )
    if len(cleaned) > MAX_SEGMENT_VALUES:
        raise TemplateError(
            f"segment {key}: at most {MAX_SEGMENT_VALUES} values",
            "segment.too_many",
            dimension=key,
            limit=MAX_SEGMENT_VALUES,
        )
    return key, cleaned


def parse_segment(text: str) -> Segment:
    """'region=North,South' -> ('region', ('North', 'South'))."""
    dimension, sep, values = text.partition("=")
    if not sep or not dimension.strip():
        raise TemplateError(f"segment {text!r}: write it as DIMENSION=VALUE1,VALUE2,...")
    return normalise_segment(dimension, values.split(","))


def validate(params: TemplateParams) -> TemplateParams:
    """The parameters, checked; raises TemplateError naming the first bad one."""
    if params.model not in TEMPLATE_MODELS:
        raise TemplateError(
            f"unknown model {params.model!r}; choose one of {', '.join(TEMPLATE_MODELS)}"
        )
    if params.language not in LANGUAGES:
        raise TemplateError(f"language must be one of {', '.join(LANGUAGES)}")
    if params.enablement_sponsor not in SPONSORS:
        raise TemplateError(f"enablement sponsor must be one of {', '.join(SPONSORS)}")
    counts = ("sdr", "ae", "am", "csm", "pods", "pod_sdr", "pod_ae", "pod_am", "pod_csm")
    for name in (*counts, "generalists", "sellers_per_manager"):
        value = getattr(params, name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise TemplateError(f"{name} must be a whole number of 0 or more, not {value!r}")
    if params.sellers_per_manager < 1:
        raise TemplateError("sellers_per_manager must be 1 or more")
    if params.segment is not None:
        params = replace(params, segment=normalise_segment(*params.segment))
    if params.model == "pod":
        if params.pods < 1:
            raise TemplateError("a pod model needs 1 or more pods", "pod.no_pods")
        if params.pod_size < 1:
            raise TemplateError("a pod needs 1 or more sellers", "pod.no_sellers")
        if params.pod_size > params.sellers_per_manager:
            raise TemplateError(
                f"a pod of {params.pod_size} sellers has more than one pod lead can manage "
                f"(sellers_per_manager {params.sellers_per_manager}): make smaller pods or "
                "raise sellers_per_manager",
                "pod.too_big",
                size=params.pod_size,
                limit=params.sellers_per_manager,
            )
    if params.sellers_per_copy < 1:
        raise TemplateError(
            f"the {model_label(params.model).lower()} template needs 1 or more sellers",
            "no_sellers",
            model=params.model,
        )
    if params.sellers > MAX_SELLERS:
        raise TemplateError(
            f"{params.sellers} sellers: a template makes at most {MAX_SELLERS}",
            "too_many_sellers",
            sellers=params.sellers,
            limit=MAX_SELLERS,
        )
    return params
