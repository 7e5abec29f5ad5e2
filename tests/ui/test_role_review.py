"""The role review (Edit ▸ Review Roles…, and offered after an import): one row per title, the
uncertain first; a changed row is one undo step for every position with that title, and the
choice is remembered for titles met later (a re-import, a paste, a new position, a title edit)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QTableView
from support.pictures import grab_checked

from orgeditor.model import Chart, Position, chart_state
from orgeditor.model.fragment import copy_subtrees
from orgeditor.ui.commands import AddPositionCommand, EditFieldsCommand, PasteCommand
from orgeditor.ui.dialogs.role_review import ROLE, RoleReviewDialog

SELLERS = 40


def review_chart() -> Chart:
    """40 positions titled "Salgskonsulent" (read as a generalist) and a few others."""
    chart = Chart()
    chart.add_position(Position(id="top", name="Kari Nordmann", title="Salgsdirektør"), None)
    chart.add_position(Position(id="ninja", name="Ola", title="Ninja"), "top")
    chart.add_position(Position(id="sdr", name="Per", title="SDR / BDR"), "top")
    chart.add_position(Position(id="ae", name="Eva", title="Account Executive"), "top")
    for i in range(SELLERS):
        chart.add_position(Position(id=f"s{i}", name=f"Selger {i}", title="Salgskonsulent"), "top")
    return chart


def remembering_chart() -> Chart:
    chart = review_chart()
    chart.update_settings(title_roles={"salgskonsulent": "ae"})
    return chart


def ok_button(dialog: RoleReviewDialog):
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def test_review_sets_40_positions_in_one_undo_step(window, qtbot) -> None:
    window.document.replace_chart(review_chart(), None)
    chart, stack = window.document.chart, window.document.undo_stack
    before, count = chart_state(chart), stack.count()
    done: list[str] = []

    def choose_in_the_combo() -> None:
        dialog = window.findChild(RoleReviewDialog, "roleReviewDialog")
        table = dialog.findChild(QTableView, "roleReviewTable")
        row = dialog.titles().index("Salgskonsulent")
        index = table.model().index(row, ROLE)
        table.setCurrentIndex(index)
        table.edit(index)  # as a double-click does
        combo = table.findChild(QComboBox, "roleReviewCombo")
        combo.setCurrentIndex(combo.findData("ae"))
        QTest.keyClick(combo, Qt.Key.Key_Return)  # the delegate commits and closes the combo
        done.append("chosen")

    def run() -> None:
        try:
            choose_in_the_combo()
        except Exception as error:  # a failure in the timer must fail the test, not hang it
            done.append(repr(error))

    QTimer.singleShot(0, run)
    dialog = window.review_roles()
    assert dialog.isVisible() and dialog.isModal()
    qtbot.waitUntil(lambda: bool(done))
    assert done == ["chosen"]
    qtbot.waitUntil(lambda: dialog.role_of("Salgskonsulent") == "ae")
    assert stack.count() == count  # nothing changes before OK
    QTest.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert stack.count() == count + 1

    sellers = [chart.position(f"s{i}") for i in range(SELLERS)]
    assert all(p.explicit_role == "ae" for p in sellers)
    assert chart.position("ae").explicit_role is None  # other titles untouched
    assert chart.settings.title_roles == {"salgskonsulent": "ae"}
    stack.undo()
    assert all(p.explicit_role is None for p in sellers)
    assert chart.settings.title_roles == {}
    assert chart_state(chart) == before
    stack.redo()
    assert all(p.role == "ae" for p in sellers)


def test_an_unchanged_review_pushes_nothing(window, qtbot) -> None:
    window.document.replace_chart(review_chart(), None)
    stack = window.document.undo_stack
    dialog = window.review_roles()
    QTest.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert stack.count() == 0


def test_rows_uncertain_first_and_a_picture(window, qtbot, picture_dir) -> None:
    window.document.replace_chart(review_chart(), None)
    dialog = window.review_roles()
    qtbot.waitExposed(dialog)
    assert dialog.titles() == [
        "Ninja",  # nothing pointed anywhere
        "SDR / BDR",  # two readings
        "Salgskonsulent",  # then by count
        "Account Executive",
        "Salgsdirektør",
    ]
    table = dialog.findChild(QTableView, "roleReviewTable")
    model = table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Title",
        "Count",
        "Role",
        "Why",
    ]
    assert model.index(2, 1).data() == SELLERS
    assert "sales consultant" in model.index(2, 3).data()
    dialog.filter.setText("salg")
    assert dialog.titles() == ["Salgskonsulent", "Salgsdirektør"]
    dialog.filter.clear()
    grab_checked(dialog, picture_dir / "role_review.png", colours=["#fff1cc"])
    dialog.reject()


def test_edit_menu_offers_the_review(window, qtbot) -> None:
    edit_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Edit"
    )
    assert window.actions.review_roles in edit_menu.actions()
    window.document.replace_chart(review_chart(), None)
    window.actions.review_roles.trigger()
    dialog = window.role_review.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def write_csv(path, titles: list[str]) -> None:
    lines = ["id,name,title,manager_id", "1,Boss,Salgsdirektør,"]
    lines += [f"{i + 2},Person {i},{title},1" for i, title in enumerate(titles)]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def test_a_reimport_honours_the_choice(window, tmp_path) -> None:
    window.document.replace_chart(remembering_chart(), None)
    csv = tmp_path / "hr.csv"
    write_csv(csv, ["Salgskonsulent", "SALGSKONSULENT", "Account Executive"])
    assert window.open_path(csv)
    chart = window.document.chart
    assert [chart.position(pid).role for pid in ("2", "3", "4")] == ["ae", "ae", "ae"]
    assert chart.position("2").explicit_role == "ae"
    assert chart.position("4").explicit_role is None  # inferred as before
    assert chart.settings.title_roles == {"salgskonsulent": "ae"}
    assert window.role_review.dialog is None  # nothing uncertain: a word in the status bar
    assert "Review Roles" in window.statusBar().currentMessage()


def test_an_import_with_uncertain_titles_shows_the_review(window, qtbot, tmp_path) -> None:
    csv = tmp_path / "hr.csv"
    write_csv(csv, ["Ninja", "Salgskonsulent"])
    assert window.open_path(csv)
    dialog = window.role_review.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.titles()[0] == "Ninja"
    dialog.set_role("Ninja", "sdr")
    dialog.accept()
    assert window.document.chart.position("2").explicit_role == "sdr"
    assert window.document.chart.settings.title_roles == {"ninja": "sdr"}


def test_paste_new_position_and_title_edit_get_the_remembered_role(window) -> None:
    chart = remembering_chart()
    chart.update_position("ae", title="Sales Ninja")
    window.document.replace_chart(chart, None)
    stack = window.document.undo_stack
    # a paste of a position whose role is inferred
    outside = Chart()
    outside.add_position(Position(id="x", name="New", title="Salgskonsulent"), None)
    paste = PasteCommand(chart, copy_subtrees(outside, ["x"]), "top")
    stack.push(paste)
    assert chart.position(paste.new_ids[0]).explicit_role == "ae"
    # a new position
    stack.push(AddPositionCommand(chart, Position(id="new", title=" salgskonsulent"), "top"))
    assert chart.position("new").explicit_role == "ae"
    # a title edit, in the same undo step
    count = stack.count()
    stack.push(EditFieldsCommand(chart, {"ae": {"title": "Salgskonsulent"}}))
    assert stack.count() == count + 1
    assert chart.position("ae").explicit_role == "ae"
    stack.undo()
    position = chart.position("ae")
    assert (position.title, position.explicit_role) == ("Sales Ninja", None)
    # a position whose role was chosen by hand keeps it
    chart.update_position("sdr", explicit_role="sdr")
    stack.push(EditFieldsCommand(chart, {"sdr": {"title": "Salgskonsulent"}}))
    assert chart.position("sdr").explicit_role == "sdr"


def test_an_inspector_title_edit_gets_the_remembered_role(window, qtbot) -> None:
    window.document.replace_chart(remembering_chart(), None)
    window.scene.select_ids(["ninja"])
    edit = window.inspector.text_edits["title"]
    qtbot.waitUntil(lambda: edit.text() == "Ninja")
    edit.setText("Salgskonsulent")
    edit.setModified(True)
    edit.editingFinished.emit()
    position = window.document.chart.position("ninja")
    assert (position.title, position.explicit_role) == ("Salgskonsulent", "ae")
    window.document.undo_stack.undo()
    assert (position.title, position.explicit_role) == ("Ninja", None)


def test_an_import_through_the_mapping_dialog_honours_the_choice(
    window, tmp_path, monkeypatch
) -> None:
    from orgeditor.io import read_chart
    from orgeditor.ui import file_controller

    csv = tmp_path / "hr.csv"
    write_csv(csv, ["Salgskonsulent", "Ninja"])
    # the mapping dialog's answer, as OK with the columns it guessed gives it
    monkeypatch.setattr(file_controller, "import_file", lambda _window, path: read_chart(path))
    window.document.replace_chart(remembering_chart(), None)
    assert window.files.import_path(csv)
    chart = window.document.chart
    assert chart.position("2").explicit_role == "ae"
    assert window.role_review.dialog is not None  # "Ninja" is uncertain: the review is shown
    window.role_review.dialog.reject()
