"""Run as a child process by test_recovery.py: edit a chart, let autosave write it, then die
by SIGKILL as a crash would. Prints nothing; writes the edited chart's state for comparison.

    python crash_child.py CHART EXPECTED_JSON APP_NAME ORGANISATION_NAME
(XDG_DATA_HOME comes from the test; with the test's application names the autosave folder
is the one the test looks in.)
"""

import json
import os
import signal
import sys
import time

from PySide6.QtWidgets import QApplication

from orgeditor.model import Position, chart_state
from orgeditor.ui.commands import AddPositionCommand, EditFieldsCommand
from orgeditor.ui.main_window import MainWindow


def main() -> None:
    chart_path, expected_path, app_name, organisation = sys.argv[1:5]
    app = QApplication([])
    app.setApplicationName(app_name)
    app.setOrganizationName(organisation)
    window = MainWindow()
    assert window.open_path(chart_path)
    document = window.document
    root = document.chart.roots()[0]
    document.undo_stack.push(
        AddPositionCommand(document.chart, Position("crash1", "Kari Nordmann", "SDR"), root)
    )
    document.undo_stack.push(EditFieldsCommand(document.chart, {root: {"name": "Ola Hansen"}}))
    window.autosaver.set_interval(1)  # the real timer, not a direct call
    deadline = 200
    while window.autosaver.entry is None or not window.autosaver.entry.info_path.exists():
        app.processEvents()
        deadline -= 1
        if deadline == 0:
            sys.exit(3)  # no autosave within 10 s: the test reports it
        time.sleep(0.05)
    window.autosaver.wait()
    with open(expected_path, "w", encoding="utf-8") as stream:
        json.dump(chart_state(document.chart), stream)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main()
