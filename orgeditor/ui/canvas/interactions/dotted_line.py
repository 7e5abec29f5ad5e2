"""Draw a dotted (matrix) line: Alt+drag (or Shift+drag) a card onto another card. The card
under the pointer becomes the dragged card's dotted manager: one AddDottedLineCommand. The
solid line (manager_of) never changes.

While dragging, a dashed line follows the pointer and the target card is highlighted; a
target that cannot be a dotted manager (the card itself, its solid manager, an existing
dotted manager) shows red and the release only says why. Without a drag, the press acts as
a click: Shift adds the card to the selection, Alt selects it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from orgeditor.drawing.style import CARD_H, CARD_W, DOTTED
from orgeditor.model import display_label
from orgeditor.ui.canvas.interactions.base import PressDragInteraction
from orgeditor.ui.commands import AddDottedLineCommand
from orgeditor.ui.labels import dotted_refusal_text

MODIFIERS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
LINE_Z = 20.0


class DottedLineInteraction(PressDragInteraction):
    @staticmethod
    def wanted(event: QMouseEvent) -> bool:
        return bool(event.modifiers() & MODIFIERS)

    def start(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        self._press = event.position().toPoint()
        card = self.scene.card_at(self.view.mapToScene(self._press))
        assert card is not None, "the view starts a dotted-line drag on a card only"
        self._card_id = card.position_id
        self._dragging = False
        self._target: str | None = None
        self._reason = ""
        self._line: QGraphicsPathItem | None = None
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            card.setSelected(True)
        elif not card.isSelected():
            self.scene.select_ids([self._card_id])

    def update(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        point = self._drag_point(event)
        if point is None:
            return
        scene_pos = self.view.mapToScene(point)
        self._aim(scene_pos)
        self._draw(scene_pos)

    def finish(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        if not self._dragging:
            return
        self._aim(self.view.mapToScene(event.position().toPoint()))
        target, reason = self._target, self._reason
        self._clean_up()
        if target is None or target == self._card_id:
            return
        if reason:
            self.scene.statusMessage.emit(reason)
            return
        chart = self.scene.chart
        text = QCoreApplication.translate("DottedLineInteraction", "Add dotted line from %1 to %2")
        text = text.replace("%1", self._label(target)).replace("%2", self._label(self._card_id))
        self.view.undo_stack.push(AddDottedLineCommand(chart, target, self._card_id, text=text))
        self.scene.statusMessage.emit(text)

    def cancel(self) -> None:
        self._clean_up()

    # ----- helpers -----------------------------------------------------------------------

    def _begin(self) -> None:
        self._dragging = True
        line = QGraphicsPathItem()
        pen = QPen(DOTTED, 2.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        line.setPen(pen)
        line.setZValue(LINE_Z)
        line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.scene.addItem(line)
        self._line = line
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def _aim(self, scene_pos: QPointF) -> None:
        card = self.scene.card_at(scene_pos)
        target = card.position_id if card is not None else None
        reason = self._refusal(target) if target is not None else ""
        if target != self._target or reason != self._reason:
            self.highlight_card(self._target, None)
            self._target, self._reason = target, reason
            if target != self._card_id:
                self.highlight_card(target, "refused" if reason else "dotted")

    def _refusal(self, target: str) -> str:
        if target == self._card_id:
            return ""  # still over the card itself: nothing to say yet
        return dotted_refusal_text(self.scene.chart, target, self._card_id)

    def _draw(self, scene_pos: QPointF) -> None:
        card = self.scene.card(self._card_id)
        if self._line is None or card is None:
            return
        start = card.pos() + QPointF(CARD_W / 2, CARD_H / 2)
        path = QPainterPath(start)
        path.lineTo(scene_pos)
        self._line.setPath(path)

    def _clean_up(self) -> None:
        self.highlight_card(self._target, None)
        self._target, self._reason = None, ""
        if self._line is not None:
            self.scene.removeItem(self._line)
            self._line = None
        if self._dragging:
            self.view.viewport().unsetCursor()
        self._dragging = False

    def _label(self, pid: str) -> str:
        return display_label(self.scene.chart, pid)
