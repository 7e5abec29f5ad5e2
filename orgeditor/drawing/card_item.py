"""One position's card: painted by hand, with a cheap plain look when zoomed out.

A card knows its position id (item.data(0), the GUI contract) and the plain values it shows
(CardContent). It never reads or changes the model: the scene pushes content into it.
Moving is not Qt's ItemIsMovable: the drag interaction moves cards and pushes one command.

A manager's card carries a fold marker at its bottom centre (set_fold): "−" while its reports
are shown, "+12" (every position under it) while they are folded away. The canvas toggles the
branch when the marker is clicked (fold_rect says where it is); exports draw only the "+N"
of folded branches.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgeditor.drawing.card_compact import (
    COMPACT_BELOW,
    CompactLayout,
    compact_badge_font,
    compact_font_size,
    layout_compact,
)
from orgeditor.drawing.card_content import CardContent
from orgeditor.drawing.card_layout import (
    BADGE_FONT,
    ICON_X,
    LETTER_FONT,
    NAME_FONT,
    PILL_FONT,
    ROLE_X,
    ROW_H,
    ROW_Y,
    TITLE_FONT,
    VACANT_FONT,
    CardLayout,
    layout_card,
)
from orgeditor.drawing.scheme import LIGHT, Scheme
from orgeditor.drawing.severity_marks import paint_severity_mark, severity_path
from orgeditor.drawing.style import (
    BAND_W,
    CARD_H,
    CARD_W,
    DOTTED,
    DROP_OK,
    DROP_REFUSED,
    FAMILY_LETTERS,
    LOD_THRESHOLD,
    MARGIN,
    RADIUS,
    SEGMENT_BAND_W,
    SELECTION,
    SEVERITY_COLOURS,
    family_colour,
    font,
)

# (folded, positions under it) for a manager's card; None for a card without reports
Fold = tuple[bool, int] | None

CARD_RECT = QRectF(0.0, 0.0, CARD_W, CARD_H)
ICON_RADIUS = ROW_H / 2
ICON_CENTRE = QPointF(ICON_X + ICON_RADIUS, ROW_Y + ICON_RADIUS)
BADGE_CENTRE = QPointF(CARD_W - 3.0, 3.0)
BADGE_RADIUS = 9.0
_PLAIN_BADGE = QRectF(CARD_W - 46.0, 0.0, 46.0, 46.0)  # zoomed out: the shape alone
# the fold marker: a pill across the card's bottom edge, below the card's bottom row
FOLD_H = 16.0
FOLD_TOP = CARD_H - 7.0  # from the bottom row's lower edge (card_layout ROW_Y + ROW_H)
FOLD_MIN_W = 22.0
FOLD_PAD = 7.0
FOLD_FONT = font(10, bold=True)
FOLD_SIGN_FONT = font(13, bold=True)
BOUNDS = CARD_RECT.adjusted(-MARGIN, -MARGIN, MARGIN, max(MARGIN, FOLD_TOP + FOLD_H + 1 - CARD_H))

_shape = QPainterPath()
_shape.addRoundedRect(CARD_RECT, RADIUS, RADIUS)
SHAPE = _shape
_band_clip = QPainterPath()
_band_clip.addRect(QRectF(0.0, 0.0, BAND_W, CARD_H))
BAND = SHAPE.intersected(_band_clip)
_segment_clip = QPainterPath()
_segment_clip.addRect(QRectF(0.0, 0.0, SEGMENT_BAND_W, CARD_H))
SEGMENT_BAND = SHAPE.intersected(_segment_clip)

_NO_PEN = QPen(Qt.PenStyle.NoPen)
# the light scheme's (drawing/scheme.py has both schemes; a scene paints in its own)
_VACANT = LIGHT.vacant_pen
_PLANNED = LIGHT.planned_pen
_SELECTED = QPen(SELECTION, 2.5)
_HALO = QPen(QColor(37, 99, 235, 60), 7.0)
_WHITE = QColor("#FFFFFF")
_PLANNED_FILL = LIGHT.planned_fill
_HIGHLIGHTS = {"drop": DROP_OK, "refused": DROP_REFUSED, "dotted": DOTTED}
_PLAIN_BAND = QRectF(0.0, 0.0, 24.0, CARD_H)
_HIGHLIGHT_PENS = {key: QPen(colour, 3.0) for key, colour in _HIGHLIGHTS.items()}
_HIGHLIGHT_TINTS = {
    key: QColor(colour.red(), colour.green(), colour.blue(), 36)
    for key, colour in _HIGHLIGHTS.items()
}


_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


class CardItem(QGraphicsItem):
    # export (orgeditor.render) sets this on its own scene's cards: full cards at any scale
    full_detail = False
    # the state below starts as these class defaults, set on a card when it changes (a chart
    # of 50,000 cards is opened without 450,000 attribute writes)
    badge: tuple[str, int] | None = None  # (severity, count)
    highlight: str | None = None  # "drop" | "refused" | "dotted" during drags
    # colour-by a segment: the value's colour for the band and a tint; None: role family
    band_colour: QColor | None = None
    band_tint = False
    fold: Fold = None  # the fold marker: see the module's docstring
    _shape = SHAPE  # the card and its fold marker (a click on either hits the card)
    _layout: CardLayout | None = None  # made when the card is first painted in full
    _compact: dict[int, CompactLayout] | None = None  # by font size, made when first needed

    def __init__(self, position_id: str, content: CardContent) -> None:
        super().__init__()
        self.setFlag(_SELECTABLE)  # enabled by default: the bool argument costs 3 µs a card
        self.position_id = position_id
        self.content = content

    def data(self, key: int) -> object:
        """data(0) is the position id (the GUI contract), kept in Python: a QVariant per card
        costs more than the rest of making one."""
        return self.position_id if key == 0 else super().data(key)

    # ----- state pushed by the scene ----------------------------------------------------

    def set_content(self, content: CardContent) -> None:
        if content != self.content:
            self.content = content
            self._layout = None
            self._compact = None
            self.update()

    def set_badge(self, badge: tuple[str, int] | None) -> None:
        if badge != self.badge:
            self.badge = badge
            self.update()

    def set_fold(self, fold: Fold) -> None:
        """(folded, positions under it) for a manager's card, None for a card without
        reports: the marker at the bottom centre."""
        if fold != self.fold:
            self.fold = fold
            self._shape = SHAPE if fold is None else _shape_with_marker(fold_rect(fold).width())
            self.update()

    def on_fold_marker(self, local: QPointF, slop: float = 0.0) -> bool:
        """Whether a point (in the card's coordinates) is on its fold marker."""
        if self.fold is None:
            return False
        return fold_rect(self.fold).adjusted(-slop, -slop, slop, slop).contains(local)

    def set_highlight(self, highlight: str | None) -> None:
        if highlight != self.highlight:
            self.highlight = highlight
            self.update()

    def set_band_colour(self, colour: QColor | None, tint: bool = True) -> None:
        """Colour-by a segment: the band in the value's colour and (tint) the card tinted
        with it. None: the role family's band, no tint."""
        tint = tint and colour is not None
        if colour != self.band_colour or tint != self.band_tint:
            self.band_colour = colour
            self.band_tint = tint
            self.update()

    def centre(self) -> QPointF:
        return self.pos() + CARD_RECT.center()

    # ----- QGraphicsItem -----------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return BOUNDS

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if self.full_detail:
            lod = max(lod, 1.0)
        content = self.content
        colour = self.band_colour or family_colour(content.family)
        segmented = self.band_colour is not None
        selected = self.isSelected()
        scheme = scheme_of(self)
        if lod < LOD_THRESHOLD:
            self._paint_plain(painter, colour, selected, scheme)
            if self.fold is not None and self.fold[0]:
                painter.fillRect(fold_rect(self.fold), scheme.fold_shut[0])
            return
        vacant = content.vacant
        if self.highlight is None and not selected and not vacant:  # a soft drop shadow
            painter.setPen(_NO_PEN)
            painter.setBrush(scheme.shadow)
            painter.drawRoundedRect(CARD_RECT.translated(0.0, 1.5), RADIUS, RADIUS)
        if selected:
            painter.setPen(_HALO)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(SHAPE)
        if vacant:
            planned = content.status == "planned"
            painter.setPen(scheme.planned_pen if planned else scheme.vacant_pen)
            painter.setBrush(scheme.planned_fill if planned else scheme.vacant_fill)
        else:
            painter.setPen(scheme.border_pen)
            painter.setBrush(scheme.card_fill)
        painter.drawPath(SHAPE)
        if self.band_tint:  # the segmentation view: a tint of the value's colour over the card
            painter.setPen(_NO_PEN)
            painter.setBrush(scheme.pale(colour, 0.07 if vacant else 0.14))
            painter.drawPath(SHAPE)
        painter.setPen(_NO_PEN)
        painter.setBrush(colour if not vacant else colour.lighter(130))
        painter.drawPath(SEGMENT_BAND if segmented else BAND)
        compact = lod < COMPACT_BELOW
        if compact:  # zoomed out a little: title and name only, in a font that stays legible
            self._paint_compact_text(painter, lod, vacant, scheme)
        else:
            # colour means one thing at a time: with colour-by on, the role icon goes neutral
            self._paint_icon(painter, scheme.neutral if segmented else colour, vacant)
            self._paint_text(painter, vacant, segmented, scheme)
        if self.highlight:
            painter.setPen(_HIGHLIGHT_PENS[self.highlight])
            painter.setBrush(_HIGHLIGHT_TINTS[self.highlight])
            painter.drawPath(SHAPE)
        elif selected:
            painter.setPen(_SELECTED)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(SHAPE)
        if self.badge is not None:
            self._paint_badge(painter, lod if compact else 1.0, scheme)
        if self.fold is not None and (self.fold[0] or not self.full_detail):
            self._paint_fold(painter, self.fold, scheme)

    # ----- painting helpers ----------------------------------------------------------------

    def _paint_plain(
        self, painter: QPainter, colour: QColor, selected: bool, scheme: Scheme = LIGHT
    ) -> None:
        if self.highlight:
            painter.fillRect(CARD_RECT, _HIGHLIGHTS[self.highlight])
        elif selected:
            painter.fillRect(CARD_RECT, SELECTION)
        else:  # a pale card with its family band, so a zoomed-out chart still reads
            painter.fillRect(CARD_RECT, scheme.pale(colour, 0.2 if self.content.vacant else 0.5))
            painter.fillRect(_PLAIN_BAND, colour)
        if self.badge is not None:  # the severity's shape, large: it still tells them apart
            painter.setPen(_NO_PEN)
            painter.setBrush(SEVERITY_COLOURS[self.badge[0]])
            painter.drawPath(severity_path(self.badge[0], _PLAIN_BADGE))

    def _paint_icon(self, painter: QPainter, colour: QColor, vacant: bool) -> None:
        painter.setPen(_NO_PEN)
        painter.setBrush(colour if not vacant else colour.lighter(140))
        painter.drawEllipse(ICON_CENTRE, ICON_RADIUS, ICON_RADIUS)
        painter.setPen(_WHITE)
        painter.setFont(LETTER_FONT)
        box = QRectF(
            ICON_CENTRE.x() - ICON_RADIUS,
            ICON_CENTRE.y() - ICON_RADIUS,
            2 * ICON_RADIUS,
            2 * ICON_RADIUS,
        )
        painter.drawText(
            box, Qt.AlignmentFlag.AlignCenter, FAMILY_LETTERS.get(self.content.family, "·")
        )

    def _paint_text(
        self, painter: QPainter, vacant: bool, segmented: bool = False, scheme: Scheme = LIGHT
    ) -> None:
        layout = self._layout
        if layout is None:
            layout = self._layout = layout_card(self.content)
        painter.setPen(scheme.text)
        painter.setFont(TITLE_FONT)
        for line in layout.title_lines:  # one or two lines: a long title wraps, never cut
            painter.drawStaticText(line.at, line.static)
        painter.setPen(scheme.text_muted if vacant else scheme.text)
        painter.setFont(VACANT_FONT if vacant else NAME_FONT)
        painter.drawStaticText(layout.name_at, layout.name)
        painter.setFont(PILL_FONT)
        if layout.role is not None:
            painter.setPen(
                scheme.text_muted if segmented else scheme.role_text(self.content.family)
            )
            painter.drawStaticText(QPointF(ROLE_X, ROW_Y + 1.5), layout.role)
        radius = ROW_H / 2
        for pill in layout.pills:
            painter.setPen(_NO_PEN)
            painter.setBrush(scheme.pill_fill)
            painter.drawRoundedRect(pill.rect, radius, radius)
            painter.setPen(scheme.pill_text)
            painter.drawStaticText(pill.rect.topLeft() + QPointF(6.0, 1.5), pill.text)

    def _paint_compact_text(
        self, painter: QPainter, lod: float, vacant: bool, scheme: Scheme = LIGHT
    ) -> None:
        size = compact_font_size(lod)
        if self._compact is None:
            self._compact = {}
        layout = self._compact.get(size)
        if layout is None:
            layout = self._compact[size] = layout_compact(self.content, size)
        painter.setPen(scheme.text)
        painter.setFont(layout.title_font)
        painter.drawStaticText(layout.title_at, layout.title)
        painter.setPen(scheme.text_muted if vacant else scheme.text)
        painter.setFont(layout.name_font)
        painter.drawStaticText(layout.name_at, layout.name)

    def _paint_badge(self, painter: QPainter, lod: float = 1.0, scheme: Scheme = LIGHT) -> None:
        """The worst severity's shape (octagon, triangle, circle) with the count inside."""
        assert self.badge is not None
        severity, count = self.badge
        box = badge_rect(lod)
        radius = box.width() / 2
        font = compact_badge_font(round(radius * 1.1)) if lod < 1.0 else BADGE_FONT
        text = str(count) if count < 10 else "9+"
        ring = QPen(scheme.badge_ring, 2.0 / lod)
        paint_severity_mark(painter, severity, box, SEVERITY_COLOURS[severity], text, font, ring)

    def _paint_fold(
        self, painter: QPainter, fold: tuple[bool, int], scheme: Scheme = LIGHT
    ) -> None:
        folded = fold[0]
        box = fold_rect(fold)
        fill, border, text = scheme.fold_shut if folded else scheme.fold_open
        painter.setPen(QPen(border, 1.5 if folded else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, FOLD_H / 2, FOLD_H / 2)
        painter.setPen(text)
        painter.setFont(FOLD_FONT if folded else FOLD_SIGN_FONT)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, fold_text(fold))


def scheme_of(item: QGraphicsItem) -> Scheme:
    """The colours of the item's scene (drawing/scheme.py): light without one."""
    scene = item.scene()
    return LIGHT if scene is None else getattr(scene, "scheme", LIGHT)


def fold_text(fold: tuple[bool, int]) -> str:
    """What the fold marker says: "−" (open), or "+" and how many positions are folded away."""
    folded, count = fold
    if not folded:
        return "\u2212"
    return f"+{count}" if count < 10_000 else f"+{count // 1000}k"


def fold_rect(fold: tuple[bool, int]) -> QRectF:
    """Where a card's fold marker is, in the card's coordinates (painting and clicks agree)."""
    width = max(FOLD_MIN_W, _text_width(fold_text(fold)) + 2 * FOLD_PAD)
    return QRectF((CARD_W - width) / 2, FOLD_TOP, width, FOLD_H)


@cache
def _shape_with_marker(width: float) -> QPainterPath:
    """The card and a fold marker this wide, shared like SHAPE (a union costs 40 µs, and a
    chart opens with thousands of managers)."""
    marker = QPainterPath()
    marker.addRoundedRect(
        QRectF((CARD_W - width) / 2, FOLD_TOP, width, FOLD_H), FOLD_H / 2, FOLD_H / 2
    )
    return SHAPE.united(marker)


@cache
def _text_width(text: str) -> float:
    return QFontMetricsF(FOLD_FONT).horizontalAdvance(text)  # measured once a GUI app runs


def badge_rect(lod: float) -> QRectF:
    """The part of a card its finding badge covers when the card is painted at this level of
    detail (a view's scale). Painting and the canvas tooltips both use it, so they agree."""
    if lod < LOD_THRESHOLD:  # the plain look: a coloured corner
        return QRectF(_PLAIN_BADGE)
    radius = BADGE_RADIUS
    centre = BADGE_CENTRE
    if lod < min(1.0, COMPACT_BELOW):  # compact: a bigger badge inside the corner
        radius = min(CARD_H / 4, BADGE_RADIUS / lod)
        centre = QPointF(CARD_W - radius - 3.0, radius + 3.0)
    return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
