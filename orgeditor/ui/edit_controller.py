"""Edit menu behaviour: cut, copy, paste (positions with their subtrees), delete, select all,
and the keyboard ways to build: add a report or a position of a role, change roles, move under
another manager."""

from __future__ import annotations

import atexit
import json
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

from orgeditor.model import CycleError, catalogue
from orgeditor.model.fragment import copy_subtrees
from orgeditor.ui.commands import (
    EditFieldsCommand,
    PasteCommand,
    RemovePositionsCommand,
    push_reparent,
)
from orgeditor.ui.commands.new_seat import new_seat_command
from orgeditor.ui.dialogs.move_under import TOP_LEVEL, ask_new_manager
from orgeditor.ui.labels import role_text
from orgeditor.ui.role_menus import INFERRED

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
        vacant = self.tr("Vacant")
        for record in fragment:
            depth[record["id"]] = 0 if record["id"] in tops else depth[record["manager"]] + 1
            label = record["name"] or vacant
            lines.append("  " * depth[record["id"]] + f"{label}\t{record['title']}")
        mime.setText("\n".join(lines))
        QGuiApplication.clipboard().setMimeData(mime)
        _release_clipboard_at_exit()
        return True

    def cut(self) -> None:
        ids = self._selected()
        if ids and self.copy():
            self.window.document.undo_stack.push(
                RemovePositionsCommand(
                    self.window.document.chart, ids, subtrees=True, text=self.tr("Cut")
                )
            )

    def can_paste(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        return mime is not None and mime.hasFormat(POSITIONS_MIME)

    def paste(self) -> None:
        """Paste under the one selected card, or as new trees when not one is selected."""
        selected = self._selected()
        self.paste_under(selected[0] if len(selected) == 1 else None)

    def paste_under(self, manager: str | None) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(POSITIONS_MIME):
            return
        try:
            fragment = json.loads(bytes(mime.data(POSITIONS_MIME)).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return
        if manager is not None and manager not in self.window.document.chart:
            manager = None
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

    # ----- building from the keyboard and the context menus -----------------------------

    def current(self) -> str | None:
        """The card keyboard actions work on: the current one of the selection."""
        return self.window.view.current_id()

    def add_report(self, role: str) -> str | None:
        """A new seat of `role` under the current card (a new top position when nothing is
        selected), selected and with its name being typed."""
        return self.add_seat(role, self.current())

    def add_seat(
        self,
        role: str,
        manager: str | None,
        xy: tuple[float, float] | None = None,
        rename: bool = True,
    ) -> str | None:
        chart = self.window.document.chart
        if role not in catalogue().roles or (manager is not None and manager not in chart):
            return None
        command = new_seat_command(chart, role, manager, xy)
        self.window.document.undo_stack.push(command)
        pid = command.position.id
        self.window.scene.select_ids([pid])
        self.window.statusBar().showMessage(command.text(), 4000)
        if rename:
            # after the event that asked for it: a menu that is closing would take the focus
            # back from the name editor (and so end the typing before it starts)
            QTimer.singleShot(0, self, lambda: self._rename_new(pid))
        return pid

    def _rename_new(self, pid: str) -> None:
        if self.window.scene.selected_ids() == [pid]:
            self.window.view.edit_selected_name()

    def change_role(self, role: str) -> bool:
        """Give the selected positions `role` (INFERRED: let their titles decide again)."""
        chart = self.window.document.chart
        explicit = None if role == INFERRED else role
        ids = [p for p in self._selected() if chart.position(p).explicit_role != explicit]
        if not ids or (explicit is not None and explicit not in catalogue().roles):
            return False
        if explicit is None:
            text = self.tr("Role from title")
        else:
            text = self.tr("Make %1").replace("%1", role_text(explicit))
        values = {pid: {"explicit_role": explicit} for pid in ids}
        self.window.document.undo_stack.push(EditFieldsCommand(chart, values, text=text))
        return True

    def move_under(self) -> bool:
        """Ask for a new manager of the selected positions by name, and move them there."""
        chart = self.window.document.chart
        moving = self._tops(self._selected())
        if not moving:
            return False
        chosen = ask_new_manager(chart, moving, self.window)
        if chosen is None:
            return False
        return self.move_selection_under(None if chosen == TOP_LEVEL else chosen, moving)

    def move_selection_under(self, manager: str | None, moving: list[str] | None = None) -> bool:
        chart = self.window.document.chart
        moving = self._tops(self._selected()) if moving is None else moving
        moving = [pid for pid in moving if pid in chart and chart.manager_of(pid) != manager]
        if not moving or (manager is not None and manager not in chart):
            return False
        try:
            text = push_reparent(self.window.document.undo_stack, chart, moving, manager)
        except CycleError:
            refusal = self.tr("A position cannot report to its own reports.")
            self.window.statusBar().showMessage(refusal, 6000)
            return False
        self.window.statusBar().showMessage(text, 4000)
        return True

    def _tops(self, ids: list[str]) -> list[str]:
        """The selected positions not below another selected one (they move with it)."""
        chart = self.window.document.chart
        chosen = set(ids)
        return [p for p in ids if not any(m in chosen for m in chart.chain_of_command(p))]


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
