"""The canvas widget: zoom, pan, selection, keyboard navigation, in-place naming, drops.

Mouse and drag events go to one active gesture at a time (interactions/); the view only
decides which gesture a press or a drag starts: on a manager's fold marker a fold toggle, on a
card a card drag (with Alt or Shift a dotted line), on a team box's label or border a team
drag, elsewhere a rubber band.
A right click selects what is under it and asks for a context menu (contextMenuRequested).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
    QTransform,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from orgeditor.drawing.card_item import CARD_RECT
from orgeditor.drawing.style import LOD_THRESHOLD, font
from orgeditor.layout import shown_roots
from orgeditor.ui.canvas.edit_scene import EditScene
from orgeditor.ui.canvas.interactions import (
    CardDragInteraction,
    DottedLineInteraction,
    FoldToggleInteraction,
    Interaction,
    PaletteDropInteraction,
    PanInteraction,
    RubberBandInteraction,
    TeamDragInteraction,
)
from orgeditor.ui.canvas.menu_target import select_for_menu, target_at
from orgeditor.ui.canvas.name_editor import NameEditor, renamed_fields
from orgeditor.ui.canvas.navigation import ARROWS, neighbour
from orgeditor.ui.canvas.tooltips import CanvasToolTips
from orgeditor.ui.commands import EditFieldsCommand

MIN_SCALE = 0.0005  # a fitted 10,000-position chart is at about 0.002
MAX_SCALE = 4.0
MAX_FIT_SCALE = 1.0  # fitting a small chart does not blow it up past 100 %
# the smallest zoom at which card titles can be read: compact cards print titles at about
# 10 px on screen here (drawing/card_compact.py); a chart that fits only below it opens at
# READING_SCALE on the top of its largest tree, and Find brings a match up to READING_SCALE
READABLE_SCALE = 0.35
READING_SCALE = 0.8
STEP = 1.25
FIT_MARGIN = 40.0
WHEEL_PIXELS = 60.0  # a horizontal wheel notch (or Shift+wheel) scrolls this far


ADDING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class ChartView(QGraphicsView):
    zoomChanged = Signal(float)
    # (position id or None, team id or None, global QPoint): a right click on the canvas
    contextMenuRequested = Signal(object, object, QPoint)
    # a fold marker was clicked: the position whose reports to fold away or show again
    foldToggled = Signal(str)

    def __init__(self, scene: EditScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("canvas")
        self.chart_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(scene.scheme.background)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.space_held = False
        self._active: Interaction | None = None
        self._active_button = Qt.MouseButton.NoButton
        self._editor: NameEditor | None = None
        self._current: str | None = None  # the card arrow keys move from
        self._fit_pending = True
        self._start_view = False  # still showing how the chart opened: a resize re-does it
        self._drop_anchor: tuple[str, QPointF, QPointF] | None = None  # keep_under's card
        self._hover_team = False  # the pointer rests on a team box handle (open-hand cursor)
        self.viewport().setMouseTracking(True)
        scene.document.chartReplaced.connect(self._chart_replaced)
        scene.editShown.connect(self._follow_edit)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.actionTriggered.connect(self._user_moved)  # the user's own scrolling only
        self.tooltips = CanvasToolTips(self)

    def _user_moved(self, _action: int = 0) -> None:
        self._start_view = False

    @property
    def undo_stack(self) -> QUndoStack:
        return self.chart_scene.document.undo_stack

    # ----- zoom ------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, scale: float, anchor: QPointF | None = None) -> None:
        """Zoom to `scale`, keeping the scene point under the viewport point `anchor`
        (default: the viewport's centre) where it is."""
        scale = min(MAX_SCALE, max(MIN_SCALE, scale))
        current = self.zoom()
        if abs(scale - current) < 1e-9:
            return
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        self.scale(scale / current, scale / current)
        after = self.mapFromScene(before)
        shift = after - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + shift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + shift.y())
        self._zoomed()

    def zoom_in(self) -> None:
        self._start_view = False
        self.set_zoom(self.zoom() * STEP)

    def zoom_out(self) -> None:
        self._start_view = False
        self.set_zoom(self.zoom() / STEP)

    def fit(self, announce: bool = True) -> None:
        """Show the whole chart (at most at 100 %). announce=False: the scene and the status
        bar are not told yet (show_start zooms again at once)."""
        self._start_view = False
        self._fit_pending = not self.isVisible()
        bounds = self.chart_scene.bounds()
        if bounds.isEmpty():
            self.resetTransform()
            self.centerOn(0, 0)
        else:
            self._fit_rect(bounds)
        if announce:
            self._zoomed()

    def show_start(self) -> None:
        """How a chart first appears (opened, imported, from a template or an example):
        whole when its titles can be read that way, else the top of its largest tree at
        reading size (Ctrl+0 still fits all). Until the user moves the view, a resize of
        the window shows the chart this way again."""
        self.fit(announce=False)  # a step on the way: no overview switched on and off for it
        self._start_view = True
        chart = self.chart_scene.chart
        roots = shown_roots(chart)
        if self.zoom() >= READABLE_SCALE or not roots:
            self._zoomed()
            return
        self.set_zoom(READING_SCALE)
        largest = max(roots, key=lambda root: len(chart.descendants(root)))
        card = self.chart_scene.card(largest)
        if card is not None:
            top = CARD_RECT.translated(card.pos())
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            self.centerOn(top.center().x(), top.top() - FIT_MARGIN + visible.height() / 2)

    def show_readable(self, position_id: str) -> None:
        """Centre a card, zooming in to reading size when its title could not be read."""
        self.chart_scene.flush()
        card = self.chart_scene.card(position_id)
        if card is None:
            return
        self._start_view = False
        if self.zoom() < READABLE_SCALE:
            self.set_zoom(READING_SCALE)
        self.centerOn(card.centre())

    def current_id(self) -> str | None:
        """The card keyboard actions work on: the last one clicked or walked to, if it is
        selected, else the first selected card."""
        selected = self.chart_scene.selected_ids()
        if not selected:
            return None
        return self._current if self._current in selected else selected[0]

    def keep_under(self, position_id: str, viewport_point: QPointF) -> None:
        """After the coming edit is laid out, scroll so that the spot of this card now under
        `viewport_point` is there again (a drop: the card under the pointer stays under it)."""
        card = self.chart_scene.card(position_id)
        if card is not None:
            spot = self.mapToScene(QPointF(viewport_point).toPoint()) - card.pos()
            self._drop_anchor = (position_id, QPointF(viewport_point), spot)

    def _follow_edit(self, ids: list[str]) -> None:
        """An edit, undo or redo is laid out: bring the cards it changed into view when they
        are out of sight, scrolling as little as needed and never zooming."""
        anchor, self._drop_anchor = self._drop_anchor, None
        scene = self.chart_scene
        if anchor is not None:
            pid, pointer, spot = anchor
            card = scene.card(pid)
            if card is not None:
                shift = self.mapFromScene(card.pos() + spot) - pointer.toPoint()
                self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + shift.x())
                self.verticalScrollBar().setValue(self.verticalScrollBar().value() + shift.y())
                # the pointer's card wins: the next drop must land on it again; the status
                # bar names what was added even when it landed out of sight
                return
        rects = [CARD_RECT.translated(c.pos()) for pid in ids if (c := scene.card(pid))]
        if not rects:
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if any(visible.contains(rect) for rect in rects):
            return  # the user sees (part of) what changed
        union = QRectF()
        for rect in rects:
            union = union.united(rect)
        fits = union.width() + 2 * FIT_MARGIN <= visible.width()
        if fits and union.height() + 2 * FIT_MARGIN <= visible.height():
            self.ensureVisible(union, int(FIT_MARGIN), int(FIT_MARGIN))
        else:
            self.ensureVisible(rects[0], int(FIT_MARGIN), int(FIT_MARGIN))

    def centre_on_ids(self, ids: list[str]) -> None:
        """Bring these cards into view: centre on them, zooming out if they do not fit."""
        self.chart_scene.flush()
        rect = QRectF()
        for pid in ids:
            card = self.chart_scene.card(pid)
            if card is not None:
                rect = rect.united(CARD_RECT.translated(card.pos()))
        if rect.isEmpty():
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        too_wide = rect.width() + FIT_MARGIN > visible.width()
        if too_wide or rect.height() + FIT_MARGIN > visible.height():
            self._fit_rect(rect)
            self._zoomed()
        else:
            self.centerOn(rect.center())

    def toggle_fold(self, position_id: str) -> None:
        """Fold or unfold a manager's reports (foldToggled), its card staying where it is on
        the screen."""
        self.holding(position_id, lambda: self.foldToggled.emit(position_id))

    def holding(self, position_id: str | None, change: Callable[[], object]) -> None:
        """Make a change of what is shown (folds, focus), lay out, and scroll so that the card
        position_id stands where it stood on the screen, if it is shown before and after."""
        scene = self.chart_scene
        card = scene.card(position_id) if position_id is not None else None
        before = self.mapFromScene(card.pos()) if card is not None and card.isVisible() else None
        change()
        scene.flush()
        if before is not None and card is not None and card.isVisible():
            self._start_view = False
            shift = self.mapFromScene(card.pos()) - before
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + shift.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + shift.y())

    def reveal(self, position_id: str) -> None:
        """Scroll just enough to show a card (no zoom change)."""
        self.chart_scene.flush()
        card = self.chart_scene.card(position_id)
        if card is not None:
            self.ensureVisible(CARD_RECT.translated(card.pos()), 40, 40)

    def _fit_rect(self, rect: QRectF) -> None:
        self.fitInView(
            rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN),
            Qt.AspectRatioMode.KeepAspectRatio,
        )
        if self.zoom() > MAX_FIT_SCALE:
            self.setTransform(QTransform.fromScale(MAX_FIT_SCALE, MAX_FIT_SCALE))
        self.centerOn(rect.center())

    def _zoomed(self) -> None:
        scale = self.zoom()
        self.chart_scene.set_scale_hint(scale)
        self.zoomChanged.emit(scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        # the overview follows the zoom however it was set (QGraphicsView.fitInView, scale(),
        # setTransform), not only through set_zoom: checked before every frame, one compare
        scale = self.zoom()
        if scale != self.chart_scene.scale_hint:
            self.chart_scene.set_scale_hint(scale)
        super().paintEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel zooms at the pointer; a horizontal wheel (or tilt, or Shift+wheel)
        scrolls sideways."""
        delta = event.angleDelta()
        self._start_view = False
        sideways = delta.x() if delta.x() else 0
        if not sideways and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            sideways = delta.y()
        if sideways:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - round(sideways / 120.0 * WHEEL_PIXELS))
            event.accept()
            return
        steps = delta.y() / 120.0
        if not steps:
            return
        self.set_zoom(self.zoom() * (1.15**steps), event.position())
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._start_view and self.isVisible():
            self.show_start()  # the window found its size after the chart opened

    # ----- mouse: pick a gesture, then route to it -------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._active is not None:
            event.accept()
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._start_view = False
        button = event.button()
        scene_pos = self.mapToScene(event.position().toPoint())
        interaction: Interaction | None = None
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self.space_held
        ):
            interaction = PanInteraction(self)
        elif button == Qt.MouseButton.LeftButton:
            card = self.chart_scene.card_at(scene_pos)
            if card is not None and self._on_fold_marker(event):
                interaction = FoldToggleInteraction(self)
            elif card is not None:
                self._current = card.position_id
                if DottedLineInteraction.wanted(event):
                    interaction = DottedLineInteraction(self)
                else:
                    interaction = CardDragInteraction(self)
            elif not event.modifiers() & ADDING and self.chart_scene.team_at(scene_pos):
                interaction = TeamDragInteraction(self)
            else:
                interaction = RubberBandInteraction(self)
        elif button == Qt.MouseButton.RightButton:
            self._current = select_for_menu(self.chart_scene, scene_pos) or self._current
            event.accept()
            return
        if interaction is None:
            super().mousePressEvent(event)
            return
        self._active, self._active_button = interaction, button
        interaction.start(event)
        event.accept()

    def _on_fold_marker(self, event: QMouseEvent) -> bool:
        """A plain left press on a fold marker drawn at this zoom (zoomed far out only a
        folded branch's marker is drawn)."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        pid = FoldToggleInteraction.marker_at(self, event)
        if pid is None:
            return False
        card = self.chart_scene.card(pid)
        folded = card is not None and card.fold is not None and card.fold[0]
        return folded or self.zoom() >= LOD_THRESHOLD

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._active is not None and not isinstance(self._active, PaletteDropInteraction):
            self._active.update(event)
            event.accept()
        else:
            if self._active is None and not self.space_held:
                self._hover(self.mapToScene(event.position().toPoint()))
            super().mouseMoveEvent(event)

    def _hover(self, scene_pos: QPointF) -> None:
        """An open hand over a team box's label or border: it can be dragged from there."""
        scene = self.chart_scene
        on_team = scene.card_at(scene_pos) is None and scene.team_at(scene_pos) is not None
        if on_team != self._hover_team:
            self._hover_team = on_team
            if on_team:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()

    # ----- context menu --------------------------------------------------------------------

    def target_at(self, point: QPoint) -> tuple[str | None, str | None]:
        """(position id, team id) under a viewport point (see menu_target.target_at)."""
        return target_at(self.chart_scene, self.mapToScene(point))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._active is not None:
            event.accept()
            return
        if event.reason() != QContextMenuEvent.Reason.Mouse:  # the menu key: the selection
            selected = self.chart_scene.selected_ids()
            pid = self._current if self._current in selected else (selected or [None])[0]
            team = self.chart_scene.chart.position(pid).team if pid is not None else None
            point = self.viewport().rect().center()
            card = self.chart_scene.card(pid) if pid is not None else None
            if card is not None:
                point = self.mapFromScene(card.centre())
            self.contextMenuRequested.emit(pid, team, self.viewport().mapToGlobal(point))
        else:
            pid, team = self.target_at(event.pos())
            self.contextMenuRequested.emit(pid, team, event.globalPos())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._active is not None and event.button() == self._active_button:
            interaction, self._active = self._active, None
            self._active_button = Qt.MouseButton.NoButton
            interaction.finish(event)
            self._hover_team = False  # gestures set their own cursors: look again
            event.accept()
        elif self._active is None:
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if (
            self._active is None
            and event.button() == Qt.MouseButton.LeftButton
            and self._on_fold_marker(event)
        ):
            self.mousePressEvent(event)  # a second quick click on a marker toggles again
            return
        card = self.chart_scene.card_at(self.mapToScene(event.position().toPoint()))
        if card is not None and event.button() == Qt.MouseButton.LeftButton:
            self.chart_scene.select_ids([card.position_id])
            self.edit_selected_name()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def cancel_interaction(self) -> bool:
        if self._active is None:
            return False
        interaction, self._active = self._active, None
        self._active_button = Qt.MouseButton.NoButton
        interaction.cancel()
        return True

    # ----- drops from the palette -------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not PaletteDropInteraction.accepts(event.mimeData()) or self._active is not None:
            event.ignore()
            return
        self._active = PaletteDropInteraction(self)
        self._active.start(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if isinstance(self._active, PaletteDropInteraction):
            self._active.update(event)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        if isinstance(self._active, PaletteDropInteraction):
            self.cancel_interaction()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        if not PaletteDropInteraction.accepts(event.mimeData()):
            event.ignore()
            return
        interaction = self._active
        if not isinstance(interaction, PaletteDropInteraction):
            interaction = PaletteDropInteraction(self)  # a drop without a drag enter first
        self._active = None
        interaction.finish(event)

    # ----- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.cancel_interaction():
            event.accept()
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = True
            if self._active is None:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
        elif key in ARROWS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._navigate(Qt.Key(key))
            event.accept()
        elif key == Qt.Key.Key_F2:
            self.edit_selected_name()
            event.accept()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = False
            self._hover_team = False
            if self._active is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _navigate(self, key: Qt.Key) -> None:
        scene = self.chart_scene
        chart = scene.chart
        selected = scene.selected_ids()
        if not selected:
            roots = shown_roots(chart)
            target = roots[0] if roots else None
        else:
            here = self._current if self._current in selected else selected[0]
            target = neighbour(chart, here, key)
        if target is None:
            return
        self._current = target
        self._start_view = False
        scene.select_ids([target])
        card = scene.card(target)
        if card is not None:
            self.centerOn(card.centre())

    # ----- naming in place ---------------------------------------------------------------------

    def edit_selected_name(self) -> bool:
        """Open the in-place name editor on the selected card (the current one if several)."""
        scene = self.chart_scene
        selected = scene.selected_ids()
        if not selected:
            return False
        pid = self._current if self._current in selected else selected[0]
        card = scene.card(pid)
        if card is None:
            return False
        self.close_editor()
        self.ensureVisible(CARD_RECT.translated(card.pos()), 20, 20)
        editor = NameEditor(pid, scene.chart.position(pid).name, self.viewport())
        editor.place_over(card, self)
        editor.committed.connect(self._commit_name)
        editor.cancelled.connect(self.close_editor)
        self._editor = editor
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def close_editor(self) -> None:
        editor, self._editor = self._editor, None
        if editor is not None:
            editor.hide()
            editor.deleteLater()
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _commit_name(self, pid: str, name: str) -> None:
        self.close_editor()
        chart = self.chart_scene.chart
        if pid not in chart:
            return
        values = renamed_fields(chart.position(pid), name)
        if values:
            self.undo_stack.push(
                EditFieldsCommand(chart, {pid: values}, text=self.tr("Rename position"))
            )

    # ----- chart replaced, painting ----------------------------------------------------------

    def _chart_replaced(self) -> None:
        self.cancel_interaction()
        self.close_editor()
        self._current = None
        if self.isVisible():
            self.show_start()
        else:
            self._fit_pending = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self.show_start()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if len(self.chart_scene.chart):
            return
        painter.save()
        painter.resetTransform()
        painter.setPen(self.chart_scene.scheme.text_muted)  # the canvas is light or dark
        painter.setFont(font(15))
        painter.drawText(
            QRectF(self.viewport().rect()),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Drag a role from the palette onto the canvas to start the chart."),
        )
        painter.restore()
