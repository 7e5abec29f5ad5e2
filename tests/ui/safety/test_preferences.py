"""Edit ▸ Preferences sets the autosave interval for every window and remembers it."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from orgeditor.ui.dialogs.preferences import PreferencesDialog
from orgeditor.ui.safety.preferences import autosave_interval, set_autosave_interval


def test_preferences_dialog_changes_the_interval(qtbot, window):
    assert autosave_interval() == 30

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert str(window.autosaver.store.folder) in texts  # says where autosaves go
        dialog.interval.setValue(90)
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.actions.preferences.trigger()
    assert autosave_interval() == 90
    assert window.autosaver.interval_seconds == 90


def test_zero_means_off_and_bad_values_are_clamped(qtbot, window):
    set_autosave_interval(0)
    assert autosave_interval() == 0
    set_autosave_interval(10**9)
    assert autosave_interval() == 3600
