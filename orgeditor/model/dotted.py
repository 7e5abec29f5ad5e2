"""Which dotted (matrix) lines a user may add: one rule for every gesture that adds one.

The chart itself stores any dotted line but a loop (files may hold one parallel to a solid
line); the editor refuses the ones that would say nothing new. Gestures ask
dotted_line_refusal before pushing a command and show the reason (docs/ARCHITECTURE.md, "How an
edit travels").
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TYPE_CHECKING

from orgeditor.model.labels import display_label

if TYPE_CHECKING:
    from orgeditor.model.chart import Chart


class DottedRefusal(StrEnum):
    """Why a dotted line may not be added. The value is the English message: %1 is the report,
    %2 the would-be dotted manager (the ui translates it before filling them in)."""

    SELF = "A position cannot have a dotted line to itself."
    SOLID = "%1 already reports to %2."
    DUPLICATE = "%1 already has a dotted line to %2."


def dotted_line_refusal(chart: Chart, manager_id: str, report_id: str) -> DottedRefusal | None:
    """Why manager_id may not become a dotted manager of report_id, or None if it may."""
    if manager_id == report_id:
        return DottedRefusal.SELF
    if chart.manager_of(report_id) == manager_id:
        return DottedRefusal.SOLID
    if manager_id in chart.dotted_managers_of(report_id):
        return DottedRefusal.DUPLICATE
    return None


def refusal_message(
    refusal: DottedRefusal, chart: Chart, manager_id: str, report_id: str, template: str = ""
) -> str:
    """The refusal in words, with the positions' labels filled in. `template`: the refusal's
    text in the user's language (default: the English one)."""
    names = {"1": display_label(chart, report_id), "2": display_label(chart, manager_id)}
    # one pass: a name that itself holds "%2" stays as it is
    return re.sub(r"%([12])", lambda m: names[m.group(1)], template or refusal.value)
