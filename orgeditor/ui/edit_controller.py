"""Edit menu behaviour: cut, copy, paste (positions with their subtrees), delete, select all."""

from __future__ import annotations

import atexit
import json
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication

from orgeditor.model.fragment import copy_subtrees
from orgeditor.ui.commands import PasteCommand, RemovePositionsCommand

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

POSITIONS_MIME = "application/x-orgeditor-positions"


class EditController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _selected(self) -> list[str]:
        return self.window.scene.selected_ids()

    def copy(self) -> bool:
        ids = self._selected()
        if not ids:
            return False
        chart = self.window.document.chart
        fragment = copy_subtrees(chart, ids)
        mime = QMimeData()
        mime.setData(POSITIONS_MIME, json.dumps(fragment).encode("utf-8"))
        # plain text for pasting into a mail or spreadsheet: one line per position, indented
        tops = {pid for pid in (r["id"] for r in fragment if r["manager"] is None)}
        depth: dict[str, int] = {}
        lines = []
        for record in fragment:
            depth[record["id"]] = 0 if record["id"] in tops else depth[record["manager"]] + 1
            label = record["name"] or "Vacant"
            lines.append("  " * depth[record["id"]] + f"{label}\t{record['title']}")
        mime.setText("\n".join(lines))
        QGuiApplication.clipboard().setMimeData(mime)
        _release_clipboard_at_exit()
        return True

    def cut(self) -> None:
        ids = self._selected()
        if ids and self.copy():
            self.window.document.undo_stack.push(
                RemovePositionsCommand(self.window.document.chart, ids, subtrees=True, text="Cut")
            )

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(POSITIONS_MIME):
            return
        try:
            fragment = json.loads(bytes(mime.data(POSITIONS_MIME)).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return
        selected = self._selected()
        manager = selected[0] if len(selected) == 1 else None
        command = PasteCommand(self.window.document.chart, fragment, manager)
        self.window.document.undo_stack.push(command)
        self.window.scene.select_ids(command.new_ids)

    def delete(self, with_reports: bool = False) -> None:
        ids = self._selected()
        if ids:
            self.window.document.undo_stack.push(
                RemovePositionsCommand(self.window.document.chart, ids, subtrees=with_reports)
            )

    def select_all(self) -> None:
        self.window.scene.select_ids(list(self.window.document.chart.position_ids()))


@cache
def _release_clipboard_at_exit() -> None:
    """Qt crashes at interpreter exit while the clipboard still holds mime data set from
    Python (seen with PySide6 6.11): give it up first, once, if it is still ours."""

    def release() -> None:
        app = QGuiApplication.instance()
        if app is not None:
            clipboard = QGuiApplication.clipboard()
            if clipboard.ownsClipboard() or clipboard.mimeData().hasFormat(POSITIONS_MIME):
                clipboard.clear()

    atexit.register(release)
