"""Recovery after a crash: a child orgeditor edits a chart, autosaves and is killed; the next
start offers the chart by file name and time and restores exactly what was autosaved."""

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from orgeditor.io import load_orgchart, save_orgchart
from orgeditor.model import Position, chart_state
from orgeditor.ui.commands import AddPositionCommand
from orgeditor.ui.dialogs.recovery_dialog import RecoveryDialog, describe_time
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.safety.autosave_store import AutosaveStore
from orgeditor.ui.safety.recovery import offer_recovery

HERE = Path(__file__).parent


def crash_after_autosave(chart: Path, tmp_path: Path) -> dict:
    """Run crash_child.py (edits, autosaves by timer, SIGKILLs itself); the state it saved."""
    expected = tmp_path / "expected.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            str(HERE / "crash_child.py"),
            str(chart),
            str(expected),
            QCoreApplication.applicationName(),
            QCoreApplication.organizationName(),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == -9, result.stderr  # killed, not a clean exit
    return json.loads(expected.read_text("utf-8"))


def orphan_entry(chart: Path) -> dict:
    """An autosave entry whose owner is gone (lock released), made in this process: quicker
    than a real crash for the tests of the offer's choices. The state it holds."""
    from datetime import UTC, datetime

    from orgeditor.io.file_stamp import FileStamp
    from orgeditor.ui.safety.autosave_store import AutosaveInfo

    edited = load_orgchart(chart)
    edited.add_position(Position("crash1", "Kari Nordmann", "SDR"), edited.roots()[0])
    state = chart_state(edited)
    entry = AutosaveStore().new_entry()
    info = AutosaveInfo(chart.name, chart, datetime.now(UTC), len(edited), FileStamp.of(chart))
    entry.write(state, info)
    entry.release()
    return state


def answer(choice, untick=()):
    def run(dialog: RecoveryDialog) -> None:
        run.texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        for row in untick:
            dialog.list.item(row).setCheckState(Qt.CheckState.Unchecked)
        {
            RecoveryDialog.RECOVER: dialog.recover_button,
            RecoveryDialog.DISCARD: dialog.discard_button,
        }.get(choice, dialog).click() if choice != RecoveryDialog.LATER else dialog.reject()

    return run


def new_window_factory(qtbot, made):
    def make():
        window = MainWindow()
        qtbot.addWidget(window)
        made.append(window)
        return window

    return make


def test_recovery_after_a_crash_restores_the_last_autosave(qtbot, window, saved_chart, tmp_path):
    expected = crash_after_autosave(saved_chart, tmp_path)
    assert "crash1" in [p["id"] for p in expected["positions"]]
    store = AutosaveStore()
    ask = answer(RecoveryDialog.RECOVER)
    recovered = offer_recovery(store, window, new_window_factory(qtbot, []), ask)

    assert recovered == [window]
    (text,) = ask.texts
    assert "sales plan.orgchart" in text and "autosaved today at" in text
    assert str(saved_chart) in text
    document = window.document
    assert chart_state(document.chart) == expected
    assert document.chart.position("crash1").name == "Kari Nordmann"
    assert document.modified and window.isWindowModified()
    assert document.path == saved_chart  # Save goes back to the file it came from
    assert "sales plan.orgchart" in window.windowTitle()

    # the file itself was never touched by the crash; saving now writes the recovered chart
    assert "crash1" not in load_orgchart(saved_chart)
    assert window.files.save()
    assert chart_state(load_orgchart(saved_chart)) == expected
    assert store.recoverable() == []  # saved: the autosave is gone


def test_recovered_entry_survives_a_second_crash_until_saved(qtbot, window, saved_chart, tmp_path):
    crash_after_autosave(saved_chart, tmp_path)
    store = AutosaveStore()
    offer_recovery(store, window, new_window_factory(qtbot, []), answer(RecoveryDialog.RECOVER))
    entry = window.autosaver.entry
    assert entry is not None and entry.chart_path.exists()  # adopted, not deleted
    assert store.recoverable() == []  # held by this running window, not offered twice


def test_decide_later_keeps_the_entry_for_the_next_start(qtbot, window, saved_chart, tmp_path):
    orphan_entry(saved_chart)
    store = AutosaveStore()
    before = chart_state(window.document.chart)
    assert offer_recovery(store, window, None, answer(RecoveryDialog.LATER)) == []
    assert chart_state(window.document.chart) == before
    again = store.recoverable()
    assert len(again) == 1
    again[0].release()


def test_discard_deletes_the_entry(qtbot, window, saved_chart, tmp_path):
    orphan_entry(saved_chart)
    store = AutosaveStore()
    assert offer_recovery(store, window, None, answer(RecoveryDialog.DISCARD)) == []
    assert store.recoverable() == []
    assert not list(store.folder.glob("*.orgchart"))


def test_several_entries_open_in_their_own_windows(qtbot, window, saved_chart, tmp_path):
    second = saved_chart.with_name("second.orgchart")
    second.write_bytes(saved_chart.read_bytes())
    orphan_entry(saved_chart)
    orphan_entry(second)
    made = []
    recovered = offer_recovery(
        AutosaveStore(), window, new_window_factory(qtbot, made), answer(RecoveryDialog.RECOVER)
    )
    assert recovered == [window, *made] and len(made) == 1
    assert {w.document.path.name for w in recovered} == {"sales plan.orgchart", "second.orgchart"}
    for w in recovered:
        assert "crash1" in w.document.chart
        w.document.undo_stack.setClean()


def test_unticked_entry_stays_for_later(qtbot, window, saved_chart, tmp_path):
    orphan_entry(saved_chart)
    store = AutosaveStore()
    ask = answer(RecoveryDialog.RECOVER, untick=[0])
    offer_recovery(store, window, None, ask)
    assert not window.document.modified
    left = store.recoverable()
    assert len(left) == 1
    left[0].release()


def test_entries_of_a_running_editor_are_not_offered(qtbot, window, saved_chart):
    assert window.open_path(saved_chart)
    root = window.document.chart.roots()[0]
    window.document.undo_stack.push(
        AddPositionCommand(window.document.chart, Position("x", "X", "SDR"), root)
    )
    assert window.autosaver.save_now() is not None
    assert AutosaveStore().recoverable() == []  # this window is alive and owns it


def test_damaged_autosave_is_reported_not_fatal(qtbot, window, tmp_path, monkeypatch):
    store = AutosaveStore()
    store.folder.mkdir(parents=True, exist_ok=True)
    (store.folder / "broken.orgchart").write_text("{ not json", "utf-8")
    shown = []
    monkeypatch.setattr(
        "orgeditor.ui.safety.recovery.QMessageBox.warning",
        lambda parent, title, text: shown.append(text),
    )
    before = chart_state(window.document.chart)
    assert offer_recovery(store, window, None, answer(RecoveryDialog.RECOVER)) == []
    assert "broken.orgchart" in shown[0] and "not valid JSON" in shown[0]
    assert chart_state(window.document.chart) == before
    assert (store.folder / "broken.orgchart").exists()  # kept: maybe repairable by hand


def test_describe_time_reads_naturally():
    from datetime import datetime, timedelta

    now = datetime(2026, 11, 27, 15, 0).astimezone()
    assert describe_time(now.replace(hour=14, minute=5), now) == "today at 14:05"
    assert describe_time(now - timedelta(days=1), now) == "yesterday at 15:00"
    assert describe_time(now - timedelta(days=24), now) == "3 Nov 2026 at 15:00"


def test_recovered_chart_keeps_the_on_disk_check(qtbot, window, saved_chart, tmp_path):
    from support.message_boxes import click_when_shown

    crash_after_autosave(saved_chart, tmp_path)
    offer_recovery(AutosaveStore(), window, None, answer(RecoveryDialog.RECOVER))
    assert not window.document.changed_on_disk()  # the file is as it was when opened

    other = load_orgchart(saved_chart)
    other.add_position(Position("theirs", "Theirs", "SDR"))
    save_orgchart(other, saved_chart)  # someone changed it while we were down
    assert window.document.changed_on_disk()
    seen = []
    click_when_shown("Cancel", seen)
    assert not window.files.save()
    assert seen[0][0] == "changedOnDiskQuestion"


def test_recovered_chart_whose_file_is_open_elsewhere_asks_before_saving(
    qtbot, window, saved_chart, lock_holder
):
    from support.message_boxes import click_when_shown

    orphan_entry(saved_chart)
    lock_holder(saved_chart)  # another orgeditor opened the file since
    offer_recovery(AutosaveStore(), window, None, answer(RecoveryDialog.RECOVER))
    assert window.document.lock is None
    before = saved_chart.read_bytes()
    seen = []
    click_when_shown("Cancel", seen)
    assert not window.files.save()
    assert seen[0][0] == "openElsewhereQuestion"
    assert saved_chart.read_bytes() == before


def test_damaged_second_entry_opens_no_empty_window(qtbot, window, saved_chart, monkeypatch):
    orphan_entry(saved_chart)
    store = AutosaveStore()
    (store.folder / "broken.orgchart").write_text("{ not json", "utf-8")
    monkeypatch.setattr("orgeditor.ui.safety.recovery.QMessageBox.warning", lambda *a: None)
    made = []
    recovered = offer_recovery(
        store, window, new_window_factory(qtbot, made), answer(RecoveryDialog.RECOVER)
    )
    assert recovered == [window] and made == []
    window.document.undo_stack.setClean()
