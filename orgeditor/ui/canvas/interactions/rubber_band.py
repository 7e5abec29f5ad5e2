"""Select cards by dragging a rectangle over empty canvas (Ctrl or Shift adds to the selection).

A click on empty canvas without dragging clears the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QRubberBand

from orgeditor.drawing.card_item import CardItem
from orgeditor.ui.canvas.interactions.base import Interaction

ADDING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class RubberBandInteraction(Interaction):
    def start(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        self._origin = event.position().toPoint()
        self._adding = bool(event.modifiers() & ADDING)
        self._before = self.scene.selected_ids()
        self._initial = self._before if self._adding else []
        self._shown: set[str] | None = None
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.view.viewport())
        if not self._adding and self.scene.selectedItems():
            self.scene.select_ids([])

    def update(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        rect = QRect(self._origin, event.position().toPoint()).normalized()
        self._band.setGeometry(rect)
        if not self._band.isVisible():
            self._band.show()
        self._select(rect)

    def finish(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        point = event.position().toPoint()
        if (point - self._origin).manhattanLength() >= 3:
            self._select(QRect(self._origin, point).normalized())
        self._band.hide()
        self._band.deleteLater()

    def cancel(self) -> None:
        self._band.hide()
        self._band.deleteLater()
        self.scene.select_ids(self._before)

    def _select(self, rect: QRect) -> None:
        if rect.width() < 2 and rect.height() < 2:
            return
        area = self.view.mapToScene(rect)
        inside = {
            item.position_id
            for item in self.scene.items(area, Qt.ItemSelectionMode.IntersectsItemShape)
            if isinstance(item, CardItem)
        }
        chosen = set(self._initial) | inside
        if chosen != self._shown:
            self._shown = chosen
            self.scene.select_ids([pid for pid in self.scene.chart.position_ids() if pid in chosen])
