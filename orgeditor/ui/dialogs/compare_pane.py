"""One side of the compare view: a scenario's chart drawn as the canvas draws it (a ChartScene
on a copy, so the compare view never changes a chart), its changed cards marked
(drawing/change_marks.py), zoomed with the wheel and panned by dragging."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QLabel, QVBoxLayout, QWidget

from orgeditor.drawing.change_marks import mark_changes
from orgeditor.drawing.scene import ChartScene
from orgeditor.model import Chart
from orgeditor.model.scenarios import copy_chart
from orgeditor.ui.theme import drawing_scheme

STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.005, 2.0


class ComparePane(QWidget):
    """A title over a read-only view of one chart."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.title = QLabel(self)
        self.title.setObjectName(f"{object_name}Title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        column.addWidget(self.title)
        self.view = _PaneView(self)
        self.view.setObjectName(f"{object_name}View")
        self.title.setBuddy(self.view)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        column.addWidget(self.view, 1)
        self.scene: ChartScene | None = None
        self._fitting = True  # fit again on a resize until the user zooms or a card is shown

    def show_chart(self, title: str, chart: Chart, kinds: Mapping[str, str]) -> None:
        """Draw a copy of `chart` with the cards in `kinds` (id -> change kind) marked."""
        self.title.setText(title)
        self.view.setAccessibleName(title)  # the scenario it shows
        old = self.scene
        self.scene = ChartScene(copy_chart(chart), self)
        self._apply_scheme()
        self.scene.flush()
        mark_changes(self.scene, kinds)
        self.view.setScene(self.scene)
        if old is not None:
            old.deleteLater()
        self._fitting = True
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_scheme()

    def _apply_scheme(self) -> None:
        """The chart in light or dark colours, as the interface (ui/theme.py)."""
        scheme = drawing_scheme()
        if getattr(self, "scene", None) is not None:
            self.scene.set_scheme(scheme)
        if getattr(self, "view", None) is not None:
            self.view.setBackgroundBrush(scheme.background)

    def _resized(self) -> None:
        if self._fitting:  # the first show gives the view its real size
            self.fit()

    def fit(self) -> None:
        if self.scene is None:
            return
        self.view.fitInView(
            self.scene.bounds().adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio
        )
        if self.zoom() > 1.0:
            self.view.resetTransform()
        self._scaled()

    def zoom(self) -> float:
        return self.view.transform().m11()

    def show_cards(self, ids: Iterable[str]) -> None:
        """Select these cards and bring the first into sight (at reading size if it was far)."""
        if self.scene is None:
            return
        ids = [pid for pid in ids if self.scene.is_shown(pid)]
        self.scene.select_ids(ids)
        if ids:
            self._fitting = False
            if self.zoom() < 0.5:
                self.view.setTransform(QTransform.fromScale(0.8, 0.8))
                self._scaled()
            card = self.scene.card(ids[0])
            self.view.centerOn(card.sceneBoundingRect().center())

    def wheel(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if not delta:
            return
        self._fitting = False
        factor = STEP if delta > 0 else 1 / STEP
        scale = min(MAX_SCALE, max(MIN_SCALE, self.zoom() * factor))
        self.view.scale(scale / self.zoom(), scale / self.zoom())
        self._scaled()

    def _scaled(self) -> None:
        if self.scene is not None:  # a large chart zoomed out draws its overview picture
            self.scene.set_scale_hint(self.zoom())


class _PaneView(QGraphicsView):
    """The pane's view: the wheel zooms (as on the canvas), a resize may fit again."""

    def __init__(self, pane: ComparePane) -> None:
        super().__init__(pane)
        self._pane = pane

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._pane.wheel(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._pane._resized()
