"""Descriptions of roles for people: typical titles (RULES.md, "Roles") and tooltips."""

from __future__ import annotations

from html import escape

from orgeditor.model import Role, RoleCatalogue

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
    "other": "Any title not recognised as a sales role",
}


def stage_text(catalogue: RoleCatalogue, role: Role, language: str = "en") -> str:
    """The customer-journey stage a seller role covers, in words ('' for non-sellers)."""
    if role.stage is None:
        return ""
    if role.stage == "all":
        return "Alle faser" if language == "nb" else "All stages"
    labels = catalogue.stages.get(role.stage, {})
    return labels.get(f"label_{language}", labels.get("label_en", role.stage))


def role_tooltip(
    catalogue: RoleCatalogue,
    role: Role,
    language: str = "en",
    titles_heading: str = "Typical titles",
    stage_heading: str = "Stage",
) -> str:
    """Rich-text tooltip: label, family, stage and typical titles."""
    family = catalogue.families.get(role.family, {}).get(f"label_{language}", role.family)
    lines = [f"<b>{escape(catalogue.label(role.key, language))}</b>", escape(family)]
    stage = stage_text(catalogue, role, language)
    if stage:
        lines.append(f"{escape(stage_heading)}: {escape(stage)}")
    titles = TYPICAL_TITLES.get(role.key)
    if titles:
        lines.append(f"{escape(titles_heading)}: <i>{escape(titles)}</i>")
    return "<br>".join(lines)
