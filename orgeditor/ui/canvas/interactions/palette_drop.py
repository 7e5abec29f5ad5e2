"""Drop a role from the palette: on a card it becomes a new direct report of that card, on
empty canvas a new position without a manager. The new seat is vacant until someone is named.

While dragging, the card that would become the manager is highlighted (the drop preview).
Structure drags (application/x-orgeditor-structure) are accepted but not yet placed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent

from orgeditor.model import Position, catalogue
from orgeditor.ui.canvas.interactions.base import Interaction
from orgeditor.ui.canvas.style import CARD_H, CARD_W
from orgeditor.ui.commands import AddPositionCommand
from orgeditor.ui.panels.mime import PALETTE_MIME, role_from_mime

STRUCTURE_MIME = "application/x-orgeditor-structure"


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
        card = self.scene.card_at(self._scene_pos(event)) if self._role(event) else None
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
        if role is None:
            if event.mimeData().hasFormat(STRUCTURE_MIME):
                self.scene.statusMessage.emit(_tr("Structures cannot be dropped here yet."))
            event.ignore()
            return
        roles = catalogue().roles
        if role not in roles:
            self.scene.statusMessage.emit(_tr("Unknown role: %1").replace("%1", role))
            event.ignore()
            return
        scene_pos = self._scene_pos(event)
        card = self.scene.card_at(scene_pos)
        self._add(role, card.position_id if card is not None else None, scene_pos)
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

    def _role(self, event: QDropEvent) -> str | None:
        return role_from_mime(event.mimeData())

    def _scene_pos(self, event: QDropEvent) -> QPointF:
        return self.view.mapToScene(event.position().toPoint())

    def _highlight(self, kind: str | None) -> None:
        card = self.scene.card(self.target) if self.target is not None else None
        if card is not None:
            card.set_highlight(kind)
