"""Folding branches away and focusing on one branch, in the window: the fold marker clicked on
the canvas, the View actions by keyboard and menu, the card menu, the breadcrumb bar, Find, edits
and undo while folded, and the view kept through File ▸ Save and reopening."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from support.canvas_helpers import Canvas, small_chart
from support.menu_runs import run_menu
from support.pictures import grab_checked

from orgeditor.drawing.card_item import badge_rect, fold_rect, fold_text
from orgeditor.layout import chart_layout
from orgeditor.model import Position
from orgeditor.rules.finding import Finding
from orgeditor.ui.canvas.interactions.fold_toggle import FoldToggleInteraction

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def chart_window(window):
    """ceo > cro > (m1 > a1, a2), (m2 > b1), ops at 100 %."""
    window.document.replace_chart(small_chart(), None)
    window.view.set_zoom(1.0)
    window.view.centerOn(window.scene.card("cro").centre())
    return window


def marker_point(window, pid: str) -> QPoint:
    """The viewport point at the centre of a card's fold marker."""
    card = window.scene.card(pid)
    assert card is not None and card.fold is not None, pid
    return window.view.mapFromScene(card.mapToScene(fold_rect(card.fold).center()))


def finding(rule: str, severity: str, message: str, positions: tuple[str, ...]) -> Finding:
    return Finding(rule, severity, message, positions, "advice", "practice")


def click_marker(window, pid: str) -> None:
    QTest.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=marker_point(window, pid)
    )


def right_click(window, point: QPoint) -> None:
    """What a real right click does: a press (which selects) and a context-menu event."""
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier(0), point)
    QTest.mouseRelease(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier(0), point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)


def key(window, k: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    window.view.setFocus()
    QTest.keyClick(window.view, k, modifiers)


def shown(window) -> set[str]:
    """The cards drawn on the canvas: visible card items."""
    return {pid for pid, card in window.scene.cards().items() if card.isVisible()}


def everything(window) -> set[str]:
    return set(window.document.chart.position_ids())


def save_picture(window, picture_dir, name: str) -> None:
    QApplication.processEvents()  # the status bar lays out its changed labels
    grab_checked(window, picture_dir / name)


# ----- the fold marker ---------------------------------------------------------------------------


def test_clicking_the_marker_folds_the_branch_into_one_card(chart_window):
    w = chart_window
    scene, chart = w.scene, w.document.chart
    steps = w.document.undo_stack.count()
    assert scene.card("m1").fold == (False, 0)
    assert scene.card("a1").fold is None  # no reports, no marker
    w.scene.select_ids(["cro"])

    click_marker(w, "m1")

    assert chart.view.collapsed == {"m1"}
    assert scene.card("m1").fold == (True, 2)
    assert fold_text(scene.card("m1").fold) == "+2"
    assert shown(w) == everything(w) - {"a1", "a2"}
    assert set(scene.cards()) == shown(w)  # hidden cards are not among the cards
    assert not scene.card("a1").isVisible() and scene.placed("a1") is None
    assert set(chart_layout(chart).positions) == shown(w)  # the branch laid out as one card
    assert scene.selected_ids() == ["cro"]  # a marker click is not a selection
    assert w.document.undo_stack.count() == steps and not w.document.modified

    click_marker(w, "m1")  # and back

    assert chart.view.collapsed == set()
    assert shown(w) == everything(w)
    assert scene.card("m1").fold == (False, 0)
    assert scene.placed("a1") is not None


def test_the_marker_counts_every_position_folded_away(chart_window):
    w = chart_window
    click_marker(w, "cro")
    assert w.scene.card("cro").fold == (True, 6)
    assert fold_text(w.scene.card("cro").fold) == "+6"
    assert shown(w) == {"ceo", "cro"}
    assert w.statusBar().hidden_label.text() == "6 hidden"


def test_a_marker_click_keeps_the_card_under_the_pointer(chart_window):
    w = chart_window
    before = marker_point(w, "cro")
    click_marker(w, "cro")
    assert (marker_point(w, "cro") - before).manhattanLength() <= 1


def test_folding_drops_hidden_cards_from_the_selection(chart_window, qtbot):
    w = chart_window
    w.scene.select_ids(["m1", "a1"])
    changes = []

    def note() -> None:
        changes.append(w.scene.selected_ids())

    w.scene.selectionChanged.connect(note)
    key(w, Qt.Key.Key_Minus)  # Collapse Branch
    w.scene.selectionChanged.disconnect(note)
    assert w.document.chart.view.collapsed == {"m1"}
    assert w.scene.selected_ids() == ["m1"]
    assert changes and changes[-1] == ["m1"]
    key(w, Qt.Key.Key_Plus)  # Expand Branch
    assert w.document.chart.view.collapsed == set()
    assert shown(w) == everything(w)


def test_a_marker_tooltip_says_what_a_click_does(chart_window):
    w = chart_window
    click_marker(w, "m1")
    text, _rect = w.view.tooltips.tooltip_at(marker_point(w, "m1"))
    assert "2 positions folded away" in text


def test_fold_toggle_interaction_finds_the_marker_only_on_the_marker(chart_window):
    w = chart_window
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    def press_at(point: QPoint) -> QMouseEvent:
        return QMouseEvent(
            QEvent.Type.MouseButtonPress,
            QPointF(point),
            QPointF(w.view.viewport().mapToGlobal(point)),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )

    assert FoldToggleInteraction.marker_at(w.view, press_at(marker_point(w, "m1"))) == "m1"
    centre = w.view.mapFromScene(w.scene.card("m1").centre())
    assert FoldToggleInteraction.marker_at(w.view, press_at(centre)) is None


# ----- Expand All, focus, breadcrumb -------------------------------------------------------------


def test_expand_all_unfolds_every_branch(chart_window):
    w = chart_window
    click_marker(w, "m1")
    click_marker(w, "m2")
    assert w.document.chart.view.collapsed == {"m1", "m2"}
    assert w.actions.expand_all.isEnabled()
    key(w, Qt.Key.Key_E, CTRL_SHIFT)
    assert w.document.chart.view.collapsed == set()
    assert shown(w) == everything(w)
    assert not w.actions.expand_all.isEnabled()


def test_focus_shows_the_branch_alone_with_a_breadcrumb(chart_window, qtbot):
    w = chart_window
    steps = w.document.undo_stack.count()
    relayed = []
    w.document.chartChanged.connect(relayed.append)
    assert w.breadcrumb.isHidden()
    w.scene.select_ids(["m1"])
    key(w, Qt.Key.Key_F, CTRL_SHIFT)  # Focus on Branch

    assert w.document.chart.view.focus == "m1"
    assert shown(w) == {"m1", "a1", "a2"}
    assert w.breadcrumb.isVisible()
    assert w.breadcrumb.parts() == [
        "Whole chart",
        "Chief Executive Officer",
        "Chief Revenue Officer",
        "Sales Manager",
    ]
    assert "showing 3 of 8 positions" in w.breadcrumb.count_label.text()

    # a part focuses on that manager
    QTest.mouseClick(w.breadcrumb.part_button("Chief Revenue Officer"), Qt.MouseButton.LeftButton)
    assert w.document.chart.view.focus == "cro"
    assert shown(w) == everything(w) - {"ceo"}
    assert w.breadcrumb.parts()[-1] == "Chief Revenue Officer"

    # "Whole chart" ends the focus
    QTest.mouseClick(w.breadcrumb.part_button("Whole chart"), Qt.MouseButton.LeftButton)
    assert w.document.chart.view.focus is None
    assert shown(w) == everything(w)
    assert w.breadcrumb.isHidden()
    # none of it was an edit, nothing was re-checked
    assert w.document.undo_stack.count() == steps and not w.document.modified
    assert relayed == []


def test_view_menu_and_card_menu_hold_the_branch_actions(chart_window, qtbot):
    w = chart_window
    view_menu = next(
        a.menu() for a in w.menuBar().actions() if a.menu() and a.text().replace("&", "") == "View"
    )
    w.scene.select_ids(["m2"])
    bar = w.menuBar()
    run_menu(
        qtbot,
        lambda: QTest.mouseClick(
            bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(view_menu.menuAction()).center()
        ),
        ["Collapse Branch"],
    )
    assert w.document.chart.view.collapsed == {"m2"}

    # the card menu of a folded manager: Expand Branch, Focus on Branch
    def on_card() -> None:  # where the card is now: focusing fits the branch to the canvas
        right_click(w, w.view.mapFromScene(w.scene.card("m2").centre()))

    run = run_menu(qtbot, on_card, ["Expand Branch"])
    assert "Focus on Branch" in run.seen[0] and "Collapse Branch" not in run.seen[0]
    assert w.document.chart.view.collapsed == set()
    run = run_menu(qtbot, on_card, ["Focus on Branch"])
    assert "Collapse Branch" in run.seen[0]
    assert w.document.chart.view.focus == "m2"
    run = run_menu(qtbot, on_card, ["Show Whole Chart"])
    assert "Rename" in run.seen[0]  # the card's menu
    assert w.document.chart.view.focus is None


# ----- findings ----------------------------------------------------------------------------------


def test_a_folded_managers_badge_counts_the_findings_of_its_branch(chart_window):
    w = chart_window
    scene = w.scene
    findings = [
        finding("span.narrow", "warning", "One report only", ("m2",)),
        finding("seat.vacant", "info", "A vacant seat", ("b1",)),
        finding("people.x", "error", "Both", ("m2", "b1")),
    ]
    scene.set_findings(findings)
    assert scene.card("m2").badge == ("error", 2)
    click_marker(w, "m2")
    assert scene.card("m2").badge == ("error", 3)  # its 2 and 1 more folded under it
    assert scene.folded_findings_of("m2") == [findings[1]]
    badge = w.view.mapFromScene(scene.card("m2").mapToScene(badge_rect(1.0).center()))
    text, _rect = w.view.tooltips.tooltip_at(badge)
    assert "3 findings" in text and "1 in the folded branch" in text
    click_marker(w, "m2")
    assert scene.card("m2").badge == ("error", 2)


def test_the_real_checks_still_see_the_folded_branch(chart_window, qtbot):
    w = chart_window
    w.checks.refresh_now()
    before = [(f.rule, f.positions) for f in w.checks.findings()]
    click_marker(w, "cro")
    w.checks.refresh_now()
    assert [(f.rule, f.positions) for f in w.checks.findings()] == before
    under = set(w.document.chart.descendants("cro")) | {"cro"}
    concerned = {f for f in w.checks.findings() if under & set(f.positions)}
    if concerned:
        assert w.scene.card("cro").badge is not None
        assert w.scene.card("cro").badge[1] == len(concerned)


# ----- edits while folded ------------------------------------------------------------------------


def test_adding_a_report_to_a_folded_manager_unfolds_it_and_undo_works(chart_window):
    w = chart_window
    stack = w.document.undo_stack
    click_marker(w, "m1")
    steps = stack.count()
    w.scene.select_ids(["m1"])
    w.edit.add_report("ae")
    assert stack.count() == steps + 1
    chart = w.document.chart
    new = next(pid for pid in chart.reports_of("m1") if pid not in ("a1", "a2"))
    assert chart.view.collapsed == set()  # unfolded so that the new card shows
    assert {new, "a1", "a2"} <= shown(w)
    stack.undo()
    assert new not in chart and shown(w) == everything(w)
    stack.redo()
    assert new in chart and new in shown(w)


def test_undo_and_redo_of_an_edit_while_folded(chart_window):
    w = chart_window
    stack = w.document.undo_stack
    click_marker(w, "m1")
    w.scene.select_ids(["ops"])
    key(w, Qt.Key.Key_Delete)
    chart = w.document.chart
    assert "ops" not in chart and chart.view.collapsed == {"m1"}
    stack.undo()
    assert "ops" in chart and "ops" in shown(w)
    assert chart.view.collapsed == {"m1"} and "a1" not in shown(w)
    stack.redo()
    assert "ops" not in chart and "a1" not in shown(w)
    assert set(w.scene.cards()) == shown(w)


def test_deleting_a_folded_manager_shows_its_reports(chart_window):
    w = chart_window
    click_marker(w, "m1")
    w.scene.select_ids(["m1"])
    key(w, Qt.Key.Key_Delete)  # its reports move up
    chart = w.document.chart
    assert "m1" not in chart
    assert {"a1", "a2"} <= shown(w)
    w.document.undo_stack.undo()
    assert "m1" in chart and "m1" in shown(w)
    assert set(w.scene.cards()) == shown(w)


def test_deleting_the_focused_position_shows_the_whole_chart(chart_window):
    w = chart_window
    w.scene.select_ids(["m1"])
    key(w, Qt.Key.Key_F, CTRL_SHIFT)
    assert w.document.chart.view.focus == "m1"
    key(w, Qt.Key.Key_Delete)
    assert w.document.chart.view.focus is None
    assert w.breadcrumb.isHidden()
    assert shown(w) == everything(w)


# ----- Find --------------------------------------------------------------------------------------


def test_find_unfolds_and_unfocuses_to_show_a_match(chart_window):
    w = chart_window
    click_marker(w, "cro")
    w.show_find_bar()
    w.find_bar.find("Liv Berg")
    assert w.scene.selected_ids() == ["a2"]
    assert "a2" in shown(w) and w.document.chart.view.collapsed == set()

    w.scene.select_ids(["m2"])
    key(w, Qt.Key.Key_F, CTRL_SHIFT)
    assert w.document.chart.view.focus == "m2"
    w.find_bar.find("Per Hansen")
    assert w.document.chart.view.focus is None
    assert w.scene.selected_ids() == ["a1"]


def test_arrow_keys_stay_in_what_is_shown(chart_window):
    w = chart_window
    click_marker(w, "m1")
    w.scene.select_ids(["m1"])
    key(w, Qt.Key.Key_Down)
    assert w.scene.selected_ids() == ["m1"]  # nothing below a folded manager
    key(w, Qt.Key.Key_F, CTRL_SHIFT)
    key(w, Qt.Key.Key_Up)
    assert w.scene.selected_ids() == ["m1"]  # the focused top has no manager here


# ----- saving ------------------------------------------------------------------------------------


def test_save_and_reopen_keeps_the_folds_and_the_focus(chart_window, tmp_path, qtbot):
    w = chart_window
    path = tmp_path / "folded.orgchart"
    assert w.save_path(path)
    click_marker(w, "m1")
    w.scene.select_ids(["cro"])
    key(w, Qt.Key.Key_F, CTRL_SHIFT)
    assert not w.document.modified  # a view change is no edit ...
    w.actions.save.trigger()  # ... but File ▸ Save writes it
    w.document.replace_chart(small_chart(), None)
    assert w.document.chart.view.focus is None and shown(w) == everything(w)

    assert w.open_path(path)
    chart = w.document.chart
    assert chart.view.collapsed == {"m1"} and chart.view.focus == "cro"
    assert shown(w) == {"cro", "m1", "m2", "b1", "ops"}
    assert w.breadcrumb.isVisible() and w.breadcrumb.parts()[-1] == "Chief Revenue Officer"
    assert w.scene.card("m1").fold == (True, 2)


# ----- pictures ----------------------------------------------------------------------------------


def test_pictures_of_a_folded_branch_and_a_focused_branch(chart_window, picture_dir, qtbot):
    w = chart_window
    w.scene.set_findings([finding("seat.vacant", "warning", "A vacant seat", ("b1",))])
    click_marker(w, "m2")
    w.view.centerOn(w.scene.card("cro").centre())
    save_picture(w, picture_dir, "collapsed_branch.png")
    assert w.scene.card("m2").isVisible() and not w.scene.card("b1").isVisible()
    w.scene.select_ids(["m1"])
    key(w, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(w.breadcrumb.isVisible)
    save_picture(w, picture_dir, "focused_branch.png")
    shown = set(w.scene.cards())
    assert shown == {"m1", *w.document.chart.descendants("m1")}
    view_rect = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
    assert all(view_rect.intersects(w.scene.card(pid).sceneBoundingRect()) for pid in shown)


def test_a_large_folded_branch_marker(window, picture_dir):
    chart = small_chart()
    for i in range(30):
        chart.add_position(Position(f"x{i}", f"Seller {i}", "Account Executive"), "m1")
    window.document.replace_chart(chart, None)
    window.view.set_zoom(1.0)
    click_marker(window, "m1")
    window.view.centerOn(window.scene.card("m1").centre())
    assert fold_text(window.scene.card("m1").fold) == "+32"
    save_picture(window, picture_dir, "collapsed_large.png")


def test_view_change_is_relayed_apart_from_edits(chart_window):
    w = chart_window
    views = []
    relayed = []
    w.document.chartChanged.connect(relayed.append)
    w.document.viewChanged.connect(lambda: views.append(1))
    w.document.chart.set_view(collapsed={"m1"})
    assert views == [1] and relayed == []


def test_typing_a_minus_in_a_text_field_folds_nothing(chart_window):
    w = chart_window
    w.scene.select_ids(["m1"])
    w.show_find_bar()
    QTest.keyClicks(w.find_bar.edit, "-+")
    assert w.find_bar.edit.text() == "-+"
    assert w.document.chart.view.collapsed == set()


def test_a_finding_about_a_folded_position_unfolds_it(chart_window):
    w = chart_window
    click_marker(w, "cro")
    w.checks.positionsActivated.emit(["b1"])  # as a click on the finding in the list does
    assert "b1" in shown(w) and w.scene.selected_ids() == ["b1"]
    assert w.document.chart.view.collapsed == set()


def test_the_empty_canvas_menu_offers_expand_all_and_the_whole_chart(chart_window, qtbot):

    w = chart_window
    click_marker(w, "m1")
    w.scene.select_ids(["cro"])
    key(w, Qt.Key.Key_F, CTRL_SHIFT)
    point = Canvas(w.document, w.scene, w.view).empty_point()

    def on_canvas() -> None:
        right_click(w, point)

    run = run_menu(qtbot, on_canvas, ["Expand All"])
    assert "Show Whole Chart" in run.seen[0]
    assert w.document.chart.view.collapsed == set()
    run_menu(qtbot, on_canvas, ["Show Whole Chart"])
    assert w.document.chart.view.focus is None and shown(w) == everything(w)
