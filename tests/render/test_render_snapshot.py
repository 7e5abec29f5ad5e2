"""The export's scene: a copy of the chart drawn as the canvas draws it; a selection keeps
where its cards stand and the lines between them."""

import pytest

from orgeditor.drawing.scene import ChartScene
from orgeditor.render.qt_app import ensure_app, needs_offscreen
from orgeditor.render.snapshot import selection_chart, snapshot


def test_the_callers_chart_is_not_touched(sales):
    revision = sales.revision
    listeners = list(sales._listeners)
    snap = snapshot(sales)
    assert snap.positions == len(sales) == len(snap.cards)
    assert sales.revision == revision
    assert sales._listeners == listeners  # no scene listens to it afterwards
    assert snap.scene.chart is not sales


def test_the_rectangle_holds_every_card_and_team_box(sales):
    snap = snapshot(sales)
    for card in snap.scene.cards().values():
        assert snap.rect.contains(card.sceneBoundingRect())
    for box in snap.scene.team_boxes.boxes:
        assert snap.rect.contains(box.rect)


def test_a_selection_stands_where_it_stands_in_the_whole_chart(sales):
    whole = ChartScene(sales.copy())
    part = selection_chart(sales, ["cro", "a1", "a2", "ops"])
    assert sorted(part.position_ids()) == ["a1", "a2", "cro", "ops"]
    assert part.manager_of("a1") == "cro"  # m1 left out: the nearest chosen manager
    assert part.manager_of("cro") is None
    for pid in part.position_ids():
        assert part.position(pid).xy == whole.placed(pid)
    assert part.team_members("t1") == ["a1", "a2"]
    assert part.dotted_lines() == []  # ops -> m2, and m2 is not chosen
    snap = snapshot(sales, ["cro", "a1", "a2", "ops"])
    for pid, card in snap.scene.cards().items():
        assert (card.pos().x(), card.pos().y()) == whole.placed(pid)


def test_dotted_lines_between_chosen_positions_are_kept(sales):
    part = selection_chart(sales, ["ops", "m2", "b1"])
    assert part.dotted_lines() == [("ops", "m2")]


def test_bad_selections(sales):
    with pytest.raises(ValueError, match="no such position: zz"):
        snapshot(sales, ["cro", "zz"])
    with pytest.raises(ValueError, match="nothing is selected"):
        snapshot(sales, [])


def test_ensure_app_returns_the_running_application(qapp):
    assert ensure_app() is qapp


def test_offscreen_only_without_a_display():
    assert needs_offscreen({}) is True
    assert needs_offscreen({"DISPLAY": ":0"}) is False
    assert needs_offscreen({"WAYLAND_DISPLAY": "wayland-0"}) is False
    assert needs_offscreen({"QT_QPA_PLATFORM": "xcb"}) is False


def test_colour_by_a_segment(sales):
    snap = snapshot(sales, colour_by="region")
    assert snap.scene.colour_by == "region"
    assert snap.scene.card("m1").band_colour is not None
    with pytest.raises(ValueError, match="segment dimension"):
        snapshot(sales, colour_by="shoe_size")
