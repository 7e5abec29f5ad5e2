"""The drawing scene follows the chart's view: cards the view hides are hidden items, absent
from cards() and the selection, without a place; folded managers carry a marker and count the
findings of their folded branch on their badge."""

from support.canvas_helpers import small_chart

from orgeditor.drawing.card_item import CardItem
from orgeditor.drawing.scene import ChartScene
from orgeditor.layout import chart_layout
from orgeditor.model import Position
from orgeditor.rules.finding import Finding


def finding(severity: str, *positions: str) -> Finding:
    return Finding("rule", severity, "message", positions, "advice", "practice")


def test_folded_cards_are_hidden_and_placeless(qapp):
    chart = small_chart()
    scene = ChartScene(chart)
    every = set(chart.position_ids())
    assert set(scene.cards()) == every
    chart.set_view(collapsed={"m1"})
    scene.flush()
    assert set(scene.cards()) == every - {"a1", "a2"}
    assert set(scene.cards()) == set(chart_layout(chart).positions)
    assert scene.hidden_ids() == {"a1", "a2"}
    card = scene.card("a1")  # still there, hidden
    assert card is not None and not card.isVisible() and not scene.is_shown("a1")
    assert scene.placed("a1") is None
    on_canvas = [i for i in scene.items() if isinstance(i, CardItem) and i.isVisible()]
    assert {i.position_id for i in on_canvas} == set(scene.cards())
    assert scene.card("m1").fold == (True, 2)
    assert scene.card("a1").fold is None
    chart.set_view(collapsed=())
    scene.flush()
    assert set(scene.cards()) == every and scene.hidden_ids() == frozenset()
    assert scene.card("m1").fold == (False, 0)


def test_focus_shows_one_branch(qapp):
    chart = small_chart()
    scene = ChartScene(chart)
    chart.set_view(focus="m1")
    scene.flush()
    assert set(scene.cards()) == {"m1", "a1", "a2"}
    bounds = scene.bounds()
    for pid in ("m1", "a1", "a2"):
        x, y = scene.placed(pid)
        assert bounds.contains(x, y)


def test_hidden_cards_cannot_be_selected_and_leave_the_selection(qapp):
    chart = small_chart()
    scene = ChartScene(chart)
    said = []
    scene.selectionChanged.connect(lambda: said.append(1))
    scene.select_ids(["a1", "m1"])
    said.clear()
    chart.set_view(collapsed={"m1"})
    scene.flush()
    assert scene.selected_ids() == ["m1"]
    assert said == [1]  # told once
    scene.select_ids(["a2", "b1"])
    assert scene.selected_ids() == ["b1"]


def test_cards_keep_their_places_through_a_fold_when_places_are_kept(qapp):
    chart = small_chart()
    chart.update_settings(auto_layout=False)
    scene = ChartScene(chart)
    before = {pid: scene.placed(pid) for pid in chart.position_ids()}
    chart.set_view(collapsed={"cro"})
    scene.flush()
    chart.set_view(collapsed=())
    scene.flush()
    assert {pid: scene.placed(pid) for pid in chart.position_ids()} == before


def test_hidden_cards_are_not_hit(qapp):
    chart = small_chart()
    scene = ChartScene(chart)
    where = scene.card("a1").centre()
    chart.set_view(collapsed={"m1"})
    scene.flush()
    hit = scene.card_at(where)
    assert hit is None or hit.position_id != "a1"
    assert all(item.isVisible() for item in scene.items(scene.itemsBoundingRect()))


def test_a_folded_badge_counts_its_branch_once_each(qapp):
    chart = small_chart()
    scene = ChartScene(chart)
    both = finding("error", "cro", "a1")
    scene.set_findings(
        [finding("info", "cro"), both, finding("warning", "a1"), finding("info", "b1")]
    )
    assert scene.card("cro").badge == ("error", 2)
    chart.set_view(collapsed={"cro"})
    scene.flush()
    assert scene.card("cro").badge == ("error", 4)  # its 2, and a1's other one, b1's one
    assert len(scene.folded_findings_of("cro")) == 2
    assert scene.findings_of("cro")[1] is both
    # a new run of the checks while folded: counted the same way
    scene.set_findings([finding("warning", "b1")])
    assert scene.card("cro").badge == ("warning", 1)
    chart.set_view(collapsed=())
    scene.flush()
    assert scene.card("cro").badge is None and scene.card("b1").badge == ("warning", 1)


def test_a_removed_folded_manager_and_focus_do_not_break_the_scene(qapp):
    chart = small_chart()
    scene = ChartScene(chart)
    chart.set_view(collapsed={"m1"})
    scene.flush()
    chart.remove_position("m1")  # its reports move up
    scene.flush()
    assert {"a1", "a2"} <= set(scene.cards())
    chart.set_view(focus="m2")
    scene.flush()
    chart.remove_position("m2")
    scene.flush()  # the focus names a missing position: the layout shows the whole chart
    assert set(scene.cards()) == set(chart.position_ids())


def test_with_places_kept_a_branch_comes_back_where_it_stood(qapp):
    chart = small_chart()
    chart.settings.auto_layout = False
    scene = ChartScene(chart)
    scene.flush()
    for n in range(3):  # the team grows: where the layout would put it now is not where it is
        chart.add_position(Position(f"new{n}", f"New {n}", "Account Executive"), "m1")
        scene.flush()
    before = {pid: scene.placed(pid) for pid in chart.position_ids()}
    laid = chart_layout(chart).positions
    assert any(before[p] != laid[p] for p in chart.reports_of("m1"))
    chart.set_view(collapsed={"m1"})
    scene.flush()
    chart.set_view(collapsed=())
    scene.flush()
    assert {pid: scene.placed(pid) for pid in chart.position_ids()} == before


def test_with_places_kept_a_card_joining_a_team_does_not_land_on_another(qapp):
    chart = small_chart()
    chart.settings.auto_layout = False
    scene = ChartScene(chart)
    scene.flush()
    for n in range(8):  # the team's stack outgrows the shape it was laid out in
        chart.add_position(Position(f"new{n}", f"New {n}", "Account Executive"), "m1")
        scene.flush()
        places = [scene.placed(pid) for pid in scene.cards()]
        for i, (ax, ay) in enumerate(places):
            for bx, by in places[i + 1 :]:
                assert abs(ax - bx) >= 200 or abs(ay - by) >= 72, (n, (ax, ay), (bx, by))
