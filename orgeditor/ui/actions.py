"""The window's actions, menus and toolbar. Behaviour lives in the controllers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from orgeditor.ui.examples import EXAMPLES
from orgeditor.ui.labels import tr_label
from orgeditor.ui.role_menus import INFERRED, fill_role_menu
from orgeditor.ui.theme import CHOICES, applied_theme, theme_names
from orgeditor.ui.toolbar import build_toolbar, load_icon

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

Key = QKeySequence.StandardKey
# every text below is a literal translate("WindowActions", ...) that pyside6-lupdate extracts
# (scripts/update_translations.py); w.tr() would look them up under "MainWindow" instead
translate = QCoreApplication.translate


class WindowActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w, files, edit = window, window.files, window.edit
        stack = window.document.undo_stack

        def action(text: str, slot, shortcut=None, tip: str = "") -> QAction:
            act = QAction(text, w)  # translated at the call: lupdate reads each literal
            if shortcut is not None:
                if isinstance(shortcut, list):
                    act.setShortcuts(shortcut)
                else:
                    act.setShortcut(shortcut)
            if tip:
                act.setStatusTip(tip)
            act.triggered.connect(lambda _checked=False: slot())
            w.addAction(act)  # shortcuts work even with the menu bar hidden
            return act

        self.new = action(
            translate("WindowActions", "&New"),
            files.new,
            Key.New,
            translate("WindowActions", "Start an empty chart"),
        )
        self.new_from_template = action(
            translate("WindowActions", "New from &Template…"),
            w.new_from_template,
            QKeySequence("Ctrl+Shift+N"),
            translate("WindowActions", "Start from an assembly line, pod or island structure"),
        )
        self.insert_structure = action(
            translate("WindowActions", "Insert &Structure…"),
            w.insert_structure,
            QKeySequence("Ctrl+I"),
            translate(
                "WindowActions", "Add an assembly line, pod or island under the selected card"
            ),
        )
        self.show_start_page = action(
            translate("WindowActions", "Start &Page"),
            w.show_start_page,
            None,
            translate(
                "WindowActions", "The sales models, examples and recent charts to start from"
            ),
        )
        self.open = action(
            translate("WindowActions", "&Open…"),
            files.open_dialog,
            Key.Open,
            translate("WindowActions", "Open an .orgchart or CSV file"),
        )
        self.import_csv = action(
            translate("WindowActions", "&Import CSV or Excel…"),
            files.import_csv_dialog,
            None,
            translate("WindowActions", "Import an HR export (CSV, Excel, GraphML)"),
        )
        exports = window.exports
        self.export = action(
            translate("WindowActions", "&Export…"),
            exports.export_dialog,
            QKeySequence("Ctrl+E"),
            translate("WindowActions", "Export the chart as PNG, SVG, PDF, CSV or GraphML"),
        )
        self.export_selection = action(
            translate("WindowActions", "Export &Selection…"),
            lambda: exports.export_dialog(selection_only=True),
            None,
            translate("WindowActions", "Export the selected cards as PNG, SVG or PDF"),
        )
        self.print_preview = action(
            translate("WindowActions", "Print Pre&view…"), exports.print_preview
        )
        self.print = action(translate("WindowActions", "&Print…"), exports.print_direct, Key.Print)
        self.save = action(translate("WindowActions", "&Save"), files.save, Key.Save)
        self.save_as = action(translate("WindowActions", "Save &As…"), files.save_as, Key.SaveAs)
        self.quit = action(translate("WindowActions", "&Quit"), w.close, Key.Quit)
        self.preferences = action(
            translate("WindowActions", "&Preferences…"),
            w.show_preferences,
            Key.Preferences,
            translate("WindowActions", "Autosave, interface scale, language and theme"),
        )

        self.undo = stack.createUndoAction(w, translate("WindowActions", "&Undo"))
        self.undo.setShortcut(Key.Undo)
        self.redo = stack.createRedoAction(w, translate("WindowActions", "&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        w.addActions([self.undo, self.redo])  # their keys work with the menus hidden too
        self.cut = action(
            translate("WindowActions", "Cu&t"),
            edit.cut,
            Key.Cut,
            translate("WindowActions", "Cut the selected positions with their reports"),
        )
        self.copy = action(
            translate("WindowActions", "&Copy"),
            edit.copy,
            Key.Copy,
            translate("WindowActions", "Copy the selected positions with their reports"),
        )
        self.paste = action(
            translate("WindowActions", "&Paste"),
            edit.paste,
            Key.Paste,
            translate("WindowActions", "Paste positions under the selected card"),
        )
        self.delete = action(
            translate("WindowActions", "&Delete"),
            edit.delete,
            [QKeySequence(Key.Delete), QKeySequence("Backspace")],
            translate("WindowActions", "Delete the selected positions; their reports move up"),
        )
        self.delete_subtree = action(
            translate("WindowActions", "Delete with &Reports"),
            lambda: edit.delete(True),
            QKeySequence("Ctrl+Delete"),
        )
        self.select_all = action(
            translate("WindowActions", "Select &All"), edit.select_all, Key.SelectAll
        )
        self.find = action(
            translate("WindowActions", "&Find…"),
            w.show_find_bar,
            Key.Find,
            translate("WindowActions", "Find a position by name or title"),
        )
        self.rename = action(
            translate("WindowActions", "Re&name"), w.rename_selected, QKeySequence("F2")
        )
        self.review_roles = action(
            translate("WindowActions", "Review Ro&les…"),
            w.review_roles,
            None,
            translate(
                "WindowActions",
                "One row per title: check the roles read from the titles and correct them",
            ),
        )
        self.move_under = action(
            translate("WindowActions", "&Move Under…"),
            edit.move_under,
            QKeySequence("Ctrl+M"),
            translate("WindowActions", "Choose a new manager for the selected positions by name"),
        )

        self.zoom_in = action(
            translate("WindowActions", "Zoom &In"),
            w.view.zoom_in,
            [QKeySequence(Key.ZoomIn), QKeySequence("Ctrl+=")],
        )
        self.zoom_out = action(
            translate("WindowActions", "Zoom &Out"), w.view.zoom_out, Key.ZoomOut
        )
        self.fit = action(
            translate("WindowActions", "&Fit Chart"), w.view.fit, QKeySequence("Ctrl+0")
        )
        self.auto_layout = action(
            translate("WindowActions", "&Auto Layout"),
            w.auto_layout,
            QKeySequence("Ctrl+L"),
            translate("WindowActions", "Tidy the chart; forget cards placed by hand"),
        )
        # folds and focus (ui/branch_view.py): what is shown, not edits (no undo step)
        self.collapse_branch = action(
            translate("WindowActions", "&Collapse Branch"),
            w.collapse_selected,
            QKeySequence(Qt.Key.Key_Minus),
            translate("WindowActions", "Fold away everything under the selected managers"),
        )
        self.expand_branch = action(
            translate("WindowActions", "E&xpand Branch"),
            w.expand_selected,
            [QKeySequence(Qt.Key.Key_Plus), QKeySequence(Qt.Key.Key_Equal)],
            translate("WindowActions", "Show the folded reports of the selected managers again"),
        )
        self.expand_all = action(
            translate("WindowActions", "Expa&nd All"),
            w.expand_all,
            QKeySequence("Ctrl+Shift+E"),
            translate("WindowActions", "Show every folded branch again"),
        )
        self.focus_branch = action(
            translate("WindowActions", "Focus on &Branch"),
            w.focus_selected,
            QKeySequence("Ctrl+Shift+F"),
            translate("WindowActions", "Show only the selected position and everything under it"),
        )
        self.show_whole = action(
            translate("WindowActions", "Show &Whole Chart"),
            w.show_whole_chart,
            QKeySequence("Ctrl+Shift+W"),
            translate("WindowActions", "End the focus on one branch: show the whole chart"),
        )
        self.shortcuts = action(
            translate("WindowActions", "&Keyboard Shortcuts"), w.show_shortcuts, Key.HelpContents
        )
        self.about = action(translate("WindowActions", "&About orgeditor"), w.show_about)

        self._build_menus()

    def _build_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu(translate("WindowActions", "&File"))
        file_menu.addActions([self.new, self.new_from_template, self.show_start_page, self.open])
        self.recent_menu = file_menu.addMenu(translate("WindowActions", "Open &Recent"))
        self.examples_menu = file_menu.addMenu(translate("WindowActions", "Open E&xample"))
        for key, label in EXAMPLES.items():
            # "Pod: Fjord Analytics": the model's word translated, the company's name kept
            model, _sep, name = label.partition(": ")
            act = self.examples_menu.addAction(f"{tr_label(model)}: {name}" if name else label)
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

        edit_menu = bar.addMenu(translate("WindowActions", "&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut, self.copy, self.paste, self.delete, self.delete_subtree])
        edit_menu.addSeparator()
        edit_menu.addActions([self.select_all, self.rename, self.find])
        edit_menu.addSeparator()
        self.add_report_menu = edit_menu.addMenu(translate("WindowActions", "Add &Report"))
        self.add_report_menu.setObjectName("editAddReportMenu")
        self.add_report_menu.setStatusTip(
            translate(
                "WindowActions",
                "A new seat under the selected card (a new top position when none is selected)",
            )
        )
        fill_role_menu(self.add_report_menu, w.edit.add_report)
        self.add_report_menu.menuAction().setIcon(load_icon("add-report"))
        self.change_role_menu = edit_menu.addMenu(translate("WindowActions", "Change R&ole"))
        self.change_role_menu.setObjectName("editChangeRoleMenu")
        self.change_role_menu.aboutToShow.connect(self._fill_change_role)
        edit_menu.addAction(self.review_roles)
        edit_menu.addAction(self.move_under)
        edit_menu.addAction(self.insert_structure)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)

        bar.addMenu(w.team_actions.menu(w))
        bar.addMenu(w.scenario_actions.menu(w))

        view_menu = bar.addMenu(translate("WindowActions", "&View"))
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
        self.theme_menu = view_menu.addMenu(translate("WindowActions", "T&heme"))
        self.theme_menu.setObjectName("viewThemeMenu")
        self.theme_menu.setStatusTip(
            translate("WindowActions", "Light or dark, or as the computer is set")
        )
        self.theme_group = QActionGroup(w)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[str, QAction] = {}
        for key, name in theme_names().items():
            act = self.theme_menu.addAction(name)
            act.setCheckable(True)
            act.setData(key)
            act.triggered.connect(lambda _checked=False, k=key: w.set_theme(k))
            self.theme_group.addAction(act)
            self.theme_actions[key] = act
        self.sync_theme(applied_theme())  # the window calls it again on theme_changed
        self.panels_menu: QMenu = view_menu.addMenu(translate("WindowActions", "&Panels"))
        for dock in w.docks:
            self.panels_menu.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu(translate("WindowActions", "&Help"))
        help_menu.addActions([self.shortcuts, self.about])

        self.toolbar = build_toolbar(w, self)

    def sync_theme(self, theme: str) -> None:
        """The View ▸ Theme entry of the theme applied checked."""
        act = self.theme_actions.get(theme if theme in CHOICES else CHOICES[0])
        if act is not None:
            act.setChecked(True)

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
