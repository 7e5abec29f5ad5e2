"""The compact layout kept between edits (CompactLayouter with the positions an edit touched)
gives exactly the layout built afresh, after any sequence of edits, folds and focus changes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.drawing.style import OPTIONS
from orgeditor.layout import CompactLayouter, chart_layout
from orgeditor.model import Change, ChangeKind, Chart, Position

STRUCTURAL = {ChangeKind.POSITION_ADDED, ChangeKind.POSITION_REMOVED, ChangeKind.REPARENTED}


def start() -> Chart:
    chart = Chart()
    chart.add_position(Position("ceo", title="CEO"))
    for m in range(3):
        chart.add_position(Position(f"m{m}", title="Sales Manager"), "ceo")
        for r in range(m * 3 + 1):
            chart.add_position(Position(f"m{m}r{r}", title="Account Executive"), f"m{m}")
    return chart


def edit(chart: Chart, data: st.DataObject, serial: list[int]) -> None:
    ids = sorted(chart.position_ids())
    action = data.draw(st.sampled_from(["add", "add", "remove", "reparent", "fold", "focus"]))
    pick = data.draw(st.sampled_from(ids))
    if action == "add":
        serial[0] += 1
        manager = None if data.draw(st.integers(0, 9)) == 0 else pick
        chart.add_position(Position(f"n{serial[0]}", title="SDR"), manager)
    elif action == "remove" and len(ids) > 1:
        chart.remove_position(pick)
    elif action == "reparent":
        target = data.draw(st.sampled_from([None, *ids]))
        if target != pick and (target is None or not chart.would_cycle(pick, target)):
            chart.set_manager(pick, target)
    elif action == "fold":
        chart.set_view(collapsed=chart.view.collapsed ^ {pick})
    elif action == "focus":
        chart.set_view(focus=data.draw(st.sampled_from([None, pick])))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_kept_layout_equals_a_fresh_one_after_any_edits(data):
    chart = start()
    layouter = CompactLayouter()
    stale: set[str] = set()

    def heard(change: Change) -> None:  # what the canvas collects (drawing/scene.py)
        if change.kind in STRUCTURAL:
            stale.update(change.position_ids)
            stale.update(m for m in (change.old_manager, change.new_manager) if m)

    chart.subscribe(heard)
    chart_layout(chart, OPTIONS, layouter=layouter, stale=None)
    serial = [0]
    for _ in range(data.draw(st.integers(1, 30))):
        edit(chart, data, serial)
        if data.draw(st.integers(0, 2)):  # sometimes several edits before the next layout
            kept = chart_layout(chart, OPTIONS, layouter=layouter, stale=set(stale))
            stale.clear()
            fresh = chart_layout(chart, OPTIONS)
            assert kept.positions == fresh.positions
            assert kept.routes == fresh.routes
            assert kept.bounds == fresh.bounds and kept.stacked == fresh.stacked
