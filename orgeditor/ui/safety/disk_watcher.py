"""Notice when another program changes the open chart's file, while it is open.

QFileSystemWatcher reports the change; a short pause lets the other program finish (an atomic
save replaces the file, and the watcher then has to watch the new one). The document's stamp
decides whether the bytes really differ from what we last read or wrote, so our own saves and
mere touches stay quiet. Each different content is reported once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from orgeditor.io.file_stamp import FileStamp
from orgeditor.ui.document import Document

SETTLE_MS = 300


class DiskWatcher(QObject):
    changedOnDisk = Signal(object)  # the Path whose bytes are no longer what we last had

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._check)
        self._reported: FileStamp | None = None  # the content already reported
        self._watched: Path | None = None
        document.fileStateChanged.connect(self._follow)
        document.chartReplaced.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        path = self.document.path
        if path == self._watched:
            return
        if self._watched is not None:
            self._watcher.removePath(str(self._watched))
        self._watched = path
        self._reported = None
        if path is not None and path.exists():
            self._watcher.addPath(str(path))

    def _file_changed(self, _name: str) -> None:
        self._settle.start()

    def _check(self) -> None:
        path = self._watched
        if path is None:
            return
        if str(path) not in self._watcher.files() and path.exists():
            self._watcher.addPath(str(path))  # replaced by a rename: watch the new file
        if not self.document.changed_on_disk():
            return
        now = FileStamp.of(path)
        if now is None or (self._reported is not None and now.sha256 == self._reported.sha256):
            return
        self._reported = now
        self.changedOnDisk.emit(path)
