"""What every gesture has: start, update, finish and cancel. The view routes its events to
the one active gesture, so no mode flags are scattered over the mouse handlers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from orgeditor.ui.canvas.scene import ChartScene
    from orgeditor.ui.canvas.view import ChartView


class Interaction:
    def __init__(self, view: ChartView) -> None:
        self.view = view

    @property
    def scene(self) -> ChartScene:
        return self.view.chart_scene

    def start(self, event: QEvent) -> None:
        """The gesture begins (mouse press, drag enter)."""

    def update(self, event: QEvent) -> None:
        """The pointer moved."""

    def finish(self, event: QEvent) -> None:
        """The gesture ends normally (mouse release, drop): do what it means."""

    def cancel(self) -> None:
        """The gesture is abandoned (Escape, drag leaving): undo every preview."""
