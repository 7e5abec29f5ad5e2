"""What a card drag shows: the target above the translucent dragged cards, and why a refused
drop is refused, next to the pointer."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsItem
from support.canvas_helpers import LEFT, NO_MODIFIER

from orgeditor.drawing.style import OVERVIEW_MIN_CARDS
from orgeditor.model import Chart, Position, chart_state
from orgeditor.ui.canvas.drop_hint import DropHintItem

SUBTREE = ("m1", "a1", "a2")  # m1 and its reports move together


def hints(canvas) -> list[DropHintItem]:
    return [item for item in canvas.scene.items() if isinstance(item, DropHintItem)]


def test_target_stands_above_the_translucent_dragged_cards(canvas):
    scene = canvas.scene
    canvas.drag(canvas.point("m1"), canvas.point("ops"), release=False)
    assert scene.card("ops").highlight == "drop"
    target_z = scene.card("ops").zValue()
    for pid in SUBTREE:
        assert scene.card(pid).zValue() < target_z
        assert scene.card(pid).opacity() < 1.0
    assert scene.card("m2").opacity() == 1.0  # cards that stay put stay opaque
    assert not hints(canvas)  # an allowed drop needs no explanation
    QTest.mouseRelease(canvas.viewport, LEFT, NO_MODIFIER, canvas.point("ops"))
    assert canvas.chart.manager_of("m1") == "ops"
    for pid in canvas.chart.position_ids():
        assert scene.card(pid).zValue() == 0.0
        assert scene.card(pid).opacity() == 1.0


def test_moving_to_another_target_lowers_the_previous_one(canvas):
    scene = canvas.scene
    canvas.drag(canvas.point("b1"), canvas.point("ops"), release=False)
    assert scene.card("ops").zValue() > scene.card("b1").zValue()
    QTest.mouseMove(canvas.viewport, canvas.point("m1"))
    assert scene.card("ops").highlight is None and scene.card("ops").zValue() == 0.0
    assert scene.card("m1").highlight == "drop"
    assert scene.card("m1").zValue() > scene.card("b1").zValue()
    QTest.keyClick(canvas.view, Qt.Key.Key_Escape)  # cancel: everything as it was
    assert scene.card("m1").zValue() == 0.0 and scene.card("b1").zValue() == 0.0
    assert scene.card("b1").opacity() == 1.0
    QTest.mouseRelease(canvas.viewport, LEFT, NO_MODIFIER, canvas.point("m1"))
    assert canvas.document.undo_stack.count() == 0


def test_refused_drop_says_why_next_to_the_pointer(canvas):
    chart, scene, view = canvas.chart, canvas.scene, canvas.view
    before = chart_state(chart)
    refused = []
    scene.cycleRefused.connect(refused.append)
    target = canvas.point("a1")  # m1's own report (its old place, while m1 is dragged)
    canvas.drag(canvas.point("m1"), target, release=False)
    [hint] = hints(canvas)
    reason = "Alan Turing cannot report to Per Hansen: Per Hansen already reports to Alan Turing."
    assert hint.text == reason
    assert hint.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
    assert hint.zValue() > max(item.zValue() for item in scene.items() if item is not hint)
    # next to the pointer: the item's origin is the pointer, its box a little right and below
    assert view.mapFromScene(hint.pos()) == target
    box = hint.boundingRect()
    assert 8 <= box.left() <= 24 and 8 <= box.top() <= 24
    # it follows the pointer over the refused target ...
    QTest.mouseMove(canvas.viewport, target + QPoint(5, 3))
    assert hints(canvas) == [hint] and view.mapFromScene(hint.pos()) == target + QPoint(5, 3)
    # ... goes when the pointer leaves it, and comes back with it
    empty = canvas.empty_point()
    QTest.mouseMove(canvas.viewport, empty)
    assert not hints(canvas)
    QTest.mouseMove(canvas.viewport, target)
    assert [h.text for h in hints(canvas)] == [reason]
    QTest.mouseRelease(canvas.viewport, LEFT, NO_MODIFIER, target)
    assert not hints(canvas)
    assert refused == [reason]  # the status bar still hears it
    assert chart_state(chart) == before
    assert canvas.document.undo_stack.count() == 0
    for pid in SUBTREE:
        assert scene.card(pid).opacity() == 1.0 and scene.card(pid).zValue() == 0.0


def test_cancelling_a_refused_drag_removes_the_hint(canvas):
    canvas.drag(canvas.point("m1"), canvas.point("a2"), release=False)
    assert [h.text for h in hints(canvas)] == [
        "Alan Turing cannot report to Liv Berg: Liv Berg already reports to Alan Turing."
    ]
    QTest.keyClick(canvas.view, Qt.Key.Key_Escape)
    assert not hints(canvas)
    QTest.mouseRelease(canvas.viewport, LEFT, NO_MODIFIER, canvas.point("a2"))
    assert canvas.chart.manager_of("m1") == "cro"


def big_chart(size: int) -> Chart:
    chart = Chart()
    with chart.quiet():
        chart.add_position(Position("p0", "Root", "CEO"))
        for m in range(size // 10):
            chart.add_position(Position(f"m{m}", "", "Sales Manager"), "p0")
        for n in range(len(chart), size):
            chart.add_position(Position(f"s{n}", "", "Account Executive"), f"m{n % (size // 10)}")
    return chart


def test_zooming_into_the_overview_mid_drag_keeps_its_cards_hidden(canvas_factory):
    canvas = canvas_factory(big_chart(OVERVIEW_MIN_CARDS + 100))
    scene, view = canvas.scene, canvas.view
    view.set_zoom(1.0)
    view.centerOn(scene.card("m3").centre())
    assert not scene.overview_on
    subtree = ["m3", *canvas.chart.descendants("m3")]
    start = canvas.point("m3")
    canvas.drag(start, start + QPoint(40, 30), release=False)
    assert all(scene.card(pid).opacity() < 1.0 for pid in subtree)
    view.set_zoom(0.05)  # the wheel still zooms during a drag
    assert scene.overview_on
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(canvas.viewport, LEFT, NO_MODIFIER, start)
    # the overview hid every card: the end of the drag does not show them again
    assert all(scene.card(pid).opacity() == 0.0 for pid in subtree)
    view.set_zoom(1.0)
    assert not scene.overview_on
    assert all(scene.card(pid).opacity() == 1.0 for pid in subtree)
