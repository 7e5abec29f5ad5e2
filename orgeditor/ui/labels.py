"""The model's words (orgeditor/model/labels.py) as the ui shows them: through Qt's translator.

Every widget, menu and tooltip that names a role, a role family, a team kind, a model, a segment
dimension or a status goes through here, so one translation context ("Labels") holds them all.
The role catalogue's Bokmål labels (label_nb) are the Bokmål translations of its role, family
and stage names (tests/ui/test_role_names.py).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from orgeditor.model import (
    SALES_MODELS,
    TEAM_KINDS,
    Chart,
    dimension_label,
    dotted_line_refusal,
    model_label,
    refusal_message,
    role_family_label,
    role_label,
    stage_label,
    status_label,
    team_kind_label,
)
from orgeditor.model.scenarios import FIRST_NAME

CONTEXT = "Labels"
_PARENTHESIS = re.compile(r"\s*\(.*?\)\s*")


def tr_label(text: str) -> str:
    """An English label from the model in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


def role_text(key: str) -> str:
    """A role's name ('Account Executive (closing)' for 'ae') in the user's language."""
    return tr_label(role_label(key))


def role_short_text(key: str) -> str:
    """A role's name without its parenthetical remark ('Account Executive')."""
    return _PARENTHESIS.sub(" ", role_text(key)).strip()


def family_text(family: str) -> str:
    return tr_label(role_family_label(family))


def stage_text(stage: str) -> str:
    return tr_label(stage_label(stage))


def team_kind_text(kind: str) -> str:
    return tr_label(team_kind_label(kind))


def model_text(model: str | None) -> str:
    return tr_label(model_label(model))


def dimension_text(dimension: str, capital: bool = True) -> str:
    """'Product line', or 'product line' inside a sentence (translated on its own: some
    languages do not lower-case nouns)."""
    text = dimension_label(dimension)
    return tr_label(text if capital else text.lower())


def status_text(status: str) -> str:
    return tr_label(status_label(status))


def scenario_text(name: str) -> str:
    """A scenario's name as shown: the first scenario's default name ("As-is") in the user's
    language; a name someone gave is shown as it is."""
    if name == FIRST_NAME:
        return QCoreApplication.translate("Labels", "As-is")
    return name


def team_kind_choices() -> dict[str, str]:
    """Kind -> label, for a menu of team kinds."""
    return {kind: team_kind_text(kind) for kind in TEAM_KINDS}


def model_choices() -> dict[str | None, str]:
    """Declared model -> label, "None" (no declared model) first, for a menu."""
    return {None: model_text(None), **{model: model_text(model) for model in SALES_MODELS}}


def dotted_refusal_text(chart: Chart, manager_id: str, report_id: str) -> str:
    """Why this dotted line may not be added, in words; '' when it may."""
    refusal = dotted_line_refusal(chart, manager_id, report_id)
    if refusal is None:
        return ""
    return refusal_message(refusal, chart, manager_id, report_id, tr_label(refusal.value))
