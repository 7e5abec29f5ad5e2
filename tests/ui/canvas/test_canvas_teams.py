"""Teams on the canvas: team commands, dragging a team by its box, dotted lines by Alt+drag,
colouring cards by a segment dimension, and the context-menu request."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from support.canvas_helpers import LEFT, NO_MODIFIER, small_chart
from support.pictures import grab_checked

from orgeditor import rules
from orgeditor.drawing import scene as scene_module
from orgeditor.drawing.segment_colours import (
    NOT_SET,
    SEGMENT_PALETTE,
    assign_colours,
    legend,
    next_colour,
)
from orgeditor.drawing.style import BAND_W, CARD_H, family_colour
from orgeditor.model import Position, Team, chart_state
from orgeditor.ui.commands import (
    AddDottedLineCommand,
    AddToTeamCommand,
    CreateTeamCommand,
    DissolveTeamCommand,
    EditFieldsCommand,
    RemoveDottedLineCommand,
    RemoveFromTeamCommand,
    RenameTeamCommand,
    SetTeamFieldsCommand,
)

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def drag_with(canvas, start: QPoint, end: QPoint, modifiers=NO_MODIFIER, release=True) -> None:
    QTest.mousePress(canvas.viewport, LEFT, modifiers, start)
    for i in range(1, 7):
        QTest.mouseMove(canvas.viewport, start + (end - start) * (i / 6))
    if release:
        QTest.mouseRelease(canvas.viewport, LEFT, modifiers, end)


def label_point(canvas, team_id: str) -> QPoint:
    """The viewport point in the middle of a team box's label strip."""
    canvas.scene.flush()
    box = canvas.scene.team_boxes.box(team_id)
    assert box is not None, team_id
    return canvas.view.mapFromScene(box.label_rect.center())


# ----- commands ------------------------------------------------------------------------------


def test_create_team_from_positions_and_undo(canvas):
    chart, stack = canvas.chart, canvas.document.undo_stack
    before = chart_state(chart)
    command = CreateTeamCommand(chart, ["m2", "b1", "a1"], "Team South", "pod")
    assert command.text() == "Make pod from 3 positions"
    stack.push(command)
    team_id = command.team_id
    assert chart.team(team_id).name == "Team South" and chart.team(team_id).kind == "pod"
    assert chart.team_members(team_id) == ["m2", "b1", "a1"]
    assert chart.team_members("t1") == ["a2"]  # a1 left its old team
    canvas.scene.flush()
    assert {box.name for box in canvas.scene.team_boxes.boxes} == {"Pod North", "Team South"}
    stack.undo()
    assert not chart.has_team(team_id)
    assert chart.position("a1").team == "t1"
    assert chart_state(chart) == before
    stack.redo()
    assert chart.team_members(team_id) == ["m2", "b1", "a1"]  # the same id again


def test_team_fields_and_members_inherit_segments(canvas):
    chart, stack = canvas.chart, canvas.document.undo_stack
    chart.update_position("a2", product_line="Cloud")  # its own value wins
    stack.push(SetTeamFieldsCommand(chart, "t1", region="West", product_line="CRM"))
    assert stack.text(0) == "Set team segments"
    assert chart.effective_segment("a1", "region") == "West"
    assert chart.effective_segment("a1", "product_line") == "CRM"
    assert chart.effective_segment("a2", "product_line") == "Cloud"
    assert chart.effective_segment("m1", "region") == "North"  # not a member
    assert "West" in canvas.scene.card("a1").content.segments  # the card shows it
    stack.undo()
    assert chart.effective_segment("a1", "region") == "North"
    assert "West" not in canvas.scene.card("a1").content.segments


def test_rename_kind_and_declared_model_of_a_team(canvas):
    chart, stack, scene = canvas.chart, canvas.document.undo_stack, canvas.scene
    stack.push(RenameTeamCommand(chart, "t1", "Pod Arctic"))
    stack.push(SetTeamFieldsCommand(chart, "t1", kind="stage"))
    stack.push(SetTeamFieldsCommand(chart, "t1", declared_model="island"))
    assert [stack.text(i) for i in range(3)] == [
        "Rename team",
        "Set team kind",
        "Set team declared model",
    ]
    team = chart.team("t1")
    assert (team.name, team.kind, team.declared_model) == ("Pod Arctic", "stage", "island")
    scene.flush()
    box = scene.team_boxes.box("t1")
    assert (box.name, box.kind) == ("Pod Arctic", "stage")
    for _ in range(3):
        stack.undo()
    team = chart.team("t1")
    assert (team.name, team.kind, team.declared_model) == ("Pod North", "pod", None)


def test_dissolve_team_and_undo_restores_same_id_and_members(canvas):
    chart, stack, scene = canvas.chart, canvas.document.undo_stack, canvas.scene
    chart.update_team("t1", declared_model="pod", customer_size="SMB")
    command = DissolveTeamCommand(chart, "t1")
    assert command.text() == "Dissolve Pod North"
    stack.push(command)
    assert not chart.has_team("t1")
    assert chart.position("a1").team is None and chart.position("a2").team is None
    assert chart.manager_of("a1") == "m1"  # members stay where they were
    scene.flush()
    assert scene.team_boxes.boxes == []
    stack.undo()
    team = chart.team("t1")
    assert (team.name, team.kind, team.declared_model, team.customer_size) == (
        "Pod North",
        "pod",
        "pod",
        "SMB",
    )
    assert chart.team_members("t1") == ["a1", "a2"]
    scene.flush()
    assert [box.team_id for box in scene.team_boxes.boxes] == ["t1"]


def test_add_to_and_remove_from_team(canvas):
    chart, stack = canvas.chart, canvas.document.undo_stack
    stack.push(AddToTeamCommand(chart, ["m1", "a1"], "t1"))
    assert stack.text(0) == "Add 1 position to Pod North"  # a1 was in it already
    assert chart.team_members("t1") == ["a1", "a2", "m1"]
    stack.push(RemoveFromTeamCommand(chart, ["a1", "ops"]))
    assert chart.team_members("t1") == ["a2", "m1"]
    stack.undo()
    stack.undo()
    assert set(chart.team_members("t1")) == {"a1", "a2"}
    assert chart.position("m1").team is None


def test_dotted_line_commands(canvas):
    chart, stack, scene = canvas.chart, canvas.document.undo_stack, canvas.scene
    stack.push(AddDottedLineCommand(chart, "m1", "b1"))
    assert ("m1", "b1") in chart.dotted_lines()
    assert chart.manager_of("b1") == "m2"
    stack.push(AddDottedLineCommand(chart, "m1", "b1"))  # already there: undo keeps it
    stack.undo()
    assert ("m1", "b1") in chart.dotted_lines()
    stack.push(RemoveDottedLineCommand(chart, [("m1", "b1"), ("ops", "m2")]))
    assert stack.command(stack.index() - 1).text() == "Remove 2 dotted lines"
    assert chart.dotted_lines() == []
    scene.flush()
    assert scene.connectors.dotted.isEmpty()
    stack.undo()
    assert sorted(chart.dotted_lines()) == [("m1", "b1"), ("ops", "m2")]
    scene.flush()
    assert not scene.connectors.dotted.isEmpty()


# ----- dragging a team by its box --------------------------------------------------------------


def test_drag_team_box_moves_every_member_in_one_undo_step(canvas):
    chart, stack, scene = canvas.chart, canvas.document.undo_stack, canvas.scene
    before = {pid: scene.card(pid).pos() for pid in chart.position_ids()}
    start = label_point(canvas, "t1")
    assert scene.card_at(canvas.view.mapToScene(start)) is None  # the label, not a card
    end = start + QPoint(160, 70)
    drag_with(canvas, start, end, release=False)
    # while dragging, the members and their box follow the pointer
    assert scene.card("a1").pos() != before["a1"] and scene.card("a2").pos() != before["a2"]
    assert scene.card("m1").pos() == before["m1"]
    QTest.mouseRelease(canvas.viewport, LEFT, NO_MODIFIER, end)
    assert stack.count() == 1
    assert stack.text(0) == "Move Pod North"
    delta = canvas.view.mapToScene(end) - canvas.view.mapToScene(start)
    for pid in ("a1", "a2"):
        xy = chart.position(pid).xy
        expected = before[pid] + delta
        assert abs(xy[0] - expected.x()) <= 1 and abs(xy[1] - expected.y()) <= 1
        assert (scene.card(pid).x(), scene.card(pid).y()) == xy
    for pid in set(chart.position_ids()) - {"a1", "a2"}:
        assert chart.position(pid).xy is None
        assert scene.card(pid).pos() == before[pid]
    assert set(scene.selected_ids()) == {"a1", "a2"}  # the team is selected
    # the box went along with its cards
    box = scene.team_boxes.box("t1")
    assert box.rect.contains(scene.card("a1").pos() + QPointF(10, 10))
    stack.undo()
    assert chart.position("a1").xy is None and chart.position("a2").xy is None
    scene.flush()
    assert scene.card("a1").pos() == before["a1"]


def test_team_drag_cancel_and_click(canvas):
    scene, stack = canvas.scene, canvas.document.undo_stack
    start = label_point(canvas, "t1")
    before = scene.card("a1").pos()
    drag_with(canvas, start, start + QPoint(100, 100), release=False)
    QTest.keyClick(canvas.view, Qt.Key.Key_Escape)
    assert scene.card("a1").pos() == before
    QTest.mouseRelease(canvas.viewport, LEFT, NO_MODIFIER, start + QPoint(100, 100))
    assert stack.count() == 0
    scene.select_ids([])
    QTest.mouseClick(canvas.viewport, LEFT, NO_MODIFIER, start)  # a click selects the team
    assert set(scene.selected_ids()) == {"a1", "a2"}
    assert stack.count() == 0


def test_team_handles_are_the_label_and_border_only(canvas):
    scene = canvas.scene
    scene.flush()
    box = scene.team_boxes.box("t1")
    assert scene.team_at(box.label_rect.center()) == "t1"
    left_border = QPointF(box.rect.left() + 3, scene.card("a1").centre().y())
    assert scene.team_at(left_border) == "t1"
    assert scene.team_at(box.rect.topLeft() - QPointF(20, 20)) is None
    assert scene.team_at(QPointF(-5000, -5000)) is None


def test_rubber_band_with_shift_over_a_team_box_still_selects(canvas):
    start = label_point(canvas, "t1")
    drag_with(canvas, start, start + QPoint(3, -30), SHIFT)
    assert canvas.document.undo_stack.count() == 0


# ----- dotted lines by Alt+drag ----------------------------------------------------------------


@pytest.mark.parametrize("modifier", [ALT, SHIFT])
def test_alt_drag_onto_a_card_adds_a_dotted_line(canvas, modifier):
    chart, stack, scene = canvas.chart, canvas.document.undo_stack, canvas.scene
    before = {pid: chart.manager_of(pid) for pid in chart.position_ids()}
    spans = [f for f in rules.run(chart) if f.rule.startswith("span.")]
    drag_with(canvas, canvas.point("b1"), canvas.point("m1"), modifier, release=False)
    assert scene.card("m1").highlight == "dotted"
    QTest.mouseRelease(canvas.viewport, LEFT, modifier, canvas.point("m1"))
    assert ("m1", "b1") in chart.dotted_lines()
    assert stack.count() == 1
    assert stack.text(0) == "Add dotted line from Alan Turing to Account Manager"
    assert {pid: chart.manager_of(pid) for pid in chart.position_ids()} == before
    assert chart.reports_of("m1") == ["a1", "a2"]
    # dotted lines never count towards spans
    assert [f for f in rules.run(chart) if f.rule.startswith("span.")] == spans
    assert all(card.highlight is None for card in scene.cards().values())
    assert not [i for i in scene.items() if i.zValue() == 20.0]  # the rubber line is gone
    scene.flush()
    assert not scene.connectors.dotted.isEmpty()
    assert scene.connectors._dotted_pen.style() == Qt.PenStyle.DashLine
    stack.undo()
    assert ("m1", "b1") not in chart.dotted_lines()


def test_alt_drag_onto_the_solid_manager_is_refused(canvas):
    chart, stack, scene = canvas.chart, canvas.document.undo_stack, canvas.scene
    messages = []
    scene.statusMessage.connect(messages.append)
    drag_with(canvas, canvas.point("b1"), canvas.point("m2"), ALT, release=False)
    assert scene.card("m2").highlight == "refused"
    QTest.mouseRelease(canvas.viewport, LEFT, ALT, canvas.point("m2"))
    assert stack.count() == 0
    assert messages and "already reports to" in messages[-1]
    # onto an existing dotted manager: refused as well
    drag_with(canvas, canvas.point("m2"), canvas.point("ops"), ALT)
    assert stack.count() == 0
    assert "already has a dotted line" in messages[-1]
    # released on empty canvas or on itself: nothing
    drag_with(canvas, canvas.point("b1"), canvas.empty_point(), ALT)
    drag_with(canvas, canvas.point("b1"), canvas.point("b1", 30, 5), ALT)
    assert stack.count() == 0
    assert chart.dotted_lines() == [("ops", "m2")]


def test_shift_click_without_drag_still_adds_to_the_selection(canvas):
    scene = canvas.scene
    scene.select_ids(["m1"])
    QTest.mouseClick(canvas.viewport, LEFT, SHIFT, canvas.point("m2"))
    assert scene.selected_ids() == ["m1", "m2"]
    assert canvas.document.undo_stack.count() == 0


def test_selection_order_is_kept(canvas):
    scene = canvas.scene
    scene.select_ids(["m2"])
    ctrl = Qt.KeyboardModifier.ControlModifier
    QTest.mouseClick(canvas.viewport, LEFT, ctrl, canvas.point("a1"))
    QTest.mouseClick(canvas.viewport, LEFT, ctrl, canvas.point("cro"))
    assert scene.selected_in_order() == ["m2", "a1", "cro"]
    assert scene.selected_ids() == ["cro", "a1", "m2"]


# ----- colour by a segment dimension -------------------------------------------------------


def pixel(image, view, point: QPointF) -> QColor:
    dpr = image.devicePixelRatio()
    at = view.mapFromScene(point)
    return QColor(image.pixel(round(at.x() * dpr), round(at.y() * dpr)))


def close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_colour_by_paints_cards_and_lists_a_legend(canvas):
    scene, view, chart = canvas.scene, canvas.view, canvas.chart
    chart.update_position("m2", region="South")
    chart.update_position("ops", region="Central")
    view.set_zoom(1.0)
    view.centerOn(scene.card("m1").centre())
    legends = []
    scene.colourLegendChanged.connect(lambda: legends.append(scene.colour_legend()))
    scene.set_colour_by("region")
    assert scene.colour_by == "region"
    legend_now = scene.colour_legend()
    assert [value for value, _ in legend_now] == ["Central", "North", "South", ""]
    assert dict(legend_now)[""] == NOT_SET
    assert [colour for _, colour in legend_now[:3]] == list(SEGMENT_PALETTE[:3])
    assert legends[-1] == legend_now
    north = QColor(dict(legend_now)["North"])
    # the card's band is the value's colour and the card is tinted with it; a1 inherits
    assert scene.card("m1").band_colour == north and scene.card("m1").band_tint
    assert scene.card("a1").band_colour == north
    assert scene.card("ceo").band_colour == QColor(NOT_SET) and not scene.card("ceo").band_tint
    QApplication.processEvents()
    image = view.grab().toImage()
    m1 = scene.card("m1").pos()
    assert close(pixel(image, view, m1 + QPointF(BAND_W / 2, CARD_H / 2)), north)
    tint = pixel(image, view, m1 + QPointF(120, 4))
    assert tint != QColor("#FFFFFF") and tint.red() > tint.blue()  # orange tint, not white
    # values come and go with edits: the legend follows, colours in use stay
    stack = canvas.document.undo_stack
    stack.push(EditFieldsCommand(chart, {"b1": {"region": "Arctic"}}))
    after = dict(scene.colour_legend())
    assert after["North"] == dict(legend_now)["North"]  # unchanged by a new value
    assert "Arctic" in after and after["Arctic"] not in dict(legend_now).values()
    stack.undo()
    assert "Arctic" not in dict(scene.colour_legend())
    # off again: family colours, no legend
    scene.set_colour_by(None)
    assert scene.card("m1").band_colour is None and scene.colour_legend() == []
    QApplication.processEvents()
    image = view.grab().toImage()
    band = pixel(image, view, m1 + QPointF(3, CARD_H / 2))
    assert close(band, family_colour(scene.card("m1").content.family))


def test_colour_by_rejects_unknown_dimensions(canvas):
    with pytest.raises(ValueError):
        canvas.scene.set_colour_by("shoe_size")


def test_colour_by_survives_a_new_chart_and_colours_the_overview(canvas, monkeypatch):
    scene = canvas.scene
    scene.set_colour_by("region")
    chart = small_chart()
    chart.update_position("ceo", region="Global")
    canvas.document.replace_chart(chart, None)
    assert [v for v, _ in scene.colour_legend()] == ["Global", "North", ""]
    monkeypatch.setattr(scene_module, "OVERVIEW_MIN_CARDS", 0)
    scene.set_scale_hint(0.05)
    assert scene.overview_on
    colours = scene.overview.card_colours()
    assert len(colours) == 3  # Global, North, not set


def test_segment_colour_assignment():
    assert assign_colours(["b", "a", "", "b"]) == {"a": SEGMENT_PALETTE[0], "b": SEGMENT_PALETTE[1]}
    kept = assign_colours(["a", "b", "0"], previous={"b": SEGMENT_PALETTE[0]})
    assert kept == {"b": SEGMENT_PALETTE[0], "0": SEGMENT_PALETTE[1], "a": SEGMENT_PALETTE[2]}
    assert next_colour(SEGMENT_PALETTE) == SEGMENT_PALETTE[0]  # all taken: round again
    many = assign_colours([f"v{i:02}" for i in range(20)])
    assert len(set(many.values())) == len(SEGMENT_PALETTE)
    assert legend({"a": "#111111"}, ["a", "", "a"]) == [("a", "#111111"), ("", NOT_SET)]


# ----- the context-menu request ----------------------------------------------------------------


def right_click(canvas, point: QPoint) -> None:
    QTest.mousePress(canvas.viewport, Qt.MouseButton.RightButton, NO_MODIFIER, point)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, canvas.viewport.mapToGlobal(point)
    )
    QApplication.sendEvent(canvas.viewport, event)
    QTest.mouseRelease(canvas.viewport, Qt.MouseButton.RightButton, NO_MODIFIER, point)


def test_right_click_selects_and_requests_a_context_menu(canvas):
    scene, view = canvas.scene, canvas.view
    requests = []
    view.contextMenuRequested.connect(lambda *args: requests.append(args))
    right_click(canvas, canvas.point("a1"))
    assert requests[-1][:2] == ("a1", "t1")
    assert scene.selected_ids() == ["a1"]
    scene.select_ids(["m1", "m2"])
    right_click(canvas, canvas.point("m2"))  # inside the selection: it stays
    assert requests[-1][:2] == ("m2", None)
    assert scene.selected_ids() == ["m1", "m2"]
    right_click(canvas, label_point(canvas, "t1"))
    assert requests[-1][:2] == (None, "t1")
    assert scene.selected_ids() == ["a1", "a2"]
    right_click(canvas, canvas.empty_point())
    assert requests[-1][:2] == (None, None)
    assert scene.selected_ids() == []
    assert canvas.document.undo_stack.count() == 0


# ----- pictures --------------------------------------------------------------------------------


def teams_chart():
    chart = small_chart()
    chart.add_team(Team("t2", "Pod South", "pod", region="South", customer_size="Mid-market"))
    chart.add_team(Team("t3", "Enablement", "enablement"))
    chart.update_position("b1", team="t2")
    for i, title in enumerate(["Account Executive", "Solutions Engineer", "SDR"]):
        chart.add_position(Position(f"s{i}", f"Seller {i}", title, team="t2"), "m2")
    chart.add_position(Position("tr", "Ada Lovelace", "Sales Trainer", team="t3"), "cro")
    chart.add_position(Position("co", "Edsger Dijkstra", "Sales Coach", team="t3"), "cro")
    chart.update_team("t1", customer_size="Enterprise")
    chart.add_dotted_line("tr", "s1")
    return chart


def test_pictures_of_teams_dotted_lines_and_colour_by(canvas_factory, screenshots):
    canvas = canvas_factory(teams_chart())
    canvas.view.resize(1300, 700)
    canvas.view.fit()
    QApplication.processEvents()
    sellers = family_colour("seller")
    for name, dimension in (("teams", None), ("colour_by_region", "region")):
        canvas.scene.set_colour_by(dimension)
        QApplication.processEvents()
        grab_checked(canvas.view, screenshots / f"{name}.png", colours=[sellers])
    legend = canvas.scene.colour_legend()  # coloured by region: each value's colour is drawn
    assert legend
    grab_checked(canvas.view, screenshots / "colour_by_region.png", colours=[legend[0][1]])
    canvas.scene.set_colour_by("customer_size")
    drag_with(canvas, canvas.point("s2"), canvas.point("m1"), ALT, release=False)
    grab_checked(canvas.view, screenshots / "dotted_drag.png")
    QTest.mouseRelease(canvas.viewport, LEFT, ALT, canvas.point("m1"))
    assert ("m1", "s2") in canvas.chart.dotted_lines()


def test_open_hand_over_a_team_label(canvas):
    start = label_point(canvas, "t1")
    QTest.mouseMove(canvas.viewport, canvas.point("ceo"))
    assert canvas.viewport.cursor().shape() != Qt.CursorShape.OpenHandCursor
    QTest.mouseMove(canvas.viewport, start)
    assert canvas.viewport.cursor().shape() == Qt.CursorShape.OpenHandCursor
    QTest.mouseMove(canvas.viewport, canvas.point("a1"))
    assert canvas.viewport.cursor().shape() != Qt.CursorShape.OpenHandCursor
