"""Starts the editor: one QApplication, the crash handler, the handlers of Ctrl+C and SIGTERM,
recovery of unsaved work, and the main window (more windows when several charts are
recovered)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication


def run_app(path: str | None = None) -> int:
    from orgeditor.ui.interface_scale import apply_before_start

    apply_before_start()  # Qt scales an application only from its start
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("orgeditor")
    app.setOrganizationName("orgeditor")
    app.setApplicationDisplayName("orgeditor")
    from orgeditor.ui.language import install_translators

    install_translators(app)  # before any widget: the interface language (ui/language.py)

    from orgeditor.ui.main_window import MainWindow, main_windows
    from orgeditor.ui.safety.autosave_store import AutosaveStore
    from orgeditor.ui.safety.crash_handler import CrashHandler, setup_log
    from orgeditor.ui.safety.quit_signals import install_quit_signals
    from orgeditor.ui.safety.recovery import offer_recovery

    data = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    handler = CrashHandler(main_windows, setup_log(data))
    handler.install()
    # Ctrl+C and SIGTERM: save for recovery and quit, as the crash handler's Quit does
    signals = install_quit_signals(main_windows)

    store = AutosaveStore()
    windows = [MainWindow(store)]

    def another_window() -> MainWindow:
        window = MainWindow(store)
        windows.append(window)  # keep it alive
        return window

    recovered = offer_recovery(store, windows[0], another_window)
    if path:
        wanted = Path(path).absolute()
        if not any(w.document.path == wanted for w in recovered):  # else it is already shown
            target = windows[0] if windows[0] not in recovered else another_window()
            target.open_path(path)
    # nothing named and nothing recovered: the window shows its start page (the models, the
    # built-in examples, the recent files)
    for window in windows:
        window.show()
    try:
        return app.exec()
    finally:
        signals.uninstall()
        handler.uninstall()
