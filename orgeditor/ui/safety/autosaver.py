"""Autosave of one document: every N seconds while it has unsaved changes.

The chart's state is taken on the GUI thread (80-150 ms for 10,000 positions, less when the
garbage collector stays out of it; never during a drag); building and writing the file happens
on a worker thread so editing is not held up. When the document is
clean again (saved, or undone back to the saved state) or closes cleanly, the entry goes, so
only a crash leaves one behind for the recovery offer.
"""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from orgeditor.io import ChartFileError
from orgeditor.model import chart_state
from orgeditor.ui.document import Document
from orgeditor.ui.safety.autosave_store import AutosaveEntry, AutosaveInfo, AutosaveStore

DEFAULT_INTERVAL_SECONDS = 30
DRAG_RETRY_MS = 1000
log = logging.getLogger(__name__)


class Autosaver(QObject):
    saved = Signal(str)  # the autosave file
    failed = Signal(str)  # why it could not be written
    _finished = Signal(object, str)  # (Path | None, error text) from the worker thread

    def __init__(
        self,
        document: Document,
        store: AutosaveStore,
        interval_seconds: int = DEFAULT_INTERVAL_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.store = store
        self.entry: AutosaveEntry | None = None
        self._dirty = False  # changed since the last autosave
        self._pending: Future | None = None
        self._closed = False  # after a clean close nothing is written any more
        self._executor: ThreadPoolExecutor | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.autosave)
        self._finished.connect(self._report)
        document.chartChanged.connect(self._changed)
        document.documentReplaced.connect(self._replaced)
        # a scenario added, renamed, deleted or shown is a change to the file too
        document.scenariosChanged.connect(self._scenarios_changed)
        document.fileStateChanged.connect(self._file_state_changed)
        self.set_interval(interval_seconds)

    @property
    def interval_seconds(self) -> int:
        return self._timer.interval() // 1000 if self._timer.isActive() else 0

    def set_interval(self, seconds: int) -> None:
        """0 turns autosave off."""
        if seconds > 0 and not self._closed:
            self._timer.start(seconds * 1000)
        else:
            self._timer.stop()

    # ----- saving ----------------------------------------------------------------------

    def autosave(self) -> None:
        """The timer's work: write in the background if there is anything new."""
        if self._closed or not (self.document.modified and self._dirty and self._pending_done()):
            return
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            # mid-drag: taking the state would stutter the card under the pointer
            QTimer.singleShot(DRAG_RETRY_MS, self, self.autosave)
            return
        with contextlib.suppress(ChartFileError):  # reported through `failed`; retried
            self._submit(wait=False)

    def save_now(self) -> Path | None:
        """Write now and wait (emergency save, tests). The autosave file, or None when there
        is nothing to save (no unsaved changes, or the document was closed on purpose).
        Raises ChartFileError when the changes could not be written."""
        self.wait()
        if self._closed or not self.document.modified:
            return None
        return self._submit(wait=True)

    def wait(self) -> None:
        """Let a write in progress finish."""
        if self._pending is not None:
            self._pending.exception()  # waits; errors were already reported

    def _submit(self, wait: bool) -> Path | None:
        try:
            if self.entry is None:
                self.entry = self.store.new_entry()
        except ChartFileError as error:
            self._report(None, str(error))
            raise
        entry = self.entry
        doc = self.document
        # every scenario, the shown one last read for its size
        states = [(name, chart_state(chart)) for name, chart in doc.scenarios]
        state = (states, doc.scenarios.current)
        shown = dict(states)[doc.scenarios.current]
        info = AutosaveInfo(
            doc.display_name, doc.path, datetime.now(UTC), len(shown["positions"]), doc.disk_stamp
        )
        self._dirty = False
        if wait:
            error = _write(entry, state, info)
            self._report(None if error else entry.chart_path, str(error or ""))
            if error:
                raise error
            return entry.chart_path
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._pending = self._executor.submit(self._write_in_background, entry, state, info)
        return None

    def _write_in_background(self, entry: AutosaveEntry, state: dict, info: AutosaveInfo) -> None:
        error = _write(entry, state, info)
        self._finished.emit(None if error else entry.chart_path, str(error or ""))

    def _report(self, path: Path | None, error: str) -> None:
        if error:
            self._dirty = True  # try again at the next tick
            log.warning("autosave failed: %s", error)
            self.failed.emit(error)
        elif path is not None:
            self.saved.emit(str(path))

    def _pending_done(self) -> bool:
        return self._pending is None or self._pending.done()

    # ----- ownership -------------------------------------------------------------------

    def adopt(self, entry: AutosaveEntry) -> None:
        """Continue a recovered entry: its file stays until this document is saved or closed."""
        self.discard()
        self.entry = entry
        self._dirty = False

    def discard(self) -> None:
        """Remove this document's autosave (saved, or closed on purpose)."""
        self.wait()
        if self.entry is not None:
            self.entry.remove()
            self.entry = None

    @property
    def closed(self) -> bool:
        """shutdown() was called: nothing is written any more."""
        return self._closed

    def shutdown(self) -> None:
        """A clean close: no autosave left behind, no thread left running, and none started
        later (a drag retry, the preferences, the crash handler must not bring it back)."""
        self._closed = True
        self._timer.stop()
        self.discard()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    # ----- document signals ------------------------------------------------------------

    def _changed(self, _change: object) -> None:
        self._dirty = True

    def _replaced(self) -> None:
        # an opened or new chart: the old one's autosave has served its purpose
        self.discard()
        self._dirty = self.document.modified

    def _scenarios_changed(self) -> None:
        if self.document.modified:
            self._dirty = True

    def _file_state_changed(self) -> None:
        if not self.document.modified:
            self.discard()  # what the entry held is now in the file
        elif self.entry is None:
            self._dirty = True


def _write(entry: AutosaveEntry, state: object, info: AutosaveInfo) -> ChartFileError | None:
    """Write the entry; the error, if any (on a worker thread nothing may escape)."""
    try:
        entry.write(state, info)
    except ChartFileError as error:
        return error
    except Exception as error:  # a bug in writing is still a failed save to report
        log.exception("autosave failed")
        return ChartFileError(entry.chart_path, f"{type(error).__name__}: {error}")
    return None
