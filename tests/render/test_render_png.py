"""PNG export: the size follows the scale, the picture is not blank, text is antialiased
(many grey levels) and cards are drawn in full at any scale."""

import pytest
from PySide6.QtGui import QColor, QImage, QImageReader

from orgeditor.render import ExportError, render_png
from orgeditor.render.raster import draw_image
from orgeditor.render.snapshot import snapshot


@pytest.fixture(autouse=True)
def big_images():
    """SoftUni at scale 2 is 39k px wide: more than QImageReader reads by default."""
    limit = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(0)
    yield
    QImageReader.setAllocationLimit(limit)


def ink(image: QImage, step: int = 7) -> float:
    """The share of sampled pixels that are not white."""
    white = QColor("white").rgb()
    samples = hits = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            samples += 1
            hits += image.pixel(x, y) != white
    return hits / samples


def grey_levels(image: QImage) -> int:
    return len(
        {
            QColor(image.pixel(x, y)).lightness()
            for y in range(image.height())
            for x in range(image.width())
        }
    )


@pytest.mark.parametrize("name", ["northwind", "softuni"])
def test_png_size_follows_the_scale(request, tmp_path, name):
    chart = request.getfixturevalue(name)
    one, two = tmp_path / "one.png", tmp_path / "two.png"
    small = render_png(chart, one, scale=1.0)
    large = render_png(chart, two, scale=2.0)
    assert small.positions == large.positions == len(chart)
    image1, image2 = QImage(str(one)), QImage(str(two))
    assert (image1.width(), image1.height()) == (small.width, small.height)
    assert (image2.width(), image2.height()) == (large.width, large.height)
    assert abs(image2.width() - 2 * image1.width()) <= 1
    assert abs(image2.height() - 2 * image1.height()) <= 1
    assert image1.width() > 300 * 2  # several cards wide
    assert not image1.hasAlphaChannel()  # white background: stored as RGB
    assert 0.03 < ink(image1) < 0.9
    assert image2.dotsPerMeterX() == round(2 * 96 / 0.0254)  # prints at 100 %


def test_text_is_antialiased_and_sharp(sales, tmp_path):
    """One card at scale 4: text edges give many grey levels, and the picture at 4 is
    twice the picture at 2 in each direction (drawn anew, not stretched)."""
    path = tmp_path / "card.png"
    done = render_png(sales, path, scale=4.0, ids=["cro"])
    image = QImage(str(path))
    assert (image.width(), image.height()) == (done.width, done.height)
    assert grey_levels(image) > 40
    edges = sum(
        abs(QColor(image.pixel(x, y)).lightness() - QColor(image.pixel(x + 1, y)).lightness()) > 96
        for y in range(0, image.height(), 3)
        for x in range(image.width() - 1)
    )
    assert edges > 200  # crisp: many sharp steps between ink and paper


def test_cards_are_drawn_in_full_at_small_scales(sales):
    """The canvas paints plain rectangles below 18 % and only title and name below 60 %;
    an export draws whole cards (text, icon, pills) whatever the scale."""
    snap = snapshot(sales)
    assert all(card.full_detail for card in snap.scene.cards().values())
    small = draw_image(snap, 0.15, QColor("white"))
    for card in snap.scene.cards().values():
        card.full_detail = False
    plain = draw_image(snap, 0.15, QColor("white"))
    assert grey_levels(small) > grey_levels(plain) + 10


def test_transparent_background(sales, tmp_path):
    path = tmp_path / "clear.png"
    render_png(sales, path, scale=1.0, background=None)
    image = QImage(str(path))
    assert image.hasAlphaChannel()
    assert QColor.fromRgba(image.pixel(1, 1)).alpha() == 0


def test_a_selected_team_is_drawn_alone(softuni, tmp_path):
    team = ["3", *softuni.descendants("3")]  # an engineering manager and his reports
    whole = render_png(softuni, tmp_path / "whole.png", scale=1.0)
    some = render_png(softuni, tmp_path / "some.png", scale=1.0, ids=team)
    assert some.positions == len(team) > 3
    assert some.width * some.height < whole.width * whole.height / 10  # the team's part only


def test_bad_scale_and_colour(sales, tmp_path):
    with pytest.raises(ValueError, match="scale"):
        render_png(sales, tmp_path / "x.png", scale=0)
    with pytest.raises(ValueError, match="colour"):
        render_png(sales, tmp_path / "x.png", background="no such colour")
    assert not (tmp_path / "x.png").exists()


def test_an_empty_chart_is_refused(qapp, tmp_path):
    from orgeditor.model import Chart

    with pytest.raises(ExportError, match="nothing to draw"):
        render_png(Chart(), tmp_path / "empty.png")
