"""A card made cheaply still behaves as before: its id is data(0), its state starts at the
defaults and is its own, its content is compared by value."""

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene, QStyleOptionGraphicsItem

from orgeditor.drawing.card_content import CardContent, card_content
from orgeditor.drawing.card_item import SHAPE, CardItem, fold_rect
from orgeditor.model import Chart, Position, Team


def content(name: str = "Grace Hopper") -> CardContent:
    return CardContent("Account Executive", name, "filled", "ae", "seller", "AE", ("EMEA",), False)


def test_the_id_is_data_0_and_other_keys_stay_qt_s(qapp) -> None:
    card = CardItem("p1", content())
    assert card.data(0) == "p1"
    assert card.data(1) is None
    card.setData(1, "kept")
    assert card.data(1) == "kept"
    scene = QGraphicsScene()
    scene.addItem(card)
    assert [item.data(0) for item in scene.items()] == ["p1"]
    assert card.flags() & CardItem.GraphicsItemFlag.ItemIsSelectable


def test_state_starts_at_the_defaults_and_belongs_to_one_card(qapp) -> None:
    first, second = CardItem("a", content()), CardItem("b", content())
    assert (first.badge, first.highlight, first.band_colour, first.fold) == (None,) * 4
    assert first.shape() is SHAPE and not first.band_tint
    first.set_badge(("error", 2))
    first.set_fold((True, 12))
    first.set_band_colour(QColor("red"))
    assert second.badge is None and second.fold is None and second.band_colour is None
    assert second.shape() is SHAPE and first.shape() is not SHAPE


def test_painting_zoomed_out_and_in_makes_the_layouts_once(qapp) -> None:
    card = CardItem("a", content())
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    for scale in (0.3, 1.0, 0.3):
        painter = QPainter(image)
        painter.scale(scale, scale)
        option = QStyleOptionGraphicsItem()
        card.paint(painter, option, None)
        painter.end()
    card.set_content(content("Ada Lovelace"))
    painter = QPainter(image)
    card.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()


def test_content_reads_the_team_s_segments_and_compares_by_value() -> None:
    chart = Chart()
    chart.add_team(Team("t", "Pod", region="Nord", vertical="Bank"))
    chart.add_position(Position("a", "", "Account Executive", region="Sør", team="t"))
    got = card_content(chart, "a")
    assert got.segments == ("Sør", "Bank")
    assert got.status == "vacant" and got.vacant
    assert got == card_content(chart, "a")
    assert got != got._replace(name="x")


def test_a_fold_marker_is_part_of_the_shape_and_shapes_are_shared(qapp) -> None:
    first, second, third = (CardItem(pid, content()) for pid in "abc")
    first.set_fold((False, 3))
    second.set_fold((False, 3))
    third.set_fold((True, 12_345))
    for card in (first, third):
        marker = fold_rect(card.fold)
        assert card.shape().contains(marker.center())
        assert card.shape().contains(SHAPE.boundingRect().center())
        assert card.shape().boundingRect().contains(marker)
    assert first.shape() is second.shape()
    assert fold_rect(third.fold).width() > fold_rect(first.fold).width()
    assert not first.shape().contains(fold_rect(third.fold).topLeft() + QPointF(1.0, 8.0))
    third.set_fold(None)
    assert third.shape() is SHAPE
