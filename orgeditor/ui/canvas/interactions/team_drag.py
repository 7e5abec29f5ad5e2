"""Drag a team by its box: press on the box's label strip or border (not on a card) and drag;
all the team's cards move together, and the release pushes one MoveCardsCommand with their
new places. A press without a drag selects the team's members.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent

from orgeditor.ui.canvas.drag_ghost import DragGhostItem
from orgeditor.ui.canvas.interactions.base import PressDragInteraction
from orgeditor.ui.commands import MoveCardsCommand

DRAG_Z = 10.0


class TeamDragInteraction(PressDragInteraction):
    def start(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        self._press = event.position().toPoint()
        self._press_scene = self.view.mapToScene(self._press)
        team_id = self.scene.team_at(self._press_scene)
        assert team_id is not None, "the view starts a team drag on a team box only"
        self.team_id = team_id
        chart = self.scene.chart
        self._members = chart.team_members(team_id)
        self._places = {
            pid: place for pid in self._members if (place := self.scene.placed(pid)) is not None
        }
        self._dragging = False
        self._ghost: DragGhostItem | None = None
        self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        self.scene.select_ids(self._members)

    def update(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        point = self._drag_point(event)
        if point is None:
            return
        delta = self.view.mapToScene(point) - self._press_scene
        self.scene.preview_offset(self._places, delta.x(), delta.y())
        self.scene.preview_team_offset(self.team_id, delta.x(), delta.y())

    def finish(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        dragging = self._dragging
        delta = self.view.mapToScene(event.position().toPoint()) - self._press_scene
        self._clean_up()
        if dragging:
            self._move(delta)

    def cancel(self) -> None:
        self._clean_up()

    # ----- helpers -------------------------------------------------------------------------

    def _begin(self) -> None:
        self._dragging = True
        self._ghost = DragGhostItem(self._places.values())
        self.scene.addItem(self._ghost)
        for pid in self._places:
            card = self.scene.card(pid)
            if card is not None:
                card.setZValue(DRAG_Z)

    def _clean_up(self) -> None:
        if self._ghost is not None:
            self.scene.removeItem(self._ghost)
            self._ghost = None
        for pid in self._places:
            card = self.scene.card(pid)
            if card is not None:
                card.setZValue(0.0)
        if self._dragging:
            self.scene.restore_places(self._places)
            self.scene.preview_team_offset(None)
        self._dragging = False
        self.view.viewport().unsetCursor()

    def _move(self, delta: QPointF) -> None:
        dx, dy = round(delta.x()), round(delta.y())
        chart = self.scene.chart
        if (not dx and not dy) or not self._places or not chart.has_team(self.team_id):
            return
        old = {pid: chart.position(pid).xy for pid in self._places}
        new: dict[str, tuple[float, float] | None] = {
            pid: (float(round(x) + dx), float(round(y) + dy))
            for pid, (x, y) in self._places.items()
        }
        name = chart.team(self.team_id).name or QCoreApplication.translate(
            "TeamDragInteraction", "team"
        )
        text = QCoreApplication.translate("TeamDragInteraction", "Move %1").replace("%1", name)
        self.view.undo_stack.push(MoveCardsCommand(chart, old, new, text=text))
        self.scene.statusMessage.emit(text)
