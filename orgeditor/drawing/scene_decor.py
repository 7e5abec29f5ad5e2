"""The decoration of the chart's scene (drawing/scene.py): the reporting lines, the team boxes
and the zoomed-out overview picture, built after a layout (only the changed managers' lines
and the changed cards' tiles after an edit), and the switch between cards and overview."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QGraphicsScene

from orgeditor.drawing.connectors import ConnectorItem, dotted_path, manager_lines
from orgeditor.drawing.overview import OverviewItem
from orgeditor.drawing.scheme import LIGHT, Scheme
from orgeditor.drawing.team_boxes import TeamBoxesItem, team_boxes


class SceneDecor:
    """A mixin of ChartScene (its state is the scene's: _placed, _placement, _connectors,
    _teams, _overview, _overview_on, _overview_cards, _families, _colouring ...); kept apart
    to keep each file to one job."""

    scheme: Scheme = LIGHT  # the colours the scene is drawn in (drawing/scheme.py)

    def set_scheme(self, scheme: Scheme) -> None:
        """Draw the chart in these colours (light or dark): the cards read the scheme when
        they paint; the lines, team boxes and overview take it here."""
        if scheme is self.scheme:
            return
        self.scheme = scheme
        self._connectors.set_colours(scheme.connector, scheme.dotted)
        self._overview.set_scheme(scheme)
        if self._overview_on:
            self._build_overview()
        self.setBackgroundBrush(scheme.background)
        self.update()

    def _rebuild_decor(self, managers: set[str] | None = None, cards: Iterable[str] = ()) -> None:
        """Lines, team boxes and the overview after a layout; managers: only these managers'
        lines changed (None: any may have), cards: these cards moved."""
        self._decor_dirty = False
        chart = self._chart
        positions = self._placed
        placement = self._placement
        dotted = dotted_path(chart.dotted_lines(), positions)
        if managers is None:
            reports: Iterable[tuple[str, Iterable[str]]] = chart.graph.adjacency()
        else:
            succ = chart.graph.succ
            reports = ((m, succ[m]) for m in managers if m in succ)
        lines = manager_lines(
            positions,
            placement.stacked,
            reports,
            as_laid_out=placement.as_laid_out,
            routes=placement.routes,
        )
        area = None
        if managers is None:
            self._connectors.set_lines(lines, dotted)
            self._overview.dirty = True
        else:
            area = self._connectors.update_lines({m: lines.get(m) for m in managers}, dotted)
        self._teams.set_boxes(
            team_boxes(
                ((t.id, t.name, t.kind, chart.team_members(t.id)) for t in chart.teams()),
                positions,
            )
        )
        self._overview_cards.update(cards)
        overview = self._overview
        if area is not None and area.isNull():
            area = None  # no line changed
        if not self._overview_on:  # built again when next shown
            overview.dirty = overview.dirty or bool(self._overview_cards) or area is not None
        elif overview.dirty:
            self._build_overview()
        elif self._overview_cards or area is not None:
            overview.refresh(self._overview_cards, area)
            self._selection_marks()
        self._overview_cards = set()

    def _make_decor(self) -> None:
        self._connectors = ConnectorItem()
        self._teams = TeamBoxesItem()
        self._overview = OverviewItem(self._connectors)
        self._overview.setVisible(False)
        for item in (self._teams, self._connectors, self._overview):
            self.addItem(item)

    def _build_overview(self) -> None:
        colouring = self._colouring
        if colouring.dimension is None:
            self._overview.set_cards(self._placed, self._families)
        else:
            self._overview.set_cards(self._placed, colouring.values, colouring.palette())
        self._overview_cards = set()
        self._marks_stale = True
        self._selection_marks()

    def _set_overview(self, on: bool) -> None:
        self._overview_on = on
        if on and self._overview.dirty:
            self._build_overview()
        opacity = 0.0 if on else 1.0
        for card in self._cards.values():
            card.setOpacity(opacity)
        self._connectors.setVisible(not on)
        self._overview.setVisible(on)
        # the cards stay, transparent, for clicks and the selection; but a frame that finds
        # them through the BSP index sorts every one of them (22 ms at 50,000), while without
        # an index Qt walks its kept list and skips each transparent card (5 ms)
        index = QGraphicsScene.ItemIndexMethod
        self.setItemIndexMethod(index.NoIndex if on else index.BspTreeIndex)
        if not on:  # a new BSP index spans the scene rect it is told of, none at first: tell it
            rect = self.sceneRect()
            self.setSceneRect(rect.adjusted(0, 0, 1, 1))
            self.setSceneRect(rect)
