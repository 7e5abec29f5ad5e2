"""Panels tabbed behind another in the real window do no work after edits and catch up when
their tab is clicked (Qt still calls a tabbed-away dock 'visible')."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabBar
from support.canvas_helpers import small_chart

from orgeditor.model import Position
from orgeditor.ui.commands import AddPositionCommand


def tab_bar_with(window, text: str) -> tuple[QTabBar, int]:
    for bar in window.findChildren(QTabBar):
        for index in range(bar.count()):
            if bar.tabText(index).replace("&", "") == text:
                return bar, index
    raise AssertionError(f"no tab {text!r}")


def test_a_panel_behind_a_tab_waits_and_catches_up_when_its_tab_is_clicked(window, qtbot):
    window.document.replace_chart(small_chart(), None)
    chart = window.document.chart
    figures, segmentation = window.figures, window.segmentation
    assert window.checks.isVisible() and not window.checks.visibleRegion().isEmpty()
    assert not figures.live.can_be_seen() and not segmentation.live.can_be_seen()
    before = figures.figures().counts.positions
    manager = next(pid for pid in chart.position_ids() if chart.report_count(pid))
    window.document.undo_stack.push(
        AddPositionCommand(chart, Position("new1", "New Seller", "Account Executive"), manager)
    )
    assert figures.live.stale and not figures.live.scheduled  # no work while behind a tab
    assert segmentation.live.stale and not segmentation.live.scheduled
    assert window.checks.live.scheduled or not window.checks.live.stale  # the front tab works

    bar, index = tab_bar_with(window, "Figures")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: not figures.live.stale)
    assert figures.live.can_be_seen()
    assert figures.figures().counts.positions == before + 1
    assert segmentation.live.stale  # still behind its tab
