"""The canvas's scene: the chart's drawing (orgeditor.drawing.scene.ChartScene) kept in step
with a document and its undo stack.

The drawing follows the chart's changes by itself; this subclass adds what belongs to
editing. A different chart in the document (chartReplaced) is drawn anew. The undo stack
finishing a command, an undo or a redo (indexChanged) ends a burst of changes: the scene lays
out at once, then says which positions the step touched (editShown; the view scrolls them
into sight). Undo puts cards back where they stood before the step, also when they keep their
places (re-layout off) and the layout cannot know where that was (place_log.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from orgeditor.drawing.scene import ChartScene, Point
from orgeditor.ui.canvas.place_log import PlaceLog
from orgeditor.ui.document import Document


class EditScene(ChartScene):
    # an edit, undo or redo is done and laid out: the positions it touched, the first ones
    # first (the view scrolls them into sight); Qt-style signal name (N815)
    editShown = Signal(list)

    def __init__(self, document: Document) -> None:
        # before the drawing's first layout, which reports every place (reset below)
        self._place_log = PlaceLog()
        super().__init__(document.chart, document)
        self.document = document
        self._reset_place_log()
        document.chartReplaced.connect(self._chart_replaced)
        document.undo_stack.indexChanged.connect(self._command_done)

    def place_changed(self, position_id: str, old: Point | None) -> None:
        self._place_log.moved(position_id, old)

    def _chart_replaced(self) -> None:
        """A different chart: drawn anew, and nothing of the old one's history to put back."""
        self.set_chart(self.document.chart)
        self._reset_place_log()

    def _reset_place_log(self) -> None:
        self._place_log.reset(self.document.undo_stack.index(), not self.chart.settings.auto_layout)

    def _command_done(self, index: int) -> None:
        """The undo stack finished a command (or a macro): the burst of changes is over."""
        restore = self._place_log.step_to(index, self.document.undo_stack.count())
        if restore and not self.chart.settings.auto_layout:
            # an undo while cards keep their places: they go back where they stood
            self.restore_layout(restore)
        self.flush()
        self._place_log.settle(not self.chart.settings.auto_layout)
        touched = self.take_touched()
        if touched:
            self.editShown.emit(touched)
