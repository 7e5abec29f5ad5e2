"""An uncaught exception in the GUI: logged, every modified document saved for recovery, and
the user told; the editor never loses work silently."""

import logging
import sys

import pytest
from PySide6.QtCore import QTimer

from orgeditor.io import load_orgchart
from orgeditor.model import Position
from orgeditor.ui.commands import AddPositionCommand
from orgeditor.ui.safety.autosave_store import AutosaveStore
from orgeditor.ui.safety.crash_handler import CrashHandler, setup_log


def modify(window, pid="lost1"):
    document = window.document
    document.undo_stack.push(
        AddPositionCommand(document.chart, Position(pid, "Siri Dahl", "SDR"), None)
    )


class Recorder:
    def __init__(self, quit_answer=False):
        self.calls = []
        self.quit_answer = quit_answer
        self.quits = 0

    def ask(self, summary, details):
        self.calls.append((summary, details))
        return self.quit_answer

    def quit(self):
        self.quits += 1


@pytest.fixture
def log_file(tmp_path):
    path = setup_log(tmp_path / "logs")
    yield path
    root = logging.getLogger("orgeditor")
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()


def raise_and_handle(handler):
    try:
        {}["no such key"]
    except KeyError:
        handler.handle(*sys.exc_info())


def test_handler_logs_saves_modified_documents_and_tells_the_user(
    qtbot, window, saved_chart, log_file
):
    assert window.open_path(saved_chart)
    modify(window)
    recorder = Recorder()
    handler = CrashHandler(lambda: [window], log_file, recorder.ask, recorder.quit)
    raise_and_handle(handler)

    entry = window.autosaver.entry
    assert entry is not None and "lost1" in load_orgchart(entry.chart_path)
    ((summary, details),) = recorder.calls
    assert "KeyError" in summary and "sales plan.orgchart" in summary
    assert "saved for recovery" in summary and str(log_file) in summary
    assert "Traceback" in details and "raise_and_handle" in details
    assert "Traceback" in log_file.read_text("utf-8")
    assert recorder.quits == 0  # the user chose to carry on
    assert window.document.modified  # still unsaved in the window, as it was


def test_quit_leaves_the_emergency_save_for_the_next_start(qtbot, window, saved_chart, log_file):
    assert window.open_path(saved_chart)
    modify(window)
    recorder = Recorder(quit_answer=True)
    raise_and_handle(CrashHandler(lambda: [window], log_file, recorder.ask, recorder.quit))
    assert recorder.quits == 1
    window.autosaver.entry.release()  # what the process's end does to the lock
    (entry,) = AutosaveStore().recoverable()
    assert "lost1" in entry.load_chart()
    entry.release()


def test_unmodified_documents_are_not_saved(qtbot, window, saved_chart, log_file):
    assert window.open_path(saved_chart)
    recorder = Recorder()
    raise_and_handle(CrashHandler(lambda: [window], log_file, recorder.ask, recorder.quit))
    assert window.autosaver.entry is None
    assert "no unsaved changes" in recorder.calls[0][0]


def test_a_window_that_fails_to_save_does_not_stop_the_others(qtbot, window, log_file):
    class Broken:
        def emergency_name(self):
            return "broken.orgchart"

        def emergency_save(self):
            raise RuntimeError("disk on fire")

    modify(window)
    recorder = Recorder()
    handler = CrashHandler(lambda: [Broken(), window], log_file, recorder.ask, recorder.quit)
    raise_and_handle(handler)
    summary = recorder.calls[0][0]
    assert "Could not save a recovery copy of broken.orgchart" in summary
    assert window.autosaver.entry is not None
    assert "disk on fire" in log_file.read_text("utf-8")


def test_exception_while_the_dialog_is_up_is_only_logged(qtbot, window, log_file):
    handler = None

    def ask(summary, details):
        raise_and_handle(handler)  # a paint error behind the dialog, say
        calls.append(summary)
        return False

    calls = []
    handler = CrashHandler(lambda: [window], log_file, ask, lambda: None)
    raise_and_handle(handler)
    assert len(calls) == 1
    assert log_file.read_text("utf-8").count("uncaught exception") == 2


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_qt_slot_reaches_the_installed_handler(qtbot, window, saved_chart, log_file):
    assert window.open_path(saved_chart)
    modify(window, "slot1")
    recorder = Recorder()
    handler = CrashHandler(lambda: [window], log_file, recorder.ask, recorder.quit)
    handler.install()
    try:
        QTimer.singleShot(0, lambda: 1 / 0)
        qtbot.waitUntil(lambda: bool(recorder.calls), timeout=3000)
    finally:
        handler.uninstall()
    assert "ZeroDivisionError" in recorder.calls[0][0]
    assert "slot1" in load_orgchart(window.autosaver.entry.chart_path)
    assert sys.excepthook is not handler.handle


def test_failed_emergency_save_is_not_called_no_changes(qtbot, window, tmp_path, log_file):
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    window.autosaver.store = AutosaveStore(blocked / "autosave")
    modify(window)
    recorder = Recorder()
    raise_and_handle(CrashHandler(lambda: [window], log_file, recorder.ask, recorder.quit))
    summary = recorder.calls[0][0]
    assert "Could not save a recovery copy of Untitled" in summary
    assert "no unsaved changes" not in summary


def test_exception_whose_text_fails_still_reaches_the_user(qtbot, window, log_file):
    class UnprintableError(Exception):
        def __str__(self):
            raise RuntimeError("no text")

    modify(window)
    recorder = Recorder()
    handler = CrashHandler(lambda: [window], log_file, recorder.ask, recorder.quit)
    try:
        raise UnprintableError()
    except UnprintableError:
        handler.handle(*sys.exc_info())
    assert "UnprintableError" in recorder.calls[0][0]
    assert window.autosaver.entry is not None


def test_no_log_claimed_where_none_can_be_written(tmp_path):
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    assert setup_log(blocked / "logs") is None
