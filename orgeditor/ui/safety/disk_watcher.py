"""Notice when another program changes the open chart's file, while it is open.

QFileSystemWatcher reports the change; a short pause lets the other program finish (an atomic
save replaces the file, and the watcher then has to watch the new one). The folder is watched
too, so a file deleted and written again later is found again. The document's stamp decides
whether the bytes really differ from what we last read or wrote, so our own saves and mere
touches stay quiet. Each different content is reported once; when the file is back in step
(we saved over it, reloaded it, or the other program put our bytes back) that is said too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from orgeditor.io.file_stamp import FileStamp
from orgeditor.ui.document import Document

SETTLE_MS = 300


class DiskWatcher(QObject):
    changedOnDisk = Signal(object)  # the Path whose bytes are no longer what we last had
    inStep = Signal()  # a change reported earlier no longer stands
    checked = Signal()  # the file was looked at after a burst of change notices settled

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._changed)
        self._watcher.directoryChanged.connect(self._changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._check)
        self._reported: str | None = None  # the sha256 of the content already reported
        self._watched: Path | None = None
        self._stamp: FileStamp | None = None  # the document's stamp when last looked at
        document.fileStateChanged.connect(self._follow)
        document.chartReplaced.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        """The document's file or what it holds may have changed (open, save, save as)."""
        path = self.document.path
        if path != self._watched:
            for watched in self._watcher.files() + self._watcher.directories():
                self._watcher.removePath(watched)
            self._watched = path
            if path is not None:
                self._watcher.addPath(str(path.parent))
        if self.document.disk_stamp != self._stamp:
            self._stamp = self.document.disk_stamp  # read or written by us: a fresh start
            if self._reported is not None:
                self._reported = None
                self.inStep.emit()
        self._watch_file()

    def _watch_file(self) -> None:
        path = self._watched
        if path is not None and str(path) not in self._watcher.files() and path.exists():
            self._watcher.addPath(str(path))  # new, or replaced by a rename: watch this one

    def _changed(self, _name: str) -> None:
        self._settle.start()

    def _check(self) -> None:
        try:
            self._compare()
        finally:
            self.checked.emit()

    def _compare(self) -> None:
        path = self._watched
        if path is None:
            return
        self._watch_file()
        if not self.document.changed_on_disk():
            if self._reported is not None:
                self._reported = None
                self.inStep.emit()
            return
        now = FileStamp.of(path)
        if now is None or now.sha256 == self._reported:
            return
        self._reported = now.sha256
        self.changedOnDisk.emit(path)
