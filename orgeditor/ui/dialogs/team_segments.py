"""A small dialog for a team's four segment values (its members inherit them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from orgeditor.model import SEGMENT_DIMENSIONS, Chart, Team
from orgeditor.ui.labels import dimension_text


class TeamSegmentsDialog(QDialog):
    """The four segment values of a team, with completion from the values in the chart."""

    def __init__(self, chart: Chart, team: Team, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamSegmentsDialog")
        self.setWindowTitle(self.tr("Segments of %1").replace("%1", team.name or team.id))
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        for dimension in SEGMENT_DIMENSIONS:
            edit = QLineEdit(getattr(team, dimension))
            values = sorted(
                {getattr(p, dimension) for p in chart.positions()}
                | {getattr(t, dimension) for t in chart.teams()},
                key=str.casefold,
            )
            edit.setPlaceholderText(self.tr("Members keep their own values"))
            completer = QCompleter([v for v in values if v], edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            edit.setCompleter(completer)
            form.addRow(f"&{dimension_text(dimension)}:", edit)  # Alt+first letter
            self.edits[dimension] = edit
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {dimension: edit.text().strip() for dimension, edit in self.edits.items()}
