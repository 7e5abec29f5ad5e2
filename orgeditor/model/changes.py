"""Change notifications: what a chart mutation did, for listeners (scene, checks, figures)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class ChangeKind(Enum):
    POSITION_ADDED = "position_added"
    POSITION_REMOVED = "position_removed"
    POSITION_CHANGED = "position_changed"  # fields names the changed fields
    REPARENTED = "reparented"  # old_manager / new_manager say where from and to
    DOTTED_ADDED = "dotted_added"  # position_ids = (manager, report)
    DOTTED_REMOVED = "dotted_removed"
    TEAM_ADDED = "team_added"
    TEAM_REMOVED = "team_removed"
    TEAM_CHANGED = "team_changed"  # team_id, fields
    SETTINGS_CHANGED = "settings_changed"
    VIEW_CHANGED = "view_changed"  # folded branches or focus (model/view_state.py); no fact changed
    RESET = "reset"  # everything may have changed (load, bulk import)


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    position_ids: tuple[str, ...] = ()
    fields: frozenset[str] = field(default_factory=frozenset)
    old_manager: str | None = None
    new_manager: str | None = None
    team_id: str | None = None
