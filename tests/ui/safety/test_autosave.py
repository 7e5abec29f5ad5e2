"""Autosave: a modified document is written to the autosave folder on a timer, and the entry
goes as soon as the work is safe in its file (saved, undone to the saved state, clean close)."""

import json
import os

import pytest

from orgeditor.io import ChartFileError, load_orgchart
from orgeditor.model import Position, chart_state
from orgeditor.ui.commands import AddPositionCommand
from orgeditor.ui.safety.autosave_store import AutosaveStore


def add_seller(document, pid="new1"):
    root = document.chart.roots()[0]
    document.undo_stack.push(
        AddPositionCommand(document.chart, Position(pid, "Nina Berg", "Account Executive"), root)
    )


def entry_files(folder):
    return sorted(p.name.rsplit(".", 1)[1] for p in folder.glob("*") if p.is_file())


def test_timer_writes_modified_document_with_its_description(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    autosaver = window.autosaver
    assert autosaver.interval_seconds == 30  # the default setting
    add_seller(window.document)
    autosaver.set_interval(1)
    qtbot.waitUntil(lambda: autosaver.entry is not None, timeout=5000)
    autosaver.wait()
    qtbot.waitUntil(lambda: autosaver.entry.info_path.exists(), timeout=5000)

    entry = autosaver.entry
    assert chart_state(load_orgchart(entry.chart_path)) == chart_state(window.document.chart)
    info = json.loads(entry.info_path.read_text("utf-8"))
    assert info["name"] == "sales plan.orgchart"
    assert info["source_path"] == str(saved_chart)
    assert info["positions"] == len(window.document.chart)
    assert info["stamp"]["sha256"]  # what the file held when opened, for the on-disk check
    assert entry.folder == AutosaveStore().folder  # the application data folder
    assert str(entry.folder).startswith(os.environ["XDG_DATA_HOME"])


def test_nothing_written_for_unmodified_document(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    window.autosaver.autosave()
    assert window.autosaver.save_now() is None
    assert window.autosaver.entry is None
    assert not AutosaveStore().folder.exists() or not list(AutosaveStore().folder.iterdir())


def test_later_edits_overwrite_the_same_entry(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    add_seller(window.document, "a1")
    first = window.autosaver.save_now()
    add_seller(window.document, "a2")
    second = window.autosaver.save_now()
    assert first == second
    assert "a2" in load_orgchart(second)
    assert entry_files(second.parent) == ["json", "lock", "orgchart"]


def test_save_removes_the_autosave(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    add_seller(window.document)
    path = window.autosaver.save_now()
    assert path.exists()
    assert window.files.save()
    assert not path.exists() and not path.with_suffix(".json").exists()
    assert window.autosaver.entry is None


def test_undo_back_to_saved_state_removes_the_autosave(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    add_seller(window.document)
    path = window.autosaver.save_now()
    window.document.undo_stack.undo()
    assert not window.document.modified
    assert not path.exists()


def test_clean_close_leaves_nothing_to_recover(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    add_seller(window.document)
    path = window.autosaver.save_now()
    window.document.undo_stack.setClean()  # as if the user saved when asked
    window.close()
    assert not path.exists()
    assert AutosaveStore().recoverable() == []


def test_interval_zero_turns_autosave_off(qtbot, window):
    window.autosaver.set_interval(0)
    assert window.autosaver.interval_seconds == 0
    assert not window.autosaver._timer.isActive()
    window.autosaver.set_interval(45)
    assert window.autosaver._timer.isActive() and window.autosaver._timer.interval() == 45_000


def test_failed_autosave_is_reported_and_retried(qtbot, window, saved_chart, tmp_path):
    blocked = tmp_path / "not a folder"
    blocked.write_text("a file where the autosave folder should be")
    window.autosaver.store = AutosaveStore(blocked / "autosave")
    assert window.open_path(saved_chart)
    add_seller(window.document)
    with (
        qtbot.waitSignal(window.autosaver.failed, timeout=3000) as failure,
        pytest.raises(ChartFileError, match="autosave folder"),
    ):
        window.autosaver.save_now()  # the crash handler must hear that it failed
    assert "autosave folder" in failure.args[0]
    assert "Autosave failed" in window.statusBar().currentMessage()
    assert window.document.modified  # the work is still there, and the next tick tries again

    window.autosaver.store = AutosaveStore(tmp_path / "good")
    assert window.autosaver.save_now() is not None


def test_background_write_does_not_block_and_completes(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    add_seller(window.document)
    with qtbot.waitSignal(window.autosaver.saved, timeout=5000) as saved:
        window.autosaver.autosave()  # what the timer does: the write runs on a worker thread
    assert "new1" in load_orgchart(saved.args[0])


def test_autosave_waits_for_a_drag_to_end(qtbot, window, saved_chart):
    from PySide6.QtCore import QPoint, Qt

    assert window.open_path(saved_chart)
    add_seller(window.document)
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    window.autosaver.autosave()
    assert window.autosaver.entry is None  # not while the button is down
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: window.autosaver.entry is not None, timeout=3000)


def test_closing_with_discard_leaves_nothing_and_nothing_comes_back(
    qtbot, window, saved_chart, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from orgeditor.ui.main_window import main_windows

    assert window.open_path(saved_chart)
    add_seller(window.document)
    path = window.autosaver.save_now()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()
    assert window.document.modified  # the user threw the changes away, the window kept them
    assert not path.exists()
    assert AutosaveStore().recoverable() == []
    # nothing may write the thrown-away chart again: not the crash handler, not the
    # preferences restarting timers, not a late timer
    assert window not in main_windows()
    assert window.autosaver.save_now() is None
    window.autosaver.set_interval(1)  # what Edit > Preferences does to every window
    assert window.autosaver.interval_seconds == 0
    window.autosaver._dirty = True
    window.autosaver.autosave()
    assert window.autosaver.entry is None
    assert not list(AutosaveStore().folder.glob("*.orgchart"))
