"""How a chart is drawn: card metrics, colours, fonts and the level-of-detail threshold.

One table for every drawing item, so cards, connectors, overview and team boxes agree (on the
canvas and in exported files). The role family colours (FAMILY_COLOURS, the Okabe-Ito palette:
distinguishable with common colour blindness) are shared with the panels' swatches.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont

from orgeditor.layout import LayoutOptions
from orgeditor.model import catalogue, role_label

# one colour per role family, as hex strings (the panels' swatches use the same table)
FAMILY_COLOURS: dict[str, str] = {
    "seller": "#0072B2",  # blue
    "operations": "#009E73",  # bluish green
    "enablement": "#E69F00",  # orange
    "leadership": "#CC79A7",  # reddish purple
    "other": "#8C8C8C",  # grey
}

OPTIONS = LayoutOptions()
CARD_W = float(OPTIONS.card_width)
CARD_H = float(OPTIONS.card_height)
RADIUS = 8.0
BAND_W = 6.0
SEGMENT_BAND_W = 9.0  # wider in the segmentation view, where the band is the message
# room around a card for the selection halo and the finding badge that overhangs the corner
MARGIN = 9.0

# below this scale cards paint as plain rectangles and large charts switch to the overview;
# between it and card_compact.COMPACT_BELOW cards show title and name in larger type (from
# 36 px on the title alone: the whole-chart overview of a few hundred positions reads)
LOD_THRESHOLD = 0.18
OVERVIEW_MIN_CARDS = 2000

BACKGROUND = QColor("#F4F6F9")
CARD_FILL = QColor("#FFFFFF")
CARD_BORDER = QColor("#D0D5DD")
VACANT_FILL = QColor("#F2F4F7")
# readable on a projector: text at least 4.5:1 against every card fill, the dashed frame of
# an open seat at least 3:1 (WCAG AA; tests/drawing/test_card_contrast.py measures them)
VACANT_BORDER = QColor("#667085")
TEXT = QColor("#101828")
TEXT_MUTED = QColor("#475467")
SELECTION = QColor("#2563EB")
DROP_OK = QColor("#16A34A")
DROP_REFUSED = QColor("#DC2626")
CONNECTOR = QColor("#7D8799")
DOTTED = QColor("#7C3AED")
PILL_FILL = QColor("#EEF2F6")
PILL_TEXT = QColor("#344054")

SEVERITY_ORDER = {"error": 3, "warning": 2, "info": 1}
SEVERITY_COLOURS = {
    "error": QColor("#D92D20"),
    "warning": QColor("#F79009"),
    "info": QColor("#1570EF"),
}

FAMILY_LETTERS = {
    "leadership": "L",
    "seller": "S",
    "operations": "O",
    "enablement": "E",
    "other": "–",
}

TEAM_COLOURS = {
    "pod": QColor("#0E9384"),
    "stage": QColor("#3E4784"),
    "enablement": QColor("#B54708"),
    "operations": QColor("#087443"),
    "other": QColor("#475467"),
}


@cache
def family_colour(family: str) -> QColor:
    """The family's colour (shared: derive, do not change it)."""
    return QColor(FAMILY_COLOURS.get(family, FAMILY_COLOURS["other"]))


@cache
def pale(colour_name: str, share: float = 0.45) -> QColor:
    """A colour mixed with white (share of the colour kept), for zoomed-out card fills."""
    colour = QColor(colour_name)
    keep = share
    return QColor(
        round(colour.red() * keep + 255 * (1 - keep)),
        round(colour.green() * keep + 255 * (1 - keep)),
        round(colour.blue() * keep + 255 * (1 - keep)),
    )


@cache
def role_family(role_key: str) -> str:
    roles = catalogue().roles
    return roles[role_key].family if role_key in roles else "other"


_PARENTHESIS = re.compile(r"\s*\(.*?\)\s*")


_short_labels: dict[str, str] = {}  # role key -> its label on a card, in the shown language


def role_short_label(role_key: str) -> str:
    """The role's label without its parenthetical remark ('Account Executive'), in the
    interface's language: Qt's "Labels" translations (docs/ARCHITECTURE.md, "Translations"),
    English where none is installed (the command line's exports)."""
    text = _short_labels.get(role_key)
    if text is None:
        label = QCoreApplication.translate("Labels", role_label(role_key))
        text = _short_labels[role_key] = _PARENTHESIS.sub(" ", label).strip()
    return text


def forget_translated_labels() -> None:
    """After the translators changed: card labels are looked up again."""
    _short_labels.clear()


@cache
def font(pixel_size: int, bold: bool = False, italic: bool = False) -> QFont:
    """Card fonts in pixels, so a card looks the same at 100 % on every screen."""
    result = QFont()
    result.setPixelSize(pixel_size)
    result.setBold(bold)
    result.setItalic(italic)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result


AA_TEXT = 4.5  # WCAG AA for text
DARKEST_FILL = "#F2F4F7"  # the darkest card fill text is drawn on (an open seat)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@cache
def readable(hex_colour: str, background: str = DARKEST_FILL) -> QColor:
    """`hex_colour` darkened just enough to read as text on `background` (WCAG AA): a role's
    colour for the role line on its card."""
    colour, back = QColor(hex_colour), QColor(background)
    for _ in range(40):
        if contrast(colour, back) >= AA_TEXT:
            break
        colour = colour.darker(110)
    return colour
