"""Opening a chart that another running orgeditor has open warns; a lock left by a process
that died is stale and taken over without a word."""

import os
import signal

import pytest
from PySide6.QtCore import QLockFile
from support.message_boxes import click_when_shown

from orgeditor.model import chart_state
from orgeditor.ui.file_controller import FileController
from orgeditor.ui.safety.file_lock import FileLock, lock_path


def test_open_takes_the_lock_and_close_releases_it(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    assert lock_path(saved_chart).exists()
    holder = FileLock(saved_chart).acquire()
    assert holder is not None and holder.pid == os.getpid()  # held: by this process
    window.document.undo_stack.setClean()
    window.close()
    assert not lock_path(saved_chart).exists()


def test_opening_another_chart_releases_the_first_lock(qtbot, window, saved_chart):
    other = saved_chart.with_name("other.orgchart")
    other.write_bytes(saved_chart.read_bytes())
    assert window.open_path(saved_chart)
    assert window.open_path(other)
    assert not lock_path(saved_chart).exists() and lock_path(other).exists()


def test_file_open_elsewhere_warns_and_cancel_keeps_the_document(
    qtbot, window, saved_chart, lock_holder
):
    child = lock_holder(saved_chart)
    before = chart_state(window.document.chart)
    seen = []
    click_when_shown("Cancel", seen)
    assert not window.open_path(saved_chart)
    (name, text, detail) = seen[0]
    assert name == "openElsewhereQuestion"
    assert "sales plan.orgchart is open in another orgeditor" in text
    assert f"process {child.pid}" in detail
    assert chart_state(window.document.chart) == before
    assert window.document.path is None


def test_open_anyway_opens_without_taking_the_lock(qtbot, window, saved_chart, lock_holder):
    child = lock_holder(saved_chart)
    click_when_shown("Open Anyway", [])
    assert window.open_path(saved_chart)
    assert window.document.path == saved_chart
    assert window.document.lock is None
    holder = FileLock(saved_chart).acquire()
    assert holder is not None and holder.pid == child.pid  # still theirs


def test_stale_lock_of_a_dead_process_is_taken_over(
    qtbot, window, saved_chart, lock_holder, monkeypatch
):
    child = lock_holder(saved_chart)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert lock_path(saved_chart).exists()  # left behind by the kill
    monkeypatch.setattr(FileController, "_ask_open_elsewhere", lambda *a, **k: 1 / 0)
    assert window.open_path(saved_chart)  # no question asked
    assert window.document.lock is not None and window.document.lock.held


def test_save_as_onto_a_file_open_elsewhere_asks(qtbot, window, saved_chart, lock_holder):
    lock_holder(saved_chart)
    bytes_before = saved_chart.read_bytes()
    seen = []
    click_when_shown("Cancel", seen)
    assert not window.save_path(saved_chart)
    assert seen[0][0] == "openElsewhereQuestion"
    assert saved_chart.read_bytes() == bytes_before


@pytest.mark.fault_injection  # QLockFile answers as in a read-only folder
def test_folder_that_cannot_hold_a_lock_opens_without_one(qtbot, window, saved_chart, monkeypatch):
    # what a read-only folder gives (simulated: permissions do not bind when tests run as root)
    monkeypatch.setattr(QLockFile, "tryLock", lambda self, timeout=0: False)
    monkeypatch.setattr(QLockFile, "error", lambda self: QLockFile.LockError.PermissionError)
    monkeypatch.setattr(FileController, "_ask_open_elsewhere", lambda *a, **k: 1 / 0)
    assert window.open_path(saved_chart)
    assert window.document.path == saved_chart
    assert window.document.lock is None
    assert not lock_path(saved_chart).exists()


def test_unreadable_lock_is_described_not_hidden(qtbot, window, saved_chart):
    lock_path(saved_chart).mkdir()  # something at the lock's place we cannot read
    seen = []
    click_when_shown("Cancel", seen)
    assert not window.open_path(saved_chart)
    assert "a program orgeditor cannot identify" in seen[0][2]


def test_reopening_the_same_file_keeps_our_lock(qtbot, window, saved_chart, monkeypatch):
    monkeypatch.setattr(FileController, "_ask_open_elsewhere", lambda *a, **k: 1 / 0)
    assert window.open_path(saved_chart)
    lock = window.document.lock
    assert window.open_path(saved_chart)  # File > Open on it again, to revert
    assert window.document.lock is lock and lock.held


def test_second_window_of_this_process_is_named_as_such(qtbot, window, saved_chart):
    from orgeditor.ui.main_window import MainWindow

    assert window.open_path(saved_chart)
    other = MainWindow()
    qtbot.addWidget(other)
    seen = []
    click_when_shown("Cancel", seen)
    assert not other.open_path(saved_chart)
    assert "open in another window of this orgeditor" in seen[0][1]


def test_lock_from_another_computer_can_be_taken_over(qtbot, window, saved_chart):
    # what a crashed orgeditor on another machine leaves on a shared drive: never stale here
    lock_path(saved_chart).write_text("4242\norgeditor\nlaptop-of-kari\n")
    seen = []
    click_when_shown("Take Over (laptop-of-kari no longer has it open)", seen)
    assert window.open_path(saved_chart)
    assert "process 4242 on laptop-of-kari" in seen[0][2]
    assert window.document.lock is not None and window.document.lock.held
    holder = FileLock(saved_chart).acquire()
    assert holder is not None and holder.pid == os.getpid()


def test_saving_a_chart_opened_anyway_asks_again(qtbot, window, saved_chart, lock_holder):
    lock_holder(saved_chart)
    click_when_shown("Open Anyway", [])
    assert window.open_path(saved_chart)
    window.document.undo_stack.resetClean()
    before = saved_chart.read_bytes()
    seen = []
    click_when_shown("Cancel", seen)
    assert not window.files.save()
    assert seen[0][0] == "openElsewhereQuestion"
    assert saved_chart.read_bytes() == before
