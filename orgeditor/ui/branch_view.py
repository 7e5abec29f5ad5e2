"""Folding branches away and focusing on one branch: the chart's view (model/view_state.py)
changed from the window's actions, the cards' fold markers, the breadcrumb bar and Find.

A view change is not an edit: no undo step, no unsaved marker and no re-check (the document
relays it as viewChanged, not chartChanged); the next save writes it with the chart. The view
follows the edits: a position added under a folded manager, or moved there, is revealed (its
folded managers unfold, a focus it lies outside of ends), and when the focused position goes
away the whole chart is shown again.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from orgeditor.layout import shown_roots
from orgeditor.model import Change, ChangeKind, Chart
from orgeditor.ui.document import Document

_REVEALED = (ChangeKind.POSITION_ADDED, ChangeKind.REPARENTED)


def ancestors(chart: Chart, pid: str) -> list[str]:
    """The managers above a position, nearest first."""
    out: list[str] = []
    pred = chart.graph.pred
    node = next(iter(pred[pid]), None)
    while node is not None and len(out) <= len(chart):  # a guard against a cycle
        out.append(node)
        node = next(iter(pred[node]), None)
    return out


def shown_ids(chart: Chart) -> list[str]:
    """The positions the view shows: from the shown tops down, not below a folded manager."""
    collapsed = chart.view.collapsed
    succ = chart.graph.succ
    out: list[str] = []
    stack = list(reversed(shown_roots(chart)))
    while stack:
        pid = stack.pop()
        out.append(pid)
        if pid not in collapsed:
            stack.extend(reversed(list(succ[pid])))
    return out


class BranchView(QObject):
    """The window's folds and focus. `changed`: the view changed or the chart was replaced."""

    changed = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        document.viewChanged.connect(self.changed)
        document.chartReplaced.connect(self.changed)
        document.chartChanged.connect(self._chart_changed)

    @property
    def chart(self) -> Chart:
        return self.document.chart

    # ----- what is shown -------------------------------------------------------------------

    def focus(self) -> str | None:
        focus = self.chart.view.focus
        return focus if focus is not None and focus in self.chart else None

    def has_folds(self) -> bool:
        """Whether any shown branch is folded: walks the folded set, not the chart (this runs
        on every selection change)."""
        chart = self.chart
        return any(pid in chart and chart.report_count(pid) for pid in chart.view.collapsed)

    def is_collapsed(self, pid: str) -> bool:
        return pid in self.chart.view.collapsed and pid in self.chart

    def can_collapse(self, pid: str) -> bool:
        chart = self.chart
        return pid in chart and bool(chart.report_count(pid)) and pid not in chart.view.collapsed

    def trail(self) -> list[str]:
        """From the top of the focused position's tree down to it; empty without a focus."""
        focus = self.focus()
        if focus is None:
            return []
        return [*reversed(ancestors(self.chart, focus)), focus]

    def hidden_count(self) -> int:
        """How many positions the view hides."""
        chart = self.chart
        if not chart.view.collapsed and self.focus() is None:
            return 0
        return len(chart) - len(shown_ids(chart))

    # ----- changing it ---------------------------------------------------------------------

    def collapse(self, ids: Iterable[str]) -> None:
        """Fold away the reports of these managers (ids without reports are left alone)."""
        add = {pid for pid in ids if self.can_collapse(pid)}
        if add:
            self.chart.set_view(collapsed=self.chart.view.collapsed | add)

    def expand(self, ids: Iterable[str]) -> None:
        drop = set(ids) & self.chart.view.collapsed
        if drop:
            self.chart.set_view(collapsed=self.chart.view.collapsed - drop)

    def toggle(self, pid: str) -> None:
        """The fold marker's click: fold or unfold one manager's reports."""
        if self.is_collapsed(pid):
            self.expand([pid])
        else:
            self.collapse([pid])

    def expand_all(self) -> None:
        """Unfold every branch (a focus stays)."""
        if self.chart.view.collapsed:
            self.chart.set_view(collapsed=())

    def focus_on(self, pid: str) -> None:
        """Show this position's branch alone, its own reports unfolded."""
        if pid not in self.chart:
            return
        chart = self.chart
        chart.set_view(collapsed=chart.view.collapsed - {pid}, focus=pid)

    def show_whole_chart(self) -> None:
        if self.chart.view.focus is not None:
            self.chart.set_view(focus=None)

    def reveal(self, ids: Iterable[str]) -> bool:
        """Make these positions shown: unfold the managers above them and end a focus they
        lie outside of. True when the view changed."""
        chart = self.chart
        view = chart.view
        collapsed = set(view.collapsed)
        focus = view.focus
        for pid in ids:
            if pid not in chart:
                continue
            above = ancestors(chart, pid)
            if collapsed:
                collapsed.difference_update(above)
            if focus is not None and focus != pid and focus not in above:
                focus = None
        if collapsed == view.collapsed and focus == view.focus:
            return False
        chart.set_view(collapsed=collapsed, focus=focus)
        return True

    # ----- following the edits -------------------------------------------------------------

    def _chart_changed(self, change: Change) -> None:
        kind = change.kind
        view = self.chart.view
        if kind in _REVEALED:
            if view.collapsed or view.focus is not None:
                self.reveal(change.position_ids)
        elif (
            kind in (ChangeKind.POSITION_REMOVED, ChangeKind.RESET)
            and view.focus is not None
            and view.focus not in self.chart
        ):
            self.chart.set_view(focus=None)
