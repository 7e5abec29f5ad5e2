"""The window's actions, menus and toolbar. Behaviour lives in the controllers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from orgeditor.ui.examples import EXAMPLES
from orgeditor.ui.role_menus import INFERRED, fill_role_menu
from orgeditor.ui.toolbar import build_toolbar, load_icon

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


class WindowActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w, files, edit = window, window.files, window.edit
        stack = window.document.undo_stack

        def action(text: str, slot, shortcut=None, tip: str = "") -> QAction:
            act = QAction(w.tr(text), w)
            if shortcut is not None:
                if isinstance(shortcut, list):
                    act.setShortcuts(shortcut)
                else:
                    act.setShortcut(shortcut)
            if tip:
                act.setStatusTip(w.tr(tip))
            act.triggered.connect(lambda _checked=False: slot())
            w.addAction(act)  # shortcuts work even with the menu bar hidden
            return act

        self.new = action("&New", files.new, Key.New, "Start an empty chart")
        self.new_from_template = action(
            "New from &Template…",
            w.new_from_template,
            QKeySequence("Ctrl+Shift+N"),
            "Start from an assembly line, pod or island structure",
        )
        self.insert_structure = action(
            "Insert &Structure…",
            w.insert_structure,
            QKeySequence("Ctrl+I"),
            "Add an assembly line, pod or island under the selected card",
        )
        self.show_start_page = action(
            "Start &Page",
            w.show_start_page,
            None,
            "The sales models, examples and recent charts to start from",
        )
        self.open = action("&Open…", files.open_dialog, Key.Open, "Open an .orgchart or CSV file")
        self.import_csv = action(
            "&Import CSV or Excel…",
            files.import_csv_dialog,
            None,
            "Import an HR export (CSV, Excel, GraphML)",
        )
        exports = window.exports
        self.export = action(
            "&Export…",
            exports.export_dialog,
            QKeySequence("Ctrl+E"),
            "Export the chart as PNG, SVG, PDF, CSV or GraphML",
        )
        self.export_selection = action(
            "Export &Selection…",
            lambda: exports.export_dialog(selection_only=True),
            None,
            "Export the selected cards as PNG, SVG or PDF",
        )
        self.print_preview = action("Print Pre&view…", exports.print_preview)
        self.print = action("&Print…", exports.print_direct, Key.Print)
        self.save = action("&Save", files.save, Key.Save)
        self.save_as = action("Save &As…", files.save_as, Key.SaveAs)
        self.quit = action("&Quit", w.close, Key.Quit)
        self.preferences = action(
            "&Preferences…", w.show_preferences, Key.Preferences, "Autosave interval"
        )

        self.undo = stack.createUndoAction(w, w.tr("&Undo"))
        self.undo.setShortcut(Key.Undo)
        self.redo = stack.createRedoAction(w, w.tr("&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        w.addActions([self.undo, self.redo])  # their keys work with the menus hidden too
        self.cut = action(
            "Cu&t", edit.cut, Key.Cut, "Cut the selected positions with their reports"
        )
        self.copy = action(
            "&Copy", edit.copy, Key.Copy, "Copy the selected positions with their reports"
        )
        self.paste = action(
            "&Paste", edit.paste, Key.Paste, "Paste positions under the selected card"
        )
        self.delete = action(
            "&Delete",
            edit.delete,
            [QKeySequence(Key.Delete), QKeySequence("Backspace")],
            "Delete the selected positions; their reports move up",
        )
        self.delete_subtree = action(
            "Delete with &Reports", lambda: edit.delete(True), QKeySequence("Ctrl+Delete")
        )
        self.select_all = action("Select &All", edit.select_all, Key.SelectAll)
        self.find = action("&Find…", w.show_find_bar, Key.Find, "Find a position by name or title")
        self.rename = action("Re&name", w.rename_selected, QKeySequence("F2"))
        self.review_roles = action(
            "Review Ro&les…",
            w.review_roles,
            None,
            "One row per title: check the roles read from the titles and correct them",
        )
        self.move_under = action(
            "&Move Under…",
            edit.move_under,
            QKeySequence("Ctrl+M"),
            "Choose a new manager for the selected positions by name",
        )

        self.zoom_in = action(
            "Zoom &In", w.view.zoom_in, [QKeySequence(Key.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out = action("Zoom &Out", w.view.zoom_out, Key.ZoomOut)
        self.fit = action("&Fit Chart", w.view.fit, QKeySequence("Ctrl+0"))
        self.auto_layout = action(
            "&Auto Layout",
            w.auto_layout,
            QKeySequence("Ctrl+L"),
            "Tidy the chart; forget cards placed by hand",
        )
        # folds and focus (ui/branch_view.py): what is shown, not edits (no undo step)
        self.collapse_branch = action(
            "&Collapse Branch",
            w.collapse_selected,
            QKeySequence(Qt.Key.Key_Minus),
            "Fold away everything under the selected managers",
        )
        self.expand_branch = action(
            "E&xpand Branch",
            w.expand_selected,
            [QKeySequence(Qt.Key.Key_Plus), QKeySequence(Qt.Key.Key_Equal)],
            "Show the folded reports of the selected managers again",
        )
        self.expand_all = action(
            "Expa&nd All",
            w.expand_all,
            QKeySequence("Ctrl+Shift+E"),
            "Show every folded branch again",
        )
        self.focus_branch = action(
            "Focus on &Branch",
            w.focus_selected,
            QKeySequence("Ctrl+Shift+F"),
            "Show only the selected position and everything under it",
        )
        self.show_whole = action(
            "Show &Whole Chart",
            w.show_whole_chart,
            QKeySequence("Ctrl+Shift+W"),
            "End the focus on one branch: show the whole chart",
        )
        self.shortcuts = action("&Keyboard Shortcuts", w.show_shortcuts, Key.HelpContents)
        self.about = action("&About orgeditor", w.show_about)

        self._build_menus()

    def _build_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu(w.tr("&File"))
        file_menu.addActions([self.new, self.new_from_template, self.show_start_page, self.open])
        self.recent_menu = file_menu.addMenu(w.tr("Open &Recent"))
        self.examples_menu = file_menu.addMenu(w.tr("Open E&xample"))
        for key, label in EXAMPLES.items():
            act = self.examples_menu.addAction(w.tr(label))
            act.triggered.connect(lambda _checked=False, k=key: w.show_example(k, ask=True))
        file_menu.addAction(self.import_csv)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.export, self.export_selection, self.print_preview, self.print])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        w.files.recentChanged.connect(self.refresh_recent)
        self.refresh_recent()

        edit_menu = bar.addMenu(w.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut, self.copy, self.paste, self.delete, self.delete_subtree])
        edit_menu.addSeparator()
        edit_menu.addActions([self.select_all, self.rename, self.find])
        edit_menu.addSeparator()
        self.add_report_menu = edit_menu.addMenu(w.tr("Add &Report"))
        self.add_report_menu.setObjectName("editAddReportMenu")
        self.add_report_menu.setStatusTip(
            w.tr("A new seat under the selected card (a new top position when none is selected)")
        )
        fill_role_menu(self.add_report_menu, w.edit.add_report)
        self.add_report_menu.menuAction().setIcon(load_icon("add-report"))
        self.change_role_menu = edit_menu.addMenu(w.tr("Change R&ole"))
        self.change_role_menu.setObjectName("editChangeRoleMenu")
        self.change_role_menu.aboutToShow.connect(self._fill_change_role)
        edit_menu.addAction(self.review_roles)
        edit_menu.addAction(self.move_under)
        edit_menu.addAction(self.insert_structure)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)

        bar.addMenu(w.team_actions.menu(w))
        bar.addMenu(w.scenario_actions.menu(w))

        view_menu = bar.addMenu(w.tr("&View"))
        view_menu.addActions([self.zoom_in, self.zoom_out, self.fit])
        view_menu.addSeparator()
        view_menu.addActions([w.presentation.action, w.presentation.strip_action])
        view_menu.addSeparator()
        view_menu.addActions([self.collapse_branch, self.expand_branch, self.expand_all])
        view_menu.addActions([self.focus_branch, self.show_whole])
        view_menu.addSeparator()
        w.layout_styles.add_to(view_menu)
        view_menu.addAction(self.auto_layout)
        view_menu.addAction(w.relayout_toggle)
        view_menu.addSeparator()
        self.panels_menu: QMenu = view_menu.addMenu(w.tr("&Panels"))
        for dock in w.docks:
            self.panels_menu.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu(w.tr("&Help"))
        help_menu.addActions([self.shortcuts, self.about])

        self.toolbar = build_toolbar(w, self)

    def _fill_change_role(self) -> None:
        """Refilled on every showing, so the check mark shows the selection's role."""
        menu, edit = self.change_role_menu, self.window.edit
        menu.clear()
        for group in menu.findChildren(QActionGroup):
            group.deleteLater()
        ids = self.window.scene.selected_ids()
        explicit = {self.window.document.chart.position(pid).explicit_role for pid in ids}
        current = (explicit.pop() or INFERRED) if len(explicit) == 1 else "\0mixed"
        fill_role_menu(menu, edit.change_role, current, inferred_entry=True)
        menu.setEnabled(bool(ids))

    def update_enabled(self) -> None:
        """Actions that need a selection are greyed out without one."""
        selected = bool(self.window.scene.selected_ids())
        for act in (
            self.cut,
            self.copy,
            self.delete,
            self.delete_subtree,
            self.rename,
            self.move_under,
            self.export_selection,
        ):
            act.setEnabled(selected)
        self.change_role_menu.setEnabled(selected)
        self.update_view_actions()

    def update_view_actions(self) -> None:
        """Folds and focus: what the selection and the chart's view allow."""
        w = self.window
        branches = w.branches
        selected = w.scene.selected_ids()
        current = w.view.current_id()
        self.collapse_branch.setEnabled(any(branches.can_collapse(p) for p in selected))
        self.expand_branch.setEnabled(any(branches.is_collapsed(p) for p in selected))
        self.expand_all.setEnabled(branches.has_folds())
        self.focus_branch.setEnabled(current is not None and current != branches.focus())
        self.show_whole.setEnabled(branches.focus() is not None)

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        files = self.window.files.recent_files()
        for name in files:
            act = self.recent_menu.addAction(Path(name).name)
            act.setToolTip(name)
            act.triggered.connect(lambda _checked=False, n=name: self.window.open_recent(n))
        self.recent_menu.setEnabled(bool(files))
