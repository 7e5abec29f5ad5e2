"""The view: zoom, fit, pan, rubber band, arrow keys, naming in place, the overview."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTransform, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsView, QLineEdit
from support.canvas_helpers import LEFT, NO_MODIFIER

from orgeditor.drawing.style import LOD_THRESHOLD, OVERVIEW_MIN_CARDS
from orgeditor.model import Chart, Position
from orgeditor.ui.commands import AddPositionCommand, EditFieldsCommand, ReparentCommand


def test_object_name_and_drops(canvas):
    assert canvas.view.objectName() == "canvas"
    assert canvas.view.acceptDrops()
    assert canvas.view.renderHints() & canvas.view.renderHints().Antialiasing


def test_fit_shows_every_card(canvas):
    canvas.view.set_zoom(3.0)
    canvas.view.fit()
    visible = canvas.view.mapToScene(canvas.viewport.rect()).boundingRect()
    for pid in canvas.chart.position_ids():
        assert visible.contains(canvas.scene.card(pid).sceneBoundingRect())
    assert canvas.view.zoom() <= 1.0


def test_zoom_in_out_signal(canvas, qtbot):
    start = canvas.view.zoom()
    with qtbot.waitSignal(canvas.view.zoomChanged) as blocker:
        canvas.view.zoom_in()
    assert canvas.view.zoom() == pytest.approx(start * 1.25)
    assert blocker.args == [pytest.approx(start * 1.25)]
    canvas.view.zoom_out()
    assert canvas.view.zoom() == pytest.approx(start)


def test_wheel_zooms_around_the_cursor(canvas):
    view = canvas.view
    point = canvas.point("m1")
    under = view.mapToScene(point)
    start = view.zoom()
    event = QWheelEvent(
        QPointF(point),
        QPointF(view.viewport().mapToGlobal(point)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() > start
    after = view.mapToScene(point)
    assert (
        abs(after.x() - under.x()) < 3 / view.zoom()
        and abs(after.y() - under.y()) < 3 / view.zoom()
    )


def test_pan_with_middle_button_and_with_space(canvas):
    view = canvas.view
    view.set_zoom(2.0)
    viewport = view.viewport()
    before = view.mapToScene(viewport.rect().center())
    start, end = QPoint(500, 350), QPoint(400, 300)
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, NO_MODIFIER, start)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, NO_MODIFIER, end)
    moved = view.mapToScene(viewport.rect().center())
    assert moved.x() > before.x() and moved.y() > before.y()
    # Space + left drag pans too (and does not move a card or select)
    view.setFocus()
    QTest.keyPress(view, Qt.Key.Key_Space)
    assert view.space_held
    canvas.drag(canvas.point("m1"), canvas.point("m1") + QPoint(-80, 0))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert not view.space_held
    assert view.mapToScene(viewport.rect().center()).x() > moved.x()
    assert canvas.document.undo_stack.count() == 0


def test_rubber_band_selects_the_cards_it_touches(canvas):
    a1, a2 = canvas.point("a1"), canvas.point("a2")
    end = QPoint(max(a1.x(), a2.x()) + 5, a1.y() + 5)
    # begin on empty canvas just left of a1
    start = canvas.view.mapFromScene(canvas.scene.card("a1").pos() + QPointF(-15, 36))
    canvas.drag(start, end)
    assert canvas.scene.selected_ids() == ["a1", "a2"]
    assert canvas.document.undo_stack.count() == 0
    # Ctrl adds another band to the selection
    start_b1 = canvas.view.mapFromScene(canvas.scene.card("b1").pos() + QPointF(-15, 36))
    QTest.mousePress(canvas.viewport, LEFT, Qt.KeyboardModifier.ControlModifier, start_b1)
    QTest.mouseMove(canvas.viewport, canvas.point("b1"))
    QTest.mouseRelease(
        canvas.viewport, LEFT, Qt.KeyboardModifier.ControlModifier, canvas.point("b1")
    )
    assert canvas.scene.selected_ids() == ["a1", "a2", "b1"]


def test_arrow_keys_walk_the_tree(canvas):
    view, scene = canvas.view, canvas.scene
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)  # nothing selected: the first root
    assert scene.selected_ids() == ["ceo"]
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_ids() == ["cro"]
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_ids() == ["m1"]
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert scene.selected_ids() == ["m2"]
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert scene.selected_ids() == ["ops"]
    QTest.keyClick(view, Qt.Key.Key_Right)  # no next sibling: stays
    assert scene.selected_ids() == ["ops"]
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert scene.selected_ids() == ["m2"]
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_ids() == ["b1"]
    QTest.keyClick(view, Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert scene.selected_ids() == ["cro"]
    # the selected card is centred
    centre = view.mapToScene(view.viewport().rect().center())
    assert (
        scene.card("cro").sceneBoundingRect().contains(centre)
        or abs(centre.x() - scene.card("cro").centre().x()) < 300
    )


def test_f2_renames_in_one_undo_step(canvas, qtbot):
    view, chart, stack = canvas.view, canvas.chart, canvas.document.undo_stack
    canvas.scene.select_ids(["b1"])  # a vacant seat
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.viewport().findChild(QLineEdit, "cardNameEditor")
    assert editor is not None and editor.isVisible()
    QTest.keyClicks(editor, "Nora Nilsen")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert chart.position("b1").name == "Nora Nilsen"
    assert chart.position("b1").status == "filled"
    assert stack.count() == 1
    assert canvas.scene.card("b1").content.name == "Nora Nilsen"
    qtbot.waitUntil(lambda: view.viewport().findChild(QLineEdit, "cardNameEditor") is None)
    stack.undo()
    assert chart.position("b1").name == "" and chart.position("b1").status == "vacant"


def test_escape_cancels_the_name_editor(canvas, qtbot):
    view = canvas.view
    canvas.scene.select_ids(["a1"])
    assert view.edit_selected_name()
    editor = view.viewport().findChild(QLineEdit, "cardNameEditor")
    QTest.keyClicks(editor, "Somebody Else")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert canvas.chart.position("a1").name == "Per Hansen"
    assert canvas.document.undo_stack.count() == 0


def test_double_click_opens_the_name_editor(canvas):
    QTest.mouseDClick(canvas.viewport, LEFT, NO_MODIFIER, canvas.point("m2"))
    editor = canvas.viewport.findChild(QLineEdit, "cardNameEditor")
    assert editor is not None and editor.text() == "Barbara Liskov"


def test_centre_on_ids(canvas):
    view = canvas.view
    view.set_zoom(2.0)
    view.centre_on_ids(["b1"])
    centre = view.mapToScene(view.viewport().rect().center())
    assert canvas.scene.card("b1").sceneBoundingRect().contains(centre)
    view.centre_on_ids(["a1", "ops"])  # far apart: zoom out until both show
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(canvas.scene.card("a1").sceneBoundingRect())
    assert visible.contains(canvas.scene.card("ops").sceneBoundingRect())


def big_chart(size: int) -> Chart:
    chart = Chart()
    with chart.quiet():
        chart.add_position(Position("p0", "Root", "CEO"))
        managers = []
        for m in range(size // 10):
            managers.append(chart.add_position(Position(f"m{m}", "", "Sales Manager"), "p0"))
        n = len(chart)
        while n < size:
            chart.add_position(
                Position(f"s{n}", "", "Account Executive"), managers[n % len(managers)]
            )
            n += 1
    return chart


def test_large_chart_zoomed_out_shows_the_overview(canvas_factory):
    canvas = canvas_factory(big_chart(OVERVIEW_MIN_CARDS + 500))
    view, scene = canvas.view, canvas.scene
    view.fit()
    assert view.zoom() < LOD_THRESHOLD
    assert scene.overview_on and scene.overview.isVisible()
    assert not scene.connectors.isVisible()
    assert scene.card("p0").opacity() == 0.0
    scene.select_ids(["m3"])  # selection survives the overview
    image = view.grab().toImage()
    assert (
        len(
            {
                image.pixel(x, y)
                for x in range(0, image.width(), 9)
                for y in range(0, image.height(), 9)
            }
        )
        > 2
    )
    view.set_zoom(1.0)
    assert not scene.overview_on and not scene.overview.isVisible()
    assert scene.card("p0").opacity() == 1.0
    assert scene.selected_ids() == ["m3"]


def test_small_chart_zoomed_out_keeps_cards(canvas):
    canvas.view.set_zoom(0.1)
    assert not canvas.scene.overview_on
    assert canvas.scene.card("ceo").opacity() == 1.0


def test_view_class(canvas):
    assert isinstance(canvas.view, QGraphicsView)


def test_leaving_the_name_editor_commits(canvas, qtbot):
    canvas.scene.select_ids(["a2"])
    canvas.view.edit_selected_name()
    editor = canvas.viewport.findChild(QLineEdit, "cardNameEditor")
    editor.setText("Liv Bergersen")
    QTest.mouseClick(canvas.viewport, LEFT, NO_MODIFIER, canvas.empty_point())
    assert canvas.chart.position("a2").name == "Liv Bergersen"
    assert canvas.document.undo_stack.count() == 1


def test_the_overview_follows_a_zoom_set_by_any_means(canvas_factory, qtbot):
    canvas = canvas_factory(big_chart(OVERVIEW_MIN_CARDS + 500))
    view, scene = canvas.view, canvas.scene
    view.set_zoom(1.0)
    view.viewport().grab()  # a frame is painted
    assert not scene.overview_on
    # Qt's own fitInView, not the editor's zoom: the next frame still switches
    view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    assert view.zoom() < LOD_THRESHOLD
    view.viewport().grab()  # a frame is painted
    assert scene.overview_on and scene.overview.isVisible()
    view.setTransform(QTransform.fromScale(1.0, 1.0))
    view.viewport().grab()  # a frame is painted
    assert not scene.overview_on


def test_the_overview_after_an_edit_looks_as_one_drawn_afresh(canvas_factory):
    """Zoomed out, an edit draws again only the tiles and lines it changed in the cached
    picture: the window then shows exactly what a fresh view of the edited chart shows."""
    chart = big_chart(OVERVIEW_MIN_CARDS + 500)
    canvas = canvas_factory(chart)
    view, scene = canvas.view, canvas.scene
    transform = view.transform()
    assert scene.overview_on
    view.viewport().grab()  # the picture is cached
    canvas.document.undo_stack.push(
        AddPositionCommand(chart, Position("new1", "", "Sales Manager"), "m0")
    )
    canvas.document.undo_stack.push(ReparentCommand(chart, ["m1"], "m2"))
    scene.flush()
    view.viewport().grab()
    # a card of another role family: one tile is painted again, nothing else changes
    seller = chart.reports_of("m5")[0]
    canvas.document.undo_stack.push(
        EditFieldsCommand(chart, {seller: {"title": "Sales Operations Analyst"}})
    )
    scene.flush()
    edited = view.viewport().grab().toImage()
    fresh = canvas_factory(chart)
    fresh.view.setTransform(transform)
    fresh.view.horizontalScrollBar().setValue(view.horizontalScrollBar().value())
    fresh.view.verticalScrollBar().setValue(view.verticalScrollBar().value())
    assert fresh.scene.overview_on
    assert fresh.view.viewport().grab().toImage() == edited


def test_a_large_chart_opens_at_reading_size_without_a_detour_through_the_overview(
    canvas_factory, monkeypatch
):
    """show_start fits and then zooms to reading size: the fitted zoom is never announced, so
    the scene does not switch its overview picture (and item index) on and off for it."""
    canvas = canvas_factory(big_chart(OVERVIEW_MIN_CARDS + 500))
    view, scene = canvas.view, canvas.scene
    view.set_zoom(1.0)
    switches = []
    original = scene._set_overview
    monkeypatch.setattr(scene, "_set_overview", lambda on: (switches.append(on), original(on)))
    view.show_start()
    assert view.zoom() == pytest.approx(0.8)
    assert switches == [] and not scene.overview_on
    view.fit()  # Ctrl+0 still shows it whole, through the overview
    assert switches == [True] and scene.overview_on
