"""Opening a chart that another running orgeditor has open warns; a lock left by a process
that died is stale and taken over without a word."""

import os
import signal

from message_boxes import click_when_shown

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
    monkeypatch.setattr(FileController, "_confirm_open_elsewhere", lambda *a, **k: 1 / 0)
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


def test_read_only_folder_opens_without_a_lock(qtbot, window, saved_chart):
    folder = saved_chart.parent
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):  # running as root: permissions do not bind
            lock = FileLock(saved_chart)
            assert lock.acquire() is None
            lock.release()
            return
        assert window.open_path(saved_chart)
        assert window.document.path == saved_chart
        assert not lock_path(saved_chart).exists()
    finally:
        folder.chmod(0o700)
