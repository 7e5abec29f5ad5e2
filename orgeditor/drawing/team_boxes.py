"""Translucent boxes around each team's cards, labelled with the team's name (one item).

A box's label strip and its border are handles: the canvas starts a team drag there
(orgeditor.ui.canvas.interactions.team_drag). While the drag runs, the box follows the
pointer (set_preview).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgeditor.drawing.scheme import LIGHT, Scheme
from orgeditor.drawing.style import CARD_H, CARD_W, font
from orgeditor.model import team_kind_label

PAD = 8.0  # under half of h_gap: neighbouring teams' boxes do not touch
LABEL_H = 17.0  # under the cards: the box stays clear of the connector bars above and below
LABEL_PX = 11
MAX_LABEL_PX = 60
HANDLE = PAD + 4.0  # how far in from a box's edge a press still grabs the box


class TeamBox:
    """A team's box: its bounds, name, kind, label strip and outline. The outline (hugging the
    members row by row, so non-members beside them stay out) is made when first asked for:
    by painting, which draws the boxes in sight only, and by team_at."""

    __slots__ = ("_outline", "_runs", "kind", "label_rect", "name", "rect", "team_id")

    def __init__(
        self,
        team_id: str,
        rect: QRectF,
        name: str,
        kind: str,
        label_rect: QRectF,
        runs: list[Run],
    ) -> None:
        self.team_id = team_id
        self.rect = rect  # the bounds of the outline
        self.name = name
        self.kind = kind
        self.label_rect = label_rect  # under the members' lowest row
        self._runs = runs
        self._outline: QPainterPath | None = None

    @property
    def outline(self) -> QPainterPath:
        outline = self._outline
        if outline is None:
            outline = self._outline = _outline_of(self._runs)
        return outline

    def __repr__(self) -> str:
        return f"TeamBox({self.team_id!r}, {self.name!r}, {self.kind!r}, {self.rect!r})"


def team_boxes(
    teams: Iterable[tuple[str, str, str, list[str]]], positions: Mapping[str, tuple[float, float]]
) -> list[TeamBox]:
    """A box per team with members on the canvas: (id, name, kind, member ids) -> TeamBox.

    A box hugs the members row by row: each run of rows that span the same columns is one
    rounded rectangle (the lowest one reaching down over the label strip), joined to the next
    run by a bridge. The bounds and the label strip follow from the runs at once; the outline
    when first drawn (see TeamBox).
    """
    boxes = []
    for team_id, name, kind, members in teams:
        points = [positions[m] for m in members if m in positions]
        if not points:
            continue
        runs = _runs(points)
        left = min(run[0] for run in runs) - PAD
        right = max(run[1] for run in runs) + CARD_W + PAD
        top = runs[0][2] - PAD
        low, high, _top, bottom = runs[-1]
        label_rect = QRectF(
            low - PAD, bottom + CARD_H, high + CARD_W - low + 2 * PAD, LABEL_H + PAD
        )
        rect = QRectF(left, top, right - left, label_rect.bottom() - top)
        boxes.append(TeamBox(team_id, rect, name, kind, label_rect, runs))
    return boxes


Run = tuple[float, float, float, float]  # the cards' left x of the first and last column, y of
# the top and bottom row
_SHAPES: dict[tuple[Run, ...], QPainterPath] = {}
MAX_SHAPES = 4096


def _outline_of(runs: list[Run]) -> QPainterPath:
    """The outline around the runs: one rounded rectangle made directly for one run (most
    teams: a stacked column, a full grid); several united (0.1 ms), cached by their places
    relative to the team's corner (many teams share a shape)."""
    if len(runs) == 1:
        return _outline(runs)
    x0, y0 = min(run[0] for run in runs), runs[0][2]
    shape = tuple((a - x0, b - x0, top - y0, bottom - y0) for a, b, top, bottom in runs)
    outline = _SHAPES.get(shape)
    if outline is None:
        if len(_SHAPES) >= MAX_SHAPES:
            _SHAPES.clear()
        outline = _SHAPES[shape] = _outline(shape)
    return outline.translated(x0, y0) if x0 or y0 else outline


def _runs(points: Iterable[tuple[float, float]]) -> list[Run]:
    """The members' rows (cards at one y), top down, runs of rows spanning the same columns
    merged."""
    rows: dict[float, list[float]] = {}
    for x, y in points:
        row = rows.get(y)
        if row is None:
            rows[y] = [x, x]
        elif x < row[0]:
            row[0] = x
        elif x > row[1]:
            row[1] = x
    runs: list[Run] = []
    for y in sorted(rows):
        low, high = rows[y]
        if runs and runs[-1][0] == low and runs[-1][1] == high:
            runs[-1] = (low, high, runs[-1][2], y)
        else:
            runs.append((low, high, y, y))
    return runs


def _outline(runs: Iterable[Run]) -> QPainterPath:
    """The outline around the runs of rows, the lowest one reaching over the label strip."""
    outline = QPainterPath()
    outline.setFillRule(Qt.FillRule.WindingFill)
    previous: QRectF | None = None
    rects: list[QRectF] = []
    for low, high, top, bottom in runs:
        rect = QRectF(
            low - PAD, top - PAD, high + CARD_W - low + 2 * PAD, bottom - top + CARD_H + 2 * PAD
        )
        if previous is not None:
            # bridge the gap between rows over the x range they share (or the narrower row)
            left = max(previous.left(), rect.left())
            right = min(previous.right(), rect.right())
            if right <= left:
                narrow = previous if previous.width() < rect.width() else rect
                left, right = narrow.left(), narrow.right()
            outline.addRect(
                QRectF(
                    left,
                    previous.bottom() - 10.0,
                    right - left,
                    rect.top() - previous.bottom() + 20.0,
                )
            )
        rects.append(rect)
        previous = rect
    assert previous is not None
    previous.setBottom(previous.bottom() + LABEL_H)  # over the label strip
    for rect in rects:
        outline.addRoundedRect(rect, 10.0, 10.0)
    if len(rects) == 1:
        return outline  # one rounded rectangle: nothing to unite
    return outline.simplified()


class TeamBoxesItem(QGraphicsItem):
    """Draws every team box, behind the connectors and cards."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # paint() draws only the boxes in the exposed rectangle (a frame at reading size
        # shows a few of 1,700 teams)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.boxes: list[TeamBox] = []
        self._bounds = QRectF()
        self._base_bounds = QRectF()
        # (name, tag) by font size, then by box index: made when a box is first painted
        self._labels: dict[int, dict[int, tuple[str, str]]] = {}
        self._metrics: dict[int, QFontMetricsF] = {}  # of the bold label fonts, by pixel size
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
        self._metrics = {}
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
        labels = self._labels.setdefault(size, {}) if size else None
        name_font = font(size, bold=True) if size else None
        tag_font = font(tag_size(size), bold=True) if size else None
        preview = self._preview
        scheme: Scheme = getattr(self.scene(), "scheme", LIGHT)
        # a label may grow below its box when zoomed out (boundingRect allows for it)
        exposed = option.exposedRect.adjusted(-2, -MAX_LABEL_PX * 1.5, 2, 2)
        for index, box in enumerate(self.boxes):
            moved = preview is not None and preview[0] == box.team_id
            if not moved and not exposed.intersects(box.rect):
                continue
            if moved:
                painter.save()
                painter.translate(preview[1], preview[2])
            colour = scheme.team_colour(box.kind)
            fill = QColor(colour)
            fill.setAlpha(22)
            edge = QColor(colour)
            edge.setAlpha(110)
            painter.setPen(QPen(edge, 1.2))
            painter.setBrush(fill)
            painter.drawPath(box.outline)
            if labels is not None:
                label_text = labels.get(index)
                if label_text is None:
                    label_text = labels[index] = self._elided(size, box)
                name, tag = label_text
                painter.setPen(scheme.team_label(colour))
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

    def _elided(self, size: int, box: TeamBox) -> tuple[str, str]:
        """(name, kind tag) of a box, the name elided to leave room for the tag (which goes
        when the box is too narrow for both)."""
        metrics = self._bold_metrics(size)
        room = box.label_rect.width() - 20.0
        tag = kind_tag(box.kind)
        if tag:
            name_w = metrics.horizontalAdvance(box.name)
            tag_w = self._bold_metrics(tag_size(size)).horizontalAdvance(tag) + size
            if name_w + tag_w <= room or room - tag_w >= 4 * size:
                room -= tag_w
            else:
                tag = ""
        return metrics.elidedText(box.name, Qt.TextElideMode.ElideRight, room), tag

    def _bold_metrics(self, size: int) -> QFontMetricsF:
        metrics = self._metrics.get(size)
        if metrics is None:
            metrics = self._metrics[size] = QFontMetricsF(font(size, bold=True))
        return metrics


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
