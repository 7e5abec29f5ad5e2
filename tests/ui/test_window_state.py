"""The window's size and dock layout come back at the next start; a first start, or a damaged
setting, keeps the default layout."""

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QMessageBox, QToolBar

from orgeditor.ui.commands import EditFieldsCommand
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.window_state import (
    GEOMETRY_KEY,
    STATE_KEY,
    STATE_VERSION,
    restore_window_state,
    save_window_state,
)

# the offscreen screen is 800x800: a larger window would come back shrunk to fit it
SIZE = QSize(760, 560)


def forget_layout():
    settings = QSettings()
    settings.remove(GEOMETRY_KEY)
    settings.remove(STATE_KEY)
    settings.sync()


@pytest.fixture(autouse=True)
def fresh_layout(qapp):
    # QSettings keeps one file per process: no layout from another test, none left behind
    forget_layout()
    yield
    forget_layout()


def dock(window, name):
    return next(d for d in window.docks if d.objectName() == name)


def start_again(qtbot):
    """A second window, as the next start of the editor makes it."""
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    return again


def test_size_and_docks_come_back_after_close(qtbot, window):
    window.resize(SIZE)
    dock(window, "figuresDock").hide()
    dock(window, "paletteDock").setFloating(True)
    window.findChild(QToolBar, "mainToolBar").hide()
    qtbot.waitUntil(lambda: window.size() == SIZE)
    assert window.close()
    stored = QSettings()
    assert stored.contains(GEOMETRY_KEY) and stored.contains(STATE_KEY)

    again = start_again(qtbot)
    assert again.size() == SIZE
    assert not dock(again, "figuresDock").isVisible()
    assert dock(again, "paletteDock").isFloating()
    assert dock(again, "paletteDock").isVisible()
    assert dock(again, "checksDock").isVisible()
    assert not dock(again, "checksDock").isFloating()
    assert not again.findChild(QToolBar, "mainToolBar").isVisible()


def test_a_cancelled_close_stores_nothing(qtbot, window, monkeypatch):
    window.show_example()
    window.document.undo_stack.push(_rename_top(window))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert not QSettings().contains(STATE_KEY)


def test_first_start_keeps_the_default_layout(qtbot):
    assert not restore_window_state(QMainWindow())
    first = start_again(qtbot)
    assert first.size() == QSize(1440, 900)
    assert first.findChild(QToolBar, "mainToolBar").isVisible()
    for each in first.docks:
        assert not each.isFloating()
    assert dock(first, "paletteDock").isVisible()
    assert dock(first, "checksDock").isVisible()
    assert dock(first, "inspectorDock").isVisible()


def test_damaged_settings_are_ignored(qtbot):
    settings = QSettings()
    settings.setValue(GEOMETRY_KEY, "not a geometry")
    settings.setValue(STATE_KEY, b"\x00\x01 garbage")
    settings.sync()
    assert not restore_window_state(QMainWindow())
    window = start_again(qtbot)
    assert dock(window, "paletteDock").isVisible()
    assert not dock(window, "paletteDock").isFloating()


def test_a_layout_of_another_version_is_not_applied(qtbot, window):
    dock(window, "paletteDock").hide()
    save_window_state(window)
    QSettings().setValue(STATE_KEY, window.saveState(STATE_VERSION + 1))  # an older editor's
    fresh = QMainWindow()
    assert not restore_window_state(fresh)
    again = start_again(qtbot)
    assert dock(again, "paletteDock").isVisible()


def test_save_and_restore_round_trip_returns_true(qtbot, window):
    window.resize(SIZE)
    qtbot.waitUntil(lambda: window.size() == SIZE)
    save_window_state(window)
    again = MainWindow()
    qtbot.addWidget(again)
    assert restore_window_state(again)
    assert again.size() == SIZE


def _rename_top(window):
    chart = window.document.chart
    return EditFieldsCommand(chart, {chart.roots()[0]: {"name": "Ola Hansen"}})
