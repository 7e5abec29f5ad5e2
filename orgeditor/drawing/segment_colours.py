"""Colours for the segmentation view: one colour per segment value, as plain hex strings.

The canvas colours cards by the values of one dimension (region, product line, customer size,
vertical); a legend panel shows the same table. Values get colours from a fixed categorical
palette in order (Okabe-Ito first, then Paul Tol's bright scheme), the first ones the most
distinct. A value keeps its colour while it is in use, so editing one card does not repaint
the rest in other colours. Cards without a value are grey. Qt-free: hex strings only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

SEGMENT_PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#AA3377",  # purple (Tol)
    "#228833",  # green (Tol)
    "#EE6677",  # red (Tol)
    "#4477AA",  # blue (Tol)
    "#CCBB44",  # olive yellow (Tol)
    "#66CCEE",  # cyan (Tol)
    "#F0E442",  # yellow: least contrast on white, last
)
NOT_SET = "#98A2B3"  # cards without a value in the dimension
NOT_SET_VALUE = ""  # the legend's key for them


def sort_key(value: str) -> tuple[str, str]:
    return (value.casefold(), value)


def assign_colours(
    values: Iterable[str], previous: Mapping[str, str] | None = None
) -> dict[str, str]:
    """A colour for each distinct non-empty value.

    Values that had a colour in `previous` keep it; the others take the free palette
    colours in palette order (values sorted by name). Past the palette's end colours repeat.
    """
    wanted = sorted({v for v in values if v}, key=sort_key)
    result: dict[str, str] = {}
    if previous:
        for value in wanted:
            colour = previous.get(value)
            if colour is not None and colour not in result.values():
                result[value] = colour
    for value in wanted:
        if value not in result:
            result[value] = next_colour(result.values())
    return result


def next_colour(taken: Iterable[str]) -> str:
    """The first palette colour not taken (repeating the palette once all are)."""
    used = list(taken)
    counts = {colour: 0 for colour in SEGMENT_PALETTE}
    for colour in used:
        if colour in counts:
            counts[colour] += 1
    fewest = min(counts.values())
    return next(colour for colour in SEGMENT_PALETTE if counts[colour] == fewest)


def legend(colours: Mapping[str, str], values: Iterable[str]) -> list[tuple[str, str]]:
    """(value, hex) for the values in use, sorted by name; ("", NOT_SET) last when some card
    has no value."""
    present = set(values)
    entries = [(v, colours[v]) for v in sorted(present, key=sort_key) if v and v in colours]
    if NOT_SET_VALUE in present:
        entries.append((NOT_SET_VALUE, NOT_SET))
    return entries


def colour_of(colours: Mapping[str, str], value: str) -> str:
    return colours.get(value, NOT_SET) if value else NOT_SET


class SegmentColouring:
    """The scene's colour-by state: the dimension, each card's value and the sticky colours.

    The scene tells it each card's value as cards come, change and go; settle() after a
    burst of changes frees the colours of values no longer in use and says whether the
    legend may have changed.
    """

    def __init__(self) -> None:
        self.dimension: str | None = None
        self.values: dict[str, str] = {}  # position id -> its value ("" for none)
        self.colours: dict[str, str] = {}  # value -> hex, kept while the value is in use
        self._changed = False

    def start(self, dimension: str | None, values: dict[str, str]) -> None:
        """Colour by a dimension (None: off), given every card's value: fresh colours."""
        self.dimension = dimension
        self.values = values if dimension is not None else {}
        self.colours = assign_colours(self.values.values())
        self._changed = False

    def set_value(self, position_id: str, value: str) -> tuple[str, bool]:
        """Record a card's value: (its colour, whether the value changed)."""
        changed = self.values.get(position_id) != value
        if changed:
            self.values[position_id] = value
            self._changed = True
        if value and value not in self.colours:  # a new value: the first free colour, for good
            self.colours[value] = next_colour(self.colours.values())
        return colour_of(self.colours, value), changed

    def forget(self, position_id: str) -> bool:
        if self.values.pop(position_id, None) is None:
            return False
        self._changed = True
        return True

    def settle(self) -> bool:
        """After a burst of changes: free unused colours; True if the legend may differ."""
        if not self._changed:
            return False
        self._changed = False
        in_use = set(self.values.values())
        for value in [v for v in self.colours if v not in in_use]:
            del self.colours[value]
        return True

    def legend(self) -> list[tuple[str, str]]:
        return legend(self.colours, self.values.values()) if self.dimension else []

    def palette(self) -> dict[str, str]:
        """Every value's colour, "" (no value) included, for the overview."""
        return {**self.colours, NOT_SET_VALUE: NOT_SET}
