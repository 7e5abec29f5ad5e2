"""The offer at start-up to recover charts an earlier orgeditor left unsaved (a crash)."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

# month names written out for lupdate: strftime's follow the C locale, not the interface
_MONTHS = (
    QT_TRANSLATE_NOOP("RecoveryDialog", "Jan"),
    QT_TRANSLATE_NOOP("RecoveryDialog", "Feb"),
    QT_TRANSLATE_NOOP("RecoveryDialog", "Mar"),
    QT_TRANSLATE_NOOP("RecoveryDialog", "Apr"),
    QT_TRANSLATE_NOOP("RecoveryDialog", "May"),
    QT_TRANSLATE_NOOP("RecoveryDialog", "Jun"),
    QT_TRANSLATE_NOOP("RecoveryDialog", "Jul"),
    QT_TRANSLATE_NOOP("RecoveryDialog", "Aug"),
    QT_TRANSLATE_NOOP("RecoveryDialog", "Sep"),
    QT_TRANSLATE_NOOP("RecoveryDialog", "Oct"),
    QT_TRANSLATE_NOOP("RecoveryDialog", "Nov"),
    QT_TRANSLATE_NOOP("RecoveryDialog", "Dec"),
)


def describe_time(moment: datetime, now: datetime | None = None) -> str:
    """'today at 14:05', 'yesterday at 09:30' or '3 Nov 2026 at 17:12', in local time."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).date()
    clock = local.strftime("%H:%M")
    days = (today - local.date()).days
    if days == 0:
        return QCoreApplication.translate("RecoveryDialog", "today at %1").replace("%1", clock)
    if days == 1:
        return QCoreApplication.translate("RecoveryDialog", "yesterday at %1").replace("%1", clock)
    text = QCoreApplication.translate("RecoveryDialog", "%1 %2 %3 at %4", "day month year")
    month = QCoreApplication.translate("RecoveryDialog", _MONTHS[local.month - 1])
    values = {"%1": str(local.day), "%2": month}
    values |= {"%3": str(local.year), "%4": clock}
    return re.sub(r"%[1-4]", lambda m: values[m.group(0)], text)


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
        self.list.setAccessibleName(self.tr("Unsaved charts"))
        for entry in entries:
            item = QListWidgetItem(self.describe_entry(store.entry_info(entry)))
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

    def describe_entry(self, info: AutosaveInfo) -> str:
        """'plan — autosaved today at 14:05, 12 positions' and the file on the next line."""
        unsaved = self.tr("not saved to a file yet")
        where = str(info.source_path) if info.source_path else unsaved
        # self.tr, not translate(): lupdate marks only tr() with a counted n as plural
        text = self.tr("%1 — autosaved %2, %n position(s)", "", info.positions)
        values = {"%1": info.name, "%2": describe_time(info.saved_at)}
        return re.sub(r"%[12]", lambda m: values[m.group(0)], text) + "\n" + where

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
