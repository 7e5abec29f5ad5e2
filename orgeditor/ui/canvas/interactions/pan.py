"""Pan the canvas: drag with the middle button, or with the left button while Space is held."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent

from orgeditor.ui.canvas.interactions.base import Interaction


class PanInteraction(Interaction):
    def start(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        self._last = event.position().toPoint()
        self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def update(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        point = event.position().toPoint()
        self._scroll_by(point - self._last)
        self._last = point

    def finish(self, event: QEvent) -> None:
        self.update(event)
        self._restore_cursor()

    def cancel(self) -> None:
        self._restore_cursor()

    def _scroll_by(self, delta: QPoint) -> None:
        horizontal = self.view.horizontalScrollBar()
        vertical = self.view.verticalScrollBar()
        horizontal.setValue(horizontal.value() - delta.x())
        vertical.setValue(vertical.value() - delta.y())

    def _restore_cursor(self) -> None:
        if self.view.space_held:
            self.view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.view.viewport().unsetCursor()
