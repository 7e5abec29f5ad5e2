"""A document: the scenarios of one file (model/scenarios.py: named charts, one shown, which
is `chart`), its undo stack and its file state (path, unsaved changes, what the file looked
like when we last read or wrote it, and the lock that tells other orgeditors).

Showing another scenario replaces `chart` the way opening a file does (chartReplaced: every
view and panel follows), but keeps the undo history: the scenario commands are undo steps
(ui/commands/scenarios.py), so undo always walks back through the scenario an edit was made in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from orgeditor.io import MAX_POSITIONS, load_scenarios, read_chart, save_scenarios
from orgeditor.io.bulk import collector_paused
from orgeditor.io.file_stamp import FileStamp
from orgeditor.model import Change, ChangeKind, Chart, adopt_title_roles
from orgeditor.model.scenarios import Scenarios
from orgeditor.ui.safety.file_lock import FileLock


class Document(QObject):
    chartReplaced = Signal()  # a different Chart object: listeners re-subscribe
    # another file or chart altogether (open, new, import, recovery), not a scenario shown:
    # what belonged to the old document (its autosave, a note about its file) goes
    documentReplaced = Signal()
    scenariosChanged = Signal()  # a scenario added, removed, renamed or shown
    chartChanged = Signal(object)  # a Change from the model
    fileStateChanged = Signal()  # path or unsaved marker
    # folded branches or focus changed (chart.view): what is shown, not a fact, so it is not
    # a chartChanged (no re-check, no unsaved marker); the next save writes it
    viewChanged = Signal()

    def __init__(self, chart: Chart | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        # ~QUndoStack clears itself and signals every listener while the window is already half
        # gone; silence it as soon as the document starts to go (no traceback at exit)
        stack = self.undo_stack
        self.destroyed.connect(lambda *_: stack.blockSignals(True))
        self.path: Path | None = None
        self.disk_stamp: FileStamp | None = None  # the file's bytes as we last read/wrote them
        self.lock: FileLock | None = None
        self.chart = chart or Chart()
        self.chart.subscribe(self._relay)
        self.scenarios = Scenarios(self.chart)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.chart.settings.name or self.tr("Untitled")

    def replace_chart(
        self,
        chart: Chart | Scenarios,
        path: Path | None,
        clean: bool = True,
        stamp: FileStamp | None = None,
        lock: FileLock | None = None,
    ) -> None:
        """A new chart, or scenarios (open, new, import, recovery): the undo history belongs to
        the old ones. `stamp` is what `path` held when the chart was read; `lock` is path's
        lock if held."""
        # the scene, the layout and the checks build hundreds of thousands of long-lived
        # objects and no garbage cycles: the cyclic collector would rescan them again and again
        with collector_paused():
            self._replace_chart(chart, path, clean, stamp, lock)

    def _replace_chart(
        self,
        chart: Chart | Scenarios,
        path: Path | None,
        clean: bool,
        stamp: FileStamp | None,
        lock: FileLock | None,
    ) -> None:
        self.scenarios = chart if isinstance(chart, Scenarios) else Scenarios(chart)
        self._follow(self.scenarios.current_chart)
        self.undo_stack.clear()
        self.path = path
        self.disk_stamp = stamp if path is not None else None
        self._set_lock(lock if path is not None else None)
        if clean:
            self.undo_stack.setClean()  # clear() keeps a reset clean state: set it again
        else:
            # imported or recovered: not (yet) in an .orgchart file
            self.undo_stack.resetClean()
        self.chartReplaced.emit()
        self.documentReplaced.emit()
        self.scenariosChanged.emit()
        self.fileStateChanged.emit()

    def show_scenario(self, name: str) -> None:
        """Show another scenario (for the scenario commands: an undo step each)."""
        self.scenarios.show(name)
        if self.scenarios.current_chart is not self.chart:
            self._follow(self.scenarios.current_chart)
            with collector_paused():  # see replace_chart
                self.chartReplaced.emit()
        self.scenariosChanged.emit()

    def _follow(self, chart: Chart) -> None:
        self.chart.unsubscribe(self._relay)
        self.chart = chart
        self.chart.subscribe(self._relay)

    def open(
        self, path: Path, lock: FileLock | None = None, max_positions: int | None = MAX_POSITIONS
    ) -> list:
        """Read a file into this document. Raises ChartFileError (also for a file of more than
        `max_positions` positions); the document is then unchanged."""
        with collector_paused():  # reading and showing a big chart: see replace_chart
            return self._open(path, lock, max_positions)

    def _open(self, path: Path, lock: FileLock | None, max_positions: int | None) -> list:
        stamp = FileStamp.of(path)  # before reading: a change made meanwhile still counts
        native = path.suffix.lower() == ".orgchart"
        if native:  # every scenario of the file
            scenarios = load_scenarios(path, max_positions)
            self.replace_chart(scenarios, path, clean=True, stamp=stamp, lock=lock)
            return []
        chart, problems = read_chart(path, max_positions)
        if not chart.settings.name:
            chart.settings.name = path.stem  # the title names the imported file
        # a re-import keeps the roles chosen for titles in the role review
        adopt_title_roles(chart, self.chart.settings.title_roles)
        if lock is not None:
            lock.release()
        self.replace_chart(chart, None, clean=False)
        return problems

    def save(self, path: Path, lock: FileLock | None = None) -> None:
        """Save as .orgchart. The undo history stays: saving is not an edit. `lock` is the
        path's lock when the caller took it (a new path, or the old one's lock taken late)."""
        save_scenarios(self.scenarios, path)
        if path != self.path or lock is not None:
            self._set_lock(lock)
        self.path = path
        self.disk_stamp = FileStamp.of(path)
        self.undo_stack.setClean()
        self.fileStateChanged.emit()

    def changed_on_disk(self) -> bool:
        """True when the file was changed by someone else since we last read or wrote it.
        A file that is gone does not count: saving puts it back."""
        if self.path is None or self.disk_stamp is None or not self.path.exists():
            return False
        return not self.disk_stamp.matches(self.path)

    def release_lock(self) -> None:
        self._set_lock(None)

    def _set_lock(self, lock: FileLock | None) -> None:
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.lock = lock

    def _clean_changed(self, _clean: bool) -> None:
        self.fileStateChanged.emit()

    def _relay(self, change: Change) -> None:
        if change.kind is ChangeKind.VIEW_CHANGED:
            self.viewChanged.emit()
        else:
            self.chartChanged.emit(change)
