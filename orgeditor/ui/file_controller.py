"""File menu behaviour: new, open, open recent, import, save, save as, and asking to save."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from orgeditor.io import ChartFileError
from orgeditor.model import Chart, adopt_title_roles
from orgeditor.templates import build_chart, default_params
from orgeditor.ui.dialogs.import_dialog import import_file, max_positions_setting
from orgeditor.ui.folders import remember_folder, start_folder
from orgeditor.ui.safety.file_lock import FileLock, LockHolder

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

MAX_RECENT = 8
# the file dialogs' choices: (description, patterns), translated when a dialog opens
_IMPORT_TYPES = (
    QT_TRANSLATE_NOOP("FileController", "HR exports"),
    "*.csv *.txt *.tsv *.xlsx *.graphml",
)
_CHART_TYPES = (QT_TRANSLATE_NOOP("FileController", "orgeditor charts"), "*.orgchart")
_ALL_TYPES = (
    QT_TRANSLATE_NOOP("FileController", "Charts"),
    "*.orgchart *.csv *.txt *.tsv *.xlsx *.graphml",
)


def _filter(*types: tuple[str, str]) -> str:
    return ";;".join(
        f"{QCoreApplication.translate('FileController', name)} ({patterns})"
        for name, patterns in types
    )


def import_filter() -> str:
    return _filter(_IMPORT_TYPES)


def open_filter() -> str:
    return _filter(_ALL_TYPES, _CHART_TYPES, _IMPORT_TYPES)


def save_filter() -> str:
    return _filter(_CHART_TYPES)


class FileController(QObject):
    recentChanged = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings = QSettings()

    @property
    def document(self):
        return self.window.document

    # ----- recent files ----------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        files = [value] if isinstance(value, str) else list(value or [])
        return [f for f in files if Path(f).exists()]

    def remember(self, path: Path) -> None:
        """`path` was opened, imported or saved: first in the recent files, and the folder the
        next file dialog starts in."""
        files = [str(path)] + [f for f in self.recent_files() if f != str(path)]
        self.settings.setValue("recentFiles", files[:MAX_RECENT])
        remember_folder(path)
        self.recentChanged.emit()

    # ----- where the dialogs start ------------------------------------------------------

    def dialog_folder(self) -> str:
        """The folder the Open and Import dialogs start in."""
        return start_folder(self.document.path)

    def proposed_save_path(self) -> str:
        """What Save As proposes: the chart's file name in the folder the dialogs start in."""
        path = self.document.path
        name = path.name if path is not None else f"{self.document.display_name}.orgchart"
        return str(Path(start_folder(path)) / name)

    # ----- actions ---------------------------------------------------------------------

    def new(self) -> None:
        if self.maybe_save():
            self.document.replace_chart(Chart(), None)

    def new_from_model(self, model: str) -> bool:
        """A new chart of the model's default structure (the size the palette's Structures
        drop), not yet saved, as File ▸ New from Template makes it without the wizard."""
        if not self.maybe_save():
            return False
        self.document.replace_chart(build_chart(default_params(model)), None, clean=False)
        return True

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open chart"), self.dialog_folder(), open_filter()
        )
        if name:
            self.open(Path(name))

    def import_csv_dialog(self) -> None:
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import"), self.dialog_folder(), import_filter()
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> bool:
        """A table (CSV, Excel) through the mapping dialog; other files open directly."""
        if path.suffix.lower() in (".orgchart", ".graphml"):
            return self.open(path)
        outcome = import_file(self.window, path)  # the dialog reads the cap on positions
        if outcome is None:
            return False
        chart, _problems = outcome
        chart.settings.name = chart.settings.name or path.stem
        # a re-import keeps the roles chosen for titles in the role review
        adopt_title_roles(chart, self.document.chart.settings.title_roles)
        self.document.replace_chart(chart, None, clean=False)
        self.remember(path)
        self.window.role_review.offer_after_import()
        return True

    def open(self, path: Path) -> bool:
        """Open a file; on failure say why and keep the current document as it was."""
        path = path.absolute()  # the lock and the on-disk check must not depend on the cwd
        lock = None
        if path.suffix.lower() == ".orgchart":
            current = self.document.lock
            if path == self.document.path and current is not None and current.held:
                lock = current  # opened again (to revert, say): the lock is already ours
            else:
                lock = self._lock_or_ask(path, saving=False)
                if lock is False:
                    return False
        try:
            problems = self.document.open(path, lock, max_positions_setting())
        except ChartFileError as error:
            if lock is not None and lock is not self.document.lock:
                lock.release()
            QMessageBox.warning(self.window, self.tr("Could not open"), str(error))
            return False
        self.remember(path)
        if path.suffix.lower() in (".csv", ".txt", ".tsv", ".xlsx"):
            self.window.role_review.offer_after_import()  # the problems' word goes over it
        if problems:
            self.window.statusBar().showMessage(
                self.tr(
                    "%n problem(s) found while importing: see the checks panel", "", len(problems)
                ),
                8000,
            )
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save chart"), self.proposed_save_path(), save_filter()
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".orgchart":
            path = (
                path.with_suffix(path.suffix + ".orgchart")
                if path.suffix
                else path.with_suffix(".orgchart")
            )
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        path = path.absolute()
        lock = None
        current = self.document.lock
        if path != self.document.path or current is None or not current.held:
            # a new file, or ours without its lock (opened anyway, recovered): who has it?
            lock = self._lock_or_ask(path, saving=True)
            if lock is False:
                return False
        if path == self.document.path and self.document.changed_on_disk():
            answer = self._ask_overwrite_changed(path)
            if answer != "overwrite":
                if lock is not None:
                    lock.release()
                return self.save_as() if answer == "save_as" else False
        try:
            self.document.save(path, lock)
        except (OSError, ChartFileError) as error:
            if lock is not None:
                lock.release()
            QMessageBox.critical(
                self.window,
                self.tr("Could not save"),
                self.tr("%1 was not saved: %2").replace("%2", str(error)).replace("%1", str(path)),
            )
            return False
        self.remember(path)
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 4000)
        return True

    def maybe_save(self) -> bool:
        """Ask before unsaved changes are thrown away. False: the user cancelled."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %1?").replace("%1", self.document.display_name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ----- questions about other programs' changes --------------------------------------

    def _lock_or_ask(self, path: Path, saving: bool) -> FileLock | bool | None:
        """The path's lock if we could take it; None if the user goes on without it (or the
        folder holds no locks); False if the user cancelled."""
        lock = FileLock(path)
        holder = lock.acquire()
        if holder is None:
            return lock if lock.held else None
        answer = self._ask_open_elsewhere(path, holder, saving)
        if answer == "take_over":
            return lock if lock.take_over() else None
        return None if answer == "anyway" else False

    def _ask_open_elsewhere(self, path: Path, holder: LockHolder, saving: bool) -> str:
        """The file is open elsewhere: "anyway", "take_over" (a lock from another computer
        whose orgeditor the user knows is gone) or "cancel"."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setObjectName("openElsewhereQuestion")
        if holder.is_this_process:
            box.setWindowTitle(self.tr("Open in another window"))
            box.setText(
                self.tr("%1 is open in another window of this orgeditor.").replace("%1", path.name)
            )
        else:
            box.setWindowTitle(self.tr("Open in another orgeditor"))
            box.setText(self.tr("%1 is open in another orgeditor.").replace("%1", path.name))
        box.setInformativeText(
            self.tr(
                "It is held by %1. If both save, one will overwrite the other's changes."
            ).replace("%1", holder.describe())
        )
        go_on = box.addButton(
            self.tr("Save Anyway") if saving else self.tr("Open Anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        take_over = None
        if holder.is_other_host:
            take_over = box.addButton(
                self.tr("Take Over (%1 no longer has it open)").replace("%1", holder.host),
                QMessageBox.ButtonRole.AcceptRole,
            )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is go_on:
            return "anyway"
        return "take_over" if take_over is not None and clicked is take_over else "cancel"

    def _ask_overwrite_changed(self, path: Path) -> str:
        """The file changed on disk since we read it: "overwrite", "save_as" or "cancel"."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("File changed on disk"))
        box.setText(
            self.tr("%1 was changed by another program since you opened it.").replace(
                "%1", path.name
            )
        )
        box.setInformativeText(
            self.tr("Saving replaces those changes with this chart. Save it under another name?")
        )
        overwrite = box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.setObjectName("changedOnDiskQuestion")
        box.exec()
        clicked = box.clickedButton()
        if clicked is save_as:
            return "save_as"
        return "overwrite" if clicked is overwrite else "cancel"
