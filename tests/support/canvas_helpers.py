"""Helpers for the canvas tests: a small sales chart, a shown canvas, real mouse drags and
palette drag-and-drop events."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from orgeditor.model import Chart, Position, Team
from orgeditor.ui.canvas import ChartView, EditScene
from orgeditor.ui.document import Document

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
COPY = Qt.DropAction.CopyAction


def small_chart() -> Chart:
    """ceo > cro > (m1 > a1, a2), (m2 > b1), ops; a pod team; a dotted line."""
    chart = Chart()
    chart.add_team(Team("t1", "Pod North", "pod", region="North"))
    chart.add_position(Position("ceo", "Kari Nordmann", "Chief Executive Officer"))
    chart.add_position(Position("cro", "Grace Hopper", "Chief Revenue Officer"), "ceo")
    chart.add_position(Position("m1", "Alan Turing", "Sales Manager", region="North"), "cro")
    chart.add_position(Position("a1", "Per Hansen", "Account Executive", team="t1"), "m1")
    chart.add_position(Position("a2", "Liv Berg", "SDR", team="t1"), "m1")
    chart.add_position(Position("m2", "Barbara Liskov", "Sales Manager"), "cro")
    chart.add_position(Position("b1", "", "Account Manager", status="vacant"), "m2")
    chart.add_position(Position("ops", "Linus Torvalds", "Sales Operations Analyst"), "cro")
    chart.add_dotted_line("ops", "m2")
    return chart


@dataclass
class Canvas:
    document: Document
    scene: EditScene
    view: ChartView

    @property
    def chart(self) -> Chart:
        return self.document.chart

    @property
    def viewport(self):
        return self.view.viewport()

    def point(self, pid: str, dx: float = 0.0, dy: float = 0.0) -> QPoint:
        """The viewport point at the centre of a card (shifted by dx, dy scene units)."""
        card = self.scene.card(pid)
        assert card is not None, pid
        return self.view.mapFromScene(card.centre() + QPointF(dx, dy))

    def empty_point(self) -> QPoint:
        """A viewport point well away from every card."""
        rect = self.viewport.rect()
        for y in range(20, rect.height() - 20, 20):
            for x in range(20, rect.width() - 20, 20):
                scene_pos = self.view.mapToScene(QPoint(x, y))
                clear = all(
                    self.scene.card_at(scene_pos + QPointF(ox, oy)) is None
                    for ox in (-120, 0, 120)
                    for oy in (-60, 0, 60)
                )
                if clear:
                    return QPoint(x, y)
        raise AssertionError("no empty spot on the canvas")

    def card_ids(self) -> set[str]:
        return {item.data(0) for item in self.scene.items() if item.data(0) is not None}

    def drag(self, start: QPoint, end: QPoint, steps: int = 6, release: bool = True) -> None:
        """A real left-button drag on the viewport: press, several moves, release."""
        QTest.mousePress(self.viewport, LEFT, NO_MODIFIER, start)
        for i in range(1, steps + 1):
            point = start + (end - start) * (i / steps)
            QTest.mouseMove(self.viewport, point)
        if release:
            QTest.mouseRelease(self.viewport, LEFT, NO_MODIFIER, end)


def make_canvas(qtbot, chart: Chart | None = None) -> Canvas:
    document = Document(chart if chart is not None else small_chart())
    scene = EditScene(document)
    view = ChartView(scene)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.fit()
    return Canvas(document, scene, view)


# ----- palette drag and drop: real QDragEnter/QDragMove/QDrop events --------------------------


def send(widget: QWidget, event: QEvent) -> QEvent:
    """Deliver event to widget now; returns it, to see whether it was accepted."""
    QApplication.sendEvent(widget, event)
    return event


def drag_move(canvas: Canvas, point: QPoint, mime: QMimeData) -> QEvent:
    return send(canvas.viewport, QDragMoveEvent(point, COPY, mime, LEFT, NO_MODIFIER))


def drag_over(canvas: Canvas, point: QPoint, mime: QMimeData) -> tuple[QEvent, QEvent]:
    """A drag entering the canvas at point and moving there: the (enter, move) events."""
    enter = send(canvas.viewport, QDragEnterEvent(point, COPY, mime, LEFT, NO_MODIFIER))
    return enter, drag_move(canvas, point, mime)


def drop_event(point: QPoint, mime: QMimeData) -> QDropEvent:
    return QDropEvent(QPointF(point), COPY, mime, LEFT, NO_MODIFIER)


def drop(canvas: Canvas, point: QPoint, mime: QMimeData) -> QEvent:
    """Drag over point, then drop there: the drop event."""
    drag_over(canvas, point, mime)
    return send(canvas.viewport, drop_event(point, mime))
