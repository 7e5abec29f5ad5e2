"""The ranges a chart's numbers must stay in, so that every chart the editor holds can be saved,
opened again and drawn (docs/ARCHITECTURE.md, "Files").

- MAX_COORDINATE: a hand-placed card's x and y. Within it the canvas (2e8 wide, 8e8 view pixels
  at the 4x zoom) stays inside Qt's 32-bit scroll range (±2.1e9); a card at 1e308 left no
  renderer able to draw the chart.
- MAX_COST: a position's cost, in any currency: whole amounts below it are exact in a float.

The model refuses values beyond these; the readers refuse them in a saved chart and keep them
as text on import (orgeditor.io.limits).
"""

from __future__ import annotations

import math

MAX_COORDINATE = 1e8  # canvas pixels from the origin, either way
MAX_COST = 1e15


def sane_coordinate(value: float) -> bool:
    """A finite x or y within ±MAX_COORDINATE."""
    return math.isfinite(value) and -MAX_COORDINATE <= value <= MAX_COORDINATE


def sane_cost(value: float) -> bool:
    """A finite cost within ±MAX_COST."""
    return math.isfinite(value) and -MAX_COST <= value <= MAX_COST
