"""Descriptions of roles for people: typical titles (RULES.md, "Roles") and tooltips."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from orgeditor.model import Role, RoleCatalogue
from orgeditor.ui import labels

CONTEXT = "RoleInfo"
# titles as people write them, in either language; only the sentence for "other" is translated
TYPICAL_TITLES: dict[str, str] = {
    "executive": "CEO, Managing Director, daglig leder",
    "cro": "Chief Revenue Officer",
    "sales_leader": "VP Sales, Head of Sales, Sales Director, salgsdirektør",
    "sales_manager": "Sales Manager, Regional Sales Manager, Sales Team Lead, salgssjef",
    "sdr": "Sales / Business Development Representative, SDR, BDR",
    "ae": "Account Executive, closer",
    "am": "Account Manager, Key Account Manager, kundeansvarlig",
    "csm": "Customer Success Manager, kundesuksess",
    "generalist": "Sales Representative, Sales Executive, selger, salgsrepresentant",
    "sales_ops": "Sales / Revenue Operations, Sales Analyst, CRM administrator",
    "chief_enablement_officer": "Chief Enablement Officer",
    "vp_enablement": "VP of Sales Enablement",
    "director_enablement": "Director of Sales Enablement",
    "enablement_program_manager": "Sales Enablement Program Manager, Enablement Manager",
    "enablement_specialist": "Sales Enablement Specialist, Enablement Coordinator",
    "marketing": "Marketing Manager, Product Marketing Manager",
    "other": QT_TRANSLATE_NOOP("RoleInfo", "Any title not recognised as a sales role"),
}


def typical_titles(key: str) -> str:
    """A role's typical titles ('' for a role without them)."""
    titles = TYPICAL_TITLES.get(key, "")
    return QCoreApplication.translate(CONTEXT, titles) if titles else ""


def stage_text(catalogue: RoleCatalogue, role: Role, language: str = "") -> str:
    """The customer-journey stage a seller role covers, in words ('' for non-sellers).
    language "nb": the catalogue's Bokmål; otherwise the interface's language."""
    if role.stage is None:
        return ""
    if language != "nb":
        return labels.stage_text(role.stage)
    if role.stage == "all":
        return "Alle faser"
    return catalogue.stages.get(role.stage, {}).get("label_nb", role.stage)


def role_tooltip(
    catalogue: RoleCatalogue,
    role: Role,
    language: str = "",
    titles_heading: str = "",
    stage_heading: str = "",
) -> str:
    """Rich-text tooltip: label, family, stage and typical titles. language "nb": the
    catalogue's Bokmål names; otherwise the names in the interface's language."""
    if language == "nb":
        family = catalogue.families.get(role.family, {}).get("label_nb", role.family)
        name = catalogue.label(role.key, "nb")
    else:
        family, name = labels.family_text(role.family), labels.role_text(role.key)
    titles_heading = titles_heading or QCoreApplication.translate("RoleInfo", "Typical titles")
    stage_heading = stage_heading or QCoreApplication.translate("RoleInfo", "Stage")
    lines = [f"<b>{escape(name)}</b>", escape(family)]
    stage = stage_text(catalogue, role, language)
    if stage:
        lines.append(f"{escape(stage_heading)}: {escape(stage)}")
    titles = typical_titles(role.key)
    if titles:
        lines.append(f"{escape(titles_heading)}: <i>{escape(titles)}</i>")
    return "<br>".join(lines)
