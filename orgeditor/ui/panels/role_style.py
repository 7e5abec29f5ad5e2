"""How role families look in the panels: one colour per family, and small swatch icons.

The colours are the drawing's table (orgeditor.drawing.style.FAMILY_COLOURS, the Okabe-Ito
palette, which stays distinguishable with the common forms of colour blindness), so a swatch
matches the cards on the canvas.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon

from orgeditor.drawing.style import FAMILY_COLOURS
from orgeditor.ui.panels.icons import rounded_swatch

# display order of the families in the palette and in the inspector's role list
FAMILY_ORDER: tuple[str, ...] = ("seller", "operations", "enablement", "leadership", "other")

SWATCH_SIZE = 12


def family_colour(family: str) -> QColor:
    return QColor(FAMILY_COLOURS.get(family, FAMILY_COLOURS["other"]))


@cache
def family_icon(family: str, size: int = SWATCH_SIZE) -> QIcon:
    """A rounded square swatch in the family's colour, with a darker outline."""
    return rounded_swatch(family_colour(family), size, radius=2.5, outline_darker=140)
