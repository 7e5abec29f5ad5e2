"""How a chart is drawn: card metrics, colours, fonts and the level-of-detail threshold.

One table for every drawing item, so cards, connectors, overview and team boxes agree (on the
canvas and in exported files). The role family colours (FAMILY_COLOURS, the Okabe-Ito palette:
distinguishable with common colour blindness) are shared with the panels' swatches.
"""

from __future__ import annotations

import re
from functools import cache

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
VACANT_BORDER = QColor("#98A2B3")
TEXT = QColor("#101828")
TEXT_MUTED = QColor("#667085")
SELECTION = QColor("#2563EB")
DROP_OK = QColor("#16A34A")
DROP_REFUSED = QColor("#DC2626")
CONNECTOR = QColor("#98A2B3")
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


@cache
def role_short_label(role_key: str) -> str:
    """The role's English label without its parenthetical remark ('Account Executive')."""
    return _PARENTHESIS.sub(" ", role_label(role_key)).strip()


@cache
def font(pixel_size: int, bold: bool = False, italic: bool = False) -> QFont:
    """Card fonts in pixels, so a card looks the same at 100 % on every screen."""
    result = QFont()
    result.setPixelSize(pixel_size)
    result.setBold(bold)
    result.setItalic(italic)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result
