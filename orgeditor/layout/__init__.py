"""Qt-free tidy tree layout (Buchheim-Walker / van der Ploeg, linear time) with compact
stacking for managers whose reports are all leaves.

    result = tidy_layout(chart)                 # LayoutResult
    result.positions["p1"]                      # (x, y): top-left corner of the card
    result.stacked                              # managers whose reports are stacked
    result.bounds                               # (x0, y0, x1, y1)
    connector_segments(result, chart.reports_of)  # lines to draw between the cards
"""

from orgeditor.layout.connectors import connector_segments
from orgeditor.layout.options import LayoutOptions, LayoutResult
from orgeditor.layout.tidy import layout_forest, tidy_layout

__all__ = ["LayoutOptions", "LayoutResult", "connector_segments", "layout_forest", "tidy_layout"]
