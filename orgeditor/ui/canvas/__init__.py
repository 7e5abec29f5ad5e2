"""The chart canvas: scene (cards kept in step with the model), view, items and gestures."""

from orgeditor.ui.canvas.card_item import CardItem
from orgeditor.ui.canvas.scene import ChartScene
from orgeditor.ui.canvas.view import ChartView

__all__ = ["CardItem", "ChartScene", "ChartView"]
