"""The chart's scene: one card item per position, kept in step with the model.

The scene is built on a Chart and subscribes to its change notifications itself (set_chart
for a different chart); it knows no window, document or undo stack, so the canvas and the
exports (orgeditor.render) draw the same scene. It keeps one two-way map position id <->
CardItem (the dict below, and item.data(0) back). Structural changes mark the layout dirty;
the layout runs once per burst of changes: on a zero timer, or when flush() is called (the
canvas's EditScene calls it when the undo stack finishes a command). Field changes update
one card. Items never change the model: the canvas's gestures push undo commands
(orgeditor.ui.canvas.interactions).

The chart's view (chart.view: folded branches, the branch in focus) decides which cards are
shown: the layout places only those, and the others stay in the scene hidden (not visible, not
selectable, without a place, absent from cards() and so from exports; card(pid) still finds
them). A VIEW_CHANGED lays out again on the same debounced path. Every shown manager's card
carries a fold marker ("−", or "+N" when its branch is folded), and a folded manager's badge
counts the findings of its folded branch as well as its own (folded_findings_of).

For the undo-aware canvas (orgeditor.ui.canvas.edit_scene) the scene remembers the positions
changed since take_touched() was last called, reports every card that changes place
(place_changed) and can lay out from given places (restore_layout).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from orgeditor.drawing.card_content import card_content
from orgeditor.drawing.card_item import CardItem
from orgeditor.drawing.connectors import (
    ConnectorItem,
)
from orgeditor.drawing.findings import BadgeIndex
from orgeditor.drawing.overview import OverviewItem
from orgeditor.drawing.placement import Placement
from orgeditor.drawing.scene_decor import SceneDecor
from orgeditor.drawing.scene_places import ScenePlacing
from orgeditor.drawing.scene_subscription import SceneSubscription
from orgeditor.drawing.segment_colours import SegmentColouring
from orgeditor.drawing.style import CARD_H, LOD_THRESHOLD, OVERVIEW_MIN_CARDS
from orgeditor.drawing.team_boxes import TeamBoxesItem
from orgeditor.layout import CompactLayouter
from orgeditor.model import SEGMENT_DIMENSIONS, Change, ChangeKind, Chart

if TYPE_CHECKING:
    from orgeditor.rules import FindingsDelta

STRUCTURAL = {ChangeKind.POSITION_ADDED, ChangeKind.POSITION_REMOVED, ChangeKind.REPARENTED}
MAX_TOUCHED = 500  # positions remembered per burst for take_touched (the first ones count)

Point = tuple[float, float]


class ChartScene(ScenePlacing, SceneDecor, QGraphicsScene):
    # Qt-style signal names (N815)
    cycleRefused = Signal(str)
    statusMessage = Signal(str)
    layoutChanged = Signal()
    colourLegendChanged = Signal()  # colour-by switched, or its values changed

    def __init__(self, chart: Chart, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._chart = chart
        self._cards: dict[str, CardItem] = {}
        self._placed: dict[str, Point] = {}
        self._placement = Placement({}, frozenset(), (0.0, 0.0, 0.0, 0.0))
        self._tidy_all = False  # the next layout ignores where cards stand (a new style)
        # the compact layout's boxes kept between layouts; _stale: positions whose reports or
        # manager changed since (None: build every box again)
        self._layouter = CompactLayouter()
        self._stale: set[str] | None = None
        self._badges: dict[str, tuple[str, int]] = {}  # as shown: folded branches counted in
        self._own_badges: dict[str, tuple[str, int]] = {}  # each position's own findings
        self._findings_by_id: dict[str, list] = {}
        self._badge_index = BadgeIndex()
        self._marks_stale = True  # the overview's finding marks are to be built again
        self._folded_findings: dict[str, list] = {}  # folded manager -> its branch's findings
        self._hidden: set[str] = set()  # cards the view hides (folded away, out of focus)
        # hidden cards' last places: what a card coming back moved from (place_changed); with
        # places kept it comes back where the layout puts it beside its manager, wherever the
        # manager went meanwhile
        self._parked: dict[str, Point] = {}
        self._families: dict[str, str] = {}  # role family per card, for the overview
        self._colouring = SegmentColouring()  # colour-by a segment dimension
        self._selection_order: list[str] = []  # selected ids, in the order they were chosen
        self._layout_dirty = False
        self._decor_dirty = False
        self._selection_dirty = False  # selected cards went away: say so once, in flush()
        self._moved: set[str] = set()
        self._overview_cards: set[str] = set()  # cards to draw again in the overview
        self._hand: set[str] = set()  # positions placed (or unplaced) by hand since the layout
        self._in_step = False  # the cards stand as the layouter last placed them
        self._touched: dict[str, None] = {}  # positions changed since take_touched, in order
        self._restore: dict[str, Point] | None = None  # places to lay out from (an undo)
        self._overview_on = False
        self._scale = 1.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        self._make_decor()
        # the chart may outlive the scene (a window's chart, kept by someone): it holds the
        # scene weakly, and the scene stops listening when it goes
        self._listening = listening = SceneSubscription(self)
        self.destroyed.connect(lambda *_: listening.cancel())
        listening.follow(chart)
        self.selectionChanged.connect(self._selection_marks)
        self._rebuild()

    # ----- public API -----------------------------------------------------------------------

    @property
    def chart(self) -> Chart:
        return self._chart

    def set_chart(self, chart: Chart) -> None:
        """Draw a different chart (open, new, import): every item anew; the old chart is no
        longer listened to."""
        self._listening.follow(chart)
        self._chart = chart
        self._rebuild()

    def card(self, position_id: str) -> CardItem | None:
        return self._cards.get(position_id)

    def cards(self) -> Mapping[str, CardItem]:
        """The shown cards by position id: without those the chart's view hides."""
        if not self._hidden:
            return self._cards
        hidden = self._hidden
        return {pid: card for pid, card in self._cards.items() if pid not in hidden}

    def is_shown(self, position_id: str) -> bool:
        """Whether the position has a card that the view shows (after the last layout)."""
        return position_id in self._cards and position_id not in self._hidden

    def hidden_ids(self) -> frozenset[str]:
        """The positions whose cards the view hides (after the last layout)."""
        return frozenset(self._hidden)

    def placed(self, position_id: str) -> Point | None:
        """Where a card stands after the last layout (its top-left corner)."""
        return self._placed.get(position_id)

    def selected_ids(self) -> list[str]:
        """The selected positions, in chart order."""
        chosen = {item.data(0) for item in self.selectedItems()}
        chosen.discard(None)
        if not chosen:
            return []
        return [pid for pid in self._chart.position_ids() if pid in chosen]

    def selected_in_order(self) -> list[str]:
        """The selected positions in the order they were chosen (Ctrl+click order)."""
        chosen = set(self.selected_ids())
        order = [pid for pid in self._selection_order if pid in chosen]
        seen = set(order)
        return order + [pid for pid in self.selected_ids() if pid not in seen]

    def select_ids(self, ids: Iterable[str]) -> None:
        """Select exactly these positions (one selectionChanged for the lot); hidden cards
        cannot be selected."""
        ids = [pid for pid in ids if pid in self._cards and pid not in self._hidden]
        wanted = [self._cards[pid] for pid in ids]
        blocked = self.blockSignals(True)
        try:
            self.clearSelection()
            for item in wanted:
                item.setSelected(True)
        finally:
            self.blockSignals(blocked)
        self._selection_order = list(dict.fromkeys(ids))
        self.selectionChanged.emit()

    def set_findings(self, findings: Iterable[object]) -> None:
        """Badge each concerned card with its worst severity and its number of findings (a
        folded manager's badge also counts those of its folded branch)."""
        self.update_findings(None, findings)

    def update_findings(self, delta: FindingsDelta | None, findings: Iterable[object]) -> None:
        """The badges from the findings that changed (delta: as the checks panel's
        findingsUpdated gives it; None or full: start over from `findings`)."""
        index = self._badge_index
        if delta is None or delta.full:
            changed = index.reset(findings)
        elif not delta:
            return
        else:
            changed = index.apply(delta.removed, delta.added)
        self._findings_by_id = index.by_id  # for tooltips; kept up to date by the index
        self._own_badges = index.badges
        self._show_badges(changed)

    def findings_of(self, pid: str) -> list:
        """The findings that concern a position, as last given to set_findings."""
        if pid not in self._own_badges:  # none; or a new chart since, whose badges went
            return []
        return self._findings_by_id.get(pid, [])

    def folded_findings_of(self, pid: str) -> list:
        """For a shown manager whose branch is folded: the findings of the positions folded
        away under it that do not concern the manager itself (its badge counts them too)."""
        return self._folded_findings.get(pid, [])

    def set_colour_by(self, dimension: str | None) -> None:
        """Colour the cards by a segment dimension's values: a band in the value's colour
        and a tint of it (cards without a value grey). None: back to role family colours."""
        if dimension is not None and dimension not in SEGMENT_DIMENSIONS:
            raise ValueError(f"not a segment dimension: {dimension!r}")
        chart = self._chart
        values = {}
        if dimension is not None:
            values = {pid: chart.effective_segment(pid, dimension) for pid in self._cards}
        self._colouring.start(dimension, values)
        for pid, card in self._cards.items():
            self._apply_colour(pid, card)
        self._overview.dirty = True
        if self._overview_on:
            self._build_overview()
        self.colourLegendChanged.emit()

    @property
    def colour_by(self) -> str | None:
        return self._colouring.dimension

    def colour_legend(self) -> list[tuple[str, str]]:
        """With colour-by on: (value, hex colour) per value in use, sorted by value, and
        ("", grey) last when some cards have no value. Empty with colour-by off."""
        return self._colouring.legend()

    def bounds(self) -> QRectF:
        """The rectangle around every card (empty for an empty chart)."""
        self.flush()
        x0, y0, x1, y1 = self._placement.bounds
        return QRectF(x0, y0, x1 - x0, y1 - y0) if self._cards else QRectF()

    def flush(self) -> None:
        """Apply pending layout and decoration work now."""
        self._timer.stop()
        if self._layout_dirty:
            self._apply_layout()
        elif self._decor_dirty:  # teams, dotted lines, colours: no reporting line moved
            self._rebuild_decor(set())
        if self._colouring.settle():
            self.colourLegendChanged.emit()
        if self._selection_dirty:
            self._selection_dirty = False
            self.selectionChanged.emit()

    # ----- for the view and the interactions --------------------------------------------

    def card_at(self, scene_pos: QPointF, exclude: set[str] | None = None) -> CardItem | None:
        """The top-most card under a scene point, skipping the ids in exclude."""
        for item in self.items(scene_pos):
            if isinstance(item, CardItem) and (not exclude or item.position_id not in exclude):
                return item
        return None

    def preview_offset(self, ids: Iterable[str], dx: float, dy: float) -> None:
        """Show cards shifted from their places (during a drag); restore_places() undoes it."""
        for pid in ids:
            card = self._cards.get(pid)
            place = self._placed.get(pid)
            if card is not None and place is not None:
                card.setPos(place[0] + dx, place[1] + dy)

    def restore_places(self, ids: Iterable[str]) -> None:
        for pid in ids:
            card = self._cards.get(pid)
            place = self._placed.get(pid)
            if card is not None and place is not None:
                card.setPos(place[0], place[1])

    def set_scale_hint(self, scale: float) -> None:
        """The view's zoom: a large chart zoomed out shows the overview instead of cards."""
        self._scale = scale
        want = scale < LOD_THRESHOLD and len(self._cards) - len(self._hidden) > OVERVIEW_MIN_CARDS
        if want != self._overview_on:
            self._set_overview(want)

    @property
    def scale_hint(self) -> float:
        """The zoom the scene was last told (set_scale_hint)."""
        return self._scale

    @property
    def overview_on(self) -> bool:
        return self._overview_on

    @property
    def connectors(self) -> ConnectorItem:
        return self._connectors

    @property
    def team_boxes(self) -> TeamBoxesItem:
        return self._teams

    def team_at(self, scene_pos: QPointF) -> str | None:
        """The team whose box label or border is under a scene point (not on a card)."""
        return self._teams.team_at(scene_pos)

    def preview_team_offset(self, team_id: str | None, dx: float = 0.0, dy: float = 0.0) -> None:
        """Show a team's box shifted while its cards are dragged (None: the boxes as laid out)."""
        self._teams.set_preview(team_id, dx, dy)

    @property
    def overview(self) -> OverviewItem:
        return self._overview

    # ----- for the undo-aware canvas (orgeditor.ui.canvas.edit_scene) ----------------------

    def take_touched(self) -> list[str]:
        """The positions changed since the last call (the first MAX_TOUCHED of them, in the
        order they changed) that still have a shown card; forgets them."""
        hidden = self._hidden
        touched = [pid for pid in self._touched if pid in self._cards and pid not in hidden]
        self._touched = {}
        return touched

    def restore_layout(self, places: Mapping[str, Point]) -> None:
        """Lay the cards out next from exactly these places (top-left corners) instead of
        where they stand: an undo puts cards back where they stood before the step, which the
        layout cannot know when cards keep their places. Applied by the next flush()."""
        self._restore = dict(places)
        self._layout_dirty = True

    def place_changed(self, position_id: str, old: Point | None) -> None:
        """Called whenever a card's place changes: laid out (old None: it had none yet), or
        removed (old: its last place). Nothing here; a subclass may log it."""

    # ----- model notifications ------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        kind = change.kind
        if kind is ChangeKind.RESET:
            self._reconcile()
            return
        if kind is ChangeKind.VIEW_CHANGED:  # what is shown, not what changed: not touched
            self._layout_dirty = True
            self._timer.start()
            return
        room = MAX_TOUCHED - len(self._touched)
        if room > 0:  # a change of 10,000 positions costs no more than one of 500
            self._touched.update(dict.fromkeys(islice(change.position_ids, room)))
        if kind is ChangeKind.POSITION_ADDED:
            for pid in change.position_ids:
                self._add_card(pid)
            self._moved.update(change.position_ids)
        elif kind is ChangeKind.POSITION_REMOVED:
            for pid in change.position_ids:
                self._remove_card(pid)
        elif kind is ChangeKind.REPARENTED:
            self._moved.update(change.position_ids)
        elif kind is ChangeKind.POSITION_CHANGED:
            for pid in change.position_ids:
                self._refresh_card(pid)
            if "xy" in change.fields:
                self._layout_dirty = True
                self._hand.update(change.position_ids)
            if "team" in change.fields:  # a stack makes room for a team box's label
                self._decor_dirty = True
                self._teams_moved(change.position_ids)
        elif kind in (ChangeKind.DOTTED_ADDED, ChangeKind.DOTTED_REMOVED):
            self._decor_dirty = True
        elif kind in (ChangeKind.TEAM_ADDED, ChangeKind.TEAM_REMOVED, ChangeKind.TEAM_CHANGED):
            members = self._team_member_ids(change)
            for pid in members:
                self._refresh_card(pid)
            self._decor_dirty = True
            if kind is not ChangeKind.TEAM_CHANGED:
                self._teams_moved(members)
        elif (
            kind is ChangeKind.SETTINGS_CHANGED
            and "auto_layout" in change.fields
            and self._chart.settings.auto_layout
        ):
            self._layout_dirty = True
        if kind is ChangeKind.SETTINGS_CHANGED and "layout" in change.fields:
            self._layout_dirty = True  # a new style is a request to lay out: every card
            self._tidy_all = True
        if kind in STRUCTURAL:
            self._layout_dirty = True
            stale = self._stale
            if stale is not None:  # whose subtree boxes the next layout builds again
                stale.update(change.position_ids)
                stale.update(m for m in (change.old_manager, change.new_manager) if m is not None)
        if self._layout_dirty or self._decor_dirty:
            self._timer.start()

    def _teams_moved(self, ids: Iterable[str]) -> None:
        """These positions joined or left a team: their managers' stacks are laid out again
        (the compact layout's; the wide one does not look at teams)."""
        ids = list(ids)
        if not ids or self._chart.settings.layout != "compact":
            return
        self._layout_dirty = True
        if self._stale is not None:
            self._stale.update(ids)

    def _team_member_ids(self, change: Change) -> list[str]:
        if change.team_id is not None and self._chart.has_team(change.team_id):
            return self._chart.team_members(change.team_id)
        return [pid for pid in change.position_ids if pid in self._chart]

    # ----- cards ---------------------------------------------------------------------------

    def _add_card(self, pid: str) -> CardItem:
        card = CardItem(pid, card_content(self._chart, pid))
        badge = self._badges.get(pid)
        if badge is not None:
            card.set_badge(badge)
        if self._colouring.dimension is not None:
            self._apply_colour(pid, card)
        if self._overview_on:
            card.setOpacity(0.0)
        manager = self._chart.manager_of(pid)
        start = self._placed.get(manager) if manager is not None else None
        if start is not None:  # until the layout places it: just below its manager
            card.setPos(start[0], start[1] + CARD_H + 56.0)
        self.addItem(card)
        self._cards[pid] = card
        self._families[pid] = card.content.family
        return card

    def _add_all_cards(self) -> None:
        """_add_card for every position of a new chart, in one loop: no badges, colours or
        places yet (50,000 cards on opening a chart)."""
        chart, cards, families = self._chart, self._cards, self._families
        add = self.addItem
        transparent = self._overview_on
        for pid in chart.position_ids():
            content = card_content(chart, pid)
            card = CardItem(pid, content)
            if transparent:
                card.setOpacity(0.0)
            add(card)
            cards[pid] = card
            families[pid] = content.family

    def _remove_card(self, pid: str) -> None:
        card = self._cards.pop(pid, None)
        self._hidden.discard(pid)
        place = self._placed.pop(pid, None) or self._parked.pop(pid, None)
        if place is not None:
            self.place_changed(pid, place)
        self._families.pop(pid, None)
        self._overview_cards.add(pid)
        if self._colouring.forget(pid):
            self._timer.start()  # the legend may lose a value: said in flush()
        if card is None:
            return
        if card.isSelected():  # quietly: one selectionChanged per burst (flush), not per card
            self._selection_dirty = True
            self._timer.start()
            blocked = self.blockSignals(True)
            self.removeItem(card)
            self.blockSignals(blocked)
        else:
            self.removeItem(card)

    def _refresh_card(self, pid: str) -> None:
        card = self._cards.get(pid)
        if card is not None and pid in self._chart:
            content = card_content(self._chart, pid)
            if content.family != self._families.get(pid):
                self._families[pid] = content.family
                self._decor_dirty = True  # the overview colours cards by family
                self._overview_cards.add(pid)
            card.set_content(content)
            if self._colouring.dimension is not None:
                self._apply_colour(pid, card)

    def _apply_colour(self, pid: str, card: CardItem) -> None:
        dimension = self._colouring.dimension
        if dimension is None:
            card.set_band_colour(None)
            return
        value = self._chart.effective_segment(pid, dimension)
        colour, changed = self._colouring.set_value(pid, value)
        self._overview_cards.add(pid)
        if changed:  # the legend may change (said in flush), the overview's colours do
            self._overview.dirty = True
            if self._overview_on:
                self._decor_dirty = True
            self._timer.start()
        card.set_band_colour(_qcolour(colour), tint=bool(value))

    def _rebuild(self) -> None:
        """Every item anew (a different chart)."""
        self._timer.stop()
        self.clearSelection()
        for card in self._cards.values():
            self.removeItem(card)
        self._cards.clear()
        self._placed.clear()
        self._hidden.clear()
        self._parked.clear()
        self._families.clear()
        self._moved.clear()
        self._touched = {}
        self._badges = {}
        self._own_badges = {}
        self._badge_index = BadgeIndex()
        self._findings_by_id = {}
        self._folded_findings = {}
        self._selection_order = []
        dimension = self._colouring.dimension
        self._colouring.start(None, {})
        self._add_all_cards()
        if dimension is not None:
            self.set_colour_by(dimension)  # fresh colours for the new chart's values
        self._stale = None  # another chart: every box is built again
        self._layout_dirty = True
        self._restore = None
        self.flush()

    def _reconcile(self) -> None:
        """After a RESET: add and remove cards to match, refresh the rest, lay out again."""
        ids = set(self._chart.position_ids())
        for pid in [pid for pid in self._cards if pid not in ids]:
            self._remove_card(pid)
        for pid in self._chart.position_ids():
            if pid in self._cards:
                self._refresh_card(pid)
            else:
                self._add_card(pid)
                self._moved.add(pid)
        self._stale = None  # anything may have changed: every box is built again
        self._layout_dirty = True
        self._timer.start()

    def _selection_marks(self) -> None:
        # keep the order in which cards were chosen: (Ctrl+)clicks add one card at a time
        chosen = {item.data(0) for item in self.selectedItems()}
        order = [pid for pid in self._selection_order if pid in chosen]
        new = chosen.difference(order)
        new.discard(None)
        if len(new) > 1:
            order += [pid for pid in self._chart.position_ids() if pid in new]
        else:
            order += new
        self._selection_order = order
        if self._overview_on:
            badges = self._badges if self._marks_stale else None
            self._marks_stale = False
            self._overview.set_marks(self._placed, self.selected_ids(), badges)


@cache
def _qcolour(hex_colour: str) -> QColor:
    return QColor(hex_colour)
