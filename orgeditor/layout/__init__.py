"""Qt-free tree layouts in linear time: compact (leaf reports stacked, subtrees wrapped
towards a screen's shape; layout/compact.py) and wide (the classic tidy tree, Buchheim-Walker /
van der Ploeg, with stacking for leaf-only teams; layout/tidy.py).

    result = chart_layout(chart)                # what the chart's view shows, in its style
    result = tidy_layout(chart)                 # the wide tree of the whole chart
    result.positions["p1"]                      # (x, y): top-left corner of the card
    result.stacked                              # managers whose reports are stacked
    result.bounds                               # (x0, y0, x1, y1)
    result.routes                               # compact: each manager's lines, as laid out
    connector_segments(result, chart.reports_of)  # lines to draw between the cards
"""

from orgeditor.layout.chart_layout import chart_layout, shown_roots
from orgeditor.layout.compact import CompactLayouter, compact_forest
from orgeditor.layout.connectors import connector_segments
from orgeditor.layout.options import LayoutChanges, LayoutOptions, LayoutResult, Segment
from orgeditor.layout.tidy import layout_forest, tidy_layout

__all__ = [
    "CompactLayouter",
    "LayoutChanges",
    "LayoutOptions",
    "LayoutResult",
    "Segment",
    "chart_layout",
    "compact_forest",
    "connector_segments",
    "layout_forest",
    "shown_roots",
    "tidy_layout",
]
