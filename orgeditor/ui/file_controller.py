"""File menu behaviour: new, open, open recent, import, save, save as, and asking to save."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from orgeditor.io import ChartFileError
from orgeditor.model import Chart
from orgeditor.ui.dialogs.import_dialog import import_file

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

MAX_RECENT = 8
IMPORT_FILTER = "HR exports (*.csv *.txt *.tsv *.xlsx *.graphml)"
OPEN_FILTER = (
    "Charts (*.orgchart *.csv *.txt *.tsv *.xlsx *.graphml);;orgeditor charts (*.orgchart);;"
    + IMPORT_FILTER
)
SAVE_FILTER = "orgeditor charts (*.orgchart)"


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
        files = [str(path)] + [f for f in self.recent_files() if f != str(path)]
        self.settings.setValue("recentFiles", files[:MAX_RECENT])
        self.recentChanged.emit()

    # ----- actions ---------------------------------------------------------------------

    def new(self) -> None:
        if self.maybe_save():
            self.document.replace_chart(Chart(), None)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open chart"), "", OPEN_FILTER)
        if name:
            self.open(Path(name))

    def import_csv_dialog(self) -> None:
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import"), "", IMPORT_FILTER)
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> bool:
        """A table (CSV, Excel) through the mapping dialog; other files open directly."""
        if path.suffix.lower() in (".orgchart", ".graphml"):
            return self.open(path)
        outcome = import_file(self.window, path)
        if outcome is None:
            return False
        chart, _problems = outcome
        chart.settings.name = chart.settings.name or path.stem
        self.document.replace_chart(chart, None, clean=False)
        self.remember(path)
        return True

    def open(self, path: Path) -> bool:
        """Open a file; on failure say why and keep the current document as it was."""
        try:
            problems = self.document.open(path)
        except ChartFileError as error:
            QMessageBox.warning(self.window, self.tr("Could not open"), str(error))
            return False
        self.remember(path)
        if problems:
            self.window.statusBar().showMessage(
                self.tr("{n} problem(s) found while importing: see the checks panel").format(
                    n=len(problems)
                ),
                8000,
            )
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        suggested = str(
            self.document.path or Path.home() / f"{self.document.display_name}.orgchart"
        )
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save chart"), suggested, SAVE_FILTER
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
        try:
            self.document.save(path)
        except (OSError, ChartFileError) as error:
            QMessageBox.critical(
                self.window,
                self.tr("Could not save"),
                self.tr("%1 was not saved: %2").replace("%1", str(path)).replace("%2", str(error)),
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
