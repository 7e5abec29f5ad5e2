"""What a right click on the canvas is about: a card (and its team), a team box, or nothing.

The view asks these on a right press (to select what the menu will act on) and on the
context-menu event (to say what the menu is for: ChartView.contextMenuRequested).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

if TYPE_CHECKING:
    from orgeditor.drawing.scene import ChartScene


def target_at(scene: ChartScene, scene_pos: QPointF) -> tuple[str | None, str | None]:
    """(position id, team id): a card and its team, a team box's label or border and its
    team, or (None, None) on empty canvas."""
    card = scene.card_at(scene_pos)
    if card is not None:
        pid = card.position_id
        return pid, scene.chart.position(pid).team if pid in scene.chart else None
    return None, scene.team_at(scene_pos)


def select_for_menu(scene: ChartScene, scene_pos: QPointF) -> str | None:
    """Select what a right click is about: a card not yet selected becomes the selection
    (one already selected keeps the selection), a team box selects the team's members, empty
    canvas clears the selection. Returns the card's id, if on a card."""
    pid, team = target_at(scene, scene_pos)
    if pid is not None:
        card = scene.card(pid)
        if card is not None and not card.isSelected():
            scene.select_ids([pid])
        return pid
    if team is not None and scene.chart.has_team(team):
        scene.select_ids(scene.chart.team_members(team))
    elif scene.selectedItems():
        scene.select_ids([])
    return None
