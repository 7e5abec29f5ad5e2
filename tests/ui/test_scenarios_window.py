"""Scenarios in the window: the tabs above the canvas, a new scenario copied from the shown one,
switching, renaming and deleting, each an undo step, saved with the file and autosaved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from support.menu_runs import MAX_POLLS, POLL_MS, run_menu

from orgeditor.io import load_scenarios, save_scenarios
from orgeditor.model import Chart, Position
from orgeditor.model.scenarios import FIRST_NAME, Scenarios, copy_chart
from orgeditor.ui.commands import AddPositionCommand, RenameScenarioCommand


def small() -> Chart:
    chart = Chart()
    chart.add_position(Position("ceo", "Kari", "CEO"))
    for n in range(4):
        chart.add_position(Position(f"s{n}", f"Seller {n}", "Account Executive"), "ceo")
    return chart


def answer_name(text: str | None, seen: list) -> None:
    """When the name dialog shows: replace its text with `text` and press Enter (None: keep
    the suggested name)."""
    polls = []

    def answer():
        dialog, focus = QApplication.activeModalWidget(), QApplication.focusWidget()
        polls.append(1)
        if dialog is None or focus is None or not dialog.isAncestorOf(focus):
            if len(polls) < MAX_POLLS:
                QTimer.singleShot(POLL_MS, answer)
            return
        seen.append(focus.text())
        if text is not None:
            QTest.keyClick(focus, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(focus, text)
        QTest.keyClick(focus, Qt.Key.Key_Return)

    QTimer.singleShot(POLL_MS, answer)


def tab_names(window) -> list[str]:
    tabs = window.scenario_bar.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def click_tab(window, name: str) -> None:
    tabs = window.scenario_bar.tabs
    index = tab_names(window).index(name)
    QTest.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(index).center())


def test_a_new_scenario_copies_the_shown_one_and_is_undone_in_order(window, qtbot):
    window.document.replace_chart(small(), None)
    assert tab_names(window) == [FIRST_NAME]
    as_is = window.document.chart
    seen: list = []
    answer_name(None, seen)
    QTest.mouseClick(window.scenario_bar.add_button, Qt.MouseButton.LeftButton)
    assert seen == ["Proposal A"]  # the name suggested
    assert tab_names(window) == [FIRST_NAME, "Proposal A"]
    proposal = window.document.chart
    assert proposal is not as_is and window.scene.chart is proposal
    assert list(proposal.position_ids()) == list(as_is.position_ids())  # ids kept
    stack = window.document.undo_stack
    stack.push(
        AddPositionCommand(proposal, Position("en1", "", "Sales Enablement Specialist"), "ceo")
    )
    window.scene.flush()
    assert window.scene.card("en1") is not None and "en1" not in as_is
    click_tab(window, FIRST_NAME)  # back to today's chart: an undo step too
    assert window.document.chart is as_is and window.scene.card("en1") is None
    assert window.scenario_bar.tabs.currentIndex() == 0
    stack.undo()  # the switch
    assert window.document.chart is proposal
    stack.undo()  # the drop, in the scenario it was made in
    assert "en1" not in proposal
    stack.undo()  # the new scenario
    assert tab_names(window) == [FIRST_NAME] and window.document.chart is as_is
    stack.redo()
    stack.redo()
    assert tab_names(window) == [FIRST_NAME, "Proposal A"]
    assert "en1" in window.document.chart


def test_rename_and_delete_from_the_menu_and_the_tabs(window, qtbot):
    window.document.replace_chart(small(), None)
    actions = window.scenario_actions
    seen: list = []
    answer_name(None, seen)
    actions.new_scenario.trigger()
    seen.clear()
    answer_name("Pods by region", seen)
    tabs = window.scenario_bar.tabs
    QTest.mouseDClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    assert seen == ["Proposal A"]
    assert tab_names(window) == [FIRST_NAME, "Pods by region"]
    assert window.document.scenarios.current == "Pods by region"
    run_menu(
        qtbot,
        lambda: window.scenario_bar._menu(tabs.tabRect(1).center()),
        ["Delete"],
    )
    assert tab_names(window) == [FIRST_NAME]
    assert not actions.delete_scenario.isEnabled()  # the last one stays
    window.document.undo_stack.undo()
    assert tab_names(window) == [FIRST_NAME, "Pods by region"]
    window.document.undo_stack.undo()
    assert tab_names(window) == [FIRST_NAME, "Proposal A"]


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        (FIRST_NAME, "There is already a scenario named “As-is”."),
        ("   ", "A scenario needs a name."),
        ("x" * 81, "A scenario name has at most 80 characters."),
    ],
)
def test_a_name_refused_says_why_and_is_asked_again(window, qtbot, typed, why):
    window.document.replace_chart(small(), None)
    seen: list = []
    answer_name(typed, seen)  # refused: a warning, then the question again

    def close_warning_then_answer():
        box = QApplication.activeModalWidget()
        if box is None or "scenario" not in getattr(box, "text", lambda: "")():
            QTimer.singleShot(POLL_MS, close_warning_then_answer)
            return
        seen.append(box.text())
        answer_name("Plan B", seen)
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(POLL_MS, close_warning_then_answer)
    window.scenario_actions.new_scenario.trigger()
    assert why in seen
    assert tab_names(window) == [FIRST_NAME, "Plan B"]


def test_scenarios_are_saved_opened_and_autosaved(window, qtbot, tmp_path):
    path = tmp_path / "reorg.orgchart"
    scenarios = Scenarios(small())
    proposal = copy_chart(small())
    proposal.remove_position("s3")
    scenarios.add("Proposal A", proposal)
    scenarios.show("Proposal A")
    save_scenarios(scenarios, path)
    assert window.open_path(path)
    assert tab_names(window) == [FIRST_NAME, "Proposal A"]
    assert window.scenario_bar.tabs.currentIndex() == 1
    assert "s3" not in window.document.chart
    window.scenario_actions.previous_scenario.trigger()
    assert "s3" in window.document.chart
    entry = window.autosaver.save_now()  # unsaved: every scenario goes into the autosave
    assert entry is not None
    assert load_scenarios(entry).names() == [FIRST_NAME, "Proposal A"]
    assert window.save_path(tmp_path / "again.orgchart")
    again = load_scenarios(tmp_path / "again.orgchart")
    assert again.names() == [FIRST_NAME, "Proposal A"] and again.current == FIRST_NAME


def test_switching_and_renaming_keep_the_autosave_up_to_date(window, qtbot):
    window.document.replace_chart(small(), None)
    seen: list = []
    answer_name(None, seen)
    window.scenario_actions.new_scenario.trigger()
    entry = window.autosaver.save_now()
    assert entry is not None and entry.exists()
    replaced = []
    window.document.documentReplaced.connect(lambda: replaced.append(1))
    click_tab(window, FIRST_NAME)  # a scenario shown is no new document: the autosave stays
    assert not replaced and entry.exists() and window.autosaver.entry is not None
    window.document.undo_stack.push(
        RenameScenarioCommand(window.document, "Proposal A", "Pods by region")
    )
    window.autosaver.autosave()  # what the timer does: the rename is written
    window.autosaver.wait()
    assert load_scenarios(entry).names() == [FIRST_NAME, "Pods by region"]


def test_the_compare_view_does_no_work_while_closed_and_follows_a_rename(window, qtbot):
    window.document.replace_chart(small(), None)
    seen: list = []
    answer_name(None, seen)
    window.scenario_actions.new_scenario.trigger()
    dialog = window.show_compare()
    assert dialog.after_box.currentText() == "Proposal A"
    summary = dialog.summary
    dialog.close()
    window.document.chart.remove_position("s3")
    dialog._refresh_later.timeout.emit()  # the pause after an edit is over
    assert dialog.summary is summary  # nothing compared while nobody looks
    window.document.undo_stack.push(
        RenameScenarioCommand(window.document, "Proposal A", "Pods by region")
    )
    window.show_compare()
    assert dialog.summary is not summary  # compared again when shown
    assert (dialog.before_box.currentText(), dialog.after_box.currentText()) == (
        FIRST_NAME,
        "Pods by region",
    )
    assert [c.kind for c in dialog.summary.diff.changes] == ["removed"]
