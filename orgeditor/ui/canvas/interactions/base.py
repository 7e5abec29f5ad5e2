"""What every gesture has: start, update, finish and cancel. The view routes its events to
the one active gesture, so no mode flags are scattered over the mouse handlers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from orgeditor.ui.canvas.edit_scene import EditScene
    from orgeditor.ui.canvas.view import ChartView


class Interaction:
    def __init__(self, view: ChartView) -> None:
        self.view = view

    @property
    def scene(self) -> EditScene:
        return self.view.chart_scene

    def start(self, event: QEvent) -> None:
        """The gesture begins (mouse press, drag enter)."""

    def update(self, event: QEvent) -> None:
        """The pointer moved."""

    def finish(self, event: QEvent) -> None:
        """The gesture ends normally (mouse release, drop): do what it means."""

    def cancel(self) -> None:
        """The gesture is abandoned (Escape, drag leaving): undo every preview."""

    def highlight_card(self, pid: str | None, kind: str | None) -> None:
        """Mark the card pid ("drop", "refused", ...) or clear its mark (None), if it is shown."""
        card = self.scene.card(pid) if pid is not None else None
        if card is not None:
            card.set_highlight(kind)


class PressDragInteraction(Interaction):
    """A mouse press that turns into a drag once the pointer has moved the platform's drag
    distance; until then the gesture is a click. start() sets _press (the viewport point) and
    _dragging = False; _begin() starts the drag and sets _dragging."""

    _press: QPoint
    _dragging: bool

    def _begin(self) -> None:
        self._dragging = True

    def _drag_point(self, event: QEvent) -> QPoint | None:
        """The pointer's viewport point once dragging (the drag begins when it has moved far
        enough), or None while the gesture is still a click."""
        assert isinstance(event, QMouseEvent)
        point = event.position().toPoint()
        if not self._dragging:
            if (point - self._press).manhattanLength() < QApplication.startDragDistance():
                return None
            self._begin()
        return point
