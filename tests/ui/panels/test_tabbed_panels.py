"""Panels tabbed behind another in the real window do no work after edits and catch up when
their tab is clicked (Qt still calls a tabbed-away dock 'visible')."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabBar
from support.canvas_helpers import small_chart

from orgeditor.analysis import figures as figures_module
from orgeditor.analysis.figures import chart_figures, segmentation_matrix
from orgeditor.io import save_orgchart
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
    before = len(chart)
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


def click_tab(window, text: str) -> None:
    bar, index = tab_bar_with(window, text)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def test_opening_a_file_leaves_the_panels_behind_tabs_alone_until_their_tab_is_shown(
    window, qtbot, tmp_path, monkeypatch
):
    computed = []
    compute = figures_module._compute_figures
    monkeypatch.setattr(
        figures_module, "_compute_figures", lambda *a: computed.append(1) or compute(*a)
    )
    path = tmp_path / "small.orgchart"
    save_orgchart(small_chart(), path)
    figures, segmentation = window.figures, window.segmentation
    shown_matrix = segmentation.matrix()

    assert window.open_path(path)
    chart = window.document.chart
    assert computed == []  # the figures tab is behind the checks: no figures on open
    assert figures.live.stale and segmentation.live.stale
    assert segmentation.matrix() is shown_matrix
    assert window.checks.findings() is not None  # the front tab checked the new chart

    click_tab(window, "Figures")
    qtbot.waitUntil(lambda: not figures.live.stale)
    assert computed == [1]
    assert figures.figures() is chart_figures(chart)
    assert figures.figures().counts.positions == len(chart)
    assert segmentation.live.stale  # still behind its tab

    click_tab(window, "Segmentation")
    qtbot.waitUntil(lambda: not segmentation.live.stale)
    assert segmentation.matrix() is segmentation_matrix(chart)


def test_a_window_shown_after_opening_refreshes_only_its_front_tab(qtbot, tmp_path, monkeypatch):
    """`orgeditor FILE` opens the file before the window shows."""
    from orgeditor.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "small.orgchart"
    save_orgchart(small_chart(), path)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.figures.live.stale  # shown, but behind the checks' tab
    click_tab(window, "Figures")
    qtbot.waitUntil(lambda: not window.figures.live.stale)
    assert window.figures.figures() is chart_figures(window.document.chart)
