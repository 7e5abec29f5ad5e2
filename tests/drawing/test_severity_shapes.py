"""Colour is never the only sign of a finding's severity: the card badges (and the plain look
of a zoomed-out card) draw each severity in its own shape, so they differ with the colours
made equal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from orgeditor.drawing import card_item
from orgeditor.drawing.card_content import CardContent
from orgeditor.drawing.severity_marks import SHAPES, severity_path

SEVERITIES = ("error", "warning", "info")


def card_picture(severity: str, scale: float) -> QImage:
    """A card with a badge of this severity, painted at `scale`, as grey levels and alpha."""
    card = card_item.CardItem(
        "p1",
        CardContent("Seller", "Kari", "filled", "account_executive", "seller", "AE", (), False),
    )
    card.set_badge((severity, 3))
    size = 400
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(QTransform.fromTranslate(20, 20).scale(scale, scale))
    card.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def differing(a: QImage, b: QImage) -> int:
    return sum(
        a.pixelColor(x, y) != b.pixelColor(x, y)
        for y in range(0, a.height(), 2)
        for x in range(0, a.width(), 2)
    )


@pytest.mark.parametrize("scale", [1.0, 0.1])  # a full card, and the plain zoomed-out look
def test_badges_differ_in_shape_with_one_colour(monkeypatch, qapp, scale):
    same = {severity: QColor("#777777") for severity in SEVERITIES}
    monkeypatch.setattr(card_item, "SEVERITY_COLOURS", same)
    pictures = {severity: card_picture(severity, scale) for severity in SEVERITIES}
    for first, second in (("error", "warning"), ("error", "info"), ("warning", "info")):
        assert differing(pictures[first], pictures[second]) >= 3, (first, second, scale)


def test_every_severity_has_its_own_shape():
    assert sorted(SHAPES) == sorted(SEVERITIES) and len(set(SHAPES.values())) == 3
    box = QRectF(0, 0, 40, 40)
    areas = {severity: abs(_area(severity_path(severity, box))) for severity in SEVERITIES}
    # triangle < circle < octagon in area: three different outlines in the same box
    assert areas["warning"] < areas["info"] < areas["error"]


def _area(path) -> float:
    polygon = path.toFillPolygon()
    points = [polygon.at(i) for i in range(polygon.count())]
    return 0.5 * sum(
        a.x() * b.y() - b.x() * a.y() for a, b in zip(points, points[1:] + points[:1], strict=True)
    )


def test_the_overviews_marks_take_the_shapes_too():
    from orgeditor.drawing.overview import _corner_marks

    places = {"p1": (0.0, 0.0)}
    areas = {s: abs(_area(_corner_marks(["p1"], places, s))) for s in SEVERITIES}
    assert areas["warning"] < areas["info"] < areas["error"]
