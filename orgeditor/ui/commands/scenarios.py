"""Scenario edits as undo steps: add a copy, rename, delete, show another (model/scenarios.py).

Showing another scenario is an undo step too: the history is one line through the scenarios,
so an undo never changes a chart that is not shown. Consecutive switches merge into one step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from orgeditor.model.scenarios import copy_chart

if TYPE_CHECKING:
    from orgeditor.ui.document import Document

SHOW_ID = 7301  # mergeWith: switches in a row are one step


class CopyScenarioCommand(QUndoCommand):
    """A new scenario copying `source` (positions keep their ids), placed after it and shown."""

    def __init__(self, document: Document, source: str, name: str) -> None:
        super().__init__(QCoreApplication.translate("ScenarioCommands", "New Scenario"))
        self.document = document
        self.name = name
        self.chart = copy_chart(document.scenarios.chart(source))
        self.index = document.scenarios.index(source) + 1
        self.shown_before = document.scenarios.current

    def redo(self) -> None:
        self.document.scenarios.add(self.name, self.chart, self.index)
        self.document.show_scenario(self.name)

    def undo(self) -> None:
        self.document.scenarios.remove(self.name)
        self.document.show_scenario(self.shown_before)


class RenameScenarioCommand(QUndoCommand):
    def __init__(self, document: Document, old: str, new: str) -> None:
        super().__init__(QCoreApplication.translate("ScenarioCommands", "Rename Scenario"))
        self.document, self.old, self.new = document, old, new

    def redo(self) -> None:
        self.document.scenarios.rename(self.old, self.new)
        self.document.show_scenario(self.document.scenarios.current)

    def undo(self) -> None:
        self.document.scenarios.rename(self.new, self.old)
        self.document.show_scenario(self.document.scenarios.current)


class DeleteScenarioCommand(QUndoCommand):
    """Take a scenario out (never the last); undo puts it back where it was, shown as before."""

    def __init__(self, document: Document, name: str) -> None:
        super().__init__(QCoreApplication.translate("ScenarioCommands", "Delete Scenario"))
        self.document = document
        self.name = name
        self.index = document.scenarios.index(name)
        self.chart = document.scenarios.chart(name)
        self.shown_before = document.scenarios.current

    def redo(self) -> None:
        self.document.scenarios.remove(self.name)
        self.document.show_scenario(self.document.scenarios.current)

    def undo(self) -> None:
        self.document.scenarios.add(self.name, self.chart, self.index)
        self.document.show_scenario(self.shown_before)


class ShowScenarioCommand(QUndoCommand):
    def __init__(self, document: Document, name: str) -> None:
        super().__init__(QCoreApplication.translate("ScenarioCommands", "Show Scenario"))
        self.document = document
        self.shown_before = document.scenarios.current
        self.name = name

    def id(self) -> int:
        return SHOW_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ShowScenarioCommand) or other.document is not self.document:
            return False
        self.name = other.name
        if self.name == self.shown_before:
            self.setObsolete(True)  # back where it started: no step at all
        return True

    def redo(self) -> None:
        self.document.show_scenario(self.name)

    def undo(self) -> None:
        self.document.show_scenario(self.shown_before)
