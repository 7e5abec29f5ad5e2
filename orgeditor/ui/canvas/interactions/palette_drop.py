"""Drop a role from the palette: on a card it becomes a new direct report of that card, on
empty canvas a new position without a manager, placed where it was dropped. The new seat is
vacant until someone is named. The card dropped on stays under the pointer after the re-layout
(ChartView.keep_under), so a second drop lands on it too.

Drop a structure (STRUCTURE_MIME, a template model key): the model's default structure is
built and inserted in one undo step, its top reporting to the card dropped on, or as a new
tree on empty canvas with its top where it was dropped; the new top card is selected.

While dragging, the card that would become the manager is highlighted (the drop preview).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent

from orgeditor.drawing.style import CARD_H, CARD_W
from orgeditor.model import catalogue
from orgeditor.templates import TEMPLATE_MODELS, TemplateError
from orgeditor.ui.canvas.interactions.base import Interaction
from orgeditor.ui.commands.insert_structure import default_structure_command
from orgeditor.ui.commands.new_seat import new_seat_command
from orgeditor.ui.panels.mime import (
    PALETTE_MIME,
    STRUCTURE_MIME,
    role_from_mime,
    structure_from_mime,
)

__all__ = ["STRUCTURE_MIME", "PaletteDropInteraction"]


class PaletteDropInteraction(Interaction):
    target: str | None = None

    @staticmethod
    def accepts(mime: QMimeData | None) -> bool:
        return mime is not None and (mime.hasFormat(PALETTE_MIME) or mime.hasFormat(STRUCTURE_MIME))

    def start(self, event: QEvent) -> None:
        assert isinstance(event, QDragMoveEvent)  # QDragEnterEvent is one
        self.target = None
        self.update(event)

    def update(self, event: QEvent) -> None:
        assert isinstance(event, QDragMoveEvent)
        wanted = self._role(event) or structure_from_mime(event.mimeData())
        card = self.scene.card_at(self._scene_pos(event)) if wanted else None
        target = card.position_id if card is not None else None
        if target != self.target:
            self._highlight(None)
            self.target = target
            self._highlight("drop")
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def finish(self, event: QEvent) -> None:
        assert isinstance(event, QDropEvent)
        self._highlight(None)
        self.target = None
        role = self._role(event)
        structure = structure_from_mime(event.mimeData()) if role is None else None
        if role is None and structure is None:
            event.ignore()
            return
        if role is not None and role not in catalogue().roles:
            self.scene.statusMessage.emit(
                QCoreApplication.translate("PaletteDropInteraction", "Unknown role: %1").replace(
                    "%1", role
                )
            )
            event.ignore()
            return
        if structure is not None and structure not in TEMPLATE_MODELS:
            self.scene.statusMessage.emit(
                QCoreApplication.translate(
                    "PaletteDropInteraction", "Unknown structure: %1"
                ).replace("%1", structure)
            )
            event.ignore()
            return
        scene_pos = self._scene_pos(event)
        card = self.scene.card_at(scene_pos)
        manager = card.position_id if card is not None else None
        if role is not None:
            self._add(role, manager, scene_pos)
        elif not self._insert(structure, manager, scene_pos):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def cancel(self) -> None:
        self._highlight(None)
        self.target = None

    # ----- helpers -----------------------------------------------------------------------

    def _add(self, role: str, manager: str | None, scene_pos: QPointF) -> None:
        """A new seat under the card dropped on (which stays under the pointer), or on
        empty canvas where it was dropped."""
        chart = self.scene.chart
        xy = _centred_at(scene_pos) if manager is None else None
        command = new_seat_command(chart, role, manager, xy)
        if manager is not None:
            self.view.keep_under(manager, self.view.mapFromScene(scene_pos))
        self.view.undo_stack.push(command)
        self.scene.select_ids([command.position.id])
        self.scene.statusMessage.emit(command.text())

    def _insert(self, model: str, manager: str | None, scene_pos: QPointF) -> bool:
        """Build the model's default structure and insert it under `manager` (or as a new
        tree whose top is where it was dropped)."""
        chart = self.scene.chart
        try:
            command = default_structure_command(
                chart, model, manager, _centred_at(scene_pos) if manager is None else None
            )
        except TemplateError as error:  # the defaults always build; a guard, not a path
            self.scene.statusMessage.emit(str(error))
            return False
        if manager is not None:
            self.view.keep_under(manager, self.view.mapFromScene(scene_pos))
        self.view.undo_stack.push(command)
        if command.top_id is not None:
            self.scene.select_ids([command.top_id])
        self.scene.statusMessage.emit(command.text())
        return True

    def _role(self, event: QDropEvent) -> str | None:
        return role_from_mime(event.mimeData())

    def _scene_pos(self, event: QDropEvent) -> QPointF:
        return self.view.mapToScene(event.position().toPoint())

    def _highlight(self, kind: str | None) -> None:
        self.highlight_card(self.target, kind)


def _centred_at(scene_pos: QPointF) -> tuple[float, float]:
    """The top-left corner that puts a card's centre at scene_pos."""
    return (float(round(scene_pos.x() - CARD_W / 2)), float(round(scene_pos.y() - CARD_H / 2)))
