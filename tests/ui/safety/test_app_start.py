"""Start-up: the recovery offer comes before anything opens, a chart named on the command
line that was just recovered is not opened a second time, and a plain start shows the start
page."""

import logging

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from test_recovery import orphan_entry

from orgeditor.ui.app import run_app
from orgeditor.ui.dialogs.recovery_dialog import RecoveryDialog
from orgeditor.ui.file_controller import FileController
from orgeditor.ui.main_window import main_windows


@pytest.fixture
def started(qapp, monkeypatch, tmp_path):
    """run_app without its event loop; the recovery offer answered with Recover. Yields the
    open windows after start-up and closes them afterwards."""
    names = (QCoreApplication.applicationName(), QCoreApplication.organizationName())
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: self.recover_button.click() or 1)
    monkeypatch.setattr(FileController, "_ask_open_elsewhere", lambda *a, **k: 1 / 0)
    handlers = list(logging.getLogger("orgeditor").handlers)

    def start(path=None):
        assert run_app(str(path) if path else None) == 0
        QCoreApplication.setApplicationName(names[0])  # run_app names the app "orgeditor"
        QCoreApplication.setOrganizationName(names[1])
        return main_windows()

    yield start
    for window in main_windows():
        window.document.undo_stack.clear()
        window.document.undo_stack.setClean()
        window.close()
    root = logging.getLogger("orgeditor")
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()


def orphan_in_app_folder(chart):
    """An entry in the folder run_app looks in (it names the application "orgeditor")."""
    names = (QCoreApplication.applicationName(), QCoreApplication.organizationName())
    QCoreApplication.setApplicationName("orgeditor")
    QCoreApplication.setOrganizationName("orgeditor")
    try:
        return orphan_entry(chart)
    finally:
        QCoreApplication.setApplicationName(names[0])
        QCoreApplication.setOrganizationName(names[1])


def test_plain_start_shows_the_start_page_with_the_example_one_click_away(started, qtbot):
    (window,) = started()
    assert window.start_page_shown()
    assert not window.document.modified and len(window.document.chart) == 0
    button = window.start_page.example_buttons["pod"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.document.chart.settings.name == "Fjord Analytics"
    assert not window.document.modified
    assert not window.start_page_shown()


def test_start_with_a_path_shows_the_chart_not_the_start_page(started, saved_chart):
    (window,) = started(saved_chart)
    assert window.document.path == saved_chart
    assert not window.start_page_shown()


def test_path_that_was_just_recovered_opens_once(started, saved_chart):
    state = orphan_in_app_folder(saved_chart)
    (window,) = started(saved_chart)
    assert window.document.path == saved_chart
    assert "crash1" in window.document.chart  # the recovered version, not the file
    assert window.document.modified
    assert len(state["positions"]) == len(window.document.chart)


def test_other_path_opens_beside_the_recovered_chart(started, saved_chart):
    other = saved_chart.with_name("other.orgchart")
    other.write_bytes(saved_chart.read_bytes())
    orphan_in_app_folder(saved_chart)
    windows = started(other)
    assert sorted(w.document.path.name for w in windows) == [
        "other.orgchart",
        "sales plan.orgchart",
    ]
