"""Structures: InsertStructureCommand, and palette drops of a whole template structure."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QUndoStack
from support.canvas_helpers import drag_move, drag_over, drop

from orgeditor.drawing.style import CARD_H, CARD_W
from orgeditor.model import Chart, Position, Team, UnknownPositionError, chart_state
from orgeditor.templates import build_chart, default_params
from orgeditor.ui.commands import InsertStructureCommand
from orgeditor.ui.commands.insert_structure import QUIET_ABOVE, insert_text
from orgeditor.ui.panels.mime import STRUCTURE_MIME, structure_mime_data


def shape(chart: Chart, top: str) -> list[tuple[str, str, int]]:
    """The subtree under top as (title, role, depth below top) in pre-order: ids aside."""
    base = chart.depth(top)
    return [
        (chart.position(pid).title, chart.position(pid).role, chart.depth(pid) - base)
        for pid in [top, *chart.descendants(top)]
    ]


def pod() -> Chart:
    return build_chart(default_params("pod"))


def small_chart() -> Chart:
    chart = Chart()
    chart.add_team(Team("pod-1", "Pod 1", "pod"))
    chart.add_position(Position("ceo", "Kari", "CEO"))
    chart.add_position(Position("sales-leader", "Ola", "VP Sales", team="pod-1"), "ceo")
    chart.add_position(Position("m", "Åse", "Sales Manager"), "sales-leader")
    chart.add_dotted_line("ceo", "m")
    return chart


# ----- the command --------------------------------------------------------------------------


def test_insert_under_a_card_keeps_the_structure_and_undo_is_exact():
    chart, structure = small_chart(), pod()
    before, structure_before = chart_state(chart), chart_state(structure)
    stack = QUndoStack()
    command = InsertStructureCommand(chart, structure, "m", insert_text("pod", len(structure)))
    assert command.text() == "Insert pod structure (19 positions)"
    stack.push(command)
    assert stack.count() == 1
    top = command.top_id
    assert chart.manager_of(top) == "m"
    assert len(chart) == 3 + len(structure)
    assert shape(chart, top) == shape(structure, "sales-leader")
    # teams came along (fresh where the chart had the id), members follow
    assert len(list(chart.teams())) == 1 + len(list(structure.teams()))
    lead = next(pid for pid in chart.reports_of(top) if chart.position(pid).team)
    team = chart.team(chart.position(lead).team)
    assert team.id != "pod-1" and team.kind == "pod"
    assert team.name == "Pod 1 (2)"  # the chart already had a "Pod 1"
    assert len(chart.team_members(team.id)) == 5
    assert chart_state(structure) == structure_before  # the structure is not touched
    after = chart_state(chart)
    stack.undo()
    assert chart_state(chart) == before
    stack.redo()
    assert chart_state(chart) == after


def test_insert_as_a_new_root():
    chart, structure = small_chart(), build_chart(default_params("island"))
    before = chart_state(chart)
    command = InsertStructureCommand(chart, structure, None, "Insert island structure")
    command.redo()
    assert chart.roots() == ["ceo", command.top_id]
    assert command.top_id == "sales-leader-2"  # "sales-leader" was taken
    assert set(command.new_ids) == {command.top_id, *chart.descendants(command.top_id)}
    assert shape(chart, command.top_id) == shape(structure, "sales-leader")
    command.undo()
    assert chart_state(chart) == before


def test_the_same_structure_twice_gets_fresh_ids():
    chart, structure = Chart(), pod()
    first = InsertStructureCommand(chart, structure, None)
    first.redo()
    assert set(first.new_ids) == set(structure.position_ids())  # nothing clashed: ids kept
    second = InsertStructureCommand(chart, structure, first.top_id)
    second.redo()
    assert not set(first.new_ids) & set(second.new_ids)
    assert len(chart) == 2 * len(structure)
    assert chart.manager_of(second.top_id) == first.top_id
    team_ids = [team.id for team in chart.teams()]
    assert len(team_ids) == len(set(team_ids)) == 2 * len(list(structure.teams()))
    names = [team.name.casefold() for team in chart.teams()]
    assert len(names) == len(set(names))
    for pid in second.new_ids:  # every member points at a team of its own copy
        team = chart.position(pid).team
        assert team is None or team not in {t.id for t in structure.teams()}


def test_dotted_lines_come_along_renamed():
    chart, structure = small_chart(), pod()
    structure.add_dotted_line("sales-ops-1", "pod-1-lead")
    command = InsertStructureCommand(chart, structure, "m")
    command.redo()
    ops = next(p for p in command.new_ids if chart.position(p).role == "sales_ops")
    lead = next(p for p in command.new_ids if chart.position(p).title == "Pod Sales Lead")
    assert (ops, lead) in chart.dotted_lines()
    assert ("ceo", "m") in chart.dotted_lines()
    command.undo()
    assert chart.dotted_lines() == [("ceo", "m")]


def test_a_big_structure_is_one_bulk_change_and_undo_is_exact():
    params = default_params("island")
    structure = build_chart(replace(params, generalists=QUIET_ABOVE + 50))
    chart = small_chart()
    before = chart_state(chart)
    changes = []
    chart.subscribe(changes.append)
    command = InsertStructureCommand(chart, structure, "m")
    command.redo()
    assert len(changes) == 1  # one RESET
    assert len(chart) == 3 + len(structure)
    command.undo()
    assert chart_state(chart) == before


def test_unknown_manager_is_refused():
    with pytest.raises(UnknownPositionError):
        InsertStructureCommand(small_chart(), pod(), "nobody")


def test_insert_text():
    assert insert_text("assembly_line", 19) == "Insert assembly line structure (19 positions)"
    assert insert_text("island", 1) == "Insert island structure (1 position)"


# ----- drops on the canvas ------------------------------------------------------------------


def test_drop_on_a_card_inserts_the_structure_under_it_in_one_step(canvas):
    chart, stack = canvas.chart, canvas.document.undo_stack
    before = chart_state(chart)
    reports = chart.reports_of("m2")
    event = drop(canvas, canvas.point("m2"), structure_mime_data("pod", "Pod"))
    assert event.isAccepted()
    assert stack.count() == 1
    assert stack.text(0) == "Insert pod structure (19 positions)"
    new = [pid for pid in chart.reports_of("m2") if pid not in reports]
    assert len(new) == 1
    top = new[0]
    assert chart.position(top).role == "sales_leader"
    assert shape(chart, top) == shape(pod(), "sales-leader")
    assert canvas.scene.selected_ids() == [top]
    assert canvas.card_ids() == set(chart.position_ids())
    assert all(card.highlight is None for card in canvas.scene.cards().values())
    stack.undo()
    assert chart_state(chart) == before
    assert canvas.card_ids() == set(chart.position_ids())


def test_drag_over_a_card_previews_its_new_manager(canvas):
    mime = structure_mime_data("island")
    enter, move = drag_over(canvas, canvas.point("m1"), mime)
    assert enter.isAccepted() and move.isAccepted()
    assert canvas.scene.card("m1").highlight == "drop"
    drag_move(canvas, canvas.empty_point(), mime)
    assert all(card.highlight is None for card in canvas.scene.cards().values())
    assert canvas.document.undo_stack.count() == 0


def test_drop_on_empty_canvas_makes_a_new_tree(canvas):
    chart = canvas.chart
    assert chart.settings.auto_layout  # re-layout is on: the top still goes where dropped
    roots = chart.roots()
    point = canvas.empty_point()
    at = canvas.view.mapToScene(point)
    event = drop(canvas, point, structure_mime_data("assembly_line"))
    assert event.isAccepted()
    new_roots = [pid for pid in chart.roots() if pid not in roots]
    assert len(new_roots) == 1
    top = new_roots[0]
    assert len(chart.descendants(top)) + 1 == len(build_chart(default_params("assembly_line")))
    card = canvas.scene.card(top)
    assert abs(card.centre().x() - at.x()) <= 1 and abs(card.centre().y() - at.y()) <= 1
    below = chart.reports_of(top)[0]
    assert canvas.scene.card(below).y() > card.y()  # the structure hangs below its top
    assert canvas.scene.selected_ids() == [top]


def test_drop_on_empty_canvas_without_auto_layout_puts_the_top_where_dropped(canvas):
    chart = canvas.chart
    chart.settings.auto_layout = False
    point = canvas.empty_point()
    at = canvas.view.mapToScene(point)
    roots = chart.roots()
    drop(canvas, point, structure_mime_data("island"))
    top = next(pid for pid in chart.roots() if pid not in roots)
    xy = chart.position(top).xy
    assert abs(xy[0] + CARD_W / 2 - at.x()) <= 1 and abs(xy[1] + CARD_H / 2 - at.y()) <= 1
    assert (canvas.scene.card(top).x(), canvas.scene.card(top).y()) == xy
    below = chart.reports_of(top)[0]
    assert canvas.scene.card(below).y() > xy[1]  # the structure hangs below its top


def test_dropping_twice_gives_fresh_ids(canvas):
    chart = canvas.chart
    drop(canvas, canvas.point("m1"), structure_mime_data("pod"))
    drop(canvas, canvas.point("m2"), structure_mime_data("pod"))
    assert canvas.document.undo_stack.count() == 2
    ids = list(chart.position_ids())
    assert len(ids) == len(set(ids)) == 8 + 2 * 19
    assert canvas.card_ids() == set(ids)


def test_unknown_structure_changes_nothing(canvas):
    mime = QMimeData()
    mime.setData(STRUCTURE_MIME, b"matrix")
    messages = []
    canvas.scene.statusMessage.connect(messages.append)
    drop(canvas, canvas.point("m1"), mime)
    assert canvas.document.undo_stack.count() == 0
    assert messages and "matrix" in messages[-1]
