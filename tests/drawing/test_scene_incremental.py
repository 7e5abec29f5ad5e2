"""After an edit the scene moves only the cards and lines the layout says changed
(drawing/scene_places.py): after any sequence of edits, hand placements, folds and focus
changes, each flushed or not, it shows exactly what a scene built afresh on the chart shows."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.chart_edits import WITH_PLACES, random_edit, three_teams

from orgeditor.drawing import scene as scene_module
from orgeditor.drawing.scene import ChartScene
from orgeditor.rules import Checker, run


def shown(scene: ChartScene) -> dict:
    cards = scene.cards()
    return {
        "places": {pid: scene.placed(pid) for pid in cards},
        "at": {pid: (card.pos().x(), card.pos().y()) for pid, card in cards.items()},
        "visible": {pid for pid, card in cards.items() if card.isVisible()},
        "hidden": scene.hidden_ids(),
        "folds": {pid: card.fold for pid, card in cards.items()},
        "lines": sorted(scene.connectors.segments()),
        "rect": scene.sceneRect(),
    }


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_scene_after_edits_equals_a_scene_built_afresh(qapp, data):
    chart = three_teams()
    scene = ChartScene(chart)
    serial = [0]
    for _ in range(data.draw(st.integers(1, 25))):
        random_edit(chart, data, serial, WITH_PLACES)
        if data.draw(st.integers(0, 2)):  # sometimes several edits before the next layout
            scene.flush()
            fresh = ChartScene(chart)
            assert shown(scene) == shown(fresh)
            fresh.deleteLater()
    scene.deleteLater()


def drawn(scene: ChartScene) -> set[tuple[float, float, str]]:
    """Every card rectangle the overview draws: its top-left corner and colour."""
    rects = set()
    for paths in scene.overview.tile_paths().values():
        for colour, path in paths:
            for polygon in path.toFillPolygons():
                corner = polygon.boundingRect().topLeft()
                rects.add((corner.x(), corner.y(), colour.name()))
    return rects


@settings(
    max_examples=60,
    deadline=None,
    # the patched threshold is the same for every example
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.data())
def test_the_overview_after_edits_equals_one_built_afresh(qapp, monkeypatch, data):
    monkeypatch.setattr(scene_module, "OVERVIEW_MIN_CARDS", 0)
    chart = three_teams()
    scene = ChartScene(chart)
    scene.set_scale_hint(0.05)  # zoomed out: the overview, kept up to date edit by edit
    serial = [0]
    for _ in range(data.draw(st.integers(1, 20))):
        random_edit(chart, data, serial, WITH_PLACES)
        scene.flush()
        fresh = ChartScene(chart)
        fresh.set_scale_hint(0.05)
        assert scene.overview_on and fresh.overview_on
        assert drawn(scene) == drawn(fresh)
        assert sorted(scene.connectors.segments()) == sorted(fresh.connectors.segments())
        fresh.deleteLater()
    scene.deleteLater()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_badges_from_the_checks_changes_equal_badges_from_all_findings(qapp, data):
    """The canvas's badges follow the checker's changes (what the checks panel passes on), and
    equal a scene given every finding afresh, folded branches counted on their manager."""
    chart = three_teams()
    scene = ChartScene(chart)
    checker = Checker(chart)
    serial = [0]
    for _ in range(data.draw(st.integers(1, 20))):
        random_edit(chart, data, serial, WITH_PLACES)
        scene.flush()
        findings = checker.findings()
        scene.update_findings(checker.changes(), findings)
        fresh = ChartScene(chart)
        fresh.set_findings(run(chart))
        assert {p: c.badge for p, c in scene.cards().items()} == {
            p: c.badge for p, c in fresh.cards().items()
        }
        for pid in fresh.cards():
            assert sorted(map(repr, scene.findings_of(pid))) == sorted(
                map(repr, fresh.findings_of(pid))
            )
        fresh.deleteLater()
    scene.deleteLater()


def test_the_overview_is_built_when_painted_and_then_as_one_built_at_once(qapp, monkeypatch):
    """Opening a big chart fits it (the overview) and then zooms to reading size: the overview
    on for a moment builds no tiles; painted, it draws what a scene zoomed out at once does."""
    from PySide6.QtGui import QImage, QPainter

    monkeypatch.setattr(scene_module, "OVERVIEW_MIN_CARDS", 0)
    chart = three_teams()
    scene = ChartScene(chart)
    scene.set_scale_hint(0.05)
    bounds = scene.overview.boundingRect()
    scene.set_scale_hint(1.0)
    assert not scene.overview._built and not scene.overview_on
    scene.set_scale_hint(0.05)
    assert not scene.overview._built  # not painted yet
    image = QImage(200, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
    assert scene.overview._built
    assert scene.overview.boundingRect() == bounds  # measured before the tiles were built
    scene.overview._set_bounds()  # from the tiles
    assert scene.overview.boundingRect() == bounds
    fresh = ChartScene(chart)
    fresh.set_scale_hint(0.05)
    assert drawn(scene) == drawn(fresh) and drawn(scene)
    fresh.deleteLater()
    scene.deleteLater()
