"""The compact layout kept between edits (CompactLayouter with the positions an edit touched)
gives exactly the layout built afresh, after any sequence of edits, folds and focus changes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.chart_edits import random_edit, three_teams

from orgeditor.drawing.style import OPTIONS
from orgeditor.layout import CompactLayouter, LayoutResult, chart_layout
from orgeditor.model import Change, ChangeKind

STRUCTURAL = {ChangeKind.POSITION_ADDED, ChangeKind.POSITION_REMOVED, ChangeKind.REPARENTED}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_kept_layout_equals_a_fresh_one_after_any_edits(data):
    chart = three_teams()
    layouter = CompactLayouter()
    stale: set[str] = set()

    def heard(change: Change) -> None:  # what the canvas collects (drawing/scene.py)
        if change.kind in STRUCTURAL:
            stale.update(change.position_ids)
            stale.update(m for m in (change.old_manager, change.new_manager) if m)
        if change.kind is ChangeKind.POSITION_CHANGED and "team" in change.fields:
            stale.update(change.position_ids)  # a stack leaves room for a team's label

    chart.subscribe(heard)
    before = chart_layout(chart, OPTIONS, layouter=layouter, stale=None)
    assert before.changes is None  # laid out afresh: everything is new
    serial = [0]
    for _ in range(data.draw(st.integers(1, 30))):
        random_edit(chart, data, serial)
        if data.draw(st.integers(0, 2)):  # sometimes several edits before the next layout
            kept = chart_layout(chart, OPTIONS, layouter=layouter, stale=set(stale))
            stale.clear()
            fresh = chart_layout(chart, OPTIONS)
            assert kept.positions == fresh.positions
            assert kept.routes == fresh.routes
            assert kept.bounds == fresh.bounds and kept.stacked == fresh.stacked
            focused = chart.view.focus is not None and chart.view.focus in chart
            if kept.changes is not None:  # None after a fold or a focus: all is new
                assert before is not None and not focused
                assert_changes_named(before, kept)
            before = None if focused else kept


def assert_changes_named(before: LayoutResult, after: LayoutResult) -> None:
    """The cards said to have moved are exactly those whose place changed, came or went; the
    managers said to be rerouted include every one whose lines or stacking changed."""
    old, new = before.positions, after.positions
    moved = {p for p in old.keys() | new.keys() if old.get(p) != new.get(p)}
    assert after.changes.moved == moved
    rerouted = {
        m
        for m in before.routes.keys() | after.routes.keys()
        if before.routes.get(m) != after.routes.get(m)
    }
    rerouted |= before.stacked ^ after.stacked
    assert rerouted <= after.changes.rerouted
