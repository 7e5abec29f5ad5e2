"""Drop a role from the palette: on a card it becomes a new direct report of that card, on
empty canvas a new position without a manager. The new seat is vacant until someone is named.

Drop a structure (STRUCTURE_MIME, a template model key): the model's default structure is
built and inserted in one undo step, its top reporting to the card dropped on, or as a new
tree on empty canvas; the new top card is selected.

While dragging, the card that would become the manager is highlighted (the drop preview).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent

from orgeditor.model import Position, catalogue
from orgeditor.templates import TEMPLATE_MODELS, TemplateError, build_chart, default_params
from orgeditor.ui.canvas.interactions.base import Interaction
from orgeditor.ui.canvas.style import CARD_H, CARD_W
from orgeditor.ui.commands import AddPositionCommand
from orgeditor.ui.commands.insert_structure import InsertStructureCommand, insert_text
from orgeditor.ui.panels.mime import (
    PALETTE_MIME,
    STRUCTURE_MIME,
    role_from_mime,
    structure_from_mime,
)

__all__ = ["STRUCTURE_MIME", "PaletteDropInteraction"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PaletteDropInteraction", text)


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
            self.scene.statusMessage.emit(_tr("Unknown role: %1").replace("%1", role))
            event.ignore()
            return
        if structure is not None and structure not in TEMPLATE_MODELS:
            self.scene.statusMessage.emit(_tr("Unknown structure: %1").replace("%1", structure))
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
        chart = self.scene.chart
        label = catalogue().role(role).label_en
        position = Position(
            id=chart.new_id(), name="", title=label, explicit_role=role, status="vacant"
        )
        if manager is None and not chart.settings.auto_layout:  # cards stay where put
            position.xy = (
                float(round(scene_pos.x() - CARD_W / 2)),
                float(round(scene_pos.y() - CARD_H / 2)),
            )
        text = _tr("Add %1").replace("%1", label)
        self.view.undo_stack.push(AddPositionCommand(chart, position, manager, text=text))
        self.scene.select_ids([position.id])
        self.view.reveal(position.id)  # the layout may have put it out of sight
        self.scene.statusMessage.emit(text)

    def _insert(self, model: str, manager: str | None, scene_pos: QPointF) -> bool:
        """Build the model's default structure and insert it under `manager` (or as a root)."""
        chart = self.scene.chart
        try:
            structure = build_chart(default_params(model))
        except TemplateError as error:  # the defaults always build; a guard, not a path
            self.scene.statusMessage.emit(str(error))
            return False
        top_xy = None
        if manager is None and not chart.settings.auto_layout:  # the top stays where put
            top_xy = (
                float(round(scene_pos.x() - CARD_W / 2)),
                float(round(scene_pos.y() - CARD_H / 2)),
            )
        text = insert_text(model, len(structure))
        command = InsertStructureCommand(chart, structure, manager, text, top_xy=top_xy)
        self.view.undo_stack.push(command)
        top = command.top_id
        if top is not None:
            self.scene.select_ids([top])
            self.view.reveal(top)
        self.scene.statusMessage.emit(text)
        return True

    def _role(self, event: QDropEvent) -> str | None:
        return role_from_mime(event.mimeData())

    def _scene_pos(self, event: QDropEvent) -> QPointF:
        return self.view.mapToScene(event.position().toPoint())

    def _highlight(self, kind: str | None) -> None:
        self.highlight_card(self.target, kind)
