"""The inspector: edits through one undo step each, shared values, live refresh."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

from orgeditor.model import catalogue
from orgeditor.ui.commands import EditFieldsCommand
from orgeditor.ui.panels.inspector import InspectorWidget


@pytest.fixture
def inspector(show_widget, document):
    return show_widget(InspectorWidget(document), 340, 700)


def choose(qtbot, combo: QComboBox, data) -> None:
    """Pick an entry as a user does: open the popup and click the entry."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    view.scrollTo(combo.model().index(index, 0))
    rect = view.visualRect(combo.model().index(index, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def type_and_enter(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def test_nothing_selected_shows_a_hint(inspector):
    assert inspector.objectName() == "inspector"
    assert inspector.stack.currentWidget() is inspector.hint


def test_rename_is_one_undo_step_and_undo_restores(qtbot, inspector, document):
    inspector.set_selection(["s1"])
    edit = inspector.text_edits["name"]
    assert edit.text() == "Per Hansen"
    type_and_enter(qtbot, edit, "Per Olsen")
    assert document.chart.position("s1").name == "Per Olsen"
    assert document.undo_stack.count() == 1
    edit.clearFocus()  # focus-out after Enter must not add a second step
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.chart.position("s1").name == "Per Hansen"
    qtbot.waitUntil(lambda: edit.text() == "Per Hansen")


def test_no_step_per_keystroke(qtbot, inspector, document):
    inspector.set_selection(["s1"])
    edit = inspector.text_edits["title"]
    edit.setFocus()
    qtbot.keyClicks(edit, " II")
    assert document.undo_stack.count() == 0
    assert document.chart.position("s1").title == "Account Executive"


def test_role_combo_sets_and_clears_the_explicit_role(qtbot, inspector, document):
    inspector.set_selection(["s1"])
    combo = inspector.role_combo
    position = document.chart.position("s1")
    assert combo.currentIndex() == 0
    choose(qtbot, combo, "sdr")
    assert position.explicit_role == "sdr" and position.role == "sdr"
    assert document.undo_stack.count() == 1
    # the hint says what the title would imply
    qtbot.waitUntil(lambda: "Account Executive (closing)" in inspector.role_hint.text())
    choose(qtbot, combo, "")
    assert position.explicit_role is None and position.role == "ae"
    assert document.undo_stack.count() == 2


def test_inferred_entry_names_the_role_the_title_implies(qtbot, inspector, document):
    inspector.set_selection(["s1"])
    label = catalogue().label("ae")
    assert inspector.role_combo.itemText(0) == f"Inferred from title: {label}"
    type_and_enter(qtbot, inspector.text_edits["title"], "Business Development Representative")
    sdr = catalogue().label("sdr")
    qtbot.waitUntil(lambda: inspector.role_combo.itemText(0) == f"Inferred from title: {sdr}")


def test_status_and_team(qtbot, inspector, document):
    inspector.set_selection(["s1"])
    choose(qtbot, inspector.status_combo, "planned")
    assert document.chart.position("s1").status == "planned"
    choose(qtbot, inspector.team_combo, "")
    assert document.chart.position("s1").team is None
    choose(qtbot, inspector.team_combo, "t2")
    assert document.chart.position("s1").team == "t2"
    assert document.undo_stack.count() == 3


def test_cost_number_and_empty(qtbot, inspector, document):
    inspector.set_selection(["s1"])
    assert inspector.cost_edit.text() == "850000"
    type_and_enter(qtbot, inspector.cost_edit, "1 200 000")
    assert document.chart.position("s1").cost == 1_200_000.0
    type_and_enter(qtbot, inspector.cost_edit, "")
    assert document.chart.position("s1").cost is None
    assert document.undo_stack.count() == 2


def test_multi_select_shows_shared_and_several_values(inspector):
    inspector.set_selection(["s1", "s2"])
    name = inspector.text_edits["name"]
    assert name.text() == "" and name.placeholderText() == "(several values)"
    assert inspector.segment_combos["region"].currentText() == "North"
    assert inspector.team_combo.currentData() == "t1"
    assert inspector.status_combo.currentData() == "filled"


def test_multi_select_region_edit_is_one_step(qtbot, inspector, document):
    chart = document.chart
    inspector.set_selection(["s1", "s2", "s3"])
    combo = inspector.segment_combos["region"]
    assert combo.lineEdit().placeholderText() == "(several values)"
    type_and_enter(qtbot, combo.lineEdit(), "West")
    assert [chart.position(p).region for p in ("s1", "s2", "s3")] == ["West"] * 3
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert [chart.position(p).region for p in ("s1", "s2", "s3")] == ["North", "North", "South"]


def test_region_offers_values_used_in_the_chart(qtbot, inspector, document):
    inspector.set_selection(["s3"])
    combo = inspector.segment_combos["region"]
    combo.load_options()
    assert [combo.itemText(i) for i in range(combo.count())] == ["North", "South"]
    index = combo.findText("North")
    combo.showPopup()
    rect = combo.view().visualRect(combo.model().index(index, 0))
    QTest.mouseClick(combo.view().viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert document.chart.position("s3").region == "North"
    assert document.undo_stack.count() == 1


def test_custom_fields_edit_add_remove(qtbot, inspector, document):
    chart = document.chart
    inspector.set_selection(["s1"])
    editor = inspector.custom_editor
    assert editor.fields() == [("Employee no", "1042"), ("Quota", "4 MNOK")]
    table = editor.table
    # edit a value in place
    table.setCurrentCell(1, 1)
    table.editItem(table.item(1, 1))
    cell_editor = table.findChild(QLineEdit)
    cell_editor.selectAll()
    qtbot.keyClicks(cell_editor, "5 MNOK")
    QTest.keyClick(cell_editor, Qt.Key.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(lambda: chart.position("s1").custom["Quota"] == "5 MNOK")
    assert chart.position("s1").custom == {"Employee no": "1042", "Quota": "5 MNOK"}
    assert document.undo_stack.count() == 1
    # add a field: one step
    qtbot.keyClicks(editor.new_key, "Start date")
    QTest.keyClick(editor.new_key, Qt.Key.Key_Return)
    assert chart.position("s1").custom["Start date"] == ""
    assert document.undo_stack.count() == 2
    qtbot.waitUntil(lambda: ("Start date", "") in editor.fields())
    if table.state() == QAbstractItemView.State.EditingState:  # opened for typing: leave it
        QTest.keyClick(table.findChild(QLineEdit), Qt.Key.Key_Escape)
    # remove a field: one step
    table.selectRow(0)
    editor.remove_button.click()
    assert "Employee no" not in chart.position("s1").custom
    assert document.undo_stack.count() == 3
    document.undo_stack.undo()
    assert chart.position("s1").custom["Employee no"] == "1042"


def test_custom_field_multi_select_applies_to_all(qtbot, inspector, document):
    chart = document.chart
    inspector.set_selection(["s1", "s2"])
    editor = inspector.custom_editor
    assert dict(editor.fields())["Quota"] is not None
    qtbot.keyClicks(editor.new_key, "Pod")
    editor.add_button.click()
    assert chart.position("s1").custom["Pod"] == "" and chart.position("s2").custom["Pod"] == ""
    assert document.undo_stack.count() == 1


def test_refresh_leaves_the_field_being_typed_in_alone(qtbot, inspector, document):
    inspector.set_selection(["s1"])
    name = inspector.text_edits["name"]
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClicks(name, " Jr")
    # someone else (the canvas, an undo) changes the same position meanwhile
    document.undo_stack.push(
        EditFieldsCommand(document.chart, {"s1": {"title": "Key Account Manager"}})
    )
    qtbot.waitUntil(lambda: inspector.text_edits["title"].text() == "Key Account Manager")
    assert name.text() == "Per Hansen Jr" and name.hasFocus()
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert document.chart.position("s1").name == "Per Hansen Jr"


def test_follows_removal_and_replacement(qtbot, inspector, document, chart_factory):
    inspector.set_selection(["s1", "s2"])
    document.chart.remove_position("s2")
    qtbot.waitUntil(lambda: inspector.selection() == ["s1"])
    assert inspector.text_edits["name"].text() == "Per Hansen"
    document.replace_chart(chart_factory(), None)
    assert inspector.stack.currentWidget() is inspector.hint
    assert inspector.selection() == []


def test_inspector_png(qtbot, inspector, png_dir):
    inspector.set_selection(["s1"])
    qtbot.wait(20)  # let the scroll area lay out the form
    assert inspector.grab().save(str(png_dir / "inspector_single.png"))
    inspector.set_selection(["s1", "s2", "s3"])
    qtbot.wait(20)
    assert inspector.grab().save(str(png_dir / "inspector_multi.png"))


def test_multi_select_role_is_one_step(qtbot, inspector, document):
    chart = document.chart
    inspector.set_selection(["s1", "s2"])
    assert inspector.role_combo.itemText(0) == "Inferred from each title"
    choose(qtbot, inspector.role_combo, "generalist")
    assert [chart.position(p).explicit_role for p in ("s1", "s2")] == ["generalist"] * 2
    assert document.undo_stack.count() == 1
    qtbot.waitUntil(lambda: inspector.role_combo.currentData() == "generalist")
    choose(qtbot, inspector.role_combo, "")
    assert [chart.position(p).explicit_role for p in ("s1", "s2")] == [None, None]
    assert document.undo_stack.count() == 2


def test_several_values_cell_untouched_unless_typed(qtbot, inspector, document):
    inspector.set_selection(["s1", "s2"])
    table = inspector.custom_editor.table
    row = [key for key, _ in inspector.custom_editor.fields()].index("Quota")
    table.editItem(table.item(row, 1))
    cell_editor = table.findChild(QLineEdit)
    assert cell_editor.text() == "" and cell_editor.placeholderText() == "(several values)"
    QTest.keyClick(cell_editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert document.chart.position("s1").custom["Quota"] == "4 MNOK"
    assert document.chart.position("s2").custom["Quota"] == "2 MNOK"
    assert document.undo_stack.count() == 0


def test_wheel_over_a_combo_does_not_edit(qtbot, inspector, document):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    inspector.set_selection(["s1"])
    combo = inspector.status_combo
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(combo.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    combo.wheelEvent(event)
    assert document.undo_stack.count() == 0 and combo.currentData() == "filled"


def test_typing_does_not_leak_into_a_replaced_chart_or_a_removed_position(qtbot):
    from orgeditor.model import Chart, Position
    from orgeditor.ui.commands import AddPositionCommand
    from orgeditor.ui.document import Document
    from orgeditor.ui.panels.inspector import InspectorWidget

    document = Document()
    document.undo_stack.push(AddPositionCommand(document.chart, Position("p1", "Ann"), None))
    inspector = InspectorWidget(document)
    qtbot.addWidget(inspector)
    inspector.set_selection(["p1"])
    name = inspector.text_edits["name"]
    name.setText("Typed")
    name.setModified(True)
    # undo removes the position while its name is being typed: nothing is pushed for it
    document.undo_stack.undo()
    inspector.set_selection([])
    assert document.undo_stack.count() == 1 and document.undo_stack.canRedo()
    # a new chart with the same id: the typing belonged to the old one
    other = Chart()
    other.add_position(Position("p1", "Bob"))
    document.undo_stack.redo()
    inspector.set_selection(["p1"])
    name.setText("Typed again")
    name.setModified(True)
    document.replace_chart(other, None)
    inspector.set_selection([])
    assert other.position("p1").name == "Bob"
    assert document.undo_stack.count() == 0
    document.undo_stack.clear()
