"""Undo commands for dotted (matrix) reporting lines: add one, remove some.

A dotted line goes from a (dotted) manager to a report. It never changes the solid line
(manager_of) and never counts towards spans.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from orgeditor.model import Chart


class AddDottedLineCommand(QUndoCommand):
    def __init__(self, chart: Chart, manager_id: str, report_id: str, text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("DottedCommands", "Add dotted line"))
        self.chart, self.manager_id, self.report_id = chart, manager_id, report_id
        self._added = False

    def redo(self) -> None:
        chart = self.chart
        existed = (self.manager_id, self.report_id) in set(chart.dotted_lines())
        chart.add_dotted_line(self.manager_id, self.report_id)
        self._added = not existed

    def undo(self) -> None:
        if self._added:
            self.chart.remove_dotted_line(self.manager_id, self.report_id)


class RemoveDottedLineCommand(QUndoCommand):
    """Remove one or more dotted lines, given as (manager, report) pairs, in one step."""

    def __init__(
        self, chart: Chart, lines: Iterable[tuple[str, str]] | tuple[str, str], text: str = ""
    ) -> None:
        if isinstance(lines, tuple) and len(lines) == 2 and isinstance(lines[0], str):
            lines = [lines]  # type: ignore[list-item]
        self.lines: list[tuple[str, str]] = list(dict.fromkeys(lines))  # type: ignore[arg-type]
        count = len(self.lines)
        super().__init__(
            text
            or (
                QCoreApplication.translate("DottedCommands", "Remove dotted line")
                if count == 1
                else QCoreApplication.translate("DottedCommands", "Remove %1 dotted lines").replace(
                    "%1", str(count)
                )
            )
        )
        self.chart = chart
        self._removed: list[tuple[str, str]] = []

    def redo(self) -> None:
        present = set(self.chart.dotted_lines())
        self._removed = [line for line in self.lines if line in present]
        for manager, report in self._removed:
            self.chart.remove_dotted_line(manager, report)

    def undo(self) -> None:
        for manager, report in reversed(self._removed):
            self.chart.add_dotted_line(manager, report)


def dotted_lines_of(chart: Chart, position_ids: Iterable[str]) -> list[tuple[str, str]]:
    """Every dotted line that starts or ends at one of these positions, (manager, report)."""
    lines: dict[tuple[str, str], None] = {}
    for pid in position_ids:
        for manager in chart.dotted_managers_of(pid):
            lines[(manager, pid)] = None
        for report in chart.dotted_reports_of(pid):
            lines[(pid, report)] = None
    return list(lines)
