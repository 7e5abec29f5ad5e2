"""Help menu dialogs: keyboard shortcuts and about."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from orgeditor import __version__

SHORTCUTS = [
    ("Ctrl+N / Ctrl+O / Ctrl+S", "New, open, save"),
    ("Ctrl+Z", "Undo"),
    ("Ctrl+Shift+Z or Ctrl+Y", "Redo"),
    ("Ctrl+X / Ctrl+C / Ctrl+V", "Cut, copy, paste positions with their reports"),
    ("Delete", "Delete the selected positions (their reports move up)"),
    ("Ctrl+Delete", "Delete the selected positions with their reports"),
    ("F2", "Rename the selected position"),
    ("Ctrl+F", "Find by name or title"),
    ("Arrow keys", "Go to manager (Up), first report (Down), siblings (Left/Right)"),
    ("Ctrl+A", "Select all"),
    ("Ctrl++ / Ctrl+- / Ctrl+0", "Zoom in, zoom out, fit the chart"),
    ("Ctrl+L", "Auto layout"),
    ("- / +", "Collapse, expand the selected branch (or click the marker under a card)"),
    ("Ctrl+Shift+E", "Expand all folded branches"),
    ("Ctrl+Shift+F / Ctrl+Shift+W", "Focus on the selected branch, show the whole chart"),
    ("Mouse wheel", "Zoom"),
    ("Middle button drag, or Space + drag", "Pan"),
    ("Drag on empty canvas", "Select several cards"),
    ("Drag a card onto another", "Make it (and its team) report there"),
]


def shortcuts_html() -> str:
    rows = "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in SHORTCUTS)
    return f"<table cellspacing='6'>{rows}</table>"


def show_shortcuts(parent: QWidget) -> None:
    QMessageBox.information(parent, parent.tr("Keyboard shortcuts"), shortcuts_html())


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        parent.tr("About orgeditor"),
        parent.tr(
            "<b>orgeditor %1</b><p>An org chart editor for sales organisations: build assembly "
            "line, pod or island structures and check them live against sales-organisation "
            "best practice.</p>"
        ).replace("%1", __version__),
    )
