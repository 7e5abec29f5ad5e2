"""How a chart is drawn with Qt: the scene (one card item per position, kept in step with the
chart's change notifications), card items, connectors, team boxes, the zoomed-out overview
and their styles.

A layer between the model and its users: it knows the chart (orgeditor.model, its layout and
its Change notifications) but no window, document or undo stack, so the canvas
(orgeditor.ui.canvas) and the exports (orgeditor.render) draw the same scene. It imports
neither orgeditor.ui nor orgeditor.render (tests/test_layer_boundary.py).
"""

from orgeditor.drawing.card_item import CardItem
from orgeditor.drawing.scene import ChartScene

__all__ = ["CardItem", "ChartScene"]
