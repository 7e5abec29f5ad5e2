"""Qt-free generators for assembly line, pod and island sales structures, with segmentation.

    params = default_params("pod", segment=("product_line", ("A", "B", "C")))
    chart = build_chart(params)            # a Chart: one top, planned seats with empty names
    describe(params)                       # one line for a wizard

TEMPLATE_MODELS lists the models; TemplateParams holds every parameter (counts are per copy
of the structure, one copy per segment value); TemplateError says what cannot be built.
"""

from orgeditor.templates.build import build_chart, support_plan
from orgeditor.templates.describe import describe
from orgeditor.templates.params import (
    LANGUAGES,
    SPONSORS,
    TEMPLATE_MODELS,
    TemplateError,
    TemplateParams,
    default_params,
    normalise_segment,
    parse_segment,
    validate,
)
from orgeditor.templates.support import SupportPlan, plan_support

__all__ = [
    "LANGUAGES",
    "SPONSORS",
    "TEMPLATE_MODELS",
    "SupportPlan",
    "TemplateError",
    "TemplateParams",
    "build_chart",
    "default_params",
    "describe",
    "normalise_segment",
    "parse_segment",
    "plan_support",
    "support_plan",
    "validate",
]
