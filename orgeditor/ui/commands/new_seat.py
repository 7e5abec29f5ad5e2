"""A new, empty seat of a role: what a palette drop, Add Report and Add Position create."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from orgeditor.model import Chart, Position, catalogue
from orgeditor.ui.commands.positions import AddPositionCommand
from orgeditor.ui.labels import role_text


def new_seat_command(
    chart: Chart, role: str, manager: str | None, xy: tuple[float, float] | None = None
) -> AddPositionCommand:
    """One undo step adding a vacant seat titled with the role's label under `manager` (None:
    a new top position, at `xy` when given). Raises KeyError for a role not in the catalogue.
    The title is the catalogue's English label (chart data, read back by title inference);
    the undo text names the role in the interface's language."""
    label = catalogue().role(role).label_en
    position = Position(
        id=chart.new_id(), name="", title=label, explicit_role=role, status="vacant", xy=xy
    )
    text = QCoreApplication.translate("NewSeat", "Add %1").replace("%1", role_text(role))
    return AddPositionCommand(chart, position, manager, text=text)
