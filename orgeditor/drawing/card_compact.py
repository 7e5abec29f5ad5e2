"""A card's text for middle zoom levels: title and name only, in fonts sized so that they
stay legible on screen (about 10 px) while the card itself shrinks. Sizes come in a few
steps, so zooming does not lay the text out again on every frame."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QStaticText

from orgeditor.drawing.card_content import CardContent
from orgeditor.drawing.card_layout import drawn_font, status_text
from orgeditor.drawing.style import BAND_W, CARD_H, CARD_W, font

COMPACT_BELOW = 0.6  # below this scale (and above the plain level) cards paint compact
# scene pixels; 28 px at 0.36 is 10 px on screen, 44 px at 0.2 is 9 px: from 36 px on only
# the title fits the card (the whole-chart overview of a few hundred positions)
SIZES = (18, 22, 28, 36, 44)
ON_SCREEN = 9.0
LEFT = BAND_W + 8.0
_ELIDE = Qt.TextElideMode.ElideRight


@dataclass(slots=True)
class CompactLayout:
    title: QStaticText
    name: QStaticText
    title_at: QPointF
    name_at: QPointF
    title_font: QFont
    name_font: QFont


def compact_font_size(lod: float) -> int:
    wanted = ON_SCREEN / max(lod, 1e-6)
    return next((size for size in SIZES if size >= wanted), SIZES[-1])


@cache
def compact_badge_font(pixel_size: int) -> QFont:
    return font(max(8, pixel_size), bold=True)


def layout_compact(content: CardContent, size: int) -> CompactLayout:
    title_font = drawn_font(font(size, bold=True))  # measured as drawn (see card_layout)
    name_font = drawn_font(font(size, italic=content.vacant))
    width = CARD_W - LEFT - 8.0
    title_metrics = QFontMetricsF(title_font)
    name_metrics = QFontMetricsF(name_font)
    title = title_metrics.elidedText(content.title or "–", _ELIDE, width)
    name = content.name if not content.vacant else status_text(content.status)
    name = name_metrics.elidedText(name, _ELIDE, width)
    if title_metrics.height() + name_metrics.height() > CARD_H:  # the title alone, centred
        name = ""
        title_at = QPointF(LEFT, (CARD_H - title_metrics.height()) / 2)
        return CompactLayout(
            _static(title), _static(name), title_at, title_at, title_font, name_font
        )
    gap = max(0.0, CARD_H - title_metrics.height() - name_metrics.height()) / 3
    title_at = QPointF(LEFT, gap)
    name_at = QPointF(LEFT, gap * 2 + title_metrics.height())
    return CompactLayout(_static(title), _static(name), title_at, name_at, title_font, name_font)


def _static(text: str) -> QStaticText:
    static = QStaticText(text)
    static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    return static
