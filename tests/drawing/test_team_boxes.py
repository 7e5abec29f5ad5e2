"""Team boxes: the outline hugs the members row by row (as the united row boxes would), made
directly for a team whose rows span the same columns, and only when a box is drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from orgeditor.drawing.style import CARD_H, CARD_W
from orgeditor.drawing.team_boxes import LABEL_H, PAD, TeamBoxesItem, team_boxes

COLUMN = [(0.0, 0.0), (0.0, 84.0), (0.0, 168.0)]
GRID = [(0.0, 0.0), (248.0, 0.0), (0.0, 100.0), (248.0, 100.0)]
MANAGER_OVER_COLUMN = [(900.0, 0.0), (0.0, 130.0), (0.0, 214.0), (0.0, 298.0)]
STAIRS = [(0.0, 0.0), (0.0, 84.0), (248.0, 84.0), (496.0, 200.0), (0.0, 300.0)]
GAPPED_ROW = [(0.0, 0.0), (496.0, 0.0), (248.0, 120.0)]
SHAPES = [COLUMN, GRID, MANAGER_OVER_COLUMN, STAIRS, GAPPED_ROW, [(10.0, 20.0)]]


def united_rows(points) -> tuple[QPainterPath, QRectF]:
    """The outline as the union of a rounded box per row, bridges between rows and the label
    strip under the lowest row."""
    rows: dict[float, list[float]] = {}
    for x, y in points:
        rows.setdefault(y, []).append(x)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    previous = None
    for y in sorted(rows):
        xs = rows[y]
        row = QRectF(min(xs) - PAD, y - PAD, max(xs) + CARD_W - min(xs) + 2 * PAD, CARD_H + 2 * PAD)
        path.addRoundedRect(row, 10.0, 10.0)
        if previous is not None:
            left, right = max(previous.left(), row.left()), min(previous.right(), row.right())
            if right <= left:
                narrow = previous if previous.width() < row.width() else row
                left, right = narrow.left(), narrow.right()
            bridge_h = row.top() - previous.bottom() + 20.0
            path.addRect(QRectF(left, previous.bottom() - 10.0, right - left, bridge_h))
        previous = row
    label = QRectF(previous.left(), previous.bottom() - PAD, previous.width(), LABEL_H + PAD)
    path.addRoundedRect(label.adjusted(0, -10.0, 0, 0), 10.0, 10.0)
    return path.simplified(), label


def near_an_edge(path: QPainterPath, point: QPointF) -> bool:
    inside = path.contains(point)
    return any(
        path.contains(point + QPointF(dx, dy)) != inside
        for dx in (-1.0, 0.0, 1.0)
        for dy in (-1.0, 0.0, 1.0)
    )


@pytest.mark.parametrize("points", SHAPES)
@pytest.mark.parametrize("shift", [(0.0, 0.0), (5000.0, -1234.0)])
def test_the_outline_covers_what_the_united_rows_cover(qapp, points, shift):
    points = [(x + shift[0], y + shift[1]) for x, y in points]
    ids = [f"p{i}" for i in range(len(points))]
    [box] = team_boxes([("t", "Team", "pod", ids)], dict(zip(ids, points, strict=True)))
    expected, label = united_rows(points)
    assert box.label_rect == label
    assert box.rect == expected.boundingRect() == box.outline.boundingRect()
    rect = box.rect
    for i in range(61):
        for j in range(61):
            point = QPointF(
                rect.left() - 4 + (rect.width() + 8) * i / 60,
                rect.top() - 4 + (rect.height() + 8) * j / 60,
            )
            if not near_an_edge(expected, point):
                assert box.outline.contains(point) == expected.contains(point), point


def test_a_team_whose_rows_span_the_same_columns_is_one_rounded_rectangle(qapp):
    for points in (COLUMN, GRID):
        ids = [f"p{i}" for i in range(len(points))]
        [box] = team_boxes([("t", "T", "pod", ids)], dict(zip(ids, points, strict=True)))
        assert box.outline.toSubpathPolygons() and len(box.outline.toSubpathPolygons()) == 1


def test_outlines_are_made_for_the_boxes_painted_only(qapp):
    positions = {f"p{i}": (i * 1000.0, 0.0) for i in range(20)}
    teams = [(f"t{i}", f"Team {i}", "pod", [f"p{i}"]) for i in range(20)]
    boxes = team_boxes(teams, positions)
    item = TeamBoxesItem()
    item.set_boxes(boxes)
    assert all(box._outline is None for box in boxes)  # nothing drawn yet
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    option = QStyleOptionGraphicsItem()
    option.exposedRect = QRectF(1900.0, -50.0, 400.0, 200.0)  # around team 2
    painter.translate(-1900.0, 50.0)
    item.paint(painter, option)
    painter.end()
    assert [box.team_id for box in boxes if box._outline is not None] == ["t2"]
    assert item.team_at(boxes[7].label_rect.center()) == "t7"  # a hit makes its outline


@pytest.mark.parametrize("model", ["pod", "assembly_line", "island"])
def test_no_team_label_lies_under_another_card_in_the_templates(qapp, model):
    """The templates stack a sales operations team and an enablement team under one leader:
    each team's label strip stays clear of every card that is not its own (the compact layout
    leaves room after a team's last card in a stack)."""
    from orgeditor.drawing.scene import ChartScene
    from orgeditor.templates import build_chart, default_params

    chart = build_chart(default_params(model))
    scene = ChartScene(chart)
    boxes = scene.team_boxes.boxes
    assert len(boxes) >= 2
    for box in boxes:
        members = set(chart.team_members(box.team_id))
        for pid, card in scene.cards().items():
            if pid not in members:
                card_rect = QRectF(card.pos().x(), card.pos().y(), CARD_W, CARD_H)
                assert not box.label_rect.intersects(card_rect), (box.name, pid)
