"""Starts the editor: one QApplication, one main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def run_app(path: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("orgeditor")
    app.setOrganizationName("orgeditor")
    app.setApplicationDisplayName("orgeditor")

    from orgeditor.ui.main_window import MainWindow

    window = MainWindow()
    if path:
        window.open_path(path)
    else:
        window.show_example()
    window.show()
    return app.exec()
