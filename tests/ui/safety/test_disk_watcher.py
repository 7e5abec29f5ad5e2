"""A change another program makes to the open file shows a bar with Reload; our own saves and
touches do not."""

import os

from orgeditor.io import load_orgchart, save_orgchart
from orgeditor.model import Position, chart_state
from orgeditor.ui.commands import AddPositionCommand


def change_elsewhere(path, pid="theirs"):
    theirs = load_orgchart(path)
    theirs.add_position(Position(pid, "Theirs", "SDR"))
    save_orgchart(theirs, path)  # an atomic replace, as most programs save
    return theirs


def test_change_by_another_program_offers_reload(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    bar = window.disk_change_bar
    theirs = change_elsewhere(saved_chart)
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert "sales plan.orgchart was changed by another program" in bar.label.text()
    bar.reload_button.click()
    assert chart_state(window.document.chart) == chart_state(theirs)
    assert not bar.isVisible()
    assert not window.document.modified

    # the watcher follows the replaced file: a second change is noticed too
    change_elsewhere(saved_chart, "again")
    qtbot.waitUntil(bar.isVisible, timeout=5000)


def test_keep_this_version_hides_the_bar_and_saving_still_asks(qtbot, window, saved_chart):
    from support.message_boxes import click_when_shown

    assert window.open_path(saved_chart)
    window.document.undo_stack.push(
        AddPositionCommand(window.document.chart, Position("mine", "Mine", "SDR"), None)
    )
    change_elsewhere(saved_chart)
    bar = window.disk_change_bar
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert "Reloading discards your unsaved changes" in bar.label.text()
    bar.keep_button.click()
    assert not bar.isVisible()
    assert "mine" in window.document.chart
    seen = []
    click_when_shown("Cancel", seen)
    assert not window.files.save()
    assert seen[0][0] == "changedOnDiskQuestion"


def test_own_saves_and_touches_stay_quiet(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    window.document.undo_stack.push(
        AddPositionCommand(window.document.chart, Position("mine", "Mine", "SDR"), None)
    )
    assert window.files.save()
    stat = saved_chart.stat()
    # the save and the touch reach the watcher together: one look at the file after both
    with qtbot.waitSignal(window.disk_watcher.checked, timeout=5000):
        os.utime(saved_chart, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert not window.disk_change_bar.isVisible()


def test_reload_with_unsaved_changes_asks_first(qtbot, window, saved_chart, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    assert window.open_path(saved_chart)
    window.document.undo_stack.push(
        AddPositionCommand(window.document.chart, Position("mine", "Mine", "SDR"), None)
    )
    change_elsewhere(saved_chart)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    assert not window.reload_from_disk()
    assert "mine" in window.document.chart
    assert window.reload_from_disk()
    assert "theirs" in window.document.chart and "mine" not in window.document.chart


def test_changes_after_our_own_save_are_still_noticed(qtbot, window, saved_chart):
    # our save replaces the file (a new inode): the watcher must follow it
    assert window.open_path(saved_chart)
    window.document.undo_stack.push(
        AddPositionCommand(window.document.chart, Position("mine", "Mine", "SDR"), None)
    )
    with qtbot.waitSignal(window.disk_watcher.checked, timeout=5000):
        assert window.files.save()
    change_elsewhere(saved_chart)
    qtbot.waitUntil(window.disk_change_bar.isVisible, timeout=5000)


def test_bar_goes_when_the_file_is_in_step_again(qtbot, window, saved_chart):
    from support.message_boxes import click_when_shown

    assert window.open_path(saved_chart)
    bar = window.disk_change_bar
    change_elsewhere(saved_chart)
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    click_when_shown("Overwrite", [])
    assert window.files.save()  # ours is on disk now: nothing left to say
    assert not bar.isVisible()

    change_elsewhere(saved_chart, "again")
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert window.save_path(saved_chart.with_name("copy.orgchart"))  # Save As elsewhere
    assert not bar.isVisible()


def test_file_deleted_and_written_again_later_is_noticed(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    content = saved_chart.read_bytes()
    with qtbot.waitSignal(window.disk_watcher.checked, timeout=5000):
        saved_chart.unlink()  # the watcher looks while the file is gone
    assert not window.disk_change_bar.isVisible()
    with qtbot.waitSignal(window.disk_watcher.checked, timeout=5000):
        saved_chart.write_bytes(content)  # the same bytes back: still in step
    assert not window.disk_change_bar.isVisible()
    change_elsewhere(saved_chart)
    qtbot.waitUntil(window.disk_change_bar.isVisible, timeout=5000)


def test_same_content_as_an_earlier_change_is_reported_again(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    bar = window.disk_change_bar
    change_elsewhere(saved_chart)
    version_a = saved_chart.read_bytes()
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    bar.reload_button.click()
    window.document.undo_stack.push(
        AddPositionCommand(window.document.chart, Position("mine", "Mine", "SDR"), None)
    )
    assert window.files.save()
    saved_chart.write_bytes(version_a)  # the other program writes its version again
    qtbot.waitUntil(bar.isVisible, timeout=5000)
