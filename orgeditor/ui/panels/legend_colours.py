"""Which colour each segment value gets when the canvas colours cards by a dimension.

No Qt in this module (hex strings; importing it does load the orgeditor.drawing package), and
built on the canvas's own assignment (orgeditor.drawing.segment_colours):
for a set of values it gives exactly the colours scene.set_colour_by assigns to them, so a
legend, the matrix headers and the cost bars agree with the cards. The scene keeps a value's
colour while it stays in use, so after edits add values its table can differ from a fresh
assignment: a panel that is told the scene's legend (scene.colour_legend()) uses that instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.analysis.segments import UNASSIGNED
from orgeditor.drawing.segment_colours import NOT_SET, assign_colours

NO_VALUE_COLOUR = NOT_SET  # cards without a value in the dimension: grey


def legend_colours(values: Iterable[str]) -> dict[str, str]:
    """Hex colour ("#RRGGBB") per value. Named values get the canvas's palette colours (in
    order of their names); "" and "unassigned" (no value) get the canvas's grey."""
    values = list(dict.fromkeys(values))
    colours = assign_colours(v for v in values if v and v != UNASSIGNED)
    return {v: colours.get(v, NO_VALUE_COLOUR) for v in values}
