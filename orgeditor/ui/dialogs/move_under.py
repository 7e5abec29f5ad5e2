"""Move Under…: the keyboard way to reparent. Type part of a name or title, pick the new
manager from the filtered list (arrows, Enter). Positions that would make a cycle (the moved
ones and their reports) are not offered."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Chart, display_label, full_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TOP_LEVEL = ""  # the entry "no manager": the positions become tops of their own trees


def manager_choices(chart: Chart, moving: list[str]) -> list[str]:
    """Every position the moving ones may report to, in chart order."""
    refused = set(moving)
    for pid in moving:
        refused.update(chart.descendants(pid))
    return [pid for pid in chart.position_ids() if pid not in refused]


class MoveUnderDialog(QDialog):
    def __init__(self, chart: Chart, moving: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveUnderDialog")
        self.setWindowTitle(self.tr("Move Under"))
        self.resize(460, 420)
        who = display_label(chart, moving[0])
        if len(moving) > 1:
            who = self.tr("%n position(s)", "", len(moving))
        prompt = QLabel(self.tr("New manager of %1:").replace("%1", who), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("moveUnderSearch")
        self.search.setPlaceholderText(self.tr("Type a name or title…"))
        self.search.setClearButtonEnabled(True)
        prompt.setBuddy(self.search)  # screen readers name the box by the prompt
        self.model = QStandardItemModel(self)
        top = QStandardItem(self.tr("(No manager: top of its own tree)"))
        top.setData(TOP_LEVEL, ID_ROLE)
        self.model.appendRow(top)
        current = {chart.manager_of(pid) for pid in moving}
        for pid in manager_choices(chart, moving):
            item = QStandardItem(full_label(chart, pid))
            item.setData(pid, ID_ROLE)
            item.setToolTip(pid)
            if pid in current:
                item.setText(item.text() + self.tr("  (current)"))
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setObjectName("moveUnderList")
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)  # thousands of rows: no per-row size hints
        self.list.setAccessibleName(self.tr("Possible managers"))
        self.list.activated.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(prompt)
        column.addWidget(self.search)
        column.addWidget(self.list, 1)
        column.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self._filter("")
        self.search.setFocus()  # type the name at once

    def chosen(self) -> str | None:
        """The picked manager's id, TOP_LEVEL for no manager, None if nothing is picked."""
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return str(index.data(ID_ROLE))

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        # Enter takes the first match; with nothing typed, the first position (not "no manager")
        row = 1 if not text.strip() and self.proxy.rowCount() > 1 else 0
        index = self.proxy.index(min(row, self.proxy.rowCount() - 1), 0)
        self.list.setCurrentIndex(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # arrows in the search box walk the list, so the keyboard never has to leave the box
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                self.list.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)


def ask_new_manager(chart: Chart, moving: list[str], parent: QWidget | None) -> str | None:
    """Show the dialog; the chosen manager's id, TOP_LEVEL, or None if cancelled."""
    dialog = MoveUnderDialog(chart, moving, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
    finally:
        dialog.deleteLater()
