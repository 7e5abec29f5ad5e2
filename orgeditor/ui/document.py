"""A document: one chart, its undo stack and its file state (path, unsaved changes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from orgeditor.io import read_chart, save_orgchart
from orgeditor.model import Change, Chart


class Document(QObject):
    chartReplaced = Signal()  # a different Chart object: listeners re-subscribe
    chartChanged = Signal(object)  # a Change from the model
    fileStateChanged = Signal()  # path or unsaved marker

    def __init__(self, chart: Chart | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.path: Path | None = None
        self.chart = chart or Chart()
        self.chart.subscribe(self._relay)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.chart.settings.name or "Untitled"

    def replace_chart(self, chart: Chart, path: Path | None, clean: bool = True) -> None:
        """A new chart (open, new, import): the undo history belongs to the old one."""
        self.chart.unsubscribe(self._relay)
        self.chart = chart
        self.chart.subscribe(self._relay)
        self.undo_stack.clear()
        self.path = path
        if clean:
            self.undo_stack.setClean()  # clear() keeps a reset clean state: set it again
        else:
            # an imported file is not yet saved as .orgchart: mark it modified
            self.undo_stack.resetClean()
        self.chartReplaced.emit()
        self.fileStateChanged.emit()

    def open(self, path: Path) -> list:
        """Read a file into this document. Raises ChartFileError; the document is then unchanged."""
        chart, problems = read_chart(path)
        native = path.suffix.lower() == ".orgchart"
        if not native and not chart.settings.name:
            chart.settings.name = path.stem  # the title names the imported file
        self.replace_chart(chart, path if native else None, clean=native)
        return problems

    def save(self, path: Path) -> None:
        """Save as .orgchart. The undo history stays: saving is not an edit."""
        save_orgchart(self.chart, path)
        self.path = path
        self.undo_stack.setClean()
        self.fileStateChanged.emit()

    def _clean_changed(self, _clean: bool) -> None:
        self.fileStateChanged.emit()

    def _relay(self, change: Change) -> None:
        self.chartChanged.emit(change)
