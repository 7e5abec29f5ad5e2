"""Shared by the UI tests: the canvas helpers (a small sales chart, a shown canvas) and a
shown main window that closes without asking about unsaved changes."""

import os
from pathlib import Path

import pytest


def forget_unsaved_changes(win):
    # closing asks about unsaved changes with a modal dialog; a test has nobody to answer it
    win.document.undo_stack.clear()
    win.document.undo_stack.setClean()


@pytest.fixture(autouse=True)
def fresh_settings(qapp):
    """Every test starts with empty settings: Qt reads the settings folder once per process,
    so a window's saved layout or last folder would otherwise leak into the next test."""
    from PySide6.QtCore import QSettings

    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def picture_dir(tmp_path) -> Path:
    """Where a test saves the pictures it grabs: $ORGEDITOR_PICTURE_DIR when set (to look at
    them after the run), else the test's own temporary folder."""
    chosen = os.environ.get("ORGEDITOR_PICTURE_DIR")
    target = Path(chosen) if chosen else tmp_path / "pictures"
    target.mkdir(parents=True, exist_ok=True)
    return target


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    """The main window, 1440x900 and shown, with its settings and autosaves in fresh folders."""
    from orgeditor.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # autosaves, the log
    win = MainWindow()
    qtbot.addWidget(win, before_close_func=forget_unsaved_changes)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    return win
