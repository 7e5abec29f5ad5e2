"""The canvas's context menus and the menu bar, shown for real: right clicks on the viewport,
menus executed and answered by mouse clicks or Esc, Qt's deferred deletes run in between."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from support.canvas_helpers import Canvas, small_chart
from support.menu_runs import run_deferred_deletes, run_menu

from orgeditor.model import chart_state


@pytest.fixture
def chart_window(window):
    window.document.replace_chart(small_chart(), None)
    window.view.set_zoom(1.0)
    window.view.centerOn(window.scene.card("m1").centre())
    return window


def canvas_of(window) -> Canvas:
    return Canvas(window.document, window.scene, window.view)


def right_click(window, point: QPoint) -> None:
    """What a real right click does: a press (which selects) and a context-menu event."""
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier(0), point)
    QTest.mouseRelease(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier(0), point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)


def menu_key(window) -> None:
    viewport = window.view.viewport()
    point = QPoint(5, 5)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)


def click(window, point: QPoint) -> None:
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def open_bar_menu(window, menu: QMenu) -> None:
    """Click the menu's title in the menu bar, as a user does."""
    bar = window.menuBar()
    QTest.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )


def bar_menus(window) -> list[QMenu]:
    return [a.menu() for a in window.menuBar().actions() if a.menu() is not None]


# ----- showing menus again and again never raises ----------------------------------------------


def test_right_click_escape_and_clicks_again_and_again(chart_window, qtbot):
    w = chart_window
    canvas = canvas_of(w)
    teams = next(m for m in bar_menus(w) if m.title().replace("&", "") == "Teams")
    for _round in range(3):
        run = run_menu(qtbot, lambda: right_click(w, canvas.point("a1")))
        assert "Rename" in run.seen[0] and "Chart Declared Model" in run.seen[0]
        assert w.scene.selected_ids() == ["a1"]
        click(w, canvas.empty_point())
        assert w.scene.selected_ids() == []
        run_menu(qtbot, lambda: right_click(w, canvas.empty_point()))
        run_menu(qtbot, lambda: open_bar_menu(w, teams))
        click(w, canvas.point("m2"))
        assert w.scene.selected_ids() == ["m2"]
    # the long-lived menus still work after the temporary ones are gone
    run_menu(qtbot, lambda: open_bar_menu(w, teams), ["Chart Declared Model", "Island"])
    assert w.document.chart.settings.declared_model == "island"


def test_every_menu_bar_menu_shows_again_and_again(chart_window, qtbot):
    w = chart_window
    canvas = canvas_of(w)
    menus = bar_menus(w)
    titles = [m.title().replace("&", "") for m in menus]
    assert {"File", "Edit", "View", "Teams", "Help"} <= set(titles)
    for _round in range(3):
        for menu in menus:
            run = run_menu(qtbot, lambda m=menu: open_bar_menu(w, m))
            assert run.seen[0] == [e for e in run.seen[0] if e]  # read while it was open
        click(w, canvas.point("a1"))
        run_menu(qtbot, lambda: right_click(w, canvas.point("a2")))
        click(w, canvas.empty_point())


def test_submenus_of_the_edit_menu_open_for_real(chart_window, qtbot):
    w = chart_window
    edit = next(m for m in bar_menus(w) if m.title().replace("&", "") == "Edit")
    w.scene.select_ids(["a1"])
    run_menu(qtbot, lambda: open_bar_menu(w, edit), ["Change Role", "Sales operations"])
    assert w.document.chart.position("a1").explicit_role == "sales_ops"
    run_menu(qtbot, lambda: open_bar_menu(w, edit), ["Add Report", "Account Executive (closing)"])
    new = w.scene.selected_ids()
    assert len(new) == 1 and w.document.chart.manager_of(new[0]) == "a1"
    assert w.document.chart.position(new[0]).explicit_role == "ae"


# ----- the card menu ---------------------------------------------------------------------------


def test_card_menu_holds_every_editing_action(chart_window, qtbot):
    w = chart_window
    run = run_menu(qtbot, lambda: right_click(w, canvas_of(w).point("a1")))
    entries = run.seen[0]
    for text in (
        "Rename",
        "Add Report",
        "Change Role",
        "Move Under…",
        "Cut",
        "Copy",
        "Paste Under This Card",
        "Delete",
        "Delete with Reports",
        "Make Team from 1 Position…",
        "Remove from Pod North",
        "Rename Team…",
        "Team Kind",
        "Dissolve Pod North",
        "Add Dotted Line to…",
        "Chart Declared Model",
    ):
        assert text in entries, text


def test_card_menu_shows_the_shortcuts(chart_window, qtbot):
    # built as show_for builds it, read without running it (the real run is above)
    menu = chart_window.context_menus.menu_for("a1", "t1")
    shortcuts = dict(
        a.text().replace("&", "").split("\t") for a in menu.actions() if "\t" in a.text()
    )
    menu.deleteLater()
    run_deferred_deletes(qtbot)
    assert shortcuts["Copy"] == "Ctrl+C" and shortcuts["Paste Under This Card"] == "Ctrl+V"
    assert shortcuts["Move Under…"] == "Ctrl+M" and shortcuts["Delete"] == "Del"


def test_add_report_from_the_card_menu_starts_renaming(chart_window, qtbot):
    w = chart_window
    run_menu(
        qtbot,
        lambda: right_click(w, canvas_of(w).point("m2")),
        ["Add Report", "SDR / BDR (lead generation)"],
    )
    chart = w.document.chart
    (new,) = w.scene.selected_ids()
    assert chart.manager_of(new) == "m2" and chart.position(new).explicit_role == "sdr"
    assert chart.position(new).status == "vacant"

    def editor():
        found = w.view.findChild(QLineEdit, "cardNameEditor")
        return found if found is not None and found.isVisible() else None

    qtbot.waitUntil(lambda: editor() is not None)
    QTest.keyClicks(editor(), "Nora Vik")
    QTest.keyClick(editor(), Qt.Key.Key_Return)
    assert chart.position(new).name == "Nora Vik"
    w.document.undo_stack.undo()
    assert chart.position(new).name == ""
    w.document.undo_stack.undo()
    assert new not in chart


def test_change_role_from_the_card_menu_and_back_to_the_title(chart_window, qtbot):
    w = chart_window
    chart = w.document.chart
    point = canvas_of(w).point("a2")
    run_menu(qtbot, lambda: right_click(w, point), ["Change Role", "Account Manager (retention)"])
    assert chart.position("a2").explicit_role == "am" and chart.position("a2").role == "am"
    run_menu(qtbot, lambda: right_click(w, point), ["Change Role", "From the Title"])
    assert chart.position("a2").explicit_role is None and chart.position("a2").role == "sdr"
    w.document.undo_stack.undo()
    assert chart.position("a2").explicit_role == "am"


def test_copy_and_paste_under_another_card_from_the_menus(chart_window, qtbot):
    w = chart_window
    chart = w.document.chart
    canvas = canvas_of(w)
    before = len(chart)
    run_menu(qtbot, lambda: right_click(w, canvas.point("a1")), ["Copy"])
    assert QGuiApplication.clipboard().mimeData().formats()
    run_menu(qtbot, lambda: right_click(w, canvas.point("m2")), ["Paste Under This Card"])
    assert len(chart) == before + 1
    (copy,) = w.scene.selected_ids()
    assert chart.manager_of(copy) == "m2" and chart.position(copy).name == "Per Hansen"
    run_menu(qtbot, lambda: right_click(w, canvas.point("b1")), ["Delete with Reports"])
    assert "b1" not in chart
    w.document.undo_stack.undo()
    w.document.undo_stack.undo()
    assert len(chart) == before


def test_delete_from_the_card_menu_is_undoable(chart_window, qtbot):
    w = chart_window
    state = chart_state(w.document.chart)
    run_menu(qtbot, lambda: right_click(w, canvas_of(w).point("ops")), ["Delete"])
    assert "ops" not in w.document.chart
    w.document.undo_stack.undo()
    assert chart_state(w.document.chart) == state


def test_team_entries_of_a_member_work_from_the_real_menu(chart_window, qtbot, monkeypatch):
    w = chart_window
    chart = w.document.chart
    monkeypatch.setattr(w.team_actions, "ask_team_name", lambda *args: "Pod Polar")
    point = canvas_of(w).point("a1")
    run_menu(qtbot, lambda: right_click(w, point), ["Rename Team…"])
    assert chart.team("t1").name == "Pod Polar"
    run_menu(qtbot, lambda: right_click(w, point), ["Team Declared Model", "Pod"])
    assert chart.team("t1").declared_model == "pod"
    run_menu(qtbot, lambda: right_click(w, point), ["Team Kind", "Enablement"])
    assert chart.team("t1").kind == "enablement"
    run_menu(qtbot, lambda: right_click(w, point), ["Dissolve Pod Polar"])
    assert not chart.has_team("t1")
    assert w.document.undo_stack.count() == 4


def test_dotted_line_and_team_membership_entries(chart_window, qtbot):
    w = chart_window
    chart = w.document.chart
    canvas = canvas_of(w)
    run = run_menu(qtbot, lambda: right_click(w, canvas.point("m2")), ["Add to Team", "Pod North"])
    assert "Remove Dotted Line to Linus Torvalds" in run.seen[0]
    assert "Rename Team…" not in run.seen[0]
    assert chart.position("m2").team == "t1"
    run_menu(
        qtbot, lambda: right_click(w, canvas.point("m2")), ["Remove Dotted Line to Linus Torvalds"]
    )
    assert chart.dotted_lines() == [] and chart.manager_of("m2") == "cro"


def test_two_selected_offer_the_dotted_line_between_them(chart_window, qtbot):
    w = chart_window
    w.scene.select_ids(["a1", "ops"])
    menu = w.context_menus.menu_for("ops", None)
    assert "Add Dotted Line from Linus Torvalds to Per Hansen" in [
        a.text().replace("&", "") for a in menu.actions()
    ]
    menu.deleteLater()
    run_deferred_deletes(qtbot)
    # the real menu: the selection stays as it is when the clicked card is part of it
    run_menu(
        qtbot,
        lambda: w.context_menus.show_for("ops", None, w.view.viewport().mapToGlobal(QPoint(9, 9))),
        ["Add Dotted Line from Linus Torvalds to Per Hansen"],
    )
    assert ("ops", "a1") in w.document.chart.dotted_lines()


def test_team_box_menu_selects_the_members(chart_window, qtbot):
    w = chart_window
    where = w.view.viewport().mapToGlobal(QPoint(9, 9))
    run = run_menu(qtbot, lambda: w.context_menus.show_for(None, "t1", where))
    assert set(w.scene.selected_ids()) == {"a1", "a2"}
    assert "Make Pod from 2 Positions…" in run.seen[0]
    assert "Dissolve Pod North" in run.seen[0]
    assert "Rename" not in run.seen[0]  # card entries only on a card


def test_the_menu_key_opens_the_menu_of_the_selection(chart_window, qtbot):
    w = chart_window
    w.scene.select_ids(["a1"])
    run = run_menu(qtbot, lambda: menu_key(w))
    assert "Dissolve Pod North" in run.seen[0] and "Rename" in run.seen[0]
    w.scene.select_ids([])
    run = run_menu(qtbot, lambda: menu_key(w))
    assert "Insert Structure" in run.seen[0]


# ----- the empty-canvas menu -------------------------------------------------------------------


def test_empty_canvas_menu_entries(chart_window, qtbot):
    w = chart_window
    run = run_menu(qtbot, lambda: right_click(w, canvas_of(w).empty_point()))
    assert run.seen[0][:5] == [
        "Paste",
        "Add Position",
        "Insert Structure",
        "Auto Layout",
        "Fit Chart",
    ]
    assert "Chart Declared Model" in run.seen[0]


def test_add_position_from_the_canvas_menu_lands_where_clicked(chart_window, qtbot):
    w = chart_window
    point = canvas_of(w).empty_point()
    clicked = w.view.mapToScene(point)
    run_menu(qtbot, lambda: right_click(w, point), ["Add Position", "Sales operations"])
    (new,) = w.scene.selected_ids()
    assert w.document.chart.manager_of(new) is None
    assert w.document.chart.position(new).role == "sales_ops"
    centre = w.scene.card(new).centre()
    assert abs(centre.x() - clicked.x()) <= 1 and abs(centre.y() - clicked.y()) <= 1


def test_insert_structure_from_the_canvas_menu(chart_window, qtbot):
    w = chart_window
    before = len(w.document.chart)
    point = canvas_of(w).empty_point()
    run = run_menu(qtbot, lambda: right_click(w, point), ["Insert Structure", "Pod"])
    assert "Pod" in run.seen[1] and "With the Wizard…" in run.seen[1]
    assert len(w.document.chart) > before
    w.document.undo_stack.undo()
    assert len(w.document.chart) == before


def test_chart_declared_model_from_the_canvas_menu(chart_window, qtbot):
    w = chart_window
    run_menu(
        qtbot,
        lambda: right_click(w, canvas_of(w).empty_point()),
        ["Chart Declared Model", "Island"],
    )
    assert w.document.chart.settings.declared_model == "island"


def test_paste_on_empty_canvas_makes_a_top_position(chart_window, qtbot):
    w = chart_window
    canvas = canvas_of(w)
    run_menu(qtbot, lambda: right_click(w, canvas.point("ops")), ["Copy"])
    run_menu(qtbot, lambda: right_click(w, canvas.empty_point()), ["Paste"])
    (new,) = w.scene.selected_ids()
    assert new != "ops" and w.document.chart.manager_of(new) is None
