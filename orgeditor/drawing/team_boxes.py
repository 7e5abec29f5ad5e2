"""Translucent boxes around each team's cards, labelled with the team's name (one item).

A box's label strip and its border are handles: the canvas starts a team drag there
(orgeditor.ui.canvas.interactions.team_drag). While the drag runs, the box follows the
pointer (set_preview).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgeditor.drawing.style import CARD_H, CARD_W, TEAM_COLOURS, font
from orgeditor.model import team_kind_label

PAD = 8.0  # under half of h_gap: neighbouring teams' boxes do not touch
LABEL_H = 17.0  # under the cards: the box stays clear of the connector bars above and below
LABEL_PX = 11
MAX_LABEL_PX = 60
HANDLE = PAD + 4.0  # how far in from a box's edge a press still grabs the box


@dataclass(frozen=True, slots=True)
class TeamBox:
    team_id: str
    rect: QRectF  # the bounds of the outline
    name: str
    kind: str
    outline: QPainterPath  # hugs the members row by row, so non-members beside them stay out
    label_rect: QRectF  # under the members' lowest row


def team_boxes(
    teams: Iterable[tuple[str, str, str, list[str]]], positions: Mapping[str, tuple[float, float]]
) -> list[TeamBox]:
    """A box per team with members on the canvas: (id, name, kind, member ids) -> TeamBox.

    Outlines are cached by the members' places relative to the team's corner: after a
    re-layout most teams have only shifted, and many teams share a shape (a stacked column).
    """
    boxes = []
    for team_id, name, kind, members in teams:
        points = [positions[m] for m in members if m in positions]
        if not points:
            continue
        x0 = min(x for x, _ in points)
        y0 = min(y for _, y in points)
        shape = tuple(sorted((x - x0, y - y0) for x, y in points))
        cached = _SHAPES.get(shape)
        if cached is None:
            if len(_SHAPES) >= MAX_SHAPES:
                _SHAPES.clear()
            cached = _SHAPES[shape] = _outline(shape)
        outline, label_rect = cached
        if x0 or y0:
            outline = outline.translated(x0, y0)
            label_rect = label_rect.translated(x0, y0)
        boxes.append(TeamBox(team_id, outline.boundingRect(), name, kind, outline, label_rect))
    return boxes


_SHAPES: dict[tuple[tuple[float, float], ...], tuple[QPainterPath, QRectF]] = {}
MAX_SHAPES = 4096


def _outline(points: Iterable[tuple[float, float]]) -> tuple[QPainterPath, QRectF]:
    """The outline around cards at these places, and its label strip under the lowest row."""
    rows: dict[float, list[float]] = {}
    for x, y in points:
        rows.setdefault(y, []).append(x)
    outline = QPainterPath()
    outline.setFillRule(Qt.FillRule.WindingFill)
    previous: QRectF | None = None
    for y in sorted(rows):
        xs = rows[y]
        row = QRectF(min(xs) - PAD, y - PAD, max(xs) + CARD_W - min(xs) + 2 * PAD, CARD_H + 2 * PAD)
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
    label_rect = QRectF(previous.left(), previous.bottom() - PAD, previous.width(), LABEL_H + PAD)
    outline.addRoundedRect(label_rect.adjusted(0, -10.0, 0, 0), 10.0, 10.0)
    return outline.simplified(), label_rect


class TeamBoxesItem(QGraphicsItem):
    """Draws every team box, behind the connectors and cards."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.boxes: list[TeamBox] = []
        self._bounds = QRectF()
        self._base_bounds = QRectF()
        self._labels: dict[int, list[tuple[str, str]]] = {}  # (name, tag) by font size
        self._preview: tuple[str, float, float] | None = None  # a box being dragged

    def set_boxes(self, boxes: list[TeamBox]) -> None:
        self.prepareGeometryChange()
        self.boxes = boxes
        self._preview = None
        bounds = QRectF()
        for box in boxes:
            bounds = bounds.united(box.rect)
        # zoomed out, labels grow below their boxes to stay legible
        self._base_bounds = self._bounds = bounds.adjusted(-2, -2, 2, MAX_LABEL_PX * 1.5)
        self._labels = {}
        self.update()

    def box(self, team_id: str) -> TeamBox | None:
        return next((box for box in self.boxes if box.team_id == team_id), None)

    def team_at(self, point: QPointF) -> str | None:
        """The team whose label strip or border is under a scene point (cards aside)."""
        for box in reversed(self.boxes):
            if not box.rect.contains(point) or not box.outline.contains(point):
                continue
            if box.label_rect.contains(point):
                return box.team_id
            outline = box.outline
            x, y = point.x(), point.y()
            for dx, dy in ((HANDLE, 0.0), (-HANDLE, 0.0), (0.0, HANDLE), (0.0, -HANDLE)):
                if not outline.contains(QPointF(x + dx, y + dy)):
                    return box.team_id
        return None

    def set_preview(self, team_id: str | None, dx: float = 0.0, dy: float = 0.0) -> None:
        """Draw one box shifted by (dx, dy) while its team is dragged; None: no preview."""
        self.prepareGeometryChange()
        self._preview = (team_id, dx, dy) if team_id is not None else None
        bounds = self._base_bounds
        box = self.box(team_id) if team_id is not None else None
        if box is not None:
            bounds = bounds.united(box.rect.translated(dx, dy).adjusted(-2, -2, 2, 2))
        self._bounds = bounds
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
        name_font = font(size, bold=True) if size else None
        tag_font = font(tag_size(size), bold=True) if size else None
        preview = self._preview
        for index, box in enumerate(self.boxes):
            moved = preview is not None and preview[0] == box.team_id
            if moved:
                painter.save()
                painter.translate(preview[1], preview[2])
            colour = TEAM_COLOURS.get(box.kind, TEAM_COLOURS["other"])
            fill = QColor(colour)
            fill.setAlpha(22)
            edge = QColor(colour)
            edge.setAlpha(110)
            painter.setPen(QPen(edge, 1.2))
            painter.setBrush(fill)
            painter.drawPath(box.outline)
            if labels:
                name, tag = labels[index]
                painter.setPen(colour.darker(115))
                painter.setFont(name_font)
                label = box.label_rect
                top = label.bottom() - LABEL_H - 1.0
                text_rect = QRectF(label.left() + 10.0, top, label.width() - 20.0, size * 1.4)
                painter.drawText(
                    text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name
                )
                if tag:  # the team's kind, small and quiet, at the right end of the label
                    tag_colour = QColor(colour)
                    tag_colour.setAlpha(170)
                    painter.setPen(tag_colour)
                    painter.setFont(tag_font)
                    painter.drawText(
                        text_rect.adjusted(0, (size - tag_size(size)) * 0.55, 0, 0),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                        tag,
                    )
            if moved:
                painter.restore()

    def _elided(self, size: int) -> list[tuple[str, str]]:
        """(name, kind tag) per box, the name elided to leave room for the tag (which goes
        when the box is too narrow for both)."""
        metrics = QFontMetricsF(font(size, bold=True))
        tag_metrics = QFontMetricsF(font(tag_size(size), bold=True))
        result = []
        for box in self.boxes:
            room = box.label_rect.width() - 20.0
            tag = kind_tag(box.kind)
            if tag:
                name_w = metrics.horizontalAdvance(box.name)
                tag_w = tag_metrics.horizontalAdvance(tag) + size
                if name_w + tag_w <= room or room - tag_w >= 4 * size:
                    room -= tag_w
                else:
                    tag = ""
            result.append((metrics.elidedText(box.name, Qt.TextElideMode.ElideRight, room), tag))
        return result


def kind_tag(kind: str) -> str:
    """The label's kind tag: "POD", "STAGE", ...; nothing for plain teams."""
    if kind == "other":
        return ""
    # the ui's translation context for labels (orgeditor/ui/labels.py; drawing cannot import ui)
    return QCoreApplication.translate("Labels", team_kind_label(kind)).upper()


def tag_size(size: int) -> int:
    return max(8, round(size * 0.8))


def label_size(lod: float) -> int:
    """The label's font size in scene pixels: 11 at 100 %, larger when zoomed out so it
    stays about 10 px on screen; 0 (no label) when zoomed out too far."""
    if lod >= 1.0:
        return LABEL_PX
    if lod < 0.1:
        return 0
    return min(MAX_LABEL_PX, max(LABEL_PX, 2 * round(5.0 / lod)))
