"""The autosave folder: one entry per modified document, found again after a crash.

An entry is three files in <application data>/autosave/:
  <id>.orgchart  the chart as it was at the last autosave (written atomically),
  <id>.json      what the recovery offer shows: the file it belongs to, its name, the time,
  <id>.lock      held by the running orgeditor that owns the entry.
A clean close removes the entry. After a crash the owner is gone, its lock is stale, and the
next start can take the entry over (recoverable()); entries of another orgeditor that is still
running stay locked and are left alone.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile, QStandardPaths

from orgeditor.io import (
    ChartFileError,
    load_orgchart,
    load_scenarios,
    save_orgchart,
    save_scenarios,
)
from orgeditor.io.file_stamp import FileStamp
from orgeditor.io.files import write_text_atomic
from orgeditor.model import Chart, chart_from_state
from orgeditor.model.scenarios import Scenarios

# every scenario's chart_state() by name, in order, and the name of the one shown
ScenarioStates = tuple[list[tuple[str, dict[str, Any]]], str]

FOLDER_NAME = "autosave"


def default_folder() -> Path:
    """<application data>/autosave, e.g. ~/.local/share/orgeditor/orgeditor/autosave."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location)) / FOLDER_NAME


@dataclass(frozen=True, slots=True)
class AutosaveInfo:
    """What the recovery offer tells the user about an entry."""

    name: str  # the document's name as its title showed it
    source_path: Path | None  # the .orgchart it was opened from or saved to; None if never saved
    saved_at: datetime  # aware, UTC
    positions: int
    stamp: FileStamp | None = None  # source_path's bytes when the document last read or wrote it

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "source_path": str(self.source_path) if self.source_path else None,
            "saved_at": self.saved_at.isoformat(),
            "positions": self.positions,
            "stamp": self.stamp.to_json() if self.stamp else None,
        }

    @classmethod
    def from_json(cls, data: object) -> AutosaveInfo | None:
        if not isinstance(data, dict):
            return None
        try:
            saved_at = datetime.fromisoformat(str(data["saved_at"]))
            source = data.get("source_path")
            return cls(
                name=str(data.get("name") or _untitled()),
                source_path=Path(source) if isinstance(source, str) and source else None,
                saved_at=saved_at if saved_at.tzinfo else saved_at.replace(tzinfo=UTC),
                positions=int(data.get("positions", 0)),
                stamp=FileStamp.from_json(data.get("stamp")),
            )
        except (KeyError, TypeError, ValueError):
            return None


class AutosaveEntry:
    """One document's autosave. Its lock is held from creation (or take-over) to release()."""

    def __init__(self, folder: Path, entry_id: str, lock: QLockFile) -> None:
        self.folder = folder
        self.id = entry_id
        self._lock = lock

    @property
    def chart_path(self) -> Path:
        return self.folder / f"{self.id}.orgchart"

    @property
    def info_path(self) -> Path:
        return self.folder / f"{self.id}.json"

    def info(self) -> AutosaveInfo | None:
        try:
            return AutosaveInfo.from_json(json.loads(self.info_path.read_text("utf-8")))
        except (OSError, ValueError):
            return None

    def write(self, state: dict[str, Any] | ScenarioStates, info: AutosaveInfo) -> None:
        """Write the chart, then its description (safe from any thread; raises ChartFileError).

        `state` is chart_state() taken on the GUI thread, or every scenario's as ([(name,
        state)], shown name): the charts are rebuilt from it here so the slow part (building
        and encoding) does not hold up editing.
        """
        if isinstance(state, dict):
            save_orgchart(chart_from_state(state), self.chart_path)
        else:
            named, shown = state
            charts = [(name, chart_from_state(one)) for name, one in named]
            save_scenarios(Scenarios.of(charts, shown), self.chart_path)
        write_text_atomic(self.info_path, json.dumps(info.to_json(), indent=2) + "\n")

    def load_chart(self) -> Chart:
        """The autosaved chart (its shown scenario). Raises ChartFileError when it cannot be
        read."""
        return load_orgchart(self.chart_path)

    def load_scenarios(self) -> Scenarios:
        """Every autosaved scenario. Raises ChartFileError when they cannot be read."""
        return load_scenarios(self.chart_path)

    def remove(self) -> None:
        """Delete the entry's files and let go of its lock."""
        for path in (self.chart_path, self.info_path):
            with contextlib.suppress(OSError):
                path.unlink()
        self.release()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    @property
    def held(self) -> bool:
        return self._lock.isLocked()


class AutosaveStore:
    """The autosave folder. `folder=None` follows the application data location."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder

    @property
    def folder(self) -> Path:
        return self._folder if self._folder is not None else default_folder()

    def new_entry(self) -> AutosaveEntry:
        """A fresh entry, locked by this process. Raises ChartFileError if the folder cannot
        be made."""
        folder = self.folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            reason = QCoreApplication.translate(
                "AutosaveStore", "cannot create the autosave folder: %1"
            ).replace("%1", str(error))
            raise ChartFileError(folder, reason) from error
        entry_id = uuid.uuid4().hex
        lock = _lock_for(folder, entry_id)
        lock.tryLock(0)  # a new random id: nobody else has it; a failure only loses the guard
        return AutosaveEntry(folder, entry_id, lock)

    def recoverable(self) -> list[AutosaveEntry]:
        """Entries left by an orgeditor that is no longer running, newest first. Each comes
        with its lock held: recover it (keep or remove it) or release() it."""
        folder = self.folder
        found: list[tuple[datetime, AutosaveEntry]] = []
        try:
            candidates = sorted(folder.glob("*.orgchart"))
        except OSError:
            return []
        for chart_path in candidates:
            lock = _lock_for(folder, chart_path.stem)
            if not lock.tryLock(0):
                continue  # its orgeditor is still running
            entry = AutosaveEntry(folder, chart_path.stem, lock)
            info = entry.info()
            if info is None:  # killed between the chart and its description: still offer it
                info = _info_from_file_time(chart_path)
            found.append((info.saved_at, entry))
        _remove_orphan_locks(folder)
        found.sort(key=lambda pair: pair[0], reverse=True)
        return [entry for _time, entry in found]

    def entry_info(self, entry: AutosaveEntry) -> AutosaveInfo:
        return entry.info() or _info_from_file_time(entry.chart_path)


def _remove_orphan_locks(folder: Path) -> None:
    """A lock with no chart beside it: its owner died before the first write. Taking the
    lock and letting go removes the file; a live owner's lock cannot be taken."""
    for lock_file in folder.glob("*.lock"):
        if not lock_file.with_suffix(".orgchart").exists():
            lock = _lock_for(folder, lock_file.stem)
            if lock.tryLock(0):
                lock.unlock()


def _lock_for(folder: Path, entry_id: str) -> QLockFile:
    lock = QLockFile(str(folder / f"{entry_id}.lock"))
    lock.setStaleLockTime(0)  # stale only when the owner is gone, never by age
    return lock


def _info_from_file_time(chart_path: Path) -> AutosaveInfo:
    try:
        stamp = chart_path.stat().st_mtime
    except OSError:
        stamp = 0.0
    return AutosaveInfo(_untitled(), None, datetime.fromtimestamp(stamp, UTC), 0)


def _untitled() -> str:
    """The name the recovery offer shows for a chart whose description is lost."""
    return QCoreApplication.translate("AutosaveStore", "Untitled")
