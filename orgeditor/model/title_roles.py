"""Roles remembered per job title (ChartSettings.title_roles) and the role review's rows.

A choice made in the role review is kept in the chart as {normalised title: role key} and given
to positions met later with that title and no explicit role: a re-import, a paste, a new
position, a title edit, and `orgeditor check` of a saved chart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from orgeditor.model.errors import InvalidFieldError
from orgeditor.model.roles import catalogue

if TYPE_CHECKING:
    from orgeditor.model.chart import Chart

# a title read with an alternative or a combined function ("SDR / BDR", "Sales & Marketing
# Manager"): one of its readings won, so the role is less sure than a plain title's
_ALTERNATIVE = re.compile(r"[/()\[\]{}|&+]|\b(?:and|og|or|eller)\b", re.IGNORECASE)

# how sure the inference of a title is; the review lists the least sure first
NOTHING_POINTED = 0  # no word of the title pointed anywhere: "other" by default
ALTERNATIVES = 1  # several readings, one chosen
PLAIN = 2


def title_key(title: str) -> str:
    """The key a title is remembered under: lower case, whitespace collapsed."""
    return " ".join(title.casefold().split())


def check_title_roles(mapping: object) -> None:
    """Raise InvalidFieldError unless `mapping` is {normalised, non-empty title: known role}."""
    if not isinstance(mapping, dict):
        raise InvalidFieldError(f"title roles must be a mapping, not {type(mapping).__name__}")
    roles = catalogue().roles
    for title, role in mapping.items():
        if not isinstance(title, str) or not title or title_key(title) != title:
            raise InvalidFieldError(f"a remembered title must be normalised text, not {title!r}")
        if role not in roles:
            raise InvalidFieldError(f"unknown role {role!r} for title {title!r}")


def remembered_role(chart: Chart, title: str) -> str | None:
    """The role the chart remembers for `title`, if any."""
    mapping = chart.settings.title_roles
    return mapping.get(title_key(title)) if mapping else None


def title_role_changes(chart: Chart, ids: Iterable[str] | None = None) -> dict[str, str]:
    """{position id: role} for the positions (of `ids`, default all) without an explicit role
    whose title the chart remembers a role for."""
    mapping = chart.settings.title_roles
    if not mapping:
        return {}
    positions = chart.positions() if ids is None else (chart.position(pid) for pid in ids)
    changes: dict[str, str] = {}
    for position in positions:
        if position.explicit_role is None:
            role = mapping.get(title_key(position.title))
            if role is not None:
                changes[position.id] = role
    return changes


def apply_title_roles(chart: Chart, ids: Iterable[str] | None = None) -> dict[str, str]:
    """Give positions without an explicit role the role remembered for their title (not an
    undoable edit: for charts being built, such as an import or a file being checked).
    Returns what was set."""
    changes = title_role_changes(chart, ids)
    for pid, role in changes.items():
        chart.update_position(pid, explicit_role=role)
    return changes


def adopt_title_roles(chart: Chart, remembered: dict[str, str]) -> dict[str, str]:
    """A re-import: the choices of the chart it replaces carry over into `chart` (its own win)
    and are applied. Returns what was set."""
    if not remembered:
        return {}
    chart.update_settings(title_roles={**remembered, **chart.settings.title_roles})
    return apply_title_roles(chart)


@dataclass(frozen=True)
class TitleRow:
    """One distinct title of a chart, as the role review shows it."""

    key: str  # title_key of the title
    title: str  # the spelling most positions use
    count: int
    ids: tuple[str, ...]
    inferred: str  # the role the title implies
    reason: str  # why, in words
    role: str  # the role the positions have now (the remembered one, else the most common)
    certainty: int  # NOTHING_POINTED, ALTERNATIVES or PLAIN

    @property
    def uncertain(self) -> bool:
        return self.certainty < PLAIN


def title_rows(chart: Chart) -> list[TitleRow]:
    """Every distinct (non-empty) title of the chart, the least sure first, then by count."""
    keys: dict[str, str] = {}  # title as written -> title_key, worked out once per spelling
    groups: dict[str, list[str]] = {}
    pairs: Counter[tuple[str, str | None]] = Counter()  # (title, explicit role): positions
    for position in chart.positions():
        title = position.title
        key = keys.get(title)
        if key is None:
            key = keys[title] = title_key(title)
        if key:
            groups.setdefault(key, []).append(position.id)
            pairs[title, position.explicit_role] += 1
    # counted per (title, explicit role), in order of first use: ties fall as per position
    spellings: dict[str, Counter[str]] = {}
    roles: dict[str, Counter[str]] = {}
    for (title, explicit), count in pairs.items():
        key = keys[title]
        spellings.setdefault(key, Counter())[title.strip()] += count
        role = explicit or catalogue().infer(title).role  # Position.role
        roles.setdefault(key, Counter())[role] += count
    remembered = chart.settings.title_roles
    rows = []
    for key, ids in groups.items():
        title = spellings[key].most_common(1)[0][0]
        inference = catalogue().infer(title)
        if inference.pattern is None:
            certainty = NOTHING_POINTED
        elif _ALTERNATIVE.search(title):
            certainty = ALTERNATIVES
        else:
            certainty = PLAIN
        role = remembered.get(key) or roles[key].most_common(1)[0][0]
        rows.append(
            TitleRow(
                key, title, len(ids), tuple(ids), inference.role, inference.reason, role, certainty
            )
        )
    rows.sort(key=lambda r: (r.certainty, -r.count, r.key))
    return rows
