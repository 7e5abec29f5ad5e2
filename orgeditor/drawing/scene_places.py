"""How a layout reaches the scene's cards (drawing/scene.py): the part of ChartScene that
puts cards in their places after a layout, hides what the view hides, and marks folds and
badges. After an edit the compact layout names what it changed (LayoutChanges), and only
those cards, fold markers and managers' lines are touched; otherwise every card is.
docs/ARCHITECTURE.md ("Layout") says why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QRectF

from orgeditor.drawing.fold_marks import fold_mark, folded_findings, worst
from orgeditor.drawing.placement import place_cards

Point = tuple[float, float]
SCENE_MARGIN = 600.0  # room around the chart to pan into and drop on


class ScenePlacing:
    """A mixin of ChartScene (its state is the scene's: _cards, _placed, _parked, _hidden,
    _layouter, _stale, _moved, _hand ...); kept apart to keep each file to one job."""

    def _apply_layout(self) -> None:
        self._layout_dirty = False
        # a new style lays every card out, unless an undo puts cards back where they stood
        keep = not self._chart.settings.auto_layout and (
            not self._tidy_all or self._restore is not None
        )
        self._tidy_all = False
        current: Mapping[str, Point] = self._placed
        if keep and self._parked:  # cards coming back from a fold stand where they stood
            current = {**self._parked, **current}
        moved = arrived = self._moved
        if self._restore is not None:  # exactly the places from before the step undone
            current, moved = {**current, **self._restore}, set()
            self._restore = None
        stale = self._stale
        placement = place_cards(
            self._chart, current, keep, moved, layouter=self._layouter, stale=stale
        )
        self._stale = set()
        self._moved = set()
        hand, self._hand = self._hand, set()
        changes = placement.changes if self._in_step else None
        self._in_step = not keep  # the places are the layouter's: its next changes apply
        self._placement = placement
        if changes is None:
            self._place_all(placement.positions)
            self._show_folds()
            self._rebuild_decor()
        else:  # only what the edit changed: the layout names it
            # and the new cards, which get no place when they arrive in a folded branch
            moved_ids = changes.moved | hand | arrived
            self._place_some(placement.positions, moved_ids)
            chart = self._chart
            self._show_folds({*(stale or ()), *moved_ids, *chart.view.collapsed})
            managers = {chart.manager_of(pid) for pid in hand if pid in chart}
            managers.discard(None)
            self._rebuild_decor({*changes.rerouted, *hand, *managers}, moved_ids)
        x0, y0, x1, y1 = placement.bounds
        self.setSceneRect(
            QRectF(x0, y0, x1 - x0, y1 - y0).adjusted(
                -SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN
            )
        )
        self.set_scale_hint(self._scale)  # the chart may have grown past the overview size
        self.layoutChanged.emit()

    def _place_all(self, positions: Mapping[str, Point]) -> None:
        """Every card to its place; the cards without one hidden."""
        self._show_what_is_placed(positions)
        placed = self._placed
        parked = self._parked
        cards = self._cards
        place_changed = self.place_changed
        for pid, point in positions.items():
            old = placed.get(pid)
            if old is None and parked:
                old = parked.pop(pid, None)
            if old != point:
                place_changed(pid, old)
                cards[pid].setPos(point[0], point[1])
            placed[pid] = point

    def _place_some(self, positions: Mapping[str, Point], ids: Iterable[str]) -> None:
        """Only these cards to their places (the rest stand where the layout left them): shown
        where they have one, hidden where they have none."""
        placed, parked, cards, hidden = self._placed, self._parked, self._cards, self._hidden
        hide: set[str] = set()
        for pid in ids:
            if pid not in cards:  # gone from the chart
                continue
            point = positions.get(pid)
            if point is None:
                if pid not in hidden:
                    hide.add(pid)
                continue
            if pid in hidden:
                hidden.discard(pid)
                cards[pid].setVisible(True)
            old = placed.get(pid)
            if old is None and parked:
                old = parked.pop(pid, None)
            if old != point:
                self.place_changed(pid, old)
                cards[pid].setPos(point[0], point[1])
            placed[pid] = point
        if hide:
            self._hide(hide)

    def _show_what_is_placed(self, positions: Mapping[str, Point]) -> None:
        """Hide the cards the layout gave no place (their places parked), show the others."""
        cards = self._cards
        hidden = set(cards).difference(positions) if len(positions) < len(cards) else set()
        if not hidden and not self._hidden:
            return
        for pid in self._hidden - hidden:
            cards[pid].setVisible(True)
        self._hide(hidden - self._hidden)
        self._hidden = hidden

    def _hide(self, ids: Iterable[str]) -> None:
        """Hide these cards (their places parked), unselected quietly."""
        cards = self._cards
        blocked = None
        for pid in ids:
            card = cards[pid]
            if card.isSelected():  # quietly: said once, in flush()
                if blocked is None:
                    blocked = self.blockSignals(True)
                card.setSelected(False)
                self._selection_dirty = True
            card.setVisible(False)
            place = self._placed.pop(pid, None)
            if place is not None:
                self._parked[pid] = place
            self._hidden.add(pid)
        if blocked is not None:
            self.blockSignals(blocked)

    def _show_folds(self, ids: Iterable[str] | None = None) -> None:
        """Fold markers on the shown managers' cards (or only these ids'), and their badges (a
        folded branch's findings count on its manager)."""
        chart, hidden, cards = self._chart, self._hidden, self._cards
        if ids is None:
            # networkx's own report dicts, looked up without its views: this runs over every
            # card (10,000 at a time), so each card costs a dict lookup or two
            reports = dict(chart.graph.adjacency())
            shown = ((pid, card, reports[pid]) for pid, card in cards.items())
        else:
            succ = chart.graph.succ
            shown = ((pid, cards[pid], succ[pid]) for pid in ids if pid in cards)
        for pid, card, kids in shown:
            if not kids and card.fold is None:
                continue  # no reports, no marker, none shown: most cards
            if pid not in hidden:
                fold = fold_mark(chart, pid, kids)
                if card.fold != fold:
                    card.set_fold(fold)
        if ids is None or chart.view.collapsed:
            self._show_badges()

    def _show_badges(self, changed: Iterable[str] | None = None) -> None:
        """The badges as shown: each position's own, and a folded manager's counting the
        findings of its folded branch too. changed: only these positions' own badges changed
        (None: any may have)."""
        own = self._own_badges
        by_id = self._findings_by_id
        cards = self._cards
        if self._chart.view.collapsed and by_id:
            folded = folded_findings(self._chart, by_id, self.is_shown)
            badges = dict(own)
            for manager, extra in folded.items():
                badges[manager] = worst([*by_id.get(manager, ()), *extra])
            self._folded_findings = folded
            changed = None
        else:
            badges = own
            self._folded_findings = {}
        # a card's badge is what it shows; the dicts may be one kept up to date in place
        ids = set(self._badges) | set(badges) if changed is None else changed
        for pid in ids:
            card = cards.get(pid)
            if card is not None:
                badge = badges.get(pid)
                if card.badge != badge:
                    card.set_badge(badge)
        self._badges = badges
        self._marks_stale = True
        self._selection_marks()
