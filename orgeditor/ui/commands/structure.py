"""Undo commands that add many positions at once (paste) or reset hand placements (layout)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from orgeditor.model import Chart, remembered_role
from orgeditor.model.fragment import instantiate


class PasteCommand(QUndoCommand):
    def __init__(self, chart: Chart, fragment: list[dict[str, Any]], manager: str | None) -> None:
        if manager is not None:
            chart.position(manager)  # refuse now: a half-done redo would stay on the stack
        self.items = instantiate(fragment, chart)  # values the chart would refuse are dropped
        for position, _ in self.items:  # titles given a role in the role review keep it
            if position.explicit_role is None:
                position.explicit_role = remembered_role(chart, position.title)
        count = len(self.items)
        if count == 1:
            text = QCoreApplication.translate("StructureCommands", "Paste position")
        else:
            text = QCoreApplication.translate("StructureCommands", "Paste %1 positions")
            text = text.replace("%1", str(count))
        super().__init__(text)
        self.chart, self.manager = chart, manager

    @property
    def new_ids(self) -> list[str]:
        return [position.id for position, _ in self.items]

    def redo(self) -> None:
        for position, manager in self.items:
            self.chart.add_position(position.copy(), manager or self.manager)

    def undo(self) -> None:
        for position, _ in reversed(self.items):
            self.chart.remove_position(position.id)


class AutoLayoutCommand(QUndoCommand):
    """Forget every hand placement, so the tidy layout places all cards again."""

    def __init__(self, chart: Chart) -> None:
        super().__init__(QCoreApplication.translate("StructureCommands", "Auto layout"))
        self.chart = chart
        self.old = {p.id: p.xy for p in chart.positions() if p.xy is not None}
        self.old_setting = chart.settings.auto_layout

    def redo(self) -> None:
        with self.chart.quiet():
            for pid in self.old:
                self.chart.update_position(pid, xy=None)
            self.chart.update_settings(auto_layout=True)

    def undo(self) -> None:
        with self.chart.quiet():
            for pid, xy in self.old.items():
                self.chart.update_position(pid, xy=xy)
            self.chart.update_settings(auto_layout=self.old_setting)


class SettingsCommand(QUndoCommand):
    def __init__(self, chart: Chart, text: str, **values: object) -> None:
        super().__init__(text)
        self.chart, self.values = chart, values
        self.old: dict[str, object] = {}

    def redo(self) -> None:
        self.old = self.chart.update_settings(**self.values)

    def undo(self) -> None:
        if self.old:
            self.chart.update_settings(**self.old)
