"""The scene follows the model: one card per position, laid out after structural edits."""

from PySide6.QtCore import QRectF
from support.canvas_helpers import small_chart

from orgeditor.drawing import CardItem
from orgeditor.drawing.segment_colours import NOT_SET
from orgeditor.drawing.style import CARD_H, CARD_W
from orgeditor.layout import chart_layout
from orgeditor.model import Position, Team
from orgeditor.ui.canvas import EditScene
from orgeditor.ui.commands import (
    AddPositionCommand,
    AutoLayoutCommand,
    EditFieldsCommand,
    RemovePositionsCommand,
    ReparentCommand,
)
from orgeditor.ui.document import Document


class FakeFinding:
    def __init__(self, severity, positions):
        self.severity, self.positions = severity, tuple(positions)


def test_one_card_per_position_with_its_id(canvas):
    assert canvas.card_ids() == set(canvas.chart.position_ids())
    for pid in canvas.chart.position_ids():
        card = canvas.scene.card(pid)
        assert isinstance(card, CardItem)
        assert card.data(0) == pid
        assert card.flags() & CardItem.GraphicsItemFlag.ItemIsSelectable
        assert not card.flags() & CardItem.GraphicsItemFlag.ItemIsMovable


def test_items_follow_add_remove_and_undo(canvas):
    chart, stack = canvas.chart, canvas.document.undo_stack
    stack.push(AddPositionCommand(chart, Position("n1", "Nina", "Account Executive"), "m2"))
    assert canvas.card_ids() == set(chart.position_ids())
    assert canvas.scene.card("n1") is not None
    stack.push(RemovePositionsCommand(chart, ["m1"], subtrees=True))
    assert canvas.card_ids() == set(chart.position_ids())
    assert "a1" not in canvas.card_ids()
    stack.undo()
    stack.undo()
    assert canvas.card_ids() == set(chart.position_ids())
    assert "n1" not in canvas.card_ids() and "a1" in canvas.card_ids()


def test_layout_places_reports_below_their_manager(canvas):
    scene = canvas.scene
    for pid in canvas.chart.position_ids():
        manager = canvas.chart.manager_of(pid)
        if manager is not None:
            assert scene.card(pid).y() >= scene.card(manager).y() + CARD_H
    # no two cards overlap
    rects = [scene.card(pid).sceneBoundingRect() for pid in canvas.chart.position_ids()]
    cards = [r.adjusted(9, 9, -9, -9) for r in rects]
    for i, a in enumerate(cards):
        for b in cards[i + 1 :]:
            assert not a.intersects(b)


def test_new_card_gets_a_place_and_others_make_room(canvas):
    chart = canvas.chart
    canvas.document.undo_stack.push(AddPositionCommand(chart, Position("n1", "Nina", "SDR"), "m1"))
    new = canvas.scene.card("n1").sceneBoundingRect().adjusted(9, 9, -9, -9)
    for pid in chart.position_ids():
        if pid != "n1":
            assert not new.intersects(
                canvas.scene.card(pid).sceneBoundingRect().adjusted(9, 9, -9, -9)
            )


def test_reparent_moves_the_card_under_its_new_manager(canvas):
    chart = canvas.chart
    canvas.document.undo_stack.push(ReparentCommand(chart, ["b1"], "m1"))
    b1, m1 = canvas.scene.card("b1"), canvas.scene.card("m1")
    assert b1.y() >= m1.y() + CARD_H
    assert m1.x() - 2 * CARD_W < b1.x() < m1.x() + 2 * CARD_W


def test_field_edit_updates_only_that_card(canvas, qtbot):
    scene, chart = canvas.scene, canvas.chart
    places = {pid: scene.card(pid).pos() for pid in chart.position_ids()}
    with qtbot.assertNotEmitted(scene.layoutChanged):
        canvas.document.undo_stack.push(
            EditFieldsCommand(chart, {"a1": {"name": "Per Person", "region": "West"}})
        )
        qtbot.wait(5)
    card = scene.card("a1")
    assert card.content.name == "Per Person"
    assert "West" in card.content.segments
    assert {pid: scene.card(pid).pos() for pid in chart.position_ids()} == places


def test_several_changes_in_one_burst_lay_out_once(canvas, qtbot):
    chart, stack = canvas.chart, canvas.document.undo_stack
    layouts = []
    canvas.scene.layoutChanged.connect(lambda: layouts.append(1))
    stack.beginMacro("several")
    for i in range(5):
        stack.push(AddPositionCommand(chart, Position(f"n{i}", "", "SDR", status="vacant"), "m2"))
    stack.endMacro()
    qtbot.wait(5)
    assert len(layouts) == 1
    assert canvas.card_ids() == set(chart.position_ids())


def test_changes_outside_the_undo_stack_are_laid_out_on_a_zero_timer(canvas, qtbot):
    chart = canvas.chart
    chart.add_position(Position("x1", "Xena", "SDR"), "m2")
    chart.add_position(Position("x2", "Xavier", "SDR"), "m2")
    assert canvas.scene.card("x1") is not None
    with qtbot.waitSignal(canvas.scene.layoutChanged, timeout=1000):
        pass
    assert canvas.scene.card("x2").y() >= canvas.scene.card("m2").y() + CARD_H


def test_hand_placement_is_kept_through_relayout(canvas):
    chart, stack = canvas.chart, canvas.document.undo_stack
    stack.push(EditFieldsCommand(chart, {"ops": {"xy": (1500.0, 40.0)}}))
    assert (canvas.scene.card("ops").x(), canvas.scene.card("ops").y()) == (1500.0, 40.0)
    stack.push(AddPositionCommand(chart, Position("n1", "Nina", "SDR"), "m1"))
    assert (canvas.scene.card("ops").x(), canvas.scene.card("ops").y()) == (1500.0, 40.0)
    stack.push(AutoLayoutCommand(chart))
    assert canvas.scene.card("ops").x() != 1500.0


def test_without_auto_layout_existing_cards_stay(canvas_factory):
    chart = small_chart()
    chart.settings.auto_layout = False
    canvas = canvas_factory(chart)
    before = {pid: canvas.scene.card(pid).pos() for pid in chart.position_ids()}
    stack = canvas.document.undo_stack
    stack.push(AddPositionCommand(chart, Position("n1", "Nina", "SDR"), "a1"))
    stack.push(RemovePositionsCommand(chart, ["b1"], subtrees=False))
    for pid in chart.position_ids():
        if pid != "n1":
            assert canvas.scene.card(pid).pos() == before[pid], pid
    # the new card still gets a place below its manager
    assert canvas.scene.card("n1").y() >= canvas.scene.card("a1").y() + CARD_H


def test_a_card_placed_by_hand_stays_when_its_moved_team_makes_room(canvas_factory):
    """Without auto layout a team dropped where a card stands moves down clear of it; a card
    in that team placed by hand stays where it was put."""
    chart = small_chart()
    chart.settings.auto_layout = False
    canvas = canvas_factory(chart)
    stack = canvas.document.undo_stack
    stack.push(EditFieldsCommand(chart, {"a1": {"xy": (2000.0, 40.0)}}))
    stack.push(ReparentCommand(chart, ["m1"], "b1"))
    free = canvas.scene.card("m1").pos()
    stack.undo()
    # a card standing exactly where m1 lands pushes the arriving team down
    stack.push(EditFieldsCommand(chart, {"ops": {"xy": (free.x(), free.y())}}))
    stack.push(ReparentCommand(chart, ["m1"], "b1"))
    assert canvas.scene.card("m1").y() > free.y()
    assert canvas.scene.placed("a1") == (2000.0, 40.0)
    assert (canvas.scene.card("a1").x(), canvas.scene.card("a1").y()) == (2000.0, 40.0)


def test_reset_reconciles_cards_and_keeps_selection(canvas):
    chart = canvas.chart
    canvas.scene.select_ids(["m1"])
    with chart.quiet():
        chart.add_position(Position("q1", "Quinn", "SDR"), "m1")
        chart.update_position("a2", name="Liv B.")
        chart.remove_position("b1")
    assert canvas.scene.selected_ids() == ["m1"]
    canvas.scene.flush()
    assert canvas.card_ids() == set(chart.position_ids())
    assert canvas.scene.card("a2").content.name == "Liv B."


def test_replaced_chart_rebuilds_everything(canvas, qtbot):
    other = small_chart()
    other.add_position(Position("z", "Zed", "SDR"), "m2")
    canvas.document.replace_chart(other, None)
    assert canvas.scene.chart is other
    assert canvas.card_ids() == set(other.position_ids())
    # and the scene listens to the new chart
    canvas.document.undo_stack.push(AddPositionCommand(other, Position("z2", "", "SDR"), "z"))
    assert "z2" in canvas.card_ids()


def test_selected_ids_in_chart_order_and_select_ids(canvas, qtbot):
    scene = canvas.scene
    with qtbot.waitSignal(scene.selectionChanged):
        scene.select_ids(["ops", "ceo", "a1"])
    assert scene.selected_ids() == ["ceo", "a1", "ops"]
    scene.select_ids([])
    assert scene.selected_ids() == []


def test_select_many_emits_selection_changed_once(canvas):
    count = []
    canvas.scene.selectionChanged.connect(lambda: count.append(1))
    canvas.scene.select_ids(list(canvas.chart.position_ids()))
    assert len(count) == 1
    assert len(canvas.scene.selected_ids()) == len(canvas.chart)


def test_findings_badge_worst_severity_and_count(canvas):
    scene = canvas.scene
    scene.set_findings(
        [
            FakeFinding("warning", ["m1"]),
            FakeFinding("error", ["m1", "a1"]),
            FakeFinding("info", ["ops"]),
        ]
    )
    assert scene.card("m1").badge == ("error", 2)
    assert scene.card("a1").badge == ("error", 1)
    assert scene.card("ops").badge == ("info", 1)
    assert scene.card("ceo").badge is None
    scene.set_findings([FakeFinding("info", ["ops"])])
    assert scene.card("m1").badge is None
    assert scene.card("ops").badge == ("info", 1)


def test_findings_touch_only_cards_whose_badge_changes(canvas, monkeypatch):
    scene = canvas.scene
    scene.set_findings([FakeFinding("warning", ["m1"]), FakeFinding("info", ["ops"])])
    touched = []
    original = CardItem.set_badge
    monkeypatch.setattr(
        CardItem,
        "set_badge",
        lambda self, badge: (touched.append(self.position_id), original(self, badge)),
    )
    scene.set_findings([FakeFinding("warning", ["m1"]), FakeFinding("error", ["a2"])])
    assert sorted(touched) == ["a2", "ops"]


def test_badges_survive_for_cards_added_later(canvas):
    canvas.scene.set_findings([FakeFinding("warning", ["n1"])])
    canvas.document.undo_stack.push(
        AddPositionCommand(canvas.chart, Position("n1", "", "SDR"), "m1")
    )
    assert canvas.scene.card("n1").badge == ("warning", 1)


def test_colour_by_segment(canvas):
    canvas.scene.set_colour_by("region")
    assert canvas.scene.card("m1").band_colour is not None
    assert canvas.scene.card("a1").band_colour is not None  # inherited from its team
    assert canvas.scene.card("ceo").band_colour.name() == NOT_SET.lower()  # no value: grey
    canvas.scene.set_colour_by(None)
    assert canvas.scene.card("m1").band_colour is None


def test_connectors_and_team_boxes(canvas):
    scene = canvas.scene
    assert not scene.connectors.solid.isEmpty()
    assert not scene.connectors.dotted.isEmpty()
    assert [box.name for box in scene.team_boxes.boxes] == ["Pod North"]
    box = scene.team_boxes.boxes[0].rect
    for pid in ("a1", "a2"):
        assert box.contains(scene.card(pid).sceneBoundingRect().adjusted(9, 9, -9, -9))
    canvas.chart.add_team(Team("t2", "Empty team"))
    scene.flush()
    assert len(scene.team_boxes.boxes) == 1


def test_stacked_team_gets_a_bus_line(canvas_factory):
    chart = small_chart()
    for i in range(6):
        chart.add_position(Position(f"s{i}", f"Seller {i}", "Account Executive"), "m2")
    chart.remove_position("b1")
    canvas = canvas_factory(chart)
    xs = {canvas.scene.card(f"s{i}").x() for i in range(6)}
    assert len(xs) <= 2  # stacked in columns, not one wide row
    path = canvas.scene.connectors.solid
    # a tick into the middle of a stacked card's left edge
    card = canvas.scene.card("s0")
    assert path.intersects(QRectF(card.x() - 10, card.y() + CARD_H / 2 - 6, 8, 12))


def test_bounds_and_empty_chart(qtbot):
    document = Document()
    scene = EditScene(document)
    assert scene.bounds().isEmpty()
    assert scene.selected_ids() == []
    document.undo_stack.push(AddPositionCommand(document.chart, Position("p1", "A", "CEO"), None))
    assert scene.bounds().width() == CARD_W
    document.undo_stack.clear()


def test_removing_selected_cards_says_so_once(canvas):
    scene = canvas.scene
    scene.select_ids(list(canvas.chart.position_ids()))
    count = []
    scene.selectionChanged.connect(lambda: count.append(1))
    canvas.document.undo_stack.push(RemovePositionsCommand(canvas.chart, ["cro"], subtrees=True))
    assert len(count) == 1
    assert scene.selected_ids() == ["ceo"]


def test_turning_auto_layout_back_on_tidies_the_cards(canvas_factory):
    from orgeditor.ui.commands import SettingsCommand

    chart = small_chart()
    chart.settings.auto_layout = False
    canvas = canvas_factory(chart)
    stack = canvas.document.undo_stack
    stack.push(ReparentCommand(chart, ["ops"], "m1"))
    tidy = chart_layout(chart, respect_manual=True).positions
    assert any(tuple(canvas.scene.card(pid).pos().toTuple()) != tidy[pid] for pid in tidy)
    stack.push(SettingsCommand(chart, "on", auto_layout=True))
    for pid, place in tidy.items():
        assert canvas.scene.card(pid).pos().toTuple() == place
