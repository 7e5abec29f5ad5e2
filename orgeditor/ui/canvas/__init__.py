"""The chart canvas: the editing scene (the drawing kept in step with a document and its undo
stack), the view, and the gestures. The scene's items are orgeditor.drawing's."""

from orgeditor.ui.canvas.edit_scene import EditScene
from orgeditor.ui.canvas.view import ChartView

__all__ = ["ChartView", "EditScene"]
