"""The canvas's context menus: for a card, for a team box and for empty canvas.

Each menu is built anew for one showing and deleted after it. Everything in it belongs to
it: entries that do what a window action does are fresh actions that trigger that action,
and submenus (roles, team kinds, declared models) are filled anew. A long-lived action or
menu is never added to a temporary one, so deleting the menu cannot delete what the menu
bar still shows.

Card entries act on the selection, which a right click has made include the card (see
canvas/menu_target.py); team entries act on the team; canvas entries on the click's place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QPointF
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from orgeditor.drawing.style import CARD_H, CARD_W
from orgeditor.templates import TEMPLATE_MODELS, TemplateError
from orgeditor.ui.commands.dotted import dotted_lines_of
from orgeditor.ui.commands.insert_structure import default_structure_command
from orgeditor.ui.labels import model_choices, model_text, team_kind_choices, team_kind_text
from orgeditor.ui.role_menus import INFERRED, fill_role_menu

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

MIXED = "\0mixed"  # the selection's positions have different roles: nothing is checked


class ContextMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.view.contextMenuRequested.connect(self.show_for)

    @property
    def chart(self):
        return self.window.document.chart

    # ----- showing ---------------------------------------------------------------------------

    def show_for(self, position_id: str | None, team_id: str | None, global_pos: QPoint) -> None:
        """Build the menu for what was right-clicked, show it, and let it go."""
        view = self.window.view
        scene_pos = view.mapToScene(view.viewport().mapFromGlobal(global_pos))
        menu = self.menu_for(position_id, team_id, scene_pos)
        menu.exec(global_pos)
        menu.deleteLater()

    def menu_for(
        self,
        position_id: str | None = None,
        team_id: str | None = None,
        scene_pos: QPointF | None = None,
    ) -> QMenu:
        """The menu for a card (position_id; team_id is then its team), a team box (team_id
        only) or empty canvas (neither; new positions go to scene_pos)."""
        chart = self.chart
        scene = self.window.scene
        if position_id is not None and position_id not in chart:
            position_id = None
        if team_id is not None and not chart.has_team(team_id):
            team_id = None
        if position_id is not None and position_id not in scene.selected_ids():
            scene.select_ids([position_id])
        elif position_id is None and team_id is not None:
            scene.select_ids(chart.team_members(team_id))
        self.window.team_actions.refresh()
        menu = QMenu(self.window)
        menu.setObjectName("canvasContextMenu")
        if position_id is not None:
            self._card_entries(menu, position_id)
        elif team_id is None:
            self._canvas_entries(menu, scene_pos)
        selected = scene.selected_ids()
        if selected:
            menu.addSeparator()
            self._make_team_entries(menu, len(selected))
            if position_id is not None:
                self._membership_entries(menu, selected)
        if team_id is not None:
            self._team_entries(menu, team_id)
        if position_id is not None:
            self._dotted_entries(menu, position_id, selected)
        menu.addSeparator()
        self._chart_model_menu(menu)
        return menu

    # ----- a card ----------------------------------------------------------------------------

    def _card_entries(self, menu: QMenu, pid: str) -> None:
        w, edit = self.window, self.window.edit
        actions = w.actions
        selected = w.scene.selected_ids()
        single = len(selected) == 1
        rename = _mirror(menu, actions.rename)
        rename.setEnabled(single)
        adds = menu.addMenu(self.tr("Add &Report"))
        adds.setObjectName("addReportMenu")
        fill_role_menu(adds, lambda role: edit.add_seat(role, pid))
        roles = menu.addMenu(self.tr("Change R&ole"))
        roles.setObjectName("changeRoleMenu")
        fill_role_menu(roles, edit.change_role, self._shared_role(selected), inferred_entry=True)
        _mirror(menu, actions.move_under)
        menu.addSeparator()
        for action in (actions.cut, actions.copy):
            _mirror(menu, action)
        paste = menu.addAction(_with_shortcut(self.tr("&Paste Under This Card"), actions.paste))
        paste.setEnabled(edit.can_paste())
        paste.triggered.connect(lambda _c=False: edit.paste_under(pid))
        _mirror(menu, actions.delete)
        _mirror(menu, actions.delete_subtree)
        self._branch_entries(menu, pid)

    def _branch_entries(self, menu: QMenu, pid: str) -> None:
        """Fold or unfold the branch, focus on it: the ones that do something here."""
        actions, branches = self.window.actions, self.window.branches
        entries = []
        if branches.is_collapsed(pid):
            entries.append(actions.expand_branch)
        elif branches.can_collapse(pid):
            entries.append(actions.collapse_branch)
        if pid != branches.focus():
            entries.append(actions.focus_branch)
        if branches.focus() is not None:
            entries.append(actions.show_whole)
        if entries:
            menu.addSeparator()
            for action in entries:
                _mirror(menu, action)

    def _shared_role(self, ids: list[str]) -> str:
        explicit = {self.chart.position(pid).explicit_role for pid in ids}
        if len(explicit) != 1:
            return MIXED
        role = explicit.pop()
        return INFERRED if role is None else role

    # ----- empty canvas ----------------------------------------------------------------------

    def _canvas_entries(self, menu: QMenu, scene_pos: QPointF | None) -> None:
        w, edit = self.window, self.window.edit
        xy = _top_left(scene_pos)
        paste = menu.addAction(_with_shortcut(self.tr("&Paste"), w.actions.paste))
        paste.setEnabled(edit.can_paste())
        paste.triggered.connect(lambda _c=False: edit.paste_under(None))
        adds = menu.addMenu(self.tr("Add &Position"))
        adds.setObjectName("addPositionMenu")
        fill_role_menu(adds, lambda role: edit.add_seat(role, None, xy))
        structures = menu.addMenu(self.tr("Insert &Structure"))
        structures.setObjectName("insertStructureMenu")
        for model in TEMPLATE_MODELS:
            act = structures.addAction(model_text(model))
            act.triggered.connect(lambda _c=False, m=model: self.insert_structure_at(m, xy))
        structures.addSeparator()
        wizard = structures.addAction(self.tr("With the Wizard…"))
        wizard.triggered.connect(lambda _c=False: w.insert_structure())
        menu.addSeparator()
        _mirror(menu, w.actions.auto_layout)
        _mirror(menu, w.actions.fit)
        _mirror(menu, w.actions.select_all)
        if w.branches.has_folds():
            _mirror(menu, w.actions.expand_all)
        if w.branches.focus() is not None:
            _mirror(menu, w.actions.show_whole)

    def insert_structure_at(self, model: str, xy: tuple[float, float] | None) -> str | None:
        """The model's default structure as a new tree with its top at xy; returns its top."""
        try:
            command = default_structure_command(self.chart, model, None, xy)
        except TemplateError as error:  # the defaults always build; a guard
            self.window.statusBar().showMessage(str(error), 6000)
            return None
        self.window.document.undo_stack.push(command)
        if command.top_id is not None:
            self.window.scene.select_ids([command.top_id])
        return command.top_id

    # ----- teams and dotted lines ------------------------------------------------------------

    def _make_team_entries(self, menu: QMenu, count: int) -> None:
        teams = self.window.team_actions
        entries = (
            ("other", self.tr("Make Team from %n Position(s)…", "", count)),
            ("pod", self.tr("Make Pod from %n Position(s)…", "", count)),
        )
        for kind, text in entries:
            act = menu.addAction(text)
            act.triggered.connect(lambda _c=False, k=kind: teams.make_team_from_selection(k))

    def _membership_entries(self, menu: QMenu, selected: list[str]) -> None:
        chart, teams, scene = self.chart, self.window.team_actions, self.window.scene
        own = {chart.position(pid).team for pid in selected}
        others = [t for t in chart.teams() if own != {t.id}]
        if others:
            sub = menu.addMenu(self.tr("Add to Team"))
            for team in sorted(others, key=lambda t: t.name.casefold()):
                act = sub.addAction(team.name or team.id)
                act.triggered.connect(
                    lambda _c=False, t=team.id: teams.add_to_team(scene.selected_ids(), t)
                )
        named = own - {None}
        if named:
            name = chart.team(next(iter(named))).name if len(named) == 1 else ""
            text = self.tr("Remove from %1").replace("%1", name) if name else None
            act = menu.addAction(text or self.tr("Remove from Team"))
            act.triggered.connect(lambda _c=False: teams.remove_from_teams(scene.selected_ids()))

    def _team_entries(self, menu: QMenu, team_id: str) -> None:
        teams = self.window.team_actions
        team = self.chart.team(team_id)
        menu.addSection(f"{team.name or team_id} · {team_kind_text(team.kind)}")
        menu.addAction(self.tr("Rename Team…")).triggered.connect(
            lambda _c=False: teams.rename(team_id)
        )
        kinds = menu.addMenu(self.tr("Team Kind"))
        teams.choices(
            kinds,
            team_kind_choices(),
            lambda kind: teams.set_kind(team_id, kind),
            team.kind,
        )
        menu.addAction(self.tr("Team Segments…")).triggered.connect(
            lambda _c=False: teams.edit_segments(team_id)
        )
        models = menu.addMenu(self.tr("Team Declared Model"))
        teams.choices(
            models,
            model_choices(),
            lambda model: teams.set_team_model(team_id, model),
            team.declared_model,
        )
        name = team.name or self.tr("Team")
        menu.addAction(self.tr("Dissolve %1").replace("%1", name)).triggered.connect(
            lambda _c=False: teams.dissolve(team_id)
        )

    def _dotted_entries(self, menu: QMenu, position_id: str, selected: list[str]) -> None:
        teams, chart = self.window.team_actions, self.chart
        menu.addSeparator()
        ordered = self.window.scene.selected_in_order()
        if len(ordered) == 2:
            report, manager = ordered
            text = self.tr("Add Dotted Line from %1 to %2").replace("%1", teams.label(manager))
            act = menu.addAction(text.replace("%2", teams.label(report)))
            act.triggered.connect(lambda _c=False: teams.add_dotted(manager, report))
        else:
            act = menu.addAction(self.tr("Add Dotted Line to…"))
            act.triggered.connect(lambda _c=False: teams.add_dotted_line_to(position_id))
        for line in dotted_lines_of(chart, [position_id]):
            other = line[0] if line[1] == position_id else line[1]
            act = menu.addAction(
                self.tr("Remove Dotted Line to %1").replace("%1", teams.label(other))
            )
            act.triggered.connect(lambda _c=False, ln=line: teams.remove_dotted([ln]))
        if len(selected) > 1 and dotted_lines_of(chart, selected):
            _mirror(menu, teams.remove_dotted_lines)

    def _chart_model_menu(self, menu: QMenu) -> None:
        teams = self.window.team_actions
        sub = menu.addMenu(self.tr("Chart Declared Model"))
        sub.setStatusTip(teams.chart_model_menu.statusTip())
        teams.choices(
            sub, model_choices(), teams.set_chart_model, self.chart.settings.declared_model
        )


def _with_shortcut(text: str, action: QAction) -> str:
    """Menu text with the window action's shortcut shown beside it (after a tab)."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text}\t{keys}" if keys else text


def _mirror(menu: QMenu, action: QAction) -> QAction:
    """A fresh entry of this menu that does what the window's action does."""
    act = menu.addAction(_with_shortcut(action.text(), action))
    act.setEnabled(action.isEnabled())
    act.setStatusTip(action.statusTip())
    act.triggered.connect(lambda _c=False: action.trigger())
    return act


def _top_left(scene_pos: QPointF | None) -> tuple[float, float] | None:
    """Where a card goes so that its centre is at the clicked place."""
    if scene_pos is None:
        return None
    return (float(round(scene_pos.x() - CARD_W / 2)), float(round(scene_pos.y() - CARD_H / 2)))
