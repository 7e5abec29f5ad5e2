"""The chart as the canvas draws it, in a scene of its own, ready to be exported.

Export reuses the drawing the canvas shows (orgeditor.drawing's ChartScene: cards,
connectors, team boxes) rather than drawing cards a second time, built straight on a chart:
no document or undo stack, nothing of orgeditor.ui. The scene works on a copy of the chart,
so the caller's chart (the GUI's, say) gets no listener and never changes. Its cards paint in
full detail at any scale: the level-of-detail switches are for a screen, not for a file.

What you see is what you print: the copy keeps the chart's view (chart.view: folded branches,
the branch in focus), so the scene hides what the canvas hides, and a snapshot takes only the
cards the scene shows (its cards, boxes, ids and positions count).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QRectF

from orgeditor.drawing.scene import ChartScene
from orgeditor.model import Chart
from orgeditor.render.qt_app import ensure_app

MARGIN = 24.0  # scene px of white space around the drawing
Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(eq=False)
class Snapshot:
    """A laid-out scene of a chart (or of some of its positions) and what to export of it."""

    scene: ChartScene  # drawn on a copy of the chart, which only the scene holds
    rect: QRectF  # the scene rectangle to export: every card, line and team box, plus MARGIN
    cards: list[Box]  # each card's rectangle (no shadow or badge room), for page breaks
    ids: list[str]  # the position id of each of `cards`
    name: str  # the chart's name, for titles and page footers
    positions: int  # the positions drawn: len(cards)

    @property
    def empty(self) -> bool:
        return not self.cards


def chart_name(chart: Chart) -> str:
    return chart.settings.name.strip() or "Org chart"


def snapshot(
    chart: Chart, ids: Iterable[str] | None = None, colour_by: str | None = None
) -> Snapshot:
    """The whole chart, or only the positions `ids` (standing where they stand in the whole
    chart, with the reporting lines between them: a position whose manager is left out
    reports to its nearest chosen manager above). Raises ValueError for unknown ids or an
    empty selection."""
    ensure_app()
    name = chart_name(chart)
    chart = selection_chart(chart, ids) if ids is not None else chart.copy()
    scene = ChartScene(chart)
    if colour_by is not None:
        scene.set_colour_by(colour_by)
    scene.flush()
    boxes: list[Box] = []
    rect = QRectF()
    shown = {pid: card for pid, card in scene.cards().items() if card.isVisible()}
    ids = list(shown)
    for card in shown.values():
        card.full_detail = True
        rect = rect.united(card.sceneBoundingRect())
        shape = card.shape().boundingRect().translated(card.pos())
        boxes.append((shape.left(), shape.top(), shape.right(), shape.bottom()))
    if boxes:
        connectors = scene.connectors
        if not connectors.solid.isEmpty() or not connectors.dotted.isEmpty():
            rect = rect.united(connectors.sceneBoundingRect())
        for box in scene.team_boxes.boxes:
            rect = rect.united(box.rect).united(box.label_rect)
        rect = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    return Snapshot(scene, rect, boxes, ids, name, len(boxes))


def selection_chart(chart: Chart, ids: Iterable[str]) -> Chart:
    """A chart of the chosen positions only, each placed (xy) where the whole chart's
    layout puts it; teams, dotted lines, settings and the view (folded branches, focus)
    between them kept."""
    chosen = set(ids)
    unknown = sorted(pid for pid in chosen if pid not in chart)
    if unknown:
        shown = ", ".join(unknown[:5]) + (
            f" (+{len(unknown) - 5} more)" if len(unknown) > 5 else ""
        )
        raise ValueError(f"no such position: {shown}")
    if not chosen:
        raise ValueError("nothing is selected")
    scene = ChartScene(chart.copy())  # where the canvas puts every card
    places = {pid: scene.placed(pid) for pid in chosen}
    part = Chart(chart.settings.copy())
    for team in chart.teams():
        part.add_team(team.copy())
    with part.quiet():
        for pid in _pre_order(chart):
            if pid not in chosen:
                continue
            position = chart.position(pid).copy()
            place = places[pid]
            position.xy = (place[0], place[1]) if place is not None else position.xy
            manager = next((m for m in chart.chain_of_command(pid) if m in chosen), None)
            part.add_position(position, manager)
        for manager, report in chart.dotted_lines():
            if manager in chosen and report in chosen:
                part.add_dotted_line(manager, report)
    view = chart.view.copy()
    view.collapsed &= chosen
    if view.focus not in chosen:
        view.focus = None
    part.view = view
    return part


def _pre_order(chart: Chart) -> list[str]:
    order: list[str] = []
    for root in chart.roots():
        order.append(root)
        order.extend(chart.descendants(root))
    return order


@dataclass(frozen=True)
class Exported:
    """What an export wrote: positions drawn, the picture's size in pixels (PNG: at its
    scale; SVG and PDF: scene pixels), and pages (1 but for a split PDF).

    scale: the scale the picture was drawn at (PNG: image pixels per scene pixel; PDF: the
    zoom, 1 = 100 %); it is less than asked when a PNG had to be scaled down (scaled_down).
    note: one line for the user when the file is not what they may expect (a PNG scaled
    down, a one-page PDF whose text prints too small to read), else ""."""

    positions: int
    width: int
    height: int
    pages: int = 1
    scale: float = 1.0
    note: str = ""
    scaled_down: bool = False
