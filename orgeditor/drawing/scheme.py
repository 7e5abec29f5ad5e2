"""The colours a chart is drawn in: LIGHT (the default, and always for exports and print) and
DARK (the canvas under a dark interface). A scene holds one (ChartScene.set_scheme); its cards,
lines, team boxes and overview read it when they paint. Both keep card text at WCAG AA
contrast (4.5:1) on every card fill (tests/drawing/test_card_contrast.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from orgeditor.drawing import style
from orgeditor.drawing.style import AA_TEXT, contrast, family_colour


def _mix(colour: QColor, other: QColor, keep: float) -> QColor:
    """`keep` of colour, the rest of other."""
    return QColor(
        round(colour.red() * keep + other.red() * (1 - keep)),
        round(colour.green() * keep + other.green() * (1 - keep)),
        round(colour.blue() * keep + other.blue() * (1 - keep)),
    )


@dataclass(frozen=True, eq=False)
class Scheme:
    name: str
    dark: bool
    background: QColor  # the canvas
    card_fill: QColor
    card_border: QColor
    vacant_fill: QColor
    planned_fill: QColor
    vacant_border: QColor  # the dashed frame of an open seat (3:1 on its fill)
    text: QColor
    text_muted: QColor
    pill_fill: QColor
    pill_text: QColor
    connector: QColor
    dotted: QColor
    shadow: QColor
    neutral: QColor  # the role icon while colour-by shows segments
    fold_open: tuple[QColor, QColor, QColor]  # fill, border, text of the "−" marker
    fold_shut: tuple[QColor, QColor, QColor]  # of the "+N" marker
    badge_ring: QColor  # sets a badge off from the card and canvas under it
    team_colours: Mapping[str, QColor] = field(default_factory=dict)

    @cached_property
    def fills(self) -> tuple[QColor, QColor, QColor]:
        """Every fill card text is drawn on."""
        return self.card_fill, self.vacant_fill, self.planned_fill

    @cached_property
    def border_pen(self) -> QPen:
        return QPen(self.card_border, 1.0)

    @cached_property
    def vacant_pen(self) -> QPen:
        return QPen(self.vacant_border, 1.2, Qt.PenStyle.DashLine)

    @cached_property
    def planned_pen(self) -> QPen:
        return QPen(self.vacant_border, 1.2, Qt.PenStyle.DotLine)

    def role_text(self, family: str) -> QColor:
        """The role line's colour: the family's colour, darkened (light) or lightened (dark)
        until it reads on every card fill."""
        cache = self.__dict__.setdefault("_role_text", {})
        colour = cache.get(family)
        if colour is None:
            colour = cache[family] = self._readable(family_colour(family))
        return colour

    def _readable(self, colour: QColor) -> QColor:
        towards = QColor("#FFFFFF") if self.dark else QColor("#000000")
        for step in range(40):
            shade = _mix(colour, towards, 1 - step / 40)
            if all(contrast(shade, fill) >= AA_TEXT for fill in self.fills):
                return shade
        return QColor(towards)

    def pale(self, colour: QColor, share: float) -> QColor:
        """A colour mixed into the card fill (`share` of it kept): zoomed-out card fills."""
        if not self.dark:
            return style.pale(colour.name(), share)
        return _mix(colour, self.card_fill, share * 0.75)

    def team_colour(self, kind: str) -> QColor:
        colours = self.team_colours
        return colours.get(kind, colours["other"])

    def team_label(self, colour: QColor) -> QColor:
        """A team's name in its colour, a shade further from the canvas."""
        return colour.lighter(115) if self.dark else colour.darker(115)


LIGHT = Scheme(
    name="light",
    dark=False,
    background=QColor(style.BACKGROUND),
    card_fill=QColor(style.CARD_FILL),
    card_border=QColor(style.CARD_BORDER),
    vacant_fill=QColor(style.VACANT_FILL),
    planned_fill=QColor("#F5F8FF"),
    vacant_border=QColor(style.VACANT_BORDER),
    text=QColor(style.TEXT),
    text_muted=QColor(style.TEXT_MUTED),
    pill_fill=QColor(style.PILL_FILL),
    pill_text=QColor(style.PILL_TEXT),
    connector=QColor(style.CONNECTOR),
    dotted=QColor(style.DOTTED),
    shadow=QColor(16, 24, 40, 22),
    neutral=QColor("#7D8799"),
    fold_open=(QColor("#FFFFFF"), QColor("#98A2B3"), QColor("#475467")),
    fold_shut=(QColor("#344054"), QColor("#FFFFFF"), QColor("#FFFFFF")),
    badge_ring=QColor("#FFFFFF"),
    team_colours={kind: QColor(colour) for kind, colour in style.TEAM_COLOURS.items()},
)

DARK = Scheme(
    name="dark",
    dark=True,
    background=QColor("#14181F"),
    card_fill=QColor("#252B35"),
    card_border=QColor("#4B5565"),
    vacant_fill=QColor("#1C2129"),
    planned_fill=QColor("#1E2533"),
    vacant_border=QColor("#98A2B3"),
    text=QColor("#F2F4F7"),
    text_muted=QColor("#C3CAD5"),
    pill_fill=QColor("#353D4A"),
    pill_text=QColor("#E4E7EC"),
    connector=QColor("#8A94A6"),
    dotted=QColor("#B69CFF"),
    shadow=QColor(0, 0, 0, 90),
    neutral=QColor("#8A94A6"),
    fold_open=(QColor("#252B35"), QColor("#98A2B3"), QColor("#E4E7EC")),
    fold_shut=(QColor("#D0D5DD"), QColor("#14181F"), QColor("#101828")),
    badge_ring=QColor("#14181F"),
    team_colours={
        "pod": QColor("#2ED3B7"),
        "stage": QColor("#8098F9"),
        "enablement": QColor("#FDB022"),
        "operations": QColor("#47CD89"),
        "other": QColor("#98A2B3"),
    },
)
