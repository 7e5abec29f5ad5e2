"""Undo commands for teams and pods: make one from positions, change its fields, dissolve it,
add positions to a team or take them out.

Each command calls model methods only (Chart.add_team / update_team / remove_team and
update_position(team=...)); the scene and the panels follow the model's notifications.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from orgeditor.model import Chart, Team
from orgeditor.ui.commands.counted import CountedTexts

CONTEXT = "TeamCommands"
FIELD_WORDS = {
    "name": QT_TRANSLATE_NOOP("TeamCommands", "Rename team"),
    "kind": QT_TRANSLATE_NOOP("TeamCommands", "Set team kind"),
    "declared_model": QT_TRANSLATE_NOOP("TeamCommands", "Set team declared model"),
}


class CreateTeamCommand(QUndoCommand):
    """A new team (id from chart.new_team_id()) with these positions as its members.

    Members leave any team they were in; undo puts them back there and removes the new team.
    """

    def __init__(
        self,
        chart: Chart,
        member_ids: Iterable[str],
        name: str,
        kind: str = "other",
        text: str = "",
        **fields: object,
    ) -> None:
        self.chart = chart
        self.member_ids = list(dict.fromkeys(member_ids))
        for pid in self.member_ids:
            chart.position(pid)  # refuse now: a half-done redo would stay on the stack
        self.team = Team(chart.new_team_id(), name, kind)
        for key, value in fields.items():
            setattr(self.team, key, value)
        made = CountedTexts().make_team(len(self.member_ids), pod=kind == "pod")
        super().__init__(text or made)
        self._old_teams: dict[str, str | None] = {}

    @property
    def team_id(self) -> str:
        return self.team.id

    def redo(self) -> None:
        chart = self.chart
        chart.add_team(self.team.copy())
        self._old_teams = {pid: chart.position(pid).team for pid in self.member_ids}
        for pid in self.member_ids:
            chart.update_position(pid, team=self.team.id)

    def undo(self) -> None:
        for pid, old in reversed(self._old_teams.items()):
            self.chart.update_position(pid, team=old)
        self.chart.remove_team(self.team.id)


class SetTeamFieldsCommand(QUndoCommand):
    """Change a team's fields (name, kind, declared_model, region, product_line, ...)."""

    def __init__(self, chart: Chart, team_id: str, text: str = "", **values: object) -> None:
        super().__init__(text or _fields_text(values))
        self.chart, self.team_id, self.values = chart, team_id, values
        self.old: dict[str, object] = {}

    def redo(self) -> None:
        self.old = self.chart.update_team(self.team_id, **self.values)

    def undo(self) -> None:
        if self.old:
            self.chart.update_team(self.team_id, **self.old)


class RenameTeamCommand(SetTeamFieldsCommand):
    def __init__(self, chart: Chart, team_id: str, name: str, text: str = "") -> None:
        super().__init__(
            chart,
            team_id,
            text or QCoreApplication.translate("TeamCommands", "Rename team"),
            name=name,
        )


class DissolveTeamCommand(QUndoCommand):
    """Remove a team; its members stay, without a team. Undo brings back the same team (same
    id and fields) with the same members."""

    def __init__(self, chart: Chart, team_id: str, text: str = "") -> None:
        team = chart.team(team_id)
        super().__init__(
            text
            or QCoreApplication.translate("TeamCommands", "Dissolve %1").replace(
                "%1", team.name or QCoreApplication.translate("TeamCommands", "team")
            )
        )
        self.chart, self.team_id = chart, team_id
        self._team: Team | None = None
        self._members: list[str] = []
        self._index = 0

    def redo(self) -> None:
        self._index = self.chart.team_index(self.team_id)
        team, self._members = self.chart.remove_team(self.team_id)
        self._team = team.copy()

    def undo(self) -> None:
        assert self._team is not None
        self.chart.add_team(self._team.copy(), self._index)
        for pid in self._members:
            self.chart.update_position(pid, team=self.team_id)


class SetPositionsTeamCommand(QUndoCommand):
    """Put positions in a team (team_id), or take them out of theirs (team_id None)."""

    def __init__(
        self, chart: Chart, position_ids: Iterable[str], team_id: str | None, text: str = ""
    ) -> None:
        self.chart, self.team_id = chart, team_id
        # only the positions that change: the text counts them, undo restores them
        self.ids = [p for p in dict.fromkeys(position_ids) if chart.position(p).team != team_id]
        if not text:
            if team_id is None:
                text = CountedTexts().remove_from_team(len(self.ids))
            else:
                name = chart.team(team_id).name or QCoreApplication.translate(
                    "TeamCommands", "team"
                )
                text = CountedTexts().add_to_team(len(self.ids), name)
        super().__init__(text)
        self._old: dict[str, str | None] = {}

    def redo(self) -> None:
        chart = self.chart
        self._old = {}
        for pid in self.ids:
            old = chart.position(pid).team
            if old != self.team_id:
                self._old[pid] = old
                chart.update_position(pid, team=self.team_id)

    def undo(self) -> None:
        for pid, old in reversed(self._old.items()):
            self.chart.update_position(pid, team=old)


class AddToTeamCommand(SetPositionsTeamCommand):
    def __init__(
        self, chart: Chart, position_ids: Iterable[str], team_id: str, text: str = ""
    ) -> None:
        super().__init__(chart, position_ids, team_id, text)


class RemoveFromTeamCommand(SetPositionsTeamCommand):
    def __init__(self, chart: Chart, position_ids: Iterable[str], text: str = "") -> None:
        super().__init__(chart, position_ids, None, text)


def _fields_text(values: dict[str, object]) -> str:
    if len(values) == 1:
        (field,) = values
        if field in FIELD_WORDS:
            return QCoreApplication.translate(CONTEXT, FIELD_WORDS[field])
    if values and set(values) <= {"region", "product_line", "customer_size", "vertical"}:
        return QCoreApplication.translate("TeamCommands", "Set team segments")
    return QCoreApplication.translate("TeamCommands", "Edit team")
