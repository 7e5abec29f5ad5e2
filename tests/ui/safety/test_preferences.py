"""Edit ▸ Preferences sets the autosave interval for every window and remembers it."""

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from orgeditor.ui.dialogs.preferences import PreferencesDialog
from orgeditor.ui.safety.preferences import (
    INTERVAL_KEY,
    autosave_interval,
    set_autosave_interval,
)


@pytest.fixture(autouse=True)
def default_interval():
    # QSettings keeps one file per process: start and end each test at the default
    QSettings().remove(INTERVAL_KEY)
    yield
    QSettings().remove(INTERVAL_KEY)


def test_preferences_dialog_changes_the_interval(qtbot, window):
    assert autosave_interval() == 30

    shown = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PreferencesDialog):  # anything else: fail below, do not hang
            shown["texts"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
            dialog.interval.setValue(90)
            dialog.accept()
        elif dialog is not None:
            dialog.close()

    QTimer.singleShot(0, answer)
    window.actions.preferences.trigger()
    assert str(window.autosaver.store.folder) in shown["texts"]  # says where autosaves go
    assert autosave_interval() == 90
    assert window.autosaver.interval_seconds == 90


def test_zero_means_off_and_bad_values_are_clamped(qtbot, window):
    set_autosave_interval(0)
    assert autosave_interval() == 0
    set_autosave_interval(10**9)
    assert autosave_interval() == 3600
