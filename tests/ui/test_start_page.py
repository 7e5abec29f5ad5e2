"""The start page: shown in place of the canvas by a window without a chart; its templates,
examples, recent files, import and empty chart, reached by mouse and by keyboard alone; gone
as soon as a chart is opened, created or edited; back again from File ▸ Start Page."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from support.menu_runs import run_menu
from support.pictures import grab_checked

from orgeditor.analysis import infer_model
from orgeditor.io import save_orgchart
from orgeditor.templates import build_chart, default_params
from orgeditor.ui.examples import EXAMPLES
from orgeditor.ui.panels.mime import role_mime_data, structure_mime_data


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def shows_canvas(window) -> bool:
    return not window.start_page_shown() and window.view.isVisible()


def saved_island(folder: Path) -> Path:
    path = folder / "Workshop island.orgchart"
    chart = build_chart(default_params("island"))
    chart.settings.name = "Workshop island"
    save_orgchart(chart, path)
    return path


def test_a_fresh_window_shows_the_start_page_instead_of_an_empty_canvas(window):
    page = window.start_page
    assert window.start_page_shown() and page.isVisible()
    assert not window.view.isVisible()
    assert window.document.path is None and not window.document.modified
    assert not page.back_button.isVisible()  # nothing to go back to
    names = [b.accessibleName() for b in page.choices]
    assert names[:3] == ["Assembly line", "Pod", "Island"]
    assert all(b.accessibleName() and b.accessibleDescription() for b in page.choices)
    assert "handoffs" in page.template_buttons["assembly_line"].accessibleDescription()
    assert "end to end" in page.template_buttons["pod"].accessibleDescription()
    assert "Generalists" in page.template_buttons["island"].accessibleDescription()
    assert set(page.example_buttons) == set(EXAMPLES)
    assert page.no_recent.isVisible() and page.recent_buttons == []


def test_clicking_the_pod_template_builds_a_pod_chart_and_shows_it(window, qtbot):
    click(qtbot, window.start_page.template_buttons["pod"])
    chart = window.document.chart
    assert len(chart) > 10
    assert infer_model(chart).model == "pod"
    assert window.document.modified and window.document.path is None  # not saved yet
    assert shows_canvas(window)
    window.scene.flush()
    assert len(window.scene.cards()) == len(chart)


def test_clicking_an_example_opens_it(window, qtbot):
    click(qtbot, window.start_page.example_buttons["island"])
    assert window.document.chart.settings.name == "Bergen Kontorrekvisita"
    assert infer_model(window.document.chart).model == "island"
    assert not window.document.modified
    assert shows_canvas(window)


def test_a_recent_file_is_listed_and_opens(window, qtbot, tmp_path):
    path = saved_island(tmp_path)
    gone = tmp_path / "deleted.orgchart"
    window.files.settings.setValue("recentFiles", [str(gone)])
    window.files.remember(path)  # as opening or saving it does: the shown page follows
    page = window.start_page
    assert not page.no_recent.isVisible()
    assert [b.accessibleName() for b in page.recent_buttons] == [path.name]  # the gone one pruned
    assert page.recent_buttons[0].accessibleDescription() == str(path.parent)
    click(qtbot, page.recent_buttons[0])
    assert window.document.path == path.absolute()
    assert window.document.chart.settings.name == "Workshop island"
    assert shows_canvas(window)


@pytest.mark.parametrize("model", ["pod", "island"])
def test_keyboard_only_tab_to_a_model_and_press_enter(window, qtbot, model):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.start_page.first_choice())
    choice = window.start_page.template_buttons[model]
    for _ in range(len(window.start_page.choices)):
        if QApplication.focusWidget() is choice:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is choice
    QTest.keyClick(choice, Qt.Key.Key_Return)
    assert infer_model(window.document.chart).model == model
    assert shows_canvas(window)


def test_tab_order_follows_the_reading_order(window):
    page = window.start_page
    order, widget = [], page.first_choice()
    for _ in page.choices:
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.nextInFocusChain()
    assert order == [
        "startTemplate_assembly_line",
        "startTemplate_pod",
        "startTemplate_island",
        "startImport",
        "startEmpty",
        "startExample_pod",
        "startExample_assembly_line",
        "startExample_island",
    ]


def test_empty_chart_shows_the_canvas(window, qtbot):
    click(qtbot, window.start_page.empty_button)
    assert shows_canvas(window)
    assert len(window.document.chart) == 0 and not window.document.modified


def test_import_runs_the_import_action(window, qtbot, monkeypatch):
    asked = []

    def no_file(*args, **kwargs):
        asked.append(args[1])  # the dialog's caption
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", no_file)
    click(qtbot, window.start_page.import_button)
    assert asked == ["Import"]
    assert window.start_page_shown()  # cancelled: still there to choose from


def test_an_edit_from_the_palette_leaves_the_start_page(window):
    window.palette_panel.roleActivated.emit("sdr")  # Enter on a palette role: a new tree
    assert len(window.document.chart) == 1
    assert shows_canvas(window)


def test_a_palette_drag_over_the_start_page_hands_over_to_the_canvas(window):
    page = window.start_page
    mime = role_mime_data("ae", "Account Executive")
    enter = QDragEnterEvent(
        QPoint(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    assert shows_canvas(window)
    assert len(window.document.chart) == 0  # the drop is the canvas's


def test_a_drop_that_lands_on_the_start_page_adds_a_new_tree(window):
    """When the canvas could not take over before the drop (no move after entering)."""
    page = window.start_page
    for mime, expected in ((role_mime_data("ae"), 1), (structure_mime_data("pod"), None)):
        drop = QDropEvent(
            QPointF(200, 200),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        window.show_start_page()
        page.dropEvent(drop)  # Qt delivers a drop only to the target of a drag under way
        assert drop.isAccepted()
        assert shows_canvas(window)
        if expected is not None:
            assert len(window.document.chart) == expected
    assert len(window.document.chart) > 10  # the pod structure under the new tree
    nothing = QMimeData()  # kept alive: the event only points at it
    other = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        nothing,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(other)
    assert not other.isAccepted()


def test_file_start_page_comes_back_and_esc_returns_to_the_chart(window, qtbot):
    window.show_example("pod")
    assert shows_canvas(window)
    file_menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "&File"
    )
    bar = window.menuBar()
    run_menu(
        qtbot,
        lambda: QTest.mouseClick(
            bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_menu.menuAction()).center()
        ),
        ["Start Page"],
    )
    page = window.start_page
    assert window.start_page_shown() and page.back_button.isVisible()
    QTest.keyClick(page.first_choice(), Qt.Key.Key_Escape)
    assert shows_canvas(window)
    assert window.document.chart.settings.name == "Fjord Analytics"
    window.show_start_page()
    click(qtbot, page.back_button)
    assert shows_canvas(window)


def test_start_page_picture(window, qtbot, tmp_path, picture_dir):
    """Looked at by a person: readable, aligned, not cramped (1440x900 and 1920x1080)."""
    for i, name in enumerate(["Salg 2027.orgchart", "Workshop Bergen.orgchart"]):
        path = tmp_path / f"plans{i}" / name
        path.parent.mkdir()
        save_orgchart(build_chart(default_params("pod")), path)
        window.files.remember(path)
    page = window.start_page
    qtbot.waitUntil(lambda: len(page.recent_buttons) == 2)
    grab_checked(page, picture_dir / "start_page.png", colours=["#0B5CAD", "#FFFFFF"])
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    grab_checked(page, picture_dir / "start_page_1920.png", colours=["#FFFFFF"])
    # every choice shows its whole title: nothing cut off or squeezed
    for button in page.choices + page.recent_buttons:
        label = button.title_label
        assert label.height() >= label.heightForWidth(label.width()), button.objectName()
        assert button.width() >= 200, button.objectName()
