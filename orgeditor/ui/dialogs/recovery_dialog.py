"""The offer at start-up to recover charts an earlier orgeditor left unsaved (a crash)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgeditor.ui.safety.autosave_store import AutosaveEntry, AutosaveInfo, AutosaveStore


def describe_time(moment: datetime, now: datetime | None = None) -> str:
    """'today at 14:05', 'yesterday at 09:30' or '3 Nov 2026 at 17:12', in local time."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).date()
    clock = local.strftime("%H:%M")
    days = (today - local.date()).days
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"yesterday at {clock}"
    return f"{local.day} {local.strftime('%b %Y')} at {clock}"


def describe_entry(info: AutosaveInfo) -> str:
    where = str(info.source_path) if info.source_path else "not saved to a file yet"
    count = f"{info.positions} position" + ("" if info.positions == 1 else "s")
    return f"{info.name} — autosaved {describe_time(info.saved_at)}, {count}\n{where}"


class RecoveryDialog(QDialog):
    """Lists the entries, all ticked. Recover opens the ticked ones; Discard deletes them;
    Later keeps them all for the next start."""

    RECOVER, DISCARD, LATER = 1, 2, 0

    def __init__(
        self, store: AutosaveStore, entries: list[AutosaveEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover unsaved charts"))
        self.entries = entries
        self.choice = self.LATER
        intro = QLabel(
            self.tr(
                "orgeditor did not close properly last time. These charts had changes that "
                "were not saved:"
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("recoveryList")
        self.list.setSpacing(4)
        for entry in entries:
            item = QListWidgetItem(describe_entry(store.entry_info(entry)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        self.recover_button = QPushButton(self.tr("Recover"))
        self.discard_button = QPushButton(self.tr("Discard"))
        later = QPushButton(self.tr("Decide Later"))
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(lambda: self._finish(self.RECOVER))
        self.discard_button.clicked.connect(lambda: self._finish(self.DISCARD))
        later.clicked.connect(self.reject)
        self.list.itemChanged.connect(self._update_buttons)

        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.list, 1)
        hint = QLabel(
            self.tr("Recovered charts open with their changes unsaved; save them to keep them.")
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        column.addWidget(buttons)
        self.resize(620, 160 + 48 * min(len(entries), 6))

    def chosen(self) -> list[AutosaveEntry]:
        """The ticked entries."""
        return [
            entry
            for row, entry in enumerate(self.entries)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _finish(self, choice: int) -> None:
        self.choice = choice
        self.accept()

    def _update_buttons(self) -> None:
        any_ticked = bool(self.chosen())
        self.recover_button.setEnabled(any_ticked)
        self.discard_button.setEnabled(any_ticked)
