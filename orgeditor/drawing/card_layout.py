"""The text of a card laid out once: elided static texts and pill rectangles.

Built lazily on a card's first detailed paint and kept until its content changes, so a
repaint draws prepared QStaticText objects and does no text measuring.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QStaticText

from orgeditor.drawing.card_content import CardContent
from orgeditor.drawing.style import CARD_W, font
from orgeditor.model import status_label

TEXT_X = 16.0
TEXT_RIGHT = CARD_W - 12.0
TITLE_Y = 9.0
NAME_Y = 28.0
ROW_Y = 49.0  # the bottom row: family icon, role label, segment pills
ROW_H = 16.0
ICON_X = 14.0
ROLE_X = ICON_X + ROW_H + 5.0
ROLE_MAX = 92.0
PILL_PAD = 6.0
PILL_GAP = 4.0
PILL_MAX = 84.0

TITLE_FONT = font(13, bold=True)
NAME_FONT = font(12)
VACANT_FONT = font(12, italic=True)
PILL_FONT = font(10)
LETTER_FONT = font(10, bold=True)
BADGE_FONT = font(10, bold=True)


@dataclass(slots=True)
class Pill:
    rect: QRectF
    text: QStaticText


@dataclass(slots=True)
class CardLayout:
    title: QStaticText
    name: QStaticText
    role: QStaticText | None  # None when the title already says it
    pills: list[Pill]


def _static(text: str) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    return static


def _elide(text: str, metrics: QFontMetricsF, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _no_title() -> str:
    return QCoreApplication.translate("CardItem", "(no title)")


def status_text(status: str) -> str:
    """What an unfilled card shows instead of a name: 'Planned', else 'Vacant'."""
    word = status_label("planned" if status == "planned" else "vacant")
    # the ui's context for labels (orgeditor/ui/labels.py; drawing cannot import ui)
    return QCoreApplication.translate("Labels", word)


def _says_role(title: str, role_label: str) -> bool:
    """Whether the title already names the role ('Account Executive' on an AE card)."""
    folded_title = title.casefold()
    parts = [part.strip() for part in role_label.casefold().split("/")]
    return any(part and (part in folded_title or folded_title in part) for part in parts)


def layout_card(content: CardContent) -> CardLayout:
    width = TEXT_RIGHT - TEXT_X
    title_metrics = QFontMetricsF(TITLE_FONT)
    title = _static(_elide(content.title or _no_title(), title_metrics, width))
    if content.vacant:
        name_text = status_text(content.status)
        if content.name.strip():
            name_text = f"{content.name} · {name_text}"
        name_metrics = QFontMetricsF(VACANT_FONT)
    else:
        name_text = content.name
        name_metrics = QFontMetricsF(NAME_FONT)
    name = _static(_elide(name_text, name_metrics, width))

    small = QFontMetricsF(PILL_FONT)
    x = ROLE_X
    role = None
    if (
        content.title
        and content.role != "other"
        and not _says_role(content.title, content.role_label)
    ):
        shown = _elide(content.role_label, small, ROLE_MAX)
        role = _static(shown)
        x += small.horizontalAdvance(shown) + 8.0
    pills: list[Pill] = []
    right = CARD_W - 10.0
    values = content.segments
    for index, value in enumerate(values):
        remaining = len(values) - index - 1
        room = right - x - (30.0 if remaining else 0.0)  # keep room for a "+n" pill
        limit = min(PILL_MAX, room) - 2 * PILL_PAD
        if limit < 36.0 and len(value) > 3:
            more = f"+{len(values) - index}"
            w = small.horizontalAdvance(more) + 2 * PILL_PAD
            pills.append(Pill(QRectF(x, ROW_Y, w, ROW_H), _static(more)))
            break
        shown = _elide(value, small, limit)
        w = small.horizontalAdvance(shown) + 2 * PILL_PAD
        pills.append(Pill(QRectF(x, ROW_Y, w, ROW_H), _static(shown)))
        x += w + PILL_GAP
    return CardLayout(title, name, role, pills)
