"""English words for the domain's keys, and how a position is named in text.

One home for every label table (docs/ARCHITECTURE.md, "Layers"): rules, analysis, templates
and drawing use these words as they are; the ui shows them through tr() (orgeditor/ui/labels.py)
so they stay translatable. Role, family and stage words come from the role catalogue
(resources/roles.toml), which also holds their Norwegian labels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from orgeditor.model.roles import catalogue

if TYPE_CHECKING:  # the chart imports nothing from here; only its type is needed
    from orgeditor.model.chart import Chart

# keys: model.team.TEAM_KINDS
TEAM_KIND_LABELS: dict[str, str] = {
    "pod": "Pod",
    "stage": "Stage",
    "enablement": "Enablement",
    "operations": "Operations",
    "other": "Other",
}
# keys: model.settings.SALES_MODELS, plus "none", what inference says of a chart without sellers
MODEL_LABELS: dict[str, str] = {
    "assembly_line": "Assembly line",
    "pod": "Pod",
    "island": "Island",
    "none": "None",
}
# keys: model.position.SEGMENT_DIMENSIONS
DIMENSION_LABELS: dict[str, str] = {
    "region": "Region",
    "product_line": "Product line",
    "customer_size": "Customer size",
    "vertical": "Vertical",
}
# keys: model.position.STATUSES
STATUS_LABELS: dict[str, str] = {"filled": "Filled", "vacant": "Vacant", "planned": "Planned"}


def _words(key: str) -> str:
    """A key nobody labelled, readable: 'sales_ops' -> 'Sales ops'."""
    return key.replace("_", " ").capitalize()


def role_label(key: str) -> str:
    """'Account Executive (closing)' for 'ae'; the key itself for a role not in the catalogue."""
    roles = catalogue().roles
    return roles[key].label_en if key in roles else key


def role_family_label(family: str) -> str:
    """'Sales enablement' for 'enablement'."""
    return catalogue().families.get(family, {}).get("label_en") or _words(family)


def stage_label(stage: str) -> str:
    """'Lead generation' for 'lead_generation'; 'All stages' for generalists' 'all'."""
    if stage == "all":  # not a stage of the catalogue: what a generalist covers
        return "All stages"
    return catalogue().stages.get(stage, {}).get("label_en") or _words(stage)


def team_kind_label(kind: str) -> str:
    return TEAM_KIND_LABELS.get(kind) or _words(kind)


def model_label(model: str | None) -> str:
    """'Assembly line' for 'assembly_line'; None (nothing declared) reads as 'None'."""
    return MODEL_LABELS.get(model or "none") or _words(model or "none")


def dimension_label(dimension: str) -> str:
    """'Product line' for 'product_line'."""
    return DIMENSION_LABELS.get(dimension) or _words(dimension)


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status) or _words(status)


def plural(n: float, word: str, many: str | None = None) -> str:
    """'1 seller', '3 sellers', '2 people' (many='people'); a float shows without '.0'."""
    shown = f"{n:g}" if isinstance(n, float) else str(n)
    return f"{shown} {word if n == 1 else (many or word + 's')}"


def display_label(chart: Chart, pid: str) -> str:
    """A position as the screen names it: its name, else its title (a vacant seat), else its id.

    The id also names a position the chart no longer has (e.g. in findings of an older run)."""
    if pid not in chart:
        return pid
    position = chart.position(pid)
    return position.name or position.title or pid


def full_label(chart: Chart, pid: str) -> str:
    """'Kari Nordmann — Account Executive' when both are set (for choosers), else
    display_label."""
    if pid in chart:
        position = chart.position(pid)
        if position.name and position.title:
            return f"{position.name} — {position.title}"
    return display_label(chart, pid)


def distinct_label(chart: Chart, pid: str) -> str:
    """For messages that must tell seats apart: the name, else 'title (id)' (vacant seats
    often share a title), else the id."""
    if pid in chart:
        position = chart.position(pid)
        if position.name:
            return position.name
        if position.title:
            return f"{position.title} ({pid})"
    return pid
