"""Chart-wide settings: name, declared model, industry, rule overrides, layout preference."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from typing import Any

SALES_MODELS = ("assembly_line", "pod", "island")
# compact: leaf reports stacked, subtrees wrapped towards a screen's shape; wide: the classic
# tree with every manager's reports side by side (docs/ARCHITECTURE.md, "Layout")
LAYOUT_STYLES = ("compact", "wide")


@dataclass(slots=True)
class ChartSettings:
    """Chart-wide settings. `extra`: settings from a file this version does not know."""

    name: str = ""
    declared_model: str | None = None
    industry: str = ""
    # {"rule.id": {"setting": value, "enabled": False, "severity": "info"}}
    rule_overrides: dict[str, dict[str, object]] = field(default_factory=dict)
    auto_layout: bool = True  # re-layout after structural edits unless cards were placed by hand
    layout: str = "compact"  # one of LAYOUT_STYLES
    # roles chosen in the role review: {normalised title (model/title_roles.py): role key}
    title_roles: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def copy(self) -> ChartSettings:
        return copy.deepcopy(self)


SETTINGS_FIELDS = frozenset(f.name for f in fields(ChartSettings)) - {"extra"}
