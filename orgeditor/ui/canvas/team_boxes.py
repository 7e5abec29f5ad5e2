"""Translucent boxes around each team's cards, labelled with the team's name (one item)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgeditor.ui.canvas.style import CARD_H, CARD_W, TEAM_COLOURS, font

PAD = 8.0  # under half of h_gap: neighbouring teams' boxes do not touch
LABEL_H = 17.0  # under the cards: the box stays clear of the connector bars above and below
LABEL_PX = 11
MAX_LABEL_PX = 60


@dataclass(frozen=True, slots=True)
class TeamBox:
    rect: QRectF  # the bounds of the outline
    name: str
    kind: str
    outline: QPainterPath  # hugs the members row by row, so non-members beside them stay out
    label_rect: QRectF  # under the members' lowest row


def team_boxes(
    teams: Iterable[tuple[str, str, list[str]]], positions: Mapping[str, tuple[float, float]]
) -> list[TeamBox]:
    """A box per team with members on the canvas: (name, kind, member ids) -> TeamBox."""
    boxes = []
    for name, kind, members in teams:
        points = [positions[m] for m in members if m in positions]
        if not points:
            continue
        rows: dict[float, list[float]] = {}
        for x, y in points:
            rows.setdefault(y, []).append(x)
        outline = QPainterPath()
        outline.setFillRule(Qt.FillRule.WindingFill)
        previous: QRectF | None = None
        for y in sorted(rows):
            xs = rows[y]
            row = QRectF(
                min(xs) - PAD, y - PAD, max(xs) + CARD_W - min(xs) + 2 * PAD, CARD_H + 2 * PAD
            )
            outline.addRoundedRect(row, 10.0, 10.0)
            if previous is not None:
                # bridge the gap between rows over the x range they share (or the narrower row)
                left = max(previous.left(), row.left())
                right = min(previous.right(), row.right())
                if right <= left:
                    narrow = previous if previous.width() < row.width() else row
                    left, right = narrow.left(), narrow.right()
                outline.addRect(
                    QRectF(
                        left,
                        previous.bottom() - 10.0,
                        right - left,
                        row.top() - previous.bottom() + 20.0,
                    )
                )
            previous = row
        assert previous is not None
        label_rect = QRectF(
            previous.left(), previous.bottom() - PAD, previous.width(), LABEL_H + PAD
        )
        outline.addRoundedRect(label_rect.adjusted(0, -10.0, 0, 0), 10.0, 10.0)
        outline = outline.simplified()
        boxes.append(TeamBox(outline.boundingRect(), name, kind, outline, label_rect))
    return boxes


class TeamBoxesItem(QGraphicsItem):
    """Draws every team box, behind the connectors and cards."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.boxes: list[TeamBox] = []
        self._bounds = QRectF()
        self._labels: dict[int, list[str]] = {}  # elided names by font size

    def set_boxes(self, boxes: list[TeamBox]) -> None:
        self.prepareGeometryChange()
        self.boxes = boxes
        bounds = QRectF()
        for box in boxes:
            bounds = bounds.united(box.rect)
        # zoomed out, labels grow below their boxes to stay legible
        self._bounds = bounds.adjusted(-2, -2, 2, MAX_LABEL_PX * 1.5)
        self._labels = {}
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        size = label_size(lod)
        labels = self._labels.get(size) if size else None
        if size and labels is None:
            labels = self._labels[size] = self._elided(size)
        if size:
            painter.setFont(font(size, bold=True))
        for index, box in enumerate(self.boxes):
            colour = TEAM_COLOURS.get(box.kind, TEAM_COLOURS["other"])
            fill = QColor(colour)
            fill.setAlpha(22)
            edge = QColor(colour)
            edge.setAlpha(110)
            painter.setPen(QPen(edge, 1.2))
            painter.setBrush(fill)
            painter.drawPath(box.outline)
            if labels:
                painter.setPen(colour.darker(115))
                label = box.label_rect
                top = label.bottom() - LABEL_H - 1.0
                painter.drawText(
                    QRectF(label.left() + 10.0, top, label.width() - 18.0, size * 1.4),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    labels[index],
                )

    def _elided(self, size: int) -> list[str]:
        metrics = QFontMetricsF(font(size, bold=True))
        return [
            metrics.elidedText(box.name, Qt.TextElideMode.ElideRight, box.label_rect.width() - 20)
            for box in self.boxes
        ]


def label_size(lod: float) -> int:
    """The label's font size in scene pixels: 11 at 100 %, larger when zoomed out so it
    stays about 10 px on screen; 0 (no label) when zoomed out too far."""
    if lod >= 1.0:
        return LABEL_PX
    if lod < 0.1:
        return 0
    return min(MAX_LABEL_PX, max(LABEL_PX, 2 * round(5.0 / lod)))
