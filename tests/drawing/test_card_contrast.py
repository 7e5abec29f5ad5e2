"""Cards read on a projector: every text colour a card uses has at least WCAG AA contrast
(4.5:1) against every fill it is drawn on, and the dashed frame of an open seat at least the
3:1 of a component's outline. Colour is never the only sign: vacant and planned seats say so
in words and differ in their frame's dashes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from orgeditor.drawing import card_item
from orgeditor.drawing.scheme import DARK, LIGHT
from orgeditor.drawing.style import (
    AA_TEXT,
    BACKGROUND,
    CARD_FILL,
    FAMILY_COLOURS,
    PILL_FILL,
    PILL_TEXT,
    TEXT,
    TEXT_MUTED,
    VACANT_BORDER,
    VACANT_FILL,
    contrast,
    readable,
)

FILLS = {
    "filled": CARD_FILL,
    "vacant": VACANT_FILL,
    "planned": card_item._PLANNED_FILL,
}


def test_contrast_is_measured_as_wcag_does():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("fill", FILLS)
def test_card_text_reads_on_every_fill(fill):
    back = FILLS[fill]
    for name, colour in (("title and name", TEXT), ("vacant name", TEXT_MUTED)):
        assert contrast(colour, back) >= AA_TEXT, (name, fill)
    for family, hex_colour in FAMILY_COLOURS.items():  # the role line, in its family's colour
        assert contrast(readable(hex_colour), back) >= AA_TEXT, (family, fill)
    assert contrast(PILL_TEXT, PILL_FILL) >= AA_TEXT


def test_an_open_seat_frame_stands_out():
    for back in (VACANT_FILL, card_item._PLANNED_FILL, BACKGROUND):
        assert contrast(VACANT_BORDER, back) >= 3.0
    # vacant and planned differ in their frame's pattern, not only in colour
    assert card_item._VACANT.style() != card_item._PLANNED.style()


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=lambda s: s.name)
def test_both_schemes_keep_card_text_readable(scheme):
    """The dark chart (a dark interface, drawing/scheme.py) reads as well as the light."""
    for back in scheme.fills:
        assert contrast(scheme.text, back) >= AA_TEXT
        assert contrast(scheme.text_muted, back) >= AA_TEXT
        for family in FAMILY_COLOURS:
            assert contrast(scheme.role_text(family), back) >= AA_TEXT, (family, scheme.name)
        assert contrast(scheme.vacant_border, back) >= 3.0
    assert contrast(scheme.pill_text, scheme.pill_fill) >= AA_TEXT
    # lines and open seats' frames stand out from the canvas (3:1, as an outline must)
    assert contrast(scheme.connector, scheme.background) >= 3.0
    assert contrast(scheme.vacant_border, scheme.background) >= 3.0
    assert contrast(scheme.fold_shut[2], scheme.fold_shut[0]) >= AA_TEXT
    assert contrast(scheme.fold_open[2], scheme.fold_open[0]) >= AA_TEXT
