"""A lock file beside each open chart, so a second orgeditor opening it can warn.

QLockFile writes the owner's process id, host and application name. A lock left by a process
that is no longer running on this host (a crash, a kill) is stale and taken over; the stale time
is 0 because a live instance may keep a chart open for days.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSysInfo


def lock_path(path: Path) -> Path:
    """'.plan.orgchart.lock' beside 'plan.orgchart' (hidden on Unix, like the temp files)."""
    return path.with_name(f".{path.name}.lock")


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a chart open elsewhere."""

    pid: int
    host: str
    application: str

    def describe(self) -> str:
        translate = QCoreApplication.translate
        if not self.pid:
            return translate(
                "FileLock", "a program orgeditor cannot identify (its lock file is unreadable)"
            )
        program = self.application or translate("FileLock", "another program")
        text = translate("FileLock", "%1 (process %2 on %3)")
        values = {"%1": program, "%2": str(self.pid), "%3": self.host}
        return re.sub(r"%[1-3]", lambda m: values[m.group(0)], text)

    @property
    def is_this_process(self) -> bool:
        """Another window of this very orgeditor has the file open."""
        return self.pid == os.getpid() and self.host == QSysInfo.machineHostName()

    @property
    def is_other_host(self) -> bool:
        """Held from another computer (a shared drive): Qt cannot tell whether that orgeditor
        still runs, so such a lock never goes stale by itself."""
        return bool(self.host) and self.host != QSysInfo.machineHostName()


class FileLock:
    """The lock of one chart file. acquire() returns None when we hold it (or when the folder
    cannot hold a lock file: nobody else can then create one either), else the holder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = QLockFile(str(lock_path(path)))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> LockHolder | None:
        if self._lock.isLocked() or self._lock.tryLock(0):
            return None
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return None  # read-only folder and the like: no lock, no warning
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and len(info) == 3:
            pid, host, application = info
            return LockHolder(int(pid), str(host), str(application))
        return LockHolder(0, "", "")

    def take_over(self) -> bool:
        """Remove another holder's lock and take it (the user said that holder is gone)."""
        if self._lock.isLocked():
            return True
        if not self._lock.removeStaleLockFile():
            with contextlib.suppress(OSError):
                lock_path(self.path).unlink()
        return self._lock.tryLock(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
