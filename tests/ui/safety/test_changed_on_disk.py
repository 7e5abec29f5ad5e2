"""Saving over a file that someone else changed since we opened it asks first."""

import os

from support.message_boxes import click_when_shown

from orgeditor.io import load_orgchart, save_orgchart
from orgeditor.io.file_stamp import FileStamp
from orgeditor.model import Position, chart_state
from orgeditor.ui.commands import AddPositionCommand
from orgeditor.ui.file_controller import FileController


def edit(window):
    document = window.document
    document.undo_stack.push(
        AddPositionCommand(document.chart, Position("mine", "Mine", "SDR"), None)
    )


def change_elsewhere(path):
    theirs = load_orgchart(path)
    theirs.add_position(Position("theirs", "Theirs", "SDR"))
    save_orgchart(theirs, path)
    return path.read_bytes()


def test_cancel_keeps_their_file(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    edit(window)
    theirs = change_elsewhere(saved_chart)
    seen = []
    click_when_shown("Cancel", seen)
    assert not window.files.save()
    name, text, _detail = seen[0]
    assert name == "changedOnDiskQuestion"
    assert "sales plan.orgchart was changed by another program" in text
    assert saved_chart.read_bytes() == theirs
    assert window.document.modified


def test_overwrite_saves_ours_and_asks_no_more(qtbot, window, saved_chart, monkeypatch):
    assert window.open_path(saved_chart)
    edit(window)
    change_elsewhere(saved_chart)
    click_when_shown("Overwrite", [])
    assert window.files.save()
    assert chart_state(load_orgchart(saved_chart)) == chart_state(window.document.chart)
    edit_again = window.document
    edit_again.undo_stack.push(
        AddPositionCommand(edit_again.chart, Position("mine2", "Mine 2", "SDR"), None)
    )
    never_ask(monkeypatch)
    assert window.files.save()  # our own save does not count as someone else's change


def never_ask(monkeypatch):
    def fail(self, path):
        raise AssertionError(f"asked about {path}")

    monkeypatch.setattr(FileController, "_ask_overwrite_changed", fail)


def test_touch_without_changing_bytes_does_not_ask(qtbot, window, saved_chart, monkeypatch):
    never_ask(monkeypatch)
    assert window.open_path(saved_chart)
    edit(window)
    stat = saved_chart.stat()
    os.utime(saved_chart, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert window.files.save()


def test_deleted_file_is_simply_saved_again(qtbot, window, saved_chart, monkeypatch):
    never_ask(monkeypatch)
    assert window.open_path(saved_chart)
    edit(window)
    saved_chart.unlink()
    assert window.files.save()
    assert "mine" in load_orgchart(saved_chart)


def test_file_stamp_tells_content_changes_from_touches(tmp_path):
    path = tmp_path / "a.orgchart"
    path.write_bytes(b"one")
    stamp = FileStamp.of(path)
    assert stamp is not None and stamp.matches(path)
    os.utime(path, ns=(0, stamp.mtime_ns + 10**9))
    assert stamp.matches(path)  # same bytes
    path.write_bytes(b"two")  # same size, other bytes
    os.utime(path, ns=(0, stamp.mtime_ns + 2 * 10**9))
    assert not stamp.matches(path)
    assert FileStamp.from_json(stamp.to_json()) == stamp
    assert FileStamp.from_json({"size": "x"}) is None
    assert FileStamp.of(tmp_path / "missing") is None


def test_replacement_that_keeps_the_modification_time_is_noticed(tmp_path):
    # what `cp -p` or a sync client does: other bytes, same size, the old modification time
    path = tmp_path / "a.orgchart"
    path.write_bytes(b"ours")
    stamp = FileStamp.of(path)
    replacement = tmp_path / "b.orgchart"
    replacement.write_bytes(b"them")
    os.utime(replacement, ns=(stamp.mtime_ns, stamp.mtime_ns))
    os.replace(replacement, path)
    assert os.stat(path).st_mtime_ns == stamp.mtime_ns
    assert not stamp.matches(path)
