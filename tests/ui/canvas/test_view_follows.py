"""The view follows the work: edits, undo and redo off-screen are scrolled into view (without a
zoom change), the card under a drop stays under the pointer, a chart opens readable, Find
zooms in to reading size, sideways wheels scroll."""

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from support.canvas_helpers import Canvas, drop
from support.menu_runs import type_into_dialog

from orgeditor.drawing.card_item import CARD_RECT
from orgeditor.model import Chart, Position
from orgeditor.ui.canvas.view import READABLE_SCALE, READING_SCALE
from orgeditor.ui.commands import EditFieldsCommand
from orgeditor.ui.panels.mime import role_mime_data

BRANCHES, REPORTS = 12, 8


def wide_chart() -> Chart:
    """A head of sales over 12 managers with 8 sellers each, in the wide layout (a user's
    choice): far wider than the screen."""
    chart = Chart()
    chart.settings.layout = "wide"
    chart.add_position(Position("ceo", "Vera Berg", "VP Sales"))
    for b in range(BRANCHES):
        chart.add_position(Position(f"m{b}", f"Manager {b:02d}", "Sales Manager"), "ceo")
        for r in range(REPORTS):
            chart.add_position(
                Position(f"r{b}_{r}", f"Seller {b:02d}-{r}", "Account Executive"), f"m{b}"
            )
    return chart


@pytest.fixture
def wide(window):
    window.document.replace_chart(wide_chart(), None)
    window.scene.flush()
    return window


def visible_rect(window) -> QRectF:
    view = window.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def card_rect(window, pid: str) -> QRectF:
    return CARD_RECT.translated(window.scene.card(pid).pos())


def look_at(window, pid: str, zoom: float = 1.0) -> None:
    window.view.set_zoom(zoom)
    window.view.centerOn(window.scene.card(pid).centre())


def test_a_chart_too_wide_to_read_opens_at_the_top_of_its_largest_tree(wide):
    view = wide.view
    assert view.zoom() == pytest.approx(READING_SCALE)
    assert visible_rect(wide).contains(card_rect(wide, "ceo"))


def test_a_chart_that_fits_readably_opens_whole(window):
    chart = Chart()
    chart.add_position(Position("a", "Ann", "VP Sales"))
    for i in range(4):
        chart.add_position(Position(f"s{i}", f"Seller {i}", "Account Executive"), "a")
    window.document.replace_chart(chart, None)
    window.scene.flush()
    assert window.view.zoom() >= READABLE_SCALE
    for pid in chart.position_ids():
        assert visible_rect(window).contains(card_rect(window, pid))


def test_the_start_view_follows_a_resize_until_the_user_moves(wide, qtbot):
    wide.resize(1000, 700)
    qtbot.waitUntil(lambda: visible_rect(wide).contains(card_rect(wide, "ceo")))
    wide.view.zoom_in()
    zoom = wide.view.zoom()
    narrow = wide.view.viewport().width()
    wide.resize(1400, 880)
    qtbot.waitUntil(lambda: wide.view.viewport().width() > narrow)
    assert wide.view.zoom() == pytest.approx(zoom)


def test_move_under_a_far_branch_scrolls_the_moved_card_into_view(wide, qtbot):
    look_at(wide, "r0_0")
    wide.scene.select_ids(["r0_0"])
    assert not visible_rect(wide).intersects(card_rect(wide, "m11"))
    seen: list = []
    type_into_dialog("Manager 11", seen)
    assert wide.edit.move_under()
    assert seen == ["moveUnderSearch"]
    assert wide.document.chart.manager_of("r0_0") == "m11"
    assert wide.view.zoom() == pytest.approx(1.0)
    assert visible_rect(wide).contains(card_rect(wide, "r0_0"))
    # undo brings it back into view at its old place
    look_at(wide, "r11_0")
    wide.document.undo_stack.undo()
    assert wide.document.chart.manager_of("r0_0") == "m0"
    assert visible_rect(wide).contains(card_rect(wide, "r0_0"))


def test_undo_and_redo_of_an_edit_off_screen_scroll_to_it(wide):
    stack = wide.document.undo_stack
    look_at(wide, "r0_0")
    stack.push(EditFieldsCommand(wide.document.chart, {"r11_7": {"name": "Nina Dahl"}}))
    look_at(wide, "r0_0")
    stack.undo()
    assert visible_rect(wide).contains(card_rect(wide, "r11_7"))
    look_at(wide, "r0_0")
    stack.redo()
    assert wide.view.zoom() == pytest.approx(1.0)
    assert visible_rect(wide).contains(card_rect(wide, "r11_7"))


def test_an_edit_in_sight_does_not_scroll(wide):
    look_at(wide, "m5")
    before = visible_rect(wide)
    wide.document.undo_stack.push(EditFieldsCommand(wide.document.chart, {"m5": {"name": "Ola"}}))
    assert visible_rect(wide) == before


def test_two_drops_in_a_row_on_the_same_card_both_land_on_it(wide):
    canvas = Canvas(wide.document, wide.scene, wide.view)
    look_at(wide, "m5")
    point = canvas.point("m5", dy=-10)
    chart = wide.document.chart
    for count in (1, 2):
        drop(canvas, point, role_mime_data("sdr"))
        new = [p for p in chart.reports_of("m5") if chart.position(p).explicit_role == "sdr"]
        assert len(new) == count
        # the card the role was dropped on is under the pointer again after the re-layout
        assert wide.scene.card_at(wide.view.mapToScene(point)).position_id == "m5"


def test_find_at_a_low_zoom_brings_the_match_to_reading_size(wide, qtbot):
    wide.view.fit()
    assert wide.view.zoom() < READABLE_SCALE
    QTest.keyClick(wide.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    edit = wide.find_bar.findChild(QLineEdit, "findEdit")
    qtbot.waitUntil(edit.isVisible)
    QTest.keyClicks(edit, "Seller 09-3")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wide.scene.selected_ids() == ["r9_3"])
    assert wide.view.zoom() >= READABLE_SCALE
    assert visible_rect(wide).contains(card_rect(wide, "r9_3"))


def wheel(view, delta: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    point = view.viewport().rect().center()
    event = QWheelEvent(
        QPointF(point),
        QPointF(view.viewport().mapToGlobal(point)),
        QPoint(0, 0),
        delta,
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_horizontal_wheel_and_shift_wheel_scroll_sideways(wide):
    view = wide.view
    look_at(wide, "m5")
    bar = view.horizontalScrollBar()
    start = bar.value()
    wheel(view, QPoint(-120, 0))  # a horizontal wheel or a tilt to the right
    assert bar.value() > start
    after = bar.value()
    wheel(view, QPoint(0, 120), Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() < after
    assert view.zoom() == pytest.approx(1.0)
