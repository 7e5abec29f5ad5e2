"""Commands refuse bad input when they are made, before anything changes: QUndoStack keeps a
command whose redo() raised, so a refusal half-way through redo would leave a half-done step
on the stack (and in the chart)."""

import pytest
from PySide6.QtGui import QUndoStack
from support.canvas_helpers import small_chart

from orgeditor.model import ChartError, Position, chart_state
from orgeditor.ui.commands import (
    CreateTeamCommand,
    EditFieldsCommand,
    RemovePositionsCommand,
    ReparentCommand,
)


@pytest.mark.parametrize(
    "make",
    [
        lambda c: RemovePositionsCommand(c, ["a1", "nobody"], subtrees=False),
        lambda c: RemovePositionsCommand(c, ["a1", "nobody"], subtrees=True),
        lambda c: EditFieldsCommand(c, {"a1": {"name": "Ok"}, "a2": {"status": "retired"}}),
        lambda c: EditFieldsCommand(c, {"a1": {"name": "Ok"}, "nobody": {"name": "X"}}),
        lambda c: EditFieldsCommand(c, {"a1": {"cost": float("nan")}}),
        lambda c: EditFieldsCommand(c, {"a1": {"team": "no such team"}}),
        lambda c: CreateTeamCommand(c, ["a1", "nobody"], "Team"),
        lambda c: ReparentCommand(c, ["ops", "m1"], "a1"),  # m1 under its own report
    ],
)
def test_bad_command_is_refused_before_it_changes_anything(qapp, make) -> None:
    chart = small_chart()
    chart.add_position(Position("extra1", "Extra", "SDR"), "m1")
    stack = QUndoStack()
    before = chart_state(chart)
    with pytest.raises(ChartError):
        stack.push(make(chart))
    assert stack.count() == 0
    assert chart_state(chart) == before


def test_paste_from_a_newer_or_foreign_clipboard_arrives_whole(qapp) -> None:
    from orgeditor.model.fragment import copy_subtrees
    from orgeditor.ui.commands import PasteCommand

    chart = small_chart()
    fragment = copy_subtrees(chart, ["m1"])  # m1 with a1 and a2
    fragment[1]["explicit_role"] = "chief_vibes_officer"  # a role this version does not know
    fragment[1]["status"] = "on_sabbatical"
    fragment[2]["cost"] = "a lot"
    fragment[2]["name"] = 42
    stack = QUndoStack()
    command = PasteCommand(chart, fragment, "ceo")
    stack.push(command)
    assert stack.count() == 1
    first, second, third = (chart.position(pid) for pid in command.new_ids)
    assert first.name == "Alan Turing"
    assert (second.explicit_role, second.status, second.name) == (None, "filled", "Per Hansen")
    assert (third.cost, third.name, third.title) == (None, "", "SDR")
    stack.undo()
    assert all(pid not in chart for pid in command.new_ids)
