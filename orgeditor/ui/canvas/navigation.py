"""Arrow-key moves through the reporting tree: up to the manager, down to the first report,
left and right to the previous and next sibling (roots are siblings of each other).

Only through what the chart's view shows: not below a folded manager, not out of the branch
in focus (its top has no manager and no siblings here)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from orgeditor.model import Chart

Key = Qt.Key


def neighbour(chart: Chart, position_id: str, key: Qt.Key) -> str | None:
    """The position an arrow key leads to from position_id, or None at an edge."""
    view = chart.view
    top = position_id == view.focus
    if key == Key.Key_Up:
        return None if top else chart.manager_of(position_id)
    if key == Key.Key_Down:
        if position_id in view.collapsed:
            return None
        reports = chart.reports_of(position_id)
        return reports[0] if reports else None
    if key in (Key.Key_Left, Key.Key_Right):
        if top:
            return None
        manager = chart.manager_of(position_id)
        siblings = chart.reports_of(manager) if manager is not None else chart.roots()
        index = siblings.index(position_id) + (1 if key == Key.Key_Right else -1)
        return siblings[index] if 0 <= index < len(siblings) else None
    return None


ARROWS = (Key.Key_Up, Key.Key_Down, Key.Key_Left, Key.Key_Right)
