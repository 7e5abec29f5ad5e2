"""Starts the editor: one QApplication with the application icon, the crash handler, the
handlers of Ctrl+C and SIGTERM, recovery of unsaved work, and the main window (more windows
when several charts are recovered).

Two environment variables serve the start-up benchmark (benchmarks/bench_bundle_start.py) and
the standalone build's tests: ORGEDITOR_READY_FILE names a file that gets the time (seconds
since the epoch) once the first window is painted and the event loop is idle;
ORGEDITOR_QUIT_AFTER_MS quits that many milliseconds later.
"""

from __future__ import annotations

import os
import sys
import time
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, QStandardPaths, QTimer
from PySide6.QtGui import QIcon, QWindow
from PySide6.QtWidgets import QApplication, QWidget

READY_FILE_VARIABLE = "ORGEDITOR_READY_FILE"
QUIT_AFTER_VARIABLE = "ORGEDITOR_QUIT_AFTER_MS"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the PNGs beside the SVG


def application_icon() -> QIcon:
    """orgeditor's icon (resources/icons/app): the PNGs drawn for each size, the SVG above."""
    folder = resources.files("orgeditor.resources") / "icons" / "app"
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"orgeditor-{size}.png"), QSize(size, size))
    icon.addFile(str(folder / "orgeditor.svg"))
    return icon


def run_app(path: str | None = None) -> int:
    from orgeditor.ui.interface_scale import apply_before_start

    apply_before_start()  # Qt scales an application only from its start
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("orgeditor")
    app.setOrganizationName("orgeditor")
    app.setApplicationDisplayName("orgeditor")
    # Wayland and the task bars find the icon and the desktop entry by this name
    app.setDesktopFileName("orgeditor")
    app.setWindowIcon(application_icon())
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
    _report = StartupReport.from_environment(windows[0])  # a child of the window
    try:
        return app.exec()
    finally:
        signals.uninstall()
        handler.uninstall()


class StartupReport(QObject):
    """Says when the window is usable: after its first expose (the widgets paint during it)
    and the events queued behind it, writes the time to `ready_file` and quits after
    `quit_after_ms` if given."""

    def __init__(self, window: QWidget, ready_file: str, quit_after_ms: int | None) -> None:
        super().__init__(window)
        self.ready_file = ready_file
        self.quit_after_ms = quit_after_ms
        self._handle: QWindow | None = window.windowHandle()
        if self._handle is not None and self._handle.isExposed():
            QTimer.singleShot(0, self._ready)
        elif self._handle is not None:
            self._handle.installEventFilter(self)
        else:
            QTimer.singleShot(0, self._ready)

    @classmethod
    def from_environment(cls, window: QWidget) -> StartupReport | None:
        ready_file = os.environ.get(READY_FILE_VARIABLE, "")
        quit_after = os.environ.get(QUIT_AFTER_VARIABLE, "")
        if not ready_file and not quit_after:
            return None
        return cls(window, ready_file, int(quit_after) if quit_after.isdigit() else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handle = self._handle
        if event.type() == QEvent.Type.Expose and watched is handle and handle.isExposed():
            handle.removeEventFilter(self)
            QTimer.singleShot(0, self._ready)  # after the paint and what queued behind it
        return False

    def _ready(self) -> None:
        if self.ready_file:
            Path(self.ready_file).write_text(f"{time.time():.6f}\n", "utf-8")
        if self.quit_after_ms is not None:
            QTimer.singleShot(self.quit_after_ms, QApplication.quit)
