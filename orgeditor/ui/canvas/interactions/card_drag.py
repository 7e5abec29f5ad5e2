"""Drag cards: onto another card to report there, or onto empty canvas to place them by hand.

A press on a card selects it (Ctrl toggles, Shift adds). Dragging moves the selected cards
and their subtrees with the pointer while outlines mark their old places. Released over a
card: one ReparentCommand (a macro when hand placements have to go too). Released over the
dragged cards' own subtree: refused, shown in red during the drag with the reason next to
the pointer (drop_hint.py); nothing changes, and the scene says why (cycleRefused). Released on
empty canvas: one MoveCardsCommand.
While dragging, the dragged cards are translucent and the card aimed at stands above them, so
its highlight shows through the cards that cover it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent

from orgeditor.drawing.card_item import CardItem
from orgeditor.drawing.style import CARD_H, CARD_W
from orgeditor.model import display_label
from orgeditor.ui.canvas.drag_ghost import DragGhostItem
from orgeditor.ui.canvas.drop_hint import DropHintItem
from orgeditor.ui.canvas.interactions.base import PressDragInteraction
from orgeditor.ui.commands import MoveCardsCommand, push_reparent

MAX_FOLLOWERS = 1500  # bigger subtrees stay put while dragging (moving them would lag)
DRAG_Z = 10.0
TARGET_Z = DRAG_Z + 1.0  # the card aimed at: its highlight above the dragged cards
DRAG_OPACITY = 0.55  # dragged cards: what lies under them stays visible


class CardDragInteraction(PressDragInteraction):
    def start(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        self._press = event.position().toPoint()
        self._press_scene = self.view.mapToScene(self._press)
        card = self.scene.card_at(self._press_scene)
        assert card is not None, "the view starts a card drag on a card only"
        self._card_id = card.position_id
        self._dragging = False
        self._narrow = False
        self._target: str | None = None
        self._refused = False
        self._ghost: DragGhostItem | None = None
        self._hint: DropHintItem | None = None
        self._raised: tuple[CardItem, float] | None = None  # the target and its own z
        self._faded: list[tuple[CardItem, float]] = []  # dragged cards and their own opacity
        modifiers = event.modifiers()
        self._toggle_only = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if self._toggle_only:
            card.setSelected(not card.isSelected())
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            card.setSelected(True)
        elif not card.isSelected():
            self.scene.select_ids([self._card_id])
        else:
            self._narrow = len(self.scene.selectedItems()) > 1

    def update(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        if self._toggle_only:
            return
        point = self._drag_point(event)
        if point is None:
            return
        scene_pos = self.view.mapToScene(point)
        delta = scene_pos - self._press_scene
        self.scene.preview_offset(self._moving, delta.x(), delta.y())
        self._aim(scene_pos)

    def finish(self, event: QEvent) -> None:
        assert isinstance(event, QMouseEvent)
        if self._toggle_only:
            return
        if not self._dragging:
            if self._narrow:
                self.scene.select_ids([self._card_id])
            return
        scene_pos = self.view.mapToScene(event.position().toPoint())
        self._aim(scene_pos)
        target, refused = self._target, self._refused
        delta = scene_pos - self._press_scene
        self._clean_up()
        if target is None:
            self._place(delta)
        elif refused:
            self.scene.cycleRefused.emit(self._refusal(target))
        else:
            self._reparent(target)

    def cancel(self) -> None:
        if self._dragging:
            self._clean_up()

    # ----- the drag ------------------------------------------------------------------------

    def _begin(self) -> None:
        self._dragging = True
        chart = self.scene.chart
        selected = self.scene.selected_ids()
        if self._card_id not in selected:
            selected = [self._card_id]
        chosen = set(selected)
        self._tops = [
            pid for pid in selected if not any(m in chosen for m in chart.chain_of_command(pid))
        ]
        followers: list[str] = []
        for top in self._tops:
            followers.extend(chart.descendants(top))
        if len(followers) > MAX_FOLLOWERS:
            followers = []
        self._moving = list(dict.fromkeys([*self._tops, *followers]))
        self._moving_set = set(self._moving)
        self._places = {
            pid: place for pid in self._moving if (place := self.scene.placed(pid)) is not None
        }
        self._ghost = DragGhostItem(self._places.values())
        self.scene.addItem(self._ghost)
        # the overview hides cards with opacity 0: leave opacity alone while it shows
        fade = not self.scene.overview_on
        for pid in self._moving:
            card = self.scene.card(pid)
            if card is not None:
                card.setZValue(DRAG_Z)
                if fade:
                    self._faded.append((card, card.opacity()))
                    card.setOpacity(DRAG_OPACITY)

    def _aim(self, scene_pos: QPointF) -> None:
        """Find the card under the pointer (a still card, or an old place of a dragged one)."""
        card = self.scene.card_at(scene_pos, exclude=self._moving_set)
        target = card.position_id if card is not None else None
        if target is None:
            x, y = scene_pos.x(), scene_pos.y()
            tops = set(self._tops)
            target = next(
                (
                    pid
                    for pid, (px, py) in self._places.items()
                    if pid not in tops and px <= x <= px + CARD_W and py <= y <= py + CARD_H
                ),
                None,
            )
        chart = self.scene.chart
        refused = target is not None and any(chart.would_cycle(t, target) for t in self._tops)
        if target != self._target or refused != self._refused:
            self.highlight_card(self._target, None)
            self._target, self._refused = target, refused
            self.highlight_card(target, "refused" if refused else "drop")
            self.highlight_card(self._card_id, "refused" if refused else None)
            if self._ghost is not None:
                self._ghost.set_refused(self._places.get(target) if refused and target else None)
            self._raise(target)
            self._show_hint(self._refusal(target) if refused and target is not None else None)
        if self._hint is not None:
            self._hint.show_at(scene_pos)

    def _raise(self, target: str | None) -> None:
        """Stand the target above the dragged cards (and put the previous one back)."""
        if self._raised is not None:
            card, z = self._raised
            card.setZValue(z)
            self._raised = None
        if target is None or target in self._moving_set:  # an old place: the ghost marks it
            return
        card = self.scene.card(target)
        if card is not None:
            self._raised = (card, card.zValue())
            card.setZValue(TARGET_Z)

    def _show_hint(self, text: str | None) -> None:
        if text is None:
            if self._hint is not None:
                if self._hint.scene() is not None:
                    self._hint.scene().removeItem(self._hint)
                self._hint = None
        elif self._hint is None:
            self._hint = DropHintItem(text)
            self.scene.addItem(self._hint)
        else:
            self._hint.set_text(text)

    def _clean_up(self) -> None:
        self.highlight_card(self._target, None)
        self.highlight_card(self._card_id, None)
        if self._ghost is not None:
            self.scene.removeItem(self._ghost)
            self._ghost = None
        self._show_hint(None)
        self._raise(None)
        if not self.scene.overview_on:  # else the overview has hidden them all: leave it so
            for card, opacity in self._faded:
                card.setOpacity(opacity)
        self._faded = []
        for pid in self._moving:
            card = self.scene.card(pid)
            if card is not None:
                card.setZValue(0.0)
        self.scene.restore_places(self._moving)

    # ----- what a drop means -------------------------------------------------------------

    def _place(self, delta: QPointF) -> None:
        dx, dy = round(delta.x()), round(delta.y())
        if not dx and not dy:
            return
        chart = self.scene.chart
        old = {pid: chart.position(pid).xy for pid in self._tops}
        new: dict[str, tuple[float, float] | None] = {}
        for pid in self._tops:
            place = self._places.get(pid)
            if place is not None:
                new[pid] = (float(round(place[0]) + dx), float(round(place[1]) + dy))
        if new:
            self.view.undo_stack.push(MoveCardsCommand(chart, old, new))

    def _reparent(self, target: str) -> None:
        chart = self.scene.chart
        ids = [pid for pid in self._tops if chart.manager_of(pid) != target]
        if not ids:
            self.scene.statusMessage.emit(
                QCoreApplication.translate("CardDragInteraction", "Already reports to %1.").replace(
                    "%1", self._label(target)
                )
            )
            return
        # the view brings the moved cards into sight after the re-layout (ChartView.editShown)
        self.scene.statusMessage.emit(push_reparent(self.view.undo_stack, chart, ids, target))

    def _refusal(self, target: str) -> str:
        top = next(t for t in self._tops if self.scene.chart.would_cycle(t, target))
        if top == target:
            return QCoreApplication.translate(
                "CardDragInteraction", "%1 cannot report to itself."
            ).replace("%1", self._label(top))
        return (
            QCoreApplication.translate(
                "CardDragInteraction", "%1 cannot report to %2: %2 already reports to %1."
            )
            .replace("%1", self._label(top))
            .replace("%2", self._label(target))
        )

    def _label(self, pid: str) -> str:
        return display_label(self.scene.chart, pid)
