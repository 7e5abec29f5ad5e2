"""SIGINT (Ctrl+C in the terminal) and SIGTERM: unsaved charts go to the autosave folder, kept
for the next start's recovery offer, and the editor quits with 130 / 143 without asking."""

import logging
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from orgeditor.io import load_orgchart
from orgeditor.model import Position
from orgeditor.ui.app import run_app
from orgeditor.ui.commands import AddPositionCommand
from orgeditor.ui.main_window import main_windows
from orgeditor.ui.safety.autosave_store import AutosaveStore
from orgeditor.ui.safety.quit_signals import QuitSignals, exit_code

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGTERM") or sys.platform == "win32",
    reason="POSIX signals sent with os.kill",
)

HANG_GUARD_S = 30  # only against a hang: the child normally needs a second or two
EDITED_NAME = "Signal Edit"

# The editor as `orgeditor CHART` starts it; once the window shows, one edit through the undo
# stack ("edit") or none ("clean"), then "ready" on stdout. "offer": "ready" once the recovery
# offer is up, before any window shows.
CHILD = r"""
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from orgeditor.ui.app import run_app
from orgeditor.ui.commands import EditFieldsCommand
from orgeditor.ui.main_window import main_windows

chart_path, mode, NAME = sys.argv[1:4]
app = QApplication(sys.argv[:1])


def when_shown():
    if mode == "offer":
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "recoveryDialog":
            QTimer.singleShot(20, when_shown)
            return
        print("ready", flush=True)
        return
    windows = main_windows()
    if not windows or not windows[0].isVisible():
        QTimer.singleShot(20, when_shown)
        return
    document = windows[0].document
    if mode == "edit":
        root = document.chart.roots()[0]
        document.undo_stack.push(EditFieldsCommand(document.chart, {root: {"name": NAME}}))
        assert document.modified
    print("ready", flush=True)


QTimer.singleShot(0, when_shown)
sys.exit(run_app(chart_path))
"""


def autosave_folder(tmp_path: Path) -> Path:
    # run_app names the application and organisation "orgeditor"; AppDataLocation under
    # XDG_DATA_HOME is <data>/<organisation>/<application>
    return tmp_path / "data" / "orgeditor" / "orgeditor" / "autosave"


def start_child(tmp_path: Path, chart: Path, mode: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONUNBUFFERED": "1",
    }
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(chart), mode, EDITED_NAME],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )


def wait_for_line(stream, wanted: str) -> list[str]:
    """Lines read until `wanted` (a thread reads, so a silent child cannot hang the test)."""
    lines: queue.Queue = queue.Queue()

    def read():
        for line in stream:
            lines.put(line.rstrip("\n"))
            if line.strip() == wanted:
                return
        lines.put(None)  # closed

    threading.Thread(target=read, daemon=True).start()
    seen = []
    while True:
        line = lines.get(timeout=HANG_GUARD_S)
        if line is None:
            return seen
        seen.append(line)
        if line == wanted:
            return seen


@pytest.fixture
def run_editor(tmp_path, saved_chart):
    """Start the editor on saved_chart, wait for "ready", send a signal; gives (exit code,
    stdout, stderr). The child is killed at the end whatever happened."""
    children = []

    def run(signum: int, mode: str = "edit") -> tuple[int, list[str], str]:
        child = start_child(tmp_path, saved_chart, mode)
        children.append(child)
        out = wait_for_line(child.stdout, "ready")
        assert out[-1:] == ["ready"], (out, child.stderr.read() if child.poll() is not None else "")
        os.kill(child.pid, signum)
        code = child.wait(timeout=HANG_GUARD_S)
        rest = child.stdout.read()
        err = child.stderr.read()
        return code, out + rest.splitlines(), err

    yield run
    for child in children:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()


def recovered_names(tmp_path: Path) -> list[str]:
    """What the next start would offer back: the top position's name of each entry."""
    entries = AutosaveStore(autosave_folder(tmp_path)).recoverable()
    try:
        return [
            entry.load_chart().position(entry.load_chart().roots()[0]).name for entry in entries
        ]
    finally:
        for entry in entries:
            entry.release()


@pytest.mark.parametrize(
    ("signum", "expected"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["TERM", "INT"]
)
def test_signal_keeps_the_unsaved_edit_for_recovery(
    run_editor, tmp_path, saved_chart, signum, expected
):
    before = saved_chart.read_bytes()
    code, _out, err = run_editor(signum)

    assert code == expected, err
    assert "Traceback" not in err, err
    assert "kept for recovery" in err and saved_chart.name in err
    folder = autosave_folder(tmp_path)
    (chart_file,) = folder.glob("*.orgchart")
    chart = load_orgchart(chart_file)
    assert chart.position(chart.roots()[0]).name == EDITED_NAME
    assert (folder / f"{chart_file.stem}.json").exists()  # what the recovery offer shows
    assert recovered_names(tmp_path) == [EDITED_NAME]  # the next start offers it back
    assert saved_chart.read_bytes() == before  # the user's file is left as it was


def test_a_signal_during_the_recovery_offer_quits_and_keeps_it(run_editor, tmp_path):
    code, _out, err = run_editor(signal.SIGTERM)
    assert code == 143, err
    # the next start offers the edit; a signal then, before the main window even shows
    code, _out, err = run_editor(signal.SIGINT, mode="offer")
    assert code == 130, err
    assert "Traceback" not in err, err
    assert recovered_names(tmp_path) == [EDITED_NAME]  # still offered: nothing was decided


def test_unmodified_chart_quits_quietly(run_editor, tmp_path, saved_chart):
    code, _out, err = run_editor(signal.SIGTERM, mode="clean")
    assert code == 143
    assert "Traceback" not in err, err
    assert "recovery" not in err
    assert list(autosave_folder(tmp_path).glob("*.orgchart")) == []


# ----- in this process: the handler itself --------------------------------------------------


def modify(window, pid="sig1"):
    document = window.document
    document.undo_stack.push(
        AddPositionCommand(document.chart, Position(pid, "Siri Dahl", "SDR"), None)
    )


@pytest.fixture
def handler():
    """A QuitSignals whose quit only records the exit code; uninstalled at the end."""
    codes: list[int] = []
    made: list[QuitSignals] = []

    def make(savers):
        made.append(QuitSignals(savers, codes.append))
        assert made[-1].install()
        made[-1].codes = codes
        return made[-1]

    yield make
    for each in made:
        each.uninstall()


def test_install_and_uninstall_put_the_old_handlers_back(qtbot, handler):
    old = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    quitter = handler(list)
    assert signal.getsignal(signal.SIGTERM) == quitter._handle
    assert signal.getsignal(signal.SIGINT) == quitter._handle
    quitter.uninstall()
    assert {s: signal.getsignal(s) for s in old} == old
    previous_fd = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(previous_fd)
    assert previous_fd == -1  # the wakeup socket is gone again


def test_a_signal_saves_modified_windows_and_quits_once(qtbot, window, saved_chart, handler):
    assert window.open_path(saved_chart)
    modify(window)
    quitter = handler(lambda: [window])
    signal.raise_signal(signal.SIGTERM)  # handled: the test process lives on
    qtbot.waitUntil(lambda: quitter.codes == [exit_code(signal.SIGTERM)], timeout=5000)

    entry = window.autosaver.entry
    assert entry is not None and "sig1" in load_orgchart(entry.chart_path)
    assert window.document.modified  # nothing was closed or discarded

    signal.raise_signal(signal.SIGINT)  # a second Ctrl+C while quitting changes nothing
    qtbot.waitUntil(lambda: not quitter._arrived)
    assert quitter.codes == [143]


def test_an_unmodified_window_is_not_saved(qtbot, window, saved_chart, handler):
    assert window.open_path(saved_chart)
    quitter = handler(lambda: [window])
    signal.raise_signal(signal.SIGINT)
    qtbot.waitUntil(lambda: quitter.codes == [130], timeout=5000)
    assert window.autosaver.entry is None


def test_run_app_handles_the_signals_while_it_runs(qapp, monkeypatch, tmp_path, saved_chart):
    names = (QCoreApplication.applicationName(), QCoreApplication.organizationName())
    log_handlers = list(logging.getLogger("orgeditor").handlers)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    wanted = (signal.SIGINT, signal.SIGTERM)
    before = {s: signal.getsignal(s) for s in wanted}
    during = {}

    def event_loop(*_args):
        during.update({s: signal.getsignal(s) for s in wanted})
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    try:
        assert run_app(str(saved_chart)) == 0
    finally:
        QCoreApplication.setApplicationName(names[0])  # run_app names the app "orgeditor"
        QCoreApplication.setOrganizationName(names[1])
        for window in main_windows():
            window.close()
        root = logging.getLogger("orgeditor")
        for extra in [h for h in root.handlers if h not in log_handlers]:
            root.removeHandler(extra)
            extra.close()
    assert all(isinstance(getattr(h, "__self__", None), QuitSignals) for h in during.values())
    assert {s: signal.getsignal(s) for s in wanted} == before
