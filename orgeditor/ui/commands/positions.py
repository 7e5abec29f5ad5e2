"""Undo commands for positions: add, remove, reparent, edit fields, move by hand, paste.

Each command calls model methods only; the scene and panels follow the model's notifications.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from orgeditor.model import (
    Chart,
    CycleError,
    Position,
    RemovedPosition,
    display_label,
    remembered_role,
)

CONTEXT = "PositionCommands"
# the fields an edit names in its undo text ("Edit title, status")
FIELD_WORDS = {
    "name": QT_TRANSLATE_NOOP("PositionCommands", "name"),
    "title": QT_TRANSLATE_NOOP("PositionCommands", "title"),
    "explicit_role": QT_TRANSLATE_NOOP("PositionCommands", "role"),
    "status": QT_TRANSLATE_NOOP("PositionCommands", "status"),
    "region": QT_TRANSLATE_NOOP("PositionCommands", "region"),
    "product_line": QT_TRANSLATE_NOOP("PositionCommands", "product line"),
    "customer_size": QT_TRANSLATE_NOOP("PositionCommands", "customer size"),
    "vertical": QT_TRANSLATE_NOOP("PositionCommands", "vertical"),
    "cost": QT_TRANSLATE_NOOP("PositionCommands", "cost"),
    "location": QT_TRANSLATE_NOOP("PositionCommands", "location"),
    "team": QT_TRANSLATE_NOOP("PositionCommands", "team"),
    "custom": QT_TRANSLATE_NOOP("PositionCommands", "custom fields"),
    "xy": QT_TRANSLATE_NOOP("PositionCommands", "place"),
}


class AddPositionCommand(QUndoCommand):
    def __init__(
        self,
        chart: Chart,
        position: Position,
        manager: str | None,
        index: int | None = None,
        text: str = "",
    ) -> None:
        super().__init__(text or QCoreApplication.translate("PositionCommands", "Add position"))
        if position.explicit_role is None and (role := remembered_role(chart, position.title)):
            position = position.copy()  # the caller's position stays as given
            position.explicit_role = role  # the role chosen for this title in the role review
        self.chart, self.position, self.manager, self.index = chart, position, manager, index

    def redo(self) -> None:
        self.chart.add_position(self.position.copy(), self.manager, self.index)

    def undo(self) -> None:
        self.chart.remove_position(self.position.id)


class RemovePositionsCommand(QUndoCommand):
    """Remove positions. With subtrees=False their reports move up to their manager."""

    def __init__(self, chart: Chart, ids: list[str], subtrees: bool, text: str = "") -> None:
        for pid in ids:
            chart.position(pid)  # UnknownPositionError now, not half-way through redo()
        super().__init__(text or _removal_text(len(ids), subtrees))
        self.chart = chart
        order: list[str] = []
        seen: set[str] = set()
        for pid in ids:
            for member in [pid, *chart.descendants(pid)] if subtrees else [pid]:
                if member not in seen:
                    seen.add(member)
                    order.append(member)
        # leaves first, so each removal moves no reports when whole subtrees go
        self.order = order[::-1] if subtrees else order
        self.removed: list[RemovedPosition] = []

    def redo(self) -> None:
        self.removed = [self.chart.remove_position(pid) for pid in self.order]

    def undo(self) -> None:
        for record in reversed(self.removed):
            self.chart.restore_position(record)
        self.removed = []


class ReparentCommand(QUndoCommand):
    def __init__(
        self,
        chart: Chart,
        ids: list[str],
        manager: str | None,
        index: int | None = None,
        text: str = "",
    ) -> None:
        # refuse up front, changing nothing: a redo that failed half-way would be pushed anyway
        # (QUndoStack keeps a command whose redo raised), leaving a half-done move on the stack
        for pid in ids:
            chart.position(pid)
            if manager is not None and chart.would_cycle(pid, manager):
                raise CycleError(pid, manager)
        if manager:
            chart.position(manager)  # an unknown manager is refused here too
        if manager:
            moved = QCoreApplication.translate("PositionCommands", "Report to %1")
            moved = moved.replace("%1", display_label(chart, manager))
        else:
            moved = QCoreApplication.translate("PositionCommands", "Remove manager")
        super().__init__(text or moved)
        self.chart, self.ids, self.manager, self.index = chart, ids, manager, index
        self.previous: list[tuple[str, str | None, int]] = []

    def redo(self) -> None:
        self.previous = []
        for offset, pid in enumerate(self.ids):
            index = None if self.index is None else self.index + offset
            old_manager, old_index = self.chart.set_manager(pid, self.manager, index)
            self.previous.append((pid, old_manager, old_index))

    def undo(self) -> None:
        for pid, old_manager, old_index in reversed(self.previous):
            self.chart.set_manager(pid, old_manager, old_index)


class EditFieldsCommand(QUndoCommand):
    """Set fields on one or more positions as one step ({id: {field: value}})."""

    def __init__(self, chart: Chart, values: dict[str, dict[str, object]], text: str = "") -> None:
        for pid, fields_of in values.items():  # refuse now: a half-done redo would stay stacked
            chart.position(pid)
            chart.check_position_values(**fields_of)
        values = _with_remembered_roles(chart, values)
        fields = sorted({f for v in values.values() for f in v})
        super().__init__(text or _edit_text(fields))
        self.chart, self.values = chart, values
        self.old: dict[str, dict[str, object]] = {}

    def redo(self) -> None:
        self.old = {pid: self.chart.update_position(pid, **v) for pid, v in self.values.items()}

    def undo(self) -> None:
        for pid, old in self.old.items():
            if old:
                self.chart.update_position(pid, **old)


class MoveCardsCommand(QUndoCommand):
    """Cards placed by hand: the new top-left corners, and what they were before the drag."""

    def __init__(
        self,
        chart: Chart,
        old: dict[str, tuple[float, float] | None],
        new: dict[str, tuple[float, float] | None],
        text: str = "",
    ) -> None:
        if len(new) == 1:
            moved = QCoreApplication.translate("PositionCommands", "Move card")
        else:
            moved = QCoreApplication.translate("PositionCommands", "Move %1 cards")
            moved = moved.replace("%1", str(len(new)))
        super().__init__(text or moved)
        self.chart, self.old, self.new = chart, old, new

    def redo(self) -> None:
        for pid, xy in self.new.items():
            self.chart.update_position(pid, xy=xy)

    def undo(self) -> None:
        for pid, xy in self.old.items():
            self.chart.update_position(pid, xy=xy)


def _with_remembered_roles(
    chart: Chart, values: dict[str, dict[str, object]]
) -> dict[str, dict[str, object]]:
    """A new title the role review chose a role for brings that role, in the same undo step,
    to positions whose role is inferred."""
    out = values
    for pid, fields_of in values.items():
        title = fields_of.get("title")
        if not isinstance(title, str) or "explicit_role" in fields_of:
            continue
        if chart.position(pid).explicit_role is None and (role := remembered_role(chart, title)):
            if out is values:
                out = dict(values)
            out[pid] = {**fields_of, "explicit_role": role}
    return out


def _edit_text(fields: list[str]) -> str:
    """'Edit title, status': the fields in words."""
    words = [
        QCoreApplication.translate(CONTEXT, FIELD_WORDS[f])
        if f in FIELD_WORDS
        else f.replace("_", " ")  # a field without words: its name
        for f in fields
    ]
    return QCoreApplication.translate("PositionCommands", "Edit %1").replace("%1", ", ".join(words))


def _removal_text(count: int, subtrees: bool) -> str:
    if count == 1 and subtrees:
        return QCoreApplication.translate("PositionCommands", "Delete position with reports")
    if count == 1:
        return QCoreApplication.translate("PositionCommands", "Delete position")
    if subtrees:
        text = QCoreApplication.translate("PositionCommands", "Delete %1 positions with reports")
    else:
        text = QCoreApplication.translate("PositionCommands", "Delete %1 positions")
    return text.replace("%1", str(count))


def push_reparent(stack: QUndoStack, chart: Chart, ids: list[str], manager: str | None) -> str:
    """Make `ids` report to `manager` as one undo step and return its text. Cards placed by
    hand lose their places in the same step: they join their new manager's layout.
    Raises CycleError (nothing pushed) when a move would make a cycle."""
    command = ReparentCommand(chart, ids, manager)
    hand_placed = {pid: xy for pid in ids if (xy := chart.position(pid).xy) is not None}
    if not hand_placed or manager is None:
        stack.push(command)
    else:
        stack.beginMacro(command.text())
        stack.push(command)
        stack.push(MoveCardsCommand(chart, hand_placed, dict.fromkeys(hand_placed)))
        stack.endMacro()
    return command.text()
