"""Shared by the UI tests: the canvas helpers (a small sales chart, a shown canvas) and a
shown main window that closes without asking about unsaved changes."""

import os
from pathlib import Path

import pytest


def forget_unsaved_changes(win):
    # closing asks about unsaved changes with a modal dialog; a test has nobody to answer it
    win.document.undo_stack.clear()
    win.document.undo_stack.setClean()


@pytest.fixture(scope="session", autouse=True)
def english_plural_forms(qapp):
    """The English interface as run_app starts it: the forms of the counted texts installed
    ("3 positions", never "3 position(s)")."""
    from orgeditor.ui.language import ENGLISH, install_translators, remove_translators

    translators = install_translators(qapp, ENGLISH)
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def bokmaal(qapp):
    """The interface language set to Bokmål and its translators installed, as run_app does
    (the list of them: a test may remove them early and clear it); removed afterwards."""
    from orgeditor.ui.language import (
        BOKMAAL,
        LANGUAGE_KEY,
        _settings,
        install_translators,
        remove_translators,
    )

    _settings().setValue(LANGUAGE_KEY, BOKMAAL)
    translators = install_translators(qapp)
    yield translators
    remove_translators(qapp, translators)
    _settings().remove(LANGUAGE_KEY)


@pytest.fixture(autouse=True)
def fresh_settings(qapp):
    """Every test starts with empty settings: Qt reads the settings folder once per process,
    so a window's saved layout or last folder would otherwise leak into the next test."""
    from PySide6.QtCore import QSettings

    QSettings().clear()
    yield
    QSettings().clear()
    _system_theme_again(qapp)


def _system_theme_again(qapp) -> None:
    """The theme is the application's (style and palette): a test that chose one leaves the
    next test the system's again, and the setting (which has its own store before run_app
    names the application) forgotten."""
    from orgeditor.ui import theme

    theme._settings().remove(theme.THEME_KEY)
    if theme.applied_theme(qapp) != theme.SYSTEM:
        theme.apply_theme(qapp, theme.SYSTEM)


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
