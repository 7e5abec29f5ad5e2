"""Start-up recovery: offer what a crashed orgeditor left in the autosave folder."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from orgeditor.io import ChartFileError
from orgeditor.model.scenarios import Scenarios
from orgeditor.ui.dialogs.recovery_dialog import RecoveryDialog
from orgeditor.ui.safety.autosave_store import AutosaveEntry, AutosaveStore

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow


def offer_recovery(
    store: AutosaveStore,
    first: MainWindow,
    new_window: Callable[[], MainWindow],
    ask: Callable[[RecoveryDialog], None] | None = None,
) -> list[MainWindow]:
    """Ask about every recoverable entry; the windows now showing a recovered chart.

    The first chosen chart goes into `first`, any others into windows from `new_window`.
    `ask` runs the dialog (exec by default; tests answer it themselves).
    """
    entries = store.recoverable()
    if not entries:
        return []
    dialog = RecoveryDialog(store, entries, first)
    (ask or (lambda d: d.exec()))(dialog)
    chosen = dialog.chosen() if dialog.choice != RecoveryDialog.LATER else []
    for entry in entries:
        if entry not in chosen:
            entry.release()  # offered again at the next start
    if dialog.choice == RecoveryDialog.DISCARD:
        for entry in chosen:
            entry.remove()
        return []
    windows: list[MainWindow] = []
    for entry in chosen:
        chart = _load(first, entry)
        if chart is None:
            continue  # damaged: said so; no empty window for it
        window = first if not windows else new_window()
        window.recover(entry, chart)
        windows.append(window)
    return windows


def _load(parent: MainWindow, entry: AutosaveEntry) -> Scenarios | None:
    try:
        return entry.load_scenarios()
    except ChartFileError as error:  # a damaged autosave: say so, keep it for another try
        entry.release()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Recovery", "Could not recover"),
            QCoreApplication.translate("Recovery", "%1 could not be recovered: %2")
            .replace("%2", str(error))
            .replace("%1", str(entry.chart_path)),
        )
        return None
