"""Edit ▸ Review Roles… and the review offered after an import: shows the role review and
pushes its choices as one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from orgeditor.model import title_rows
from orgeditor.ui.commands import SetTitleRolesCommand
from orgeditor.ui.dialogs.role_review import RoleReviewDialog

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow


class RoleReviewController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: RoleReviewDialog | None = None  # the one shown, if any

    def show(self, modal: bool = True) -> RoleReviewDialog:
        """Show the review (never blocking: the caller returns at once). Modal from the menu;
        not after an import, so the chart can be looked at beside it."""
        if self.dialog is not None:
            self.dialog.close()  # one review at a time: the old one's rows may be stale
        dialog = RoleReviewDialog(self.window.document.chart, self.window)
        dialog.accepted.connect(lambda: self._apply(dialog))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        if modal:
            dialog.open()
        else:
            dialog.show()
        return dialog

    def offer_after_import(self) -> RoleReviewDialog | None:
        """After an import: the review when a title's role is uncertain, else a word in the
        status bar."""
        rows = title_rows(self.window.document.chart)
        if any(row.uncertain for row in rows):
            return self.show(modal=False)
        if rows:
            text = self.tr(
                "Roles read from %n title(s), none uncertain: Edit ▸ Review Roles… to check them",
                "",
                len(rows),
            )
            self.window.statusBar().showMessage(text, 8000)
        return None

    def _apply(self, dialog: RoleReviewDialog) -> None:
        choices = dialog.choices()
        chart = self.window.document.chart
        if choices and dialog.chart is chart:  # a chart replaced meanwhile is gone with it
            self.window.document.undo_stack.push(SetTitleRolesCommand(chart, choices))

    def _forget(self, dialog: RoleReviewDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
