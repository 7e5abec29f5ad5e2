"""The text of a card laid out once: static texts, where they go, and pill rectangles.

Built lazily on a card's first detailed paint and kept until its content changes, so a
repaint draws prepared QStaticText objects and does no text measuring.

A title too long for one line wraps onto a second (at a word break where there is one) and
only the end of that second line is elided. A card keeps its size (style.OPTIONS), so a
two-line title moves up to WRAP_TITLE_Y and the name moves down to just above the bottom
row, which stays where it is (wrapped_places). CardLayout says where each text goes
(title_lines, name_at); a one-line title stands at TITLE_Y with the name at NAME_Y.

Text is measured in the fonts as a painter draws them (measure): the card fonts are made at
import, maybe before the QApplication, and only take the application's family when drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QStaticText,
    QTextLayout,
    QTextOption,
)

from orgeditor.drawing.card_content import CardContent
from orgeditor.drawing.style import CARD_W, font
from orgeditor.model import status_label

TEXT_X = 16.0
TEXT_RIGHT = CARD_W - 12.0
TITLE_Y = 9.0
NAME_Y = 28.0
ROW_Y = 49.0  # the bottom row: family icon, role label, segment pills
WRAP_TITLE_Y = 4.0  # a title on two lines starts higher (see wrapped_places)
NAME_ROOM = 1.0  # under a two-line title: from the name's line to the bottom row
TITLE_LINES = 2  # at most; the end of the last one is elided
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
CARD_FONTS = (TITLE_FONT, NAME_FONT, VACANT_FONT, PILL_FONT, LETTER_FONT, BADGE_FONT)
# the smallest text on a card, in scene px: what decides whether a printed chart reads
SMALLEST_TEXT_PX = min(f.pixelSize() for f in CARD_FONTS)


@dataclass(slots=True)
class Pill:
    rect: QRectF
    text: QStaticText


@dataclass(slots=True)
class TitleLine:
    at: QPointF  # the top left corner, in card coordinates
    text: str
    static: QStaticText


@dataclass(slots=True)
class CardLayout:
    # title_lines and name_at say where the (possibly wrapped) title and the name go
    name: QStaticText
    role: QStaticText | None  # None when the title already says it
    pills: list[Pill]
    title_lines: list[TitleLine]  # one or two, TITLE_FONT; only the last may end in "…"
    name_at: QPointF  # where the name goes: NAME_Y, or lower under a two-line title

    @property
    def wrapped(self) -> bool:
        return len(self.title_lines) > 1

    @property
    def lines(self) -> list[str]:
        """The title's lines as shown."""
        return [line.text for line in self.title_lines]


def _static(text: str) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    return static


def drawn_font(card_font: QFont) -> QFont:
    """The font a painter draws with: what the card font leaves unset (its family) taken from
    the application's font."""
    return card_font.resolve(QGuiApplication.font())


def measure(card_font: QFont) -> QFontMetricsF:
    return QFontMetricsF(drawn_font(card_font))


def wrapped_places() -> tuple[float, float]:
    """Under a two-line title: (from one title line to the next, the name's y). The name
    sits just above the bottom row and the title lines share the room above it."""
    name_height = max(measure(NAME_FONT).height(), measure(VACANT_FONT).height())
    name_y = ROW_Y - NAME_ROOM - name_height
    line = min(measure(TITLE_FONT).height(), (name_y - WRAP_TITLE_Y) / TITLE_LINES)
    return line, name_y


def _elide(text: str, metrics: QFontMetricsF, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def wrap_title(text: str, title_font: QFont, width: float, lines: int = TITLE_LINES) -> list[str]:
    """The title in at most `lines` lines of `width`: broken between words (inside a word only
    when one word is wider than a line), the end of the last line elided if the rest is still
    too long. One line when it fits on one."""
    title_font = drawn_font(title_font)
    metrics = QFontMetricsF(title_font)
    text = " ".join(text.split())
    if lines <= 1 or metrics.horizontalAdvance(text) <= width:
        return [_elide(text, metrics, width)]
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(text, title_font)
    layout.setTextOption(option)
    shown: list[str] = []
    layout.beginLayout()
    try:
        while len(shown) < lines - 1:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            shown.append(text[start : start + length].rstrip())
            rest = text[start + length :].lstrip()
            if not rest:
                return shown
    finally:
        layout.endLayout()
    shown.append(_elide(rest, metrics, width))
    return shown


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
    title_text = content.title or _no_title()
    wrapped = wrap_title(title_text, TITLE_FONT, width)
    top, step, name_y = TITLE_Y, 0.0, NAME_Y
    if len(wrapped) > 1:
        top = WRAP_TITLE_Y
        step, name_y = wrapped_places()
    title_lines = [
        TitleLine(QPointF(TEXT_X, top + k * step), line, _static(line))
        for k, line in enumerate(wrapped)
    ]
    name_at = QPointF(TEXT_X, name_y)
    if content.vacant:
        name_text = status_text(content.status)
        if content.name.strip():
            name_text = f"{content.name} · {name_text}"
        name_metrics = measure(VACANT_FONT)
    else:
        name_text = content.name
        name_metrics = measure(NAME_FONT)
    name = _static(_elide(name_text, name_metrics, width))

    small = measure(PILL_FONT)
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
    return CardLayout(name, role, pills, title_lines, name_at)
