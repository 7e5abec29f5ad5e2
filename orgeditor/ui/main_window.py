"""The main window: the canvas in the middle, palette left, inspector and checks right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Chart
from orgeditor.model.scenarios import Scenarios
from orgeditor.ui.actions import WindowActions
from orgeditor.ui.branch_view import BranchView
from orgeditor.ui.canvas.edit_scene import EditScene
from orgeditor.ui.canvas.view import ChartView
from orgeditor.ui.commands import AutoLayoutCommand, SettingsCommand
from orgeditor.ui.commands.insert_structure import default_structure_command
from orgeditor.ui.context_menus import ContextMenus
from orgeditor.ui.dialogs.compare_dialog import CompareDialog
from orgeditor.ui.dialogs.help import show_about, show_shortcuts
from orgeditor.ui.dialogs.preferences import PreferencesDialog
from orgeditor.ui.dialogs.role_review import RoleReviewDialog
from orgeditor.ui.dialogs.template_wizard import insert_structure, new_from_template
from orgeditor.ui.document import Document
from orgeditor.ui.edit_controller import EditController
from orgeditor.ui.examples import DEFAULT_EXAMPLE, load_example
from orgeditor.ui.export_controller import ExportController
from orgeditor.ui.file_controller import FileController
from orgeditor.ui.interface_scale import set_interface_scale
from orgeditor.ui.language import set_language_setting
from orgeditor.ui.layout_style import LayoutStyleActions
from orgeditor.ui.panels.breadcrumb_bar import BreadcrumbBar
from orgeditor.ui.panels.checks_panel import ChecksPanel
from orgeditor.ui.panels.figures_panel import FiguresPanel
from orgeditor.ui.panels.find_bar import FindBar
from orgeditor.ui.panels.inspector import InspectorWidget
from orgeditor.ui.panels.palette import PaletteWidget
from orgeditor.ui.panels.segmentation_panel import SegmentationPanel
from orgeditor.ui.presentation import PresentationMode
from orgeditor.ui.role_review_controller import RoleReviewController
from orgeditor.ui.safety.autosave_store import AutosaveEntry, AutosaveStore
from orgeditor.ui.safety.autosaver import Autosaver
from orgeditor.ui.safety.disk_change_bar import DiskChangeBar
from orgeditor.ui.safety.disk_watcher import DiskWatcher
from orgeditor.ui.safety.file_lock import FileLock
from orgeditor.ui.safety.preferences import autosave_interval, set_autosave_interval
from orgeditor.ui.scenario_actions import ScenarioActions, ScenarioBar
from orgeditor.ui.start_page import StartPage
from orgeditor.ui.status_bar import ChartStatusBar
from orgeditor.ui.team_actions import TeamActions
from orgeditor.ui.theme import apply_theme, drawing_scheme, set_theme_setting, theme_changed
from orgeditor.ui.window_state import restore_window_state, save_window_state


class MainWindow(QMainWindow):
    def __init__(self, autosave_store: AutosaveStore | None = None) -> None:
        super().__init__()
        apply_theme()  # the theme chosen, once per application (later windows find it applied)
        self.document = Document(parent=self)
        self.autosaver = Autosaver(
            self.document, autosave_store or AutosaveStore(), autosave_interval(), self
        )
        self.disk_watcher = DiskWatcher(self.document, self)
        self.scene = EditScene(self.document)
        self.view = ChartView(self.scene)
        self.view.setAccessibleName(self.tr("Chart"))
        self.find_bar = FindBar(self.document)
        self.find_bar.hide()
        self.branches = BranchView(self.document, self)  # folded branches and focus
        self.breadcrumb = BreadcrumbBar(self.branches)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.disk_change_bar = DiskChangeBar()
        self.scenario_actions = ScenarioActions(self.document, self)
        self.scenario_actions.compare = self.show_compare
        self.compare_dialog: CompareDialog | None = None
        self.scenario_bar = ScenarioBar(self.scenario_actions)
        column.addWidget(self.disk_change_bar)
        column.addWidget(self.scenario_bar)
        column.addWidget(self.find_bar)
        column.addWidget(self.breadcrumb)
        column.addWidget(self.view, 1)
        # the canvas, or the start page in its place (a window without a chart: see show_start_page)
        self.start_page = StartPage()
        self.central_pages = QStackedWidget()
        self.central_pages.setObjectName("centralPages")
        self.central_pages.addWidget(central)
        self.central_pages.addWidget(self.start_page)
        self.canvas_page = central
        self.setCentralWidget(self.central_pages)

        self.palette_panel = PaletteWidget()
        self.inspector = InspectorWidget(self.document)
        self.checks = ChecksPanel(self.document)
        self.figures = FiguresPanel(self.document)
        self.segmentation = SegmentationPanel(self.document)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        palette_dock = self._dock(self.tr("Palette"), "paletteDock", self.palette_panel, left)
        checks_dock = self._dock(self.tr("Checks"), "checksDock", self.checks, right)
        inspector_dock = self._dock(self.tr("Inspector"), "inspectorDock", self.inspector, right)
        figures_dock = self._dock(self.tr("Figures"), "figuresDock", self.figures, right)
        segments_dock = self._dock(
            self.tr("Segmentation"), "segmentationDock", self.segmentation, right
        )
        # figures and segmentation share the checks' place, one tab each
        self.tabifyDockWidget(checks_dock, figures_dock)
        self.tabifyDockWidget(checks_dock, segments_dock)
        checks_dock.raise_()
        self.docks = [palette_dock, checks_dock, inspector_dock, figures_dock, segments_dock]
        self.setStatusBar(ChartStatusBar(self.document, self.view, self.branches))

        self.relayout_toggle = QAction(self.tr("Re-layout After &Edits"), self)
        self.relayout_toggle.setCheckable(True)
        self.relayout_toggle.setStatusTip(
            self.tr("Tidy the chart after structural edits; cards you placed by hand stay")
        )
        self.relayout_toggle.toggled.connect(self._set_auto_layout)
        self.layout_styles = LayoutStyleActions(self.document, self)

        self.files = FileController(self)
        self.edit = EditController(self)
        self.exports = ExportController(self)
        self.role_review = RoleReviewController(self)
        self.team_actions = TeamActions(self.document, self.scene, self.view, self)
        self.presentation = PresentationMode(self)
        column.addWidget(self.presentation.strip)  # under the chart, in presentation mode only
        self.actions = WindowActions(self)
        self.context_menus = ContextMenus(self)

        self._wire()
        # a slot of the window: the connection goes with it
        theme_changed().connect(self._theme_applied)
        self.apply_scheme()
        self.show_start_page()  # until a chart is opened, created or edited
        self.actions.update_enabled()
        self._update_title()
        self._sync_relayout_toggle()
        self.resize(1440, 900)
        self.resizeDocks([palette_dock, checks_dock], [250, 360], Qt.Orientation.Horizontal)
        # the checks list and its details first; the inspector scrolls
        self.resizeDocks([checks_dock, inspector_dock], [640, 320], Qt.Orientation.Vertical)
        restore_window_state(self)  # last: a first start keeps the default sizes above

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

    def new_from_template(self, model: str = "pod") -> None:
        if self.files.maybe_save():
            new_from_template(self, self.document, model)

    def insert_structure(self, model: str = "pod") -> None:
        """A structure from the wizard, under the selected card (or as a new tree)."""
        selected = self.scene.selected_ids()
        top = insert_structure(self, self.document, selected[0] if selected else None, model)
        if top is not None:
            self.scene.select_ids([top])
            self.view.reveal(top)

    def show_start_page(self) -> None:
        """The start page in place of the canvas (File ▸ Start Page); it goes when a chart is
        opened, created or edited, or on Back to the Chart."""
        page = self.start_page
        page.set_recent(self.files.recent_files())
        page.set_back_visible(bool(len(self.document.chart)) or self.document.path is not None)
        self.central_pages.setCurrentWidget(page)
        page.focus_first()

    def show_canvas(self) -> None:
        """The canvas again in place of the start page."""
        if self.start_page_shown():
            self.central_pages.setCurrentWidget(self.canvas_page)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_page_shown(self) -> bool:
        return self.central_pages.currentWidget() is self.start_page

    def _add_dropped_structure(self, model: str) -> None:
        """A structure dropped on the start page itself: a new tree, as on empty canvas."""
        self.show_canvas()
        self.document.undo_stack.push(default_structure_command(self.document.chart, model, None))

    def open_recent(self, name: str) -> None:
        if self.files.maybe_save():
            self.files.open(Path(name))

    def review_roles(self) -> RoleReviewDialog:
        """Edit ▸ Review Roles…: the dialog, shown (not blocking); OK pushes one undo step."""
        return self.role_review.show()

    def show_find_bar(self) -> None:
        self.find_bar.show_and_focus()

    # ----- folds and focus (not edits: no undo step; saved with the chart) ------------------

    def collapse_selected(self) -> None:
        ids = self.scene.selected_ids()
        self.view.holding(self.view.current_id(), lambda: self.branches.collapse(ids))

    def expand_selected(self) -> None:
        ids = self.scene.selected_ids()
        self.view.holding(self.view.current_id(), lambda: self.branches.expand(ids))

    def expand_all(self) -> None:
        self.view.holding(self.view.current_id(), self.branches.expand_all)

    def focus_selected(self) -> None:
        pid = self.view.current_id()
        if pid is not None:
            self.focus_on(pid)

    def focus_on(self, pid: str) -> None:
        """Show one branch alone, fitted to the canvas (or its top at reading size)."""
        if pid in self.document.chart and pid != self.branches.focus():
            self.branches.focus_on(pid)
            self.scene.flush()
            self.view.show_start()

    def show_whole_chart(self) -> None:
        """End a focus; the branch that was in focus stays where it is on the screen."""
        self.view.holding(self.branches.focus(), self.branches.show_whole_chart)

    def rename_selected(self) -> None:
        self.view.edit_selected_name()

    def auto_layout(self) -> None:
        self.document.undo_stack.push(AutoLayoutCommand(self.document.chart))

    def show_shortcuts(self) -> None:
        show_shortcuts(self)

    def show_about(self) -> None:
        show_about(self)

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(self.autosaver.store.folder, self)
        if dialog.exec():
            set_autosave_interval(dialog.interval.value())
            set_interface_scale(dialog.scale.value())  # from the next start
            set_language_setting(dialog.language.currentData())  # from the next start
            self.set_theme(dialog.theme.currentData())  # at once
            for window in main_windows():
                window.autosaver.set_interval(autosave_interval())

    def set_theme(self, theme: str) -> None:
        """Light, dark or the system's, for the whole application at once (ui/theme.py);
        presentation mode keeps its high-contrast palette until it ends."""
        set_theme_setting(theme)
        # the palette is the application's: a window presenting keeps its high contrast
        presenting = any(window.presentation.active for window in main_windows())
        apply_theme(theme=theme, keep_palette=presenting)
        self.apply_scheme()

    def _theme_applied(self, theme: str) -> None:
        self.actions.sync_theme(theme)
        self.apply_scheme()  # also when the palette stays (presentation mode)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply_scheme()

    def apply_scheme(self) -> None:
        """The chart in colours that suit the palette: dark cards under a dark one."""
        scheme = drawing_scheme()  # the application's palette (the window has none its own)
        self.scene.set_scheme(scheme)
        self.view.setBackgroundBrush(scheme.background)

    # ----- data safety -------------------------------------------------------------------

    def recover(self, entry: AutosaveEntry, chart: Chart | Scenarios | None = None) -> None:
        """Show an autosaved chart (`chart`, or every scenario read from the entry) with its
        changes unsaved; Save writes to its old file. Raises ChartFileError when the autosave
        cannot be read."""
        if chart is None:
            chart = entry.load_scenarios()
        info = self.autosaver.store.entry_info(entry)
        lock = None
        if info.source_path is not None:
            lock = FileLock(info.source_path)
            if lock.acquire() is not None:
                lock = None  # open in another orgeditor: Save asks before writing
        self.document.replace_chart(
            chart, info.source_path, clean=False, stamp=info.stamp, lock=lock
        )
        self.autosaver.adopt(entry)
        self._update_title()

    def reload_from_disk(self) -> bool:
        """Open the document's file again as it is now; unsaved changes go (the bar said so,
        and a modified document asks once more)."""
        path = self.document.path
        if path is None:
            return False
        if self.document.modified:
            answer = QMessageBox.question(
                self,
                self.tr("Reload"),
                self.tr("Discard your unsaved changes and reload %1?").replace("%1", path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.files.open(path)

    @property
    def closed(self) -> bool:
        """Closed on purpose: the window lives on hidden, but must not autosave again."""
        return self.autosaver.closed

    def emergency_save(self) -> Path | None:
        """Save unsaved changes to the autosave folder now (the crash handler calls this)."""
        return self.autosaver.save_now()

    def emergency_name(self) -> str:
        return self.document.display_name

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.maybe_save():
            # the palette and font are the application's: other windows get theirs back
            self.presentation.set_active(False)
            # a clean close: nothing to recover next time, whatever the user chose to discard
            self.autosaver.shutdown()
            self.document.release_lock()
            save_window_state(self)
            event.accept()
        else:
            event.ignore()

    # ----- wiring ------------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        # a panel and its scroll areas are called as their dock, unless they have a name
        for named in [widget, *widget.findChildren(QScrollArea)]:
            if not named.accessibleName():
                named.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    def _wire(self) -> None:
        doc = self.document
        doc.fileStateChanged.connect(self._update_title)
        doc.chartReplaced.connect(self._sync_relayout_toggle)
        doc.chartChanged.connect(lambda _change: self._sync_relayout_toggle())
        self.scene.selectionChanged.connect(self._selection_changed)
        self.checks.findingsUpdated.connect(self.scene.update_findings)
        self.scene.update_findings(None, self.checks.findings())  # any run before this
        self.checks.positionsActivated.connect(self._show_positions)
        self.palette_panel.structureActivated.connect(self.insert_structure)
        self.palette_panel.roleActivated.connect(self.edit.add_report)
        self.segmentation.sellersActivated.connect(self._show_positions)
        self.segmentation.colourByChanged.connect(self.scene.set_colour_by)
        self.scene.colourLegendChanged.connect(
            lambda: self.segmentation.set_colour_legend(self.scene.colour_legend())
        )
        self.find_bar.hitActivated.connect(self._show_found)
        self.view.foldToggled.connect(self.branches.toggle)
        self.branches.changed.connect(self.actions.update_view_actions)
        doc.undo_stack.indexChanged.connect(lambda _index: self.actions.update_view_actions())
        self.breadcrumb.focusChosen.connect(
            lambda pid: self.show_whole_chart() if pid is None else self.focus_on(pid)
        )
        self.find_bar.closed.connect(self.view.setFocus)
        self.scene.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.scene.cycleRefused.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.disk_watcher.changedOnDisk.connect(
            lambda path: self.disk_change_bar.show_for(path, self.document.modified)
        )
        self.disk_change_bar.reloadRequested.connect(self.reload_from_disk)
        self.disk_watcher.inStep.connect(self.disk_change_bar.hide)
        doc.documentReplaced.connect(self.disk_change_bar.hide)
        # the start page: its choices, and it goes as soon as there is a chart to show
        page = self.start_page
        page.templateChosen.connect(self.files.new_from_model)
        page.exampleChosen.connect(lambda key: self.show_example(key, ask=True))
        page.recentChosen.connect(self.open_recent)
        page.emptyChosen.connect(self.files.new)
        page.importChosen.connect(self.files.import_csv_dialog)
        page.backChosen.connect(self.show_canvas)
        page.canvasWanted.connect(self.show_canvas)
        page.roleDropped.connect(lambda role: self.edit.add_seat(role, None))
        page.structureDropped.connect(self._add_dropped_structure)
        doc.chartReplaced.connect(self.show_canvas)
        doc.chartChanged.connect(lambda _change: self.show_canvas())
        self.files.recentChanged.connect(
            lambda: page.set_recent(self.files.recent_files()) if self.start_page_shown() else None
        )
        self.autosaver.failed.connect(
            lambda text: self.statusBar().showMessage(self.tr("Autosave failed: ") + text, 8000)
        )

    def _selection_changed(self) -> None:
        self.inspector.set_selection(self.scene.selected_ids())
        self.actions.update_enabled()

    def _show_found(self, position_id: str) -> None:
        """A match of Find: selected, centred, and zoomed in to reading size if need be."""
        if position_id in self.document.chart:
            self.branches.reveal([position_id])  # unfolded, in focus: Find shows every match
            self.scene.flush()
            self.scene.select_ids([position_id])
            self.view.show_readable(position_id)

    def show_compare(self) -> CompareDialog:
        """The compare view (one per window, kept while open), in front."""
        if self.compare_dialog is None:
            self.compare_dialog = CompareDialog(self.document, self)
            self.compare_dialog.positionsChosen.connect(self._show_compared)
        self.compare_dialog.show()
        self.compare_dialog.raise_()
        return self.compare_dialog

    def _show_compared(self, scenario: str, ids: list[str]) -> None:
        if scenario == self.document.scenarios.current:
            self._show_positions(ids)

    def _show_positions(self, ids: list[str]) -> None:
        ids = [pid for pid in ids if pid in self.document.chart]
        if ids:
            self.branches.reveal(ids)
            self.scene.flush()
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


def main_windows() -> list[MainWindow]:
    """Every open editor window (the preferences and the crash handler reach them all)."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and not w.closed]
