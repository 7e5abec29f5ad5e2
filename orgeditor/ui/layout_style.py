"""View ▸ Layout ▸ Compact / Wide: the chart's layout style (settings.layout), one undo step.

Compact stacks leaf reports and wraps teams into rows towards a screen's shape; wide puts every
manager's reports side by side (docs/ARCHITECTURE.md, "Layout"). The choice is saved in the
chart; choosing a style lays every card out in it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from orgeditor.model import Change, ChangeKind
from orgeditor.ui.commands import SettingsCommand
from orgeditor.ui.document import Document


class LayoutStyleActions(QObject):
    def __init__(self, document: Document, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.compact = self._action(
            "compact",
            self.tr("&Compact"),
            self.tr("Stack each manager's individual contributors and wrap wide teams into rows"),
        )
        self.wide = self._action(
            "wide",
            self.tr("&Wide"),
            self.tr("Every manager's reports side by side in one row (the classic tree)"),
        )
        document.chartReplaced.connect(self.sync)
        document.chartChanged.connect(self._changed)
        self.sync()

    def _action(self, style: str, text: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setStatusTip(tip)
        action.setData(style)
        action.triggered.connect(lambda _checked=False: self.choose(style))
        self.group.addAction(action)
        return action

    def add_to(self, menu: QMenu) -> QMenu:
        layout_menu = menu.addMenu(self.tr("&Layout"))
        layout_menu.addActions([self.compact, self.wide])
        return layout_menu

    def choose(self, style: str) -> None:
        chart = self.document.chart
        if chart.settings.layout != style:
            text = self.tr("Compact layout") if style == "compact" else self.tr("Wide layout")
            self.document.undo_stack.push(SettingsCommand(chart, text, layout=style))
        self.sync()

    def sync(self) -> None:
        style = self.document.chart.settings.layout
        for action in (self.compact, self.wide):
            action.setChecked(action.data() == style)

    def _changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.SETTINGS_CHANGED, ChangeKind.RESET):
            self.sync()
