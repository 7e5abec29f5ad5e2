"""A click on a manager's fold marker (the "−" or "+12" at its card's bottom centre): folds its
reports away or shows them again. The release must land on the same marker, as with a button;
the selection is left as it is, and nothing is dragged."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QMouseEvent

from orgeditor.ui.canvas.interactions.base import Interaction

SLOP = 3.0  # screen pixels around the marker that still count as on it


class FoldToggleInteraction(Interaction):
    @staticmethod
    def marker_at(view, event: QMouseEvent) -> str | None:
        """The position whose fold marker is under the pointer, if any."""
        scene = view.chart_scene
        scene_pos = view.mapToScene(event.position().toPoint())
        card = scene.card_at(scene_pos)
        if card is None:
            return None
        slop = SLOP / max(view.zoom(), 1e-6)
        return card.position_id if card.on_fold_marker(card.mapFromScene(scene_pos), slop) else None

    def start(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        self._pid = self.marker_at(self.view, event)

    def finish(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        if self._pid is not None and self.marker_at(self.view, event) == self._pid:
            self.view.toggle_fold(self._pid)
