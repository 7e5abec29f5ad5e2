"""The main window: the canvas in the middle, palette left, inspector and checks right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget

from orgeditor.ui.actions import WindowActions
from orgeditor.ui.canvas.scene import ChartScene
from orgeditor.ui.canvas.view import ChartView
from orgeditor.ui.commands import AutoLayoutCommand, SettingsCommand
from orgeditor.ui.dialogs.help import show_about, show_shortcuts
from orgeditor.ui.document import Document
from orgeditor.ui.edit_controller import EditController
from orgeditor.ui.examples import DEFAULT_EXAMPLE, load_example
from orgeditor.ui.file_controller import FileController
from orgeditor.ui.panels.checks_panel import ChecksPanel
from orgeditor.ui.panels.find_bar import FindBar
from orgeditor.ui.panels.inspector import InspectorWidget
from orgeditor.ui.panels.palette import PaletteWidget
from orgeditor.ui.status_bar import ChartStatusBar


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.document = Document(parent=self)
        self.scene = ChartScene(self.document)
        self.view = ChartView(self.scene)
        self.find_bar = FindBar(self.document)
        self.find_bar.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.find_bar)
        column.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.palette_panel = PaletteWidget()
        self.inspector = InspectorWidget(self.document)
        self.checks = ChecksPanel(self.document)
        self.docks = [
            self._dock(
                self.tr("Palette"),
                "paletteDock",
                self.palette_panel,
                Qt.DockWidgetArea.LeftDockWidgetArea,
            ),
            self._dock(
                self.tr("Checks"), "checksDock", self.checks, Qt.DockWidgetArea.RightDockWidgetArea
            ),
            self._dock(
                self.tr("Inspector"),
                "inspectorDock",
                self.inspector,
                Qt.DockWidgetArea.RightDockWidgetArea,
            ),
        ]
        self.setStatusBar(ChartStatusBar(self.document, self.view))

        self.relayout_toggle = QAction(self.tr("Re-layout After &Edits"), self)
        self.relayout_toggle.setCheckable(True)
        self.relayout_toggle.setStatusTip(
            self.tr("Tidy the chart after structural edits; cards you placed by hand stay")
        )
        self.relayout_toggle.toggled.connect(self._set_auto_layout)

        self.files = FileController(self)
        self.edit = EditController(self)
        self.actions = WindowActions(self)

        self._wire()
        self._update_title()
        self._sync_relayout_toggle()
        self.resize(1440, 900)
        palette_dock, checks_dock, inspector_dock = self.docks
        self.resizeDocks([palette_dock, checks_dock], [250, 360], Qt.Orientation.Horizontal)
        self.resizeDocks([checks_dock, inspector_dock], [420, 440], Qt.Orientation.Vertical)

    # ----- GUI contract ------------------------------------------------------------------

    def open_path(self, path: str | Path) -> bool:
        return self.files.open(Path(path))

    def save_path(self, path: str | Path) -> bool:
        return self.files._save_to(Path(path))

    # ----- behaviour ---------------------------------------------------------------------

    def show_example(self, key: str = DEFAULT_EXAMPLE, ask: bool = False) -> None:
        if ask and not self.files.maybe_save():
            return
        self.document.replace_chart(load_example(key), None)

    def open_recent(self, name: str) -> None:
        if self.files.maybe_save():
            self.files.open(Path(name))

    def show_find_bar(self) -> None:
        self.find_bar.show_and_focus()

    def rename_selected(self) -> None:
        self.view.edit_selected_name()

    def auto_layout(self) -> None:
        self.document.undo_stack.push(AutoLayoutCommand(self.document.chart))

    def show_shortcuts(self) -> None:
        show_shortcuts(self)

    def show_about(self) -> None:
        show_about(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.maybe_save():
            event.accept()
        else:
            event.ignore()

    # ----- wiring ------------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _wire(self) -> None:
        doc = self.document
        doc.fileStateChanged.connect(self._update_title)
        doc.chartReplaced.connect(self._sync_relayout_toggle)
        doc.chartChanged.connect(lambda _change: self._sync_relayout_toggle())
        self.scene.selectionChanged.connect(self._selection_changed)
        self.checks.findingsChanged.connect(self.scene.set_findings)
        self.checks.positionsActivated.connect(self._show_positions)
        self.find_bar.hitActivated.connect(lambda pid: self._show_positions([pid]))
        self.find_bar.closed.connect(self.view.setFocus)
        self.scene.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.scene.cycleRefused.connect(lambda text: self.statusBar().showMessage(text, 6000))

    def _selection_changed(self) -> None:
        self.inspector.set_selection(self.scene.selected_ids())

    def _show_positions(self, ids: list[str]) -> None:
        ids = [pid for pid in ids if pid in self.document.chart]
        if ids:
            self.scene.select_ids(ids)
            self.view.centre_on_ids(ids)

    def _set_auto_layout(self, on: bool) -> None:
        if on != self.document.chart.settings.auto_layout:
            text = self.tr("Re-layout after edits") if on else self.tr("Keep card places")
            self.document.undo_stack.push(
                SettingsCommand(self.document.chart, text, auto_layout=on)
            )

    def _sync_relayout_toggle(self) -> None:
        self.relayout_toggle.blockSignals(True)
        self.relayout_toggle.setChecked(self.document.chart.settings.auto_layout)
        self.relayout_toggle.blockSignals(False)

    def _update_title(self) -> None:
        self.setWindowModified(self.document.modified)
        self.setWindowTitle(f"{self.document.display_name}[*] — orgeditor")
