"""Team, pod, dotted-line and declared-model actions, for the menu bar's Teams menu; the
canvas's context menus (context_menus.py) call the same edits.

TeamActions owns QActions (enabled and checked to match the selection and the chart). Every
edit is one undo command. The questions it asks (a team's name, its segments, a dotted
manager) go through ask_* methods, so tests replace them instead of driving modal dialogs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMenu, QWidget

from orgeditor.drawing.scene import ChartScene
from orgeditor.model import Chart, Team, display_label, dotted_line_refusal, full_label
from orgeditor.ui.canvas.view import ChartView
from orgeditor.ui.commands import (
    AddDottedLineCommand,
    AddToTeamCommand,
    CreateTeamCommand,
    DissolveTeamCommand,
    RemoveDottedLineCommand,
    RemoveFromTeamCommand,
    RenameTeamCommand,
    SetTeamFieldsCommand,
    SettingsCommand,
)
from orgeditor.ui.commands.dotted import dotted_lines_of
from orgeditor.ui.dialogs.team_segments import TeamSegmentsDialog
from orgeditor.ui.document import Document
from orgeditor.ui.labels import (
    dotted_refusal_text,
    model_choices,
    model_text,
    team_kind_choices,
    team_kind_text,
)

MAX_CHOICES = 5000  # positions offered as dotted managers in the chooser


class TeamActions(QObject):
    def __init__(
        self,
        document: Document,
        scene: ChartScene,
        view: ChartView,
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(parent_widget or view)
        self.document, self.scene, self.view = document, scene, view
        self.widget = parent_widget or view

        def action(text: str, slot: Callable[[], object], tip: str = "") -> QAction:
            act = QAction(text, self.widget)  # translated at the call (lupdate)
            if tip:
                act.setStatusTip(tip)
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.make_team = action(
            self.tr("Make &Team from Selection…"),
            lambda: self.make_team_from_selection("other"),
            self.tr("Group the selected positions into a new team"),
        )
        self.make_pod = action(
            self.tr("Make &Pod from Selection…"),
            lambda: self.make_team_from_selection("pod"),
            self.tr("Group the selected positions into a new pod"),
        )
        self.rename_team = action(
            self.tr("Re&name Team…"),
            lambda: self._on_team(self.rename),
            self.tr("Give the team a new name"),
        )
        self.team_segments = action(
            self.tr("Team &Segments…"),
            lambda: self._on_team(self.edit_segments),
            self.tr(
                "Region, product line, customer size and vertical of the team; members without "
                "their own values inherit them"
            ),
        )
        self.dissolve_team = action(
            self.tr("&Dissolve Team"),
            lambda: self._on_team(self.dissolve),
            self.tr("Remove the team; its members stay where they are"),
        )
        self.remove_from_team = action(
            self.tr("Remove from Team"),
            lambda: self.remove_from_teams(self.scene.selected_ids()),
            self.tr("Take the selected positions out of their teams"),
        )
        self.add_dotted_line = action(
            self.tr("Add Dotted &Line…"),
            self.add_dotted_line_for_selection,
            self.tr(
                "A matrix (dotted) line: the second selected card becomes a dotted manager of the "
                "first. Or Alt+drag a card onto its dotted manager."
            ),
        )
        self.remove_dotted_lines = action(
            self.tr("Remove Dotted Lines of Selection"),
            self.remove_dotted_lines_of_selection,
            self.tr("Remove every dotted line to or from the selected positions"),
        )

        self.kind_menu = QMenu(self.tr("Team &Kind"), self.widget)
        self.kind_actions = self.choices(
            self.kind_menu,
            team_kind_choices(),
            lambda kind: self._on_team(lambda team_id: self.set_kind(team_id, kind)),
        )
        self.team_model_menu = QMenu(self.tr("Team Declared &Model"), self.widget)
        self.team_model_actions = self.choices(
            self.team_model_menu,
            model_choices(),
            lambda model: self._on_team(lambda team_id: self.set_team_model(team_id, model)),
        )
        self.chart_model_menu = QMenu(self.tr("&Chart Declared Model"), self.widget)
        self.chart_model_actions = self.choices(
            self.chart_model_menu, model_choices(), self.set_chart_model
        )
        self.chart_model_menu.setStatusTip(
            self.tr("The sales model this chart means to follow; the checks compare against it")
        )

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        scene.selectionChanged.connect(self._timer.start)
        document.chartChanged.connect(lambda _change: self._timer.start())
        document.chartReplaced.connect(self._timer.start)
        self.refresh()

    # ----- what the actions work on --------------------------------------------------------

    @property
    def chart(self) -> Chart:
        return self.document.chart

    def current_team_id(self) -> str | None:
        """The team of the selection: set when every selected position is in one team."""
        teams = {self.chart.position(pid).team for pid in self.scene.selected_ids()}
        if len(teams) == 1:
            return teams.pop()
        return None

    def refresh(self) -> None:
        """Enable and check the actions to match the selection and the chart."""
        self._timer.stop()
        chart = self.chart
        selected = self.scene.selected_ids()
        team_id = self.current_team_id()
        team = chart.team(team_id) if team_id is not None else None
        self.make_team.setEnabled(bool(selected))
        self.make_pod.setEnabled(bool(selected))
        for act in (self.rename_team, self.team_segments, self.dissolve_team):
            act.setEnabled(team is not None)
        self.kind_menu.setEnabled(team is not None)
        self.team_model_menu.setEnabled(team is not None)
        self.remove_from_team.setEnabled(any(chart.position(p).team for p in selected))
        self.add_dotted_line.setEnabled(len(selected) in (1, 2))
        self.remove_dotted_lines.setEnabled(bool(dotted_lines_of(chart, selected)))
        _check(self.kind_actions, team.kind if team is not None else object())
        _check(self.team_model_actions, team.declared_model if team is not None else object())
        _check(self.chart_model_actions, chart.settings.declared_model)

    def menu(self, parent: QWidget | None = None) -> QMenu:
        """A "Teams" menu with every action, for the menu bar."""
        menu = QMenu(self.tr("&Teams"), parent or self.widget)
        menu.aboutToShow.connect(self.refresh)
        menu.addActions([self.make_team, self.make_pod])
        menu.addSeparator()
        menu.addAction(self.rename_team)
        menu.addMenu(self.kind_menu)
        menu.addAction(self.team_segments)
        menu.addMenu(self.team_model_menu)
        menu.addAction(self.remove_from_team)
        menu.addAction(self.dissolve_team)
        menu.addSeparator()
        menu.addActions([self.add_dotted_line, self.remove_dotted_lines])
        menu.addSeparator()
        menu.addMenu(self.chart_model_menu)
        return menu

    # ----- questions (tests replace these) ---------------------------------------------------

    def ask_team_name(self, title: str, label: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(
            self.widget, title, label, QLineEdit.EchoMode.Normal, default
        )
        return text.strip() if ok and text.strip() else None

    def ask_segments(self, team: Team) -> dict[str, str] | None:
        """The team's segment values as the user leaves them, or None if cancelled."""
        dialog = TeamSegmentsDialog(self.chart, team, self.widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def ask_dotted_manager(self, report_id: str) -> str | None:
        chart = self.chart
        ids = []
        for pid in chart.position_ids():
            if dotted_line_refusal(chart, pid, report_id) is None:
                ids.append(pid)
                if len(ids) == MAX_CHOICES:
                    break
        if not ids:
            return None
        labels = [self._choice_label(pid) for pid in ids]
        title = self.tr("Add Dotted Line")
        prompt = self.tr("Dotted manager of %1:").replace("%1", self.label(report_id))
        text, ok = QInputDialog.getItem(self.widget, title, prompt, labels, 0, True)
        if not ok or text not in labels:
            return None
        return ids[labels.index(text)]

    # ----- edits: each one undo command ------------------------------------------------------

    def make_team_from_selection(self, kind: str = "other") -> str | None:
        """Ask a name and make a team (or pod) of the selected positions. Returns its id."""
        ids = self.scene.selected_ids()
        if not ids:
            return None
        pod = kind == "pod"
        name = self.ask_team_name(
            self.tr("Make Pod") if pod else self.tr("Make Team"),
            self.tr("Name of the new pod:") if pod else self.tr("Name of the new team:"),
            self.default_team_name(kind),
        )
        if name is None:
            return None
        return self.make_team_of(ids, name, kind)

    def make_team_of(self, ids: list[str], name: str, kind: str = "other") -> str:
        command = CreateTeamCommand(self.chart, ids, name, kind)
        self._push(command)
        return command.team_id

    def default_team_name(self, kind: str = "other") -> str:
        stem = self.tr("Pod") if kind == "pod" else self.tr("Team")
        n = sum(1 for t in self.chart.teams() if t.kind == kind) + 1
        while self.chart.team_by_name(f"{stem} {n}") is not None:
            n += 1
        return f"{stem} {n}"

    def rename(self, team_id: str) -> bool:
        team = self.chart.team(team_id)
        name = self.ask_team_name(self.tr("Rename Team"), self.tr("New name:"), team.name)
        if name is None or name == team.name:
            return False
        self._push(RenameTeamCommand(self.chart, team_id, name))
        return True

    def set_kind(self, team_id: str, kind: str) -> bool:
        if self.chart.team(team_id).kind == kind:
            return False
        text = self.tr("Make %1 a %2").replace("%1", self._team_label(team_id))
        text = text.replace("%2", team_kind_text(kind).lower())
        self._push(SetTeamFieldsCommand(self.chart, team_id, text, kind=kind))
        return True

    def edit_segments(self, team_id: str) -> bool:
        team = self.chart.team(team_id)
        values = self.ask_segments(team)
        if values is None:
            return False
        changed = {k: v for k, v in values.items() if getattr(team, k) != v}
        if not changed:
            return False
        text = self.tr("Set segments of %1").replace("%1", self._team_label(team_id))
        self._push(SetTeamFieldsCommand(self.chart, team_id, text, **changed))
        return True

    def set_team_model(self, team_id: str, model: str | None) -> bool:
        if self.chart.team(team_id).declared_model == model:
            return False
        text = self.tr("Declare %1 model of %2").replace("%1", self._model_label(model))
        text = text.replace("%2", self._team_label(team_id))
        self._push(SetTeamFieldsCommand(self.chart, team_id, text, declared_model=model))
        return True

    def dissolve(self, team_id: str) -> bool:
        if not self.chart.has_team(team_id):
            return False
        self._push(DissolveTeamCommand(self.chart, team_id))
        return True

    def add_to_team(self, ids: list[str], team_id: str) -> bool:
        ids = [pid for pid in ids if self.chart.position(pid).team != team_id]
        if not ids:
            return False
        self._push(AddToTeamCommand(self.chart, ids, team_id))
        return True

    def remove_from_teams(self, ids: list[str]) -> bool:
        ids = [pid for pid in ids if self.chart.position(pid).team is not None]
        if not ids:
            return False
        self._push(RemoveFromTeamCommand(self.chart, ids))
        return True

    def set_chart_model(self, model: str | None) -> bool:
        if self.chart.settings.declared_model == model:
            return False
        text = self.tr("Declare %1 model").replace("%1", self._model_label(model))
        if model is None:
            text = self.tr("Clear declared model")
        self._push(SettingsCommand(self.chart, text, declared_model=model))
        return True

    def add_dotted_line_for_selection(self) -> bool:
        """Two selected: the second chosen becomes a dotted manager of the first. One
        selected: ask for its dotted manager."""
        ordered = self.scene.selected_in_order()
        if len(ordered) == 2:
            return self.add_dotted(ordered[1], ordered[0])
        if len(ordered) == 1:
            return self.add_dotted_line_to(ordered[0])
        return False

    def add_dotted_line_to(self, report_id: str) -> bool:
        manager = self.ask_dotted_manager(report_id)
        return manager is not None and self.add_dotted(manager, report_id)

    def add_dotted(self, manager_id: str, report_id: str) -> bool:
        chart = self.chart
        why = dotted_refusal_text(chart, manager_id, report_id)
        if why:
            self.scene.statusMessage.emit(why)
            return False
        text = self.tr("Add dotted line from %1 to %2").replace("%1", self.label(manager_id))
        text = text.replace("%2", self.label(report_id))
        self._push(AddDottedLineCommand(chart, manager_id, report_id, text=text))
        return True

    def remove_dotted_lines_of_selection(self) -> bool:
        return self.remove_dotted(dotted_lines_of(self.chart, self.scene.selected_ids()))

    def remove_dotted(self, lines: list[tuple[str, str]]) -> bool:
        if not lines:
            return False
        text = ""
        if len(lines) == 1:
            manager, report = lines[0]
            text = self.tr("Remove dotted line from %1 to %2").replace("%1", self.label(manager))
            text = text.replace("%2", self.label(report))
        self._push(RemoveDottedLineCommand(self.chart, lines, text=text))
        return True

    # ----- helpers -------------------------------------------------------------------------

    def _on_team(self, slot: Callable[[str], object]) -> None:
        team_id = self.current_team_id()
        if team_id is not None:
            slot(team_id)

    def _push(self, command) -> None:
        self.document.undo_stack.push(command)
        self.scene.statusMessage.emit(command.text())
        self.refresh()

    def choices(
        self,
        menu: QMenu,
        labels: dict,
        slot: Callable[[object], object],
        checked: object = object(),
    ) -> dict[object, QAction]:
        group = QActionGroup(menu)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        actions = {}
        for key, label in labels.items():  # already translated (orgeditor.ui.labels)
            act = menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(key == checked)
            group.addAction(act)
            act.triggered.connect(lambda _c=False, k=key: self._choose(slot, k))
            actions[key] = act
        return actions

    def _choose(self, slot: Callable[[object], object], key: object) -> None:
        slot(key)
        self.refresh()  # a click on the checked entry unchecks it: show the truth again

    def label(self, pid: str) -> str:
        return display_label(self.chart, pid)

    def _choice_label(self, pid: str) -> str:
        return f"{full_label(self.chart, pid)} ({pid})"  # the id tells namesakes apart

    def _team_label(self, team_id: str) -> str:
        return self.chart.team(team_id).name or self.tr("team")

    def _model_label(self, model: str | None) -> str:
        return model_text(model).lower()


def _check(actions: dict[object, QAction], value: object) -> None:
    for key, act in actions.items():
        act.setChecked(key == value)
