"""Dragging cards with the real mouse: reparent onto a card, refuse cycles, place by hand."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from support.canvas_helpers import LEFT, NO_MODIFIER

from orgeditor.model import chart_state


def test_drag_card_onto_another_reparents_in_one_undo_step(canvas, qtbot):
    chart, stack = canvas.chart, canvas.document.undo_stack
    before = chart_state(chart)
    assert chart.manager_of("b1") == "m2"
    canvas.drag(canvas.point("b1"), canvas.point("m1"))
    assert chart.manager_of("b1") == "m1"
    assert stack.count() == 1
    # the card went to its new place, under m1, and nothing is left highlighted
    assert canvas.scene.card("b1").y() > canvas.scene.card("m1").y()
    assert all(card.highlight is None for card in canvas.scene.cards().values())
    stack.undo()
    assert chart.manager_of("b1") == "m2"
    assert chart_state(chart) == before
    assert canvas.card_ids() == set(chart.position_ids())


def test_drag_moves_the_whole_subtree_along(canvas):
    start = {pid: canvas.scene.card(pid).pos() for pid in ("m1", "a1", "a2", "ceo")}
    press, end = canvas.point("m1"), canvas.point("m1") + QPoint(150, 90)
    canvas.drag(press, end, release=False)
    for pid in ("m1", "a1", "a2"):
        assert canvas.scene.card(pid).pos() != start[pid]
    assert canvas.scene.card("ceo").pos() == start["ceo"]
    QTest.keyClick(canvas.view, Qt.Key.Key_Escape)  # cancel: everything back, no command
    for pid, pos in start.items():
        assert canvas.scene.card(pid).pos() == pos
    QTest.mouseRelease(canvas.viewport, LEFT, NO_MODIFIER, end)
    assert canvas.document.undo_stack.count() == 0


def test_drop_onto_own_subtree_is_refused(canvas, qtbot):
    chart, stack = canvas.chart, canvas.document.undo_stack
    messages = []
    canvas.scene.cycleRefused.connect(messages.append)
    target = canvas.point("a1")  # m1's own report: its old place, while m1 is dragged
    canvas.drag(canvas.point("m1"), target, release=False)
    assert canvas.scene.card("a1").highlight == "refused"
    assert canvas.scene.card("m1").highlight == "refused"
    QTest.mouseRelease(canvas.viewport, LEFT, NO_MODIFIER, target)
    assert chart.manager_of("m1") == "cro"
    assert chart.manager_of("a1") == "m1"
    assert stack.count() == 0
    assert len(messages) == 1 and "cannot report" in messages[0]
    assert all(card.highlight is None for card in canvas.scene.cards().values())


def test_drop_target_is_highlighted_during_the_drag(canvas):
    canvas.drag(canvas.point("b1"), canvas.point("ops"), release=False)
    assert canvas.scene.card("ops").highlight == "drop"
    QTest.mouseRelease(canvas.viewport, LEFT, NO_MODIFIER, canvas.point("ops"))
    assert canvas.scene.card("ops").highlight is None
    assert canvas.chart.manager_of("b1") == "ops"


def test_drag_to_empty_canvas_places_by_hand_and_undo_resets(canvas):
    chart, stack = canvas.chart, canvas.document.undo_stack
    card = canvas.scene.card("ops")
    before = card.pos()
    assert chart.position("ops").xy is None
    empty = canvas.empty_point()
    press = canvas.point("ops")
    canvas.drag(press, empty)
    assert stack.count() == 1
    xy = chart.position("ops").xy
    assert xy is not None
    expected = before + canvas.view.mapToScene(empty) - canvas.view.mapToScene(press)
    assert abs(xy[0] - expected.x()) <= 1 and abs(xy[1] - expected.y()) <= 1
    assert (card.x(), card.y()) == xy
    assert chart.manager_of("ops") == "cro"
    stack.undo()
    assert chart.position("ops").xy is None
    assert card.pos() == before


def test_click_selects_and_ctrl_click_toggles(canvas):
    viewport = canvas.viewport
    QTest.mouseClick(viewport, LEFT, NO_MODIFIER, canvas.point("m1"))
    assert canvas.scene.selected_ids() == ["m1"]
    QTest.mouseClick(viewport, LEFT, Qt.KeyboardModifier.ControlModifier, canvas.point("a1"))
    assert canvas.scene.selected_ids() == ["m1", "a1"]
    QTest.mouseClick(viewport, LEFT, Qt.KeyboardModifier.ControlModifier, canvas.point("m1"))
    assert canvas.scene.selected_ids() == ["a1"]
    QTest.mouseClick(viewport, LEFT, NO_MODIFIER, canvas.empty_point())
    assert canvas.scene.selected_ids() == []
    assert canvas.document.undo_stack.count() == 0


def test_dragging_a_multi_selection_reparents_all(canvas):
    canvas.scene.select_ids(["a1", "b1"])
    canvas.drag(canvas.point("a1"), canvas.point("ops"))
    assert canvas.chart.manager_of("a1") == "ops"
    assert canvas.chart.manager_of("b1") == "ops"
    assert canvas.document.undo_stack.count() == 1
    canvas.document.undo_stack.undo()
    assert canvas.chart.manager_of("a1") == "m1"
    assert canvas.chart.manager_of("b1") == "m2"


def test_reparenting_a_hand_placed_card_drops_its_placement_in_the_same_step(canvas):
    from orgeditor.ui.commands import EditFieldsCommand

    chart, stack = canvas.chart, canvas.document.undo_stack
    stack.push(EditFieldsCommand(chart, {"b1": {"xy": (0.0, 300.0)}}))
    canvas.view.fit()
    canvas.drag(canvas.point("b1"), canvas.point("ops"))
    assert chart.manager_of("b1") == "ops"
    assert chart.position("b1").xy is None
    assert stack.count() == 2
    stack.undo()
    assert chart.manager_of("b1") == "m2"
    assert chart.position("b1").xy == (0.0, 300.0)


def test_replacing_the_chart_mid_drag_cancels_the_drag(canvas):
    from support.canvas_helpers import small_chart

    canvas.drag(canvas.point("b1"), canvas.point("m1"), release=False)
    canvas.document.replace_chart(small_chart(), None)
    QTest.mouseRelease(canvas.viewport, LEFT, NO_MODIFIER, canvas.point("m1"))
    assert canvas.document.undo_stack.count() == 0
    assert canvas.chart.manager_of("b1") == "m2"
    assert canvas.card_ids() == set(canvas.chart.position_ids())
