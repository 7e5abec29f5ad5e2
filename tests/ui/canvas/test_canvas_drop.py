"""Palette drops: real QDragEnter/QDragMove/QDrop events carrying a role key."""

from PySide6.QtCore import QMimeData
from support.canvas_helpers import drag_move, drag_over, drop, drop_event, send

from orgeditor.drawing.style import CARD_H, CARD_W
from orgeditor.model import catalogue
from orgeditor.ui.panels.mime import PALETTE_MIME, role_mime_data


def test_drop_on_a_card_adds_a_vacant_direct_report(canvas):
    chart, stack = canvas.chart, canvas.document.undo_stack
    reports = chart.reports_of("m2")
    event = drop(canvas, canvas.point("m2"), role_mime_data("ae"))
    assert event.isAccepted()
    new = [pid for pid in chart.reports_of("m2") if pid not in reports]
    assert len(new) == 1
    position = chart.position(new[0])
    assert position.explicit_role == "ae"
    assert position.title == catalogue().role("ae").label_en
    assert position.name == "" and position.status == "vacant"
    assert stack.count() == 1
    assert canvas.card_ids() == set(chart.position_ids())
    assert canvas.scene.selected_ids() == new
    assert canvas.scene.card(new[0]).content.vacant
    stack.undo()
    assert new[0] not in chart
    assert canvas.card_ids() == set(chart.position_ids())


def test_drop_on_empty_canvas_adds_a_position_where_it_was_dropped(canvas):
    chart = canvas.chart
    assert chart.settings.auto_layout  # re-layout is on: the drop place still wins
    roots = chart.roots()
    point = canvas.empty_point()
    at = canvas.view.mapToScene(point)
    event = drop(canvas, point, role_mime_data("sdr"))
    assert event.isAccepted()
    new = [pid for pid in chart.roots() if pid not in roots]
    assert len(new) == 1
    assert chart.position(new[0]).explicit_role == "sdr"
    card = canvas.scene.card(new[0])
    assert card is not None
    assert abs(card.centre().x() - at.x()) <= 1 and abs(card.centre().y() - at.y()) <= 1
    assert canvas.scene.card_at(at) is card  # the pointer is on the new card


def test_drop_on_empty_canvas_without_auto_layout_stays_where_dropped(canvas):
    chart = canvas.chart
    chart.settings.auto_layout = False
    point = canvas.empty_point()
    at = canvas.view.mapToScene(point)  # before the drop: the view may scroll to the card
    drop(canvas, point, role_mime_data("csm"))
    new = [pid for pid in chart.position_ids() if chart.position(pid).explicit_role == "csm"]
    assert len(new) == 1
    xy = chart.position(new[0]).xy
    assert abs(xy[0] + CARD_W / 2 - at.x()) <= 1 and abs(xy[1] + CARD_H / 2 - at.y()) <= 1
    assert (canvas.scene.card(new[0]).x(), canvas.scene.card(new[0]).y()) == xy


def test_drag_over_a_card_previews_its_new_manager(canvas):
    mime = role_mime_data("ae")
    enter, move = drag_over(canvas, canvas.point("m1"), mime)
    assert enter.isAccepted() and move.isAccepted()
    assert canvas.scene.card("m1").highlight == "drop"
    drag_move(canvas, canvas.point("ops"), mime)
    assert canvas.scene.card("m1").highlight is None
    assert canvas.scene.card("ops").highlight == "drop"
    drag_move(canvas, canvas.empty_point(), mime)
    assert all(card.highlight is None for card in canvas.scene.cards().values())
    assert canvas.document.undo_stack.count() == 0


def test_drag_leaving_clears_the_preview(canvas):
    from PySide6.QtGui import QDragLeaveEvent

    drag_over(canvas, canvas.point("m1"), role_mime_data("ae"))
    send(canvas.viewport, QDragLeaveEvent())
    assert canvas.scene.card("m1").highlight is None


def test_other_drags_are_ignored(canvas):
    mime = QMimeData()
    mime.setText("just text")
    enter, _move = drag_over(canvas, canvas.point("m1"), mime)
    assert not enter.isAccepted()
    assert canvas.scene.card("m1").highlight is None


def test_unknown_role_changes_nothing(canvas):
    mime = QMimeData()
    mime.setData(PALETTE_MIME, b"astronaut")
    messages = []
    canvas.scene.statusMessage.connect(messages.append)
    drop(canvas, canvas.point("m1"), mime)
    assert canvas.document.undo_stack.count() == 0
    assert messages


def test_structure_drags_are_accepted_and_placed(canvas):
    # more in test_structure_drop.py
    mime = QMimeData()
    mime.setData("application/x-orgeditor-structure", b"pod")
    enter, _move = drag_over(canvas, canvas.point("m1"), mime)
    assert enter.isAccepted()
    send(canvas.viewport, drop_event(canvas.point("m1"), mime))
    assert canvas.document.undo_stack.count() == 1
    assert len(canvas.chart.reports_of("m1")) == 3


def test_view_drop_event_without_drag_enter_still_adds(canvas):
    # Qt routes a Drop only to the widget that accepted the DragEnter; the view copes anyway
    count = len(canvas.chart)
    mime = role_mime_data("sales_ops")  # the event only points at it: keep it alive
    canvas.view.dropEvent(drop_event(canvas.point("ops"), mime))
    assert len(canvas.chart) == count + 1
    assert canvas.chart.reports_of("ops")
