"""Building a chart with the keyboard only: Return on a palette role adds it under the selected
card and starts naming it; Ctrl+M moves the selection under a manager picked by name."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from support.canvas_helpers import small_chart
from support.menu_runs import type_into_dialog

from orgeditor.model import chart_state


def name_editor(window) -> QLineEdit | None:
    editor = window.view.findChild(QLineEdit, "cardNameEditor")
    return editor if editor is not None and editor.isVisible() else None


def press_on_role(window, role: str, key=Qt.Key.Key_Return) -> None:
    palette = window.palette_panel
    palette.view.setFocus()
    palette.view.setCurrentIndex(palette.proxy.mapFromSource(palette.model.index_of_role(role)))
    QTest.keyClick(palette.view, key)


def type_a_name(window, qtbot, name: str) -> None:
    qtbot.waitUntil(lambda: name_editor(window) is not None and name_editor(window).hasFocus())
    QTest.keyClicks(name_editor(window), name)
    QTest.keyClick(name_editor(window), Qt.Key.Key_Return)


def test_return_on_a_role_adds_it_under_the_selection_and_names_it(window, qtbot):
    window.document.replace_chart(small_chart(), None)
    start = chart_state(window.document.chart)
    chart = window.document.chart
    window.scene.select_ids(["m2"])
    press_on_role(window, "ae")
    (new,) = window.scene.selected_ids()
    assert chart.manager_of(new) == "m2" and chart.position(new).explicit_role == "ae"
    type_a_name(window, qtbot, "Nora Vik")
    assert chart.position(new).name == "Nora Vik"
    assert window.scene.selected_ids() == [new]
    # the next report goes under the new card: a tree typed from the keyboard
    press_on_role(window, "sdr")
    (second,) = window.scene.selected_ids()
    assert chart.manager_of(second) == new
    type_a_name(window, qtbot, "Ola Lie")
    assert chart.position(second).name == "Ola Lie"
    stack = window.document.undo_stack
    assert stack.count() == 4  # two adds, two names
    while stack.canUndo():
        stack.undo()
    assert chart_state(window.document.chart) == start


def test_return_with_nothing_selected_adds_a_top_position(window, qtbot):
    window.document.replace_chart(small_chart(), None)
    chart = window.document.chart
    window.scene.select_ids([])
    press_on_role(window, "sales_ops", Qt.Key.Key_Enter)
    (new,) = window.scene.selected_ids()
    assert chart.manager_of(new) is None and chart.position(new).role == "sales_ops"
    qtbot.waitUntil(lambda: name_editor(window) is not None)
    QTest.keyClick(name_editor(window), Qt.Key.Key_Escape)  # no name: stays a vacant seat
    assert chart.position(new).name == "" and chart.position(new).status == "vacant"


def test_escape_while_naming_keeps_the_seat_and_one_undo_removes_it(window, qtbot):
    window.document.replace_chart(small_chart(), None)
    window.scene.select_ids(["m1"])
    before = len(window.document.chart)
    press_on_role(window, "csm")
    qtbot.waitUntil(lambda: name_editor(window) is not None)
    QTest.keyClick(name_editor(window), Qt.Key.Key_Escape)
    assert len(window.document.chart) == before + 1
    window.document.undo_stack.undo()
    assert len(window.document.chart) == before


def test_ctrl_m_moves_the_selection_under_a_manager_typed_by_name(window, qtbot):
    window.document.replace_chart(small_chart(), None)
    chart = window.document.chart
    start = chart_state(chart)
    window.scene.select_ids(["a2"])
    window.view.setFocus()
    seen: list = []
    type_into_dialog("liskov", seen)
    QTest.keyClick(window.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: chart.manager_of("a2") == "m2")
    assert seen == ["moveUnderSearch"]  # typing starts at once, in the search box
    window.document.undo_stack.undo()
    assert chart_state(chart) == start


def test_move_under_offers_neither_the_moving_cards_nor_their_reports(window, qtbot):
    from orgeditor.ui.dialogs.move_under import manager_choices

    chart = small_chart()
    choices = manager_choices(chart, ["m1"])
    assert "m1" not in choices and "a1" not in choices and "a2" not in choices
    assert {"ceo", "cro", "m2", "ops"} <= set(choices)


def test_move_under_to_the_top_level_and_escape(window, qtbot):
    window.document.replace_chart(small_chart(), None)
    chart = window.document.chart
    window.scene.select_ids(["ops"])
    seen: list = []

    def escape():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, escape)
            return
        seen.append(dialog.objectName())
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(10, escape)
    assert not window.edit.move_under()
    assert seen == ["moveUnderDialog"] and chart.manager_of("ops") == "cro"
    type_into_dialog("no manager", seen)
    assert window.edit.move_under()
    assert chart.manager_of("ops") is None
