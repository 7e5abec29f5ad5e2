"""Presentation mode: F5 shows the chart full screen with large text and high contrast, the
panels gone; editing and undo go on; Left and Right step through the scenarios; F6 shows the
findings in large type; Esc puts everything back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from support.canvas_helpers import LEFT, NO_MODIFIER, small_chart
from support.pictures import grab_checked

from orgeditor.model.scenarios import Scenarios, copy_chart


def centre_of(window, pid: str) -> QPoint:
    window.scene.flush()
    return window.view.mapFromScene(window.scene.card(pid).centre())


def drag(window, start: QPoint, end: QPoint) -> None:
    viewport = window.view.viewport()
    QTest.mousePress(viewport, LEFT, NO_MODIFIER, start)
    for i in range(1, 7):
        QTest.mouseMove(viewport, start + (end - start) * (i / 6))
    QTest.mouseRelease(viewport, LEFT, NO_MODIFIER, end)


def test_presentation_mode_shows_edits_and_leaves(window, qtbot, picture_dir):
    chart = small_chart()
    proposal = copy_chart(chart)
    proposal.remove_position("b1")
    scenarios = Scenarios(chart)
    scenarios.add("Proposal A", proposal)
    window.document.replace_chart(scenarios, None)
    app = QApplication.instance()
    usual_size = app.font().pointSizeF()
    view = window.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F5)
    mode = window.presentation
    assert mode.active and window.isFullScreen()
    assert not any(dock.isVisible() for dock in window.docks)
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert app.font().pointSizeF() > usual_size * 1.3
    assert app.palette().color(QPalette.ColorRole.WindowText).name() == "#000000"
    # editing goes on: a card dragged onto another card reports there; Ctrl+Z undoes it
    drag(window, centre_of(window, "a2"), centre_of(window, "m2"))
    assert window.document.chart.manager_of("a2") == "m2"
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.chart.manager_of("a2") == "m1"
    # the arrows step through the scenarios
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert window.document.scenarios.current == "Proposal A"
    assert "b1" not in window.document.chart
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert window.document.scenarios.current == "As-is"
    # the findings in large type
    QTest.keyClick(view, Qt.Key.Key_F6)
    strip = mode.strip
    assert strip.isVisible() and strip.count() >= 1
    assert strip.font().pointSizeF() > usual_size * 1.5
    grab_checked(window, picture_dir / "presentation_mode.png")
    # Esc leaves and puts everything back
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not mode.active and not window.isFullScreen()
    assert not strip.isVisible()
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert any(dock.isVisible() for dock in window.docks)
    assert app.font().pointSizeF() == usual_size
