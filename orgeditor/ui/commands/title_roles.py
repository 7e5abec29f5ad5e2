"""The role review's choices as one undo step: a role for every position of each title, and
the choices remembered in the chart (ChartSettings.title_roles) for titles met later."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from orgeditor.model import Chart, InvalidFieldError, catalogue, title_key
from orgeditor.ui.commands.counted import CountedTexts


class SetTitleRolesCommand(QUndoCommand):
    """{title: role}: every position with that title (normalised) gets the role."""

    def __init__(self, chart: Chart, choices: dict[str, str], text: str = "") -> None:
        roles = catalogue().roles
        chosen = {title_key(t): r for t, r in choices.items() if title_key(t)}
        for role in chosen.values():  # refuse now: a half-done redo would stay on the stack
            if role not in roles:
                raise InvalidFieldError(f"unknown role {role!r}")
        self.ids: dict[str, str] = {
            p.id: chosen[key] for p in chart.positions() if (key := title_key(p.title)) in chosen
        }
        count = len(self.ids)
        super().__init__(text or CountedTexts().set_roles(count))
        self.chart, self.chosen = chart, chosen
        self.old_roles: dict[str, str | None] = {}
        self.old_mapping: dict[str, str] = {}

    def redo(self) -> None:
        chart = self.chart
        self.old_mapping = dict(chart.settings.title_roles)
        self.old_roles = {pid: chart.position(pid).explicit_role for pid in self.ids}
        for pid, role in self.ids.items():
            if self.old_roles[pid] != role:
                chart.update_position(pid, explicit_role=role)
        chart.update_settings(title_roles={**self.old_mapping, **self.chosen})

    def undo(self) -> None:
        for pid, role in self.old_roles.items():
            self.chart.update_position(pid, explicit_role=role)
        self.chart.update_settings(title_roles=self.old_mapping)
