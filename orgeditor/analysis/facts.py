"""ChartFacts: the figures every rule needs, from one pass over the positions.

run(chart), the live Checker and the figures get them from facts_for(chart), one ChartFacts per
chart kept up to date change by change: every figure here is a sum over per-position
records, so a change re-derives the records of the positions it names (from the chart's current
state, which makes the order of a compound change's notifications irrelevant) and the sums
follow. Layers and cost are not here: no rule needs them (analysis computes them on request).
"""

from __future__ import annotations

import weakref
from collections import Counter

from orgeditor.analysis.roletable import ROLE_INFO, RoleInfo, role_info
from orgeditor.analysis.segments import SegmentIndex, Segs
from orgeditor.analysis.teams import TeamIndex, TeamKey, team_key
from orgeditor.model import SEGMENT_DIMENSIONS, Change, ChangeKind, Chart, Position

# role, status, seller's team key (sellers only), seller's effective segment values (sellers only)
Record = tuple[RoleInfo, str, TeamKey | None, Segs | None]

_POSITION_KINDS = frozenset(
    {
        ChangeKind.POSITION_ADDED,
        ChangeKind.POSITION_REMOVED,
        ChangeKind.POSITION_CHANGED,
        ChangeKind.REPARENTED,
    }
)
_SEGMENT_FIELDS = frozenset(SEGMENT_DIMENSIONS)


class ChartFacts:
    """Aggregates over one chart. Holds no reference to the chart (callers pass it in)."""

    def __init__(self, chart: Chart | None = None) -> None:
        self._reset()
        if chart is not None:
            self.rebuild(chart)

    def _reset(self) -> None:
        self.records: dict[str, Record] = {}
        self.ids_by_role: dict[str, dict[str, None]] = {key: {} for key in ROLE_INFO}
        self.ids_by_status: dict[str, dict[str, None]] = {}
        self.sellers = 0
        self.vacant_sellers = 0  # vacant or planned seller seats
        self.stage_counts: Counter[str] = Counter()  # sellers per stage ("all" = generalists)
        self.teams = TeamIndex()
        self.segments = SegmentIndex()
        self.roots: dict[str, None] = {}
        self.spans: dict[str, int] = {}  # manager -> direct reports (solid lines), > 0 only
        self.revision = -1  # the chart revision these facts describe

    # ----- building and upkeep ---------------------------------------------------------

    def rebuild(self, chart: Chart) -> None:
        """One pass over the positions and one over the reporting lines."""
        self._reset()
        graph = chart.graph
        manager_of: dict[str, str] = {}
        spans = self.spans
        for manager, reports in graph.adjacency():
            if reports:
                spans[manager] = len(reports)
                for report in reports:
                    manager_of[report] = manager
        self.roots = {pid: None for pid in graph if pid not in manager_of}
        records = self.records
        seller_segs: list[tuple[str, Segs, str]] = []
        for position in chart.positions():
            pid = position.id
            record = records[pid] = self._record(chart, position, manager_of.get(pid))
            stage = self._add(pid, record, segments=False)
            if stage is not None:
                seller_segs.append((pid, record[3], stage))  # type: ignore[arg-type]
        self.segments.add_many(seller_segs)
        self.revision = chart.revision

    def apply(self, chart: Chart, change: Change) -> None:
        """Bring the figures up to date after one change notification."""
        kind = change.kind
        if kind in _POSITION_KINDS:
            for pid in change.position_ids:
                self.refresh(chart, pid)
            for manager in (change.old_manager, change.new_manager):
                if manager is not None:
                    self._refresh_span(chart, manager)
        elif kind is ChangeKind.TEAM_CHANGED:
            if (
                change.fields & _SEGMENT_FIELDS
                and change.team_id
                and chart.has_team(change.team_id)
            ):
                for member in chart.team_members(change.team_id):
                    self.refresh(chart, member)
        elif kind is ChangeKind.RESET:
            self.rebuild(chart)
        # dotted lines, team add/remove (members are announced one by one) and settings:
        # nothing here depends on them; rules read settings and teams at evaluation time.
        self.revision = chart.revision

    def refresh(self, chart: Chart, pid: str) -> None:
        """Re-derive one position's record (gone from the chart: drop it)."""
        old = self.records.pop(pid, None)
        if old is not None:
            self._remove(pid, old)
        self._refresh_span(chart, pid)
        if pid not in chart:
            self.roots.pop(pid, None)
            return
        manager = chart.manager_of(pid)
        if manager is None:
            self.roots[pid] = None
        else:
            self.roots.pop(pid, None)
        record = self._record(chart, chart.position(pid), manager)
        self.records[pid] = record
        self._add(pid, record)

    def _refresh_span(self, chart: Chart, manager: str) -> None:
        count = chart.report_count(manager) if manager in chart else 0
        if count:
            self.spans[manager] = count
        else:
            self.spans.pop(manager, None)

    @staticmethod
    def _record(chart: Chart, position: Position, manager: str | None) -> Record:
        info = role_info(position.role)
        if not info.is_seller:
            return (info, position.status, None, None)
        team_id = position.team
        own: Segs = (
            position.region,
            position.product_line,
            position.customer_size,
            position.vertical,
        )
        if team_id is not None:
            team = chart.team(team_id)
            # members inherit a segment value from their team (chart.effective_segment)
            own = (
                own[0] or team.region,
                own[1] or team.product_line,
                own[2] or team.customer_size,
                own[3] or team.vertical,
            )
        return (info, position.status, team_key(team_id, manager, position.id), own)

    def _add(self, pid: str, record: Record, segments: bool = True) -> str | None:
        """Count a record in; returns a seller's stage (None for others)."""
        info, status, key, segs = record
        self.ids_by_role[info.key][pid] = None
        by_status = self.ids_by_status.get(status)
        if by_status is None:
            self.ids_by_status[status] = {pid: None}
        else:
            by_status[pid] = None
        if key is None or segs is None:
            return None
        stage = info.stage or ""
        self.sellers += 1
        if status != "filled":
            self.vacant_sellers += 1
        self.stage_counts[stage] += 1
        self.teams.add(key, pid, stage, info.is_specialist)
        if segments:
            self.segments.add(pid, segs, stage)
        return stage

    def _remove(self, pid: str, record: Record) -> None:
        info, status, key, segs = record
        del self.ids_by_role[info.key][pid]
        del self.ids_by_status[status][pid]
        if key is None or segs is None:
            return
        stage = info.stage or ""
        self.sellers -= 1
        if status != "filled":
            self.vacant_sellers -= 1
        self.stage_counts[stage] -= 1
        if not self.stage_counts[stage]:
            del self.stage_counts[stage]
        self.teams.remove(key, pid, stage, info.is_specialist)
        self.segments.remove(pid, stage)

    # ----- queries ---------------------------------------------------------------------

    @property
    def positions(self) -> int:
        return len(self.records)

    def count_roles(self, roles: tuple[str, ...] | frozenset[str]) -> int:
        return sum(len(self.ids_by_role.get(role, ())) for role in roles)

    def ids_of_roles(self, roles: tuple[str, ...] | frozenset[str]) -> list[str]:
        return [pid for role in roles for pid in self.ids_by_role.get(role, ())]

    @property
    def generalists(self) -> int:
        return self.stage_counts.get("all", 0)

    @property
    def specialists(self) -> int:
        return self.sellers - self.generalists


class _FactsTracker:
    """A chart's facts kept up to date change by change: the listener only queues each change
    with the revision it brought; facts_for applies the queue when asked (so a listener that
    asks in the middle of a notification gets current facts, rebuilt if need be, and a change
    already counted by that rebuild is not applied twice). Holds no reference to the chart."""

    def __init__(self) -> None:
        self.facts: ChartFacts | None = None
        self.pending: list[tuple[int, Change]] = []

    def current(self, chart: Chart, change: Change | None = None) -> ChartFacts:
        facts = self.facts
        if facts is None:
            self.pending.clear()
            facts = self.facts = ChartFacts(chart)
            return facts
        pending = self.pending[:]
        self.pending.clear()  # the same list: the listener appends to it
        for revision, queued in pending:
            if revision > facts.revision:
                facts.apply(chart, queued)
                facts.revision = revision
        if facts.revision != chart.revision:  # a change not seen yet (mid-notification)
            if (
                change is not None
                and change.kind is not ChangeKind.VIEW_CHANGED
                and facts.revision == chart.revision - 1
            ):
                facts.apply(chart, change)  # the one being notified: queued later, skipped then
            else:
                facts.rebuild(chart)
        return facts


_CACHE: weakref.WeakKeyDictionary[Chart, _FactsTracker] = weakref.WeakKeyDictionary()


def facts_for(chart: Chart, change: Change | None = None) -> ChartFacts:
    """The chart's facts, built once per chart and then kept up to date from its change
    notifications (O(size of the change) per edit, not a rebuild). Everyone shares them (the
    live checks, the figures, the status bar). A listener that asks while the chart notifies
    `change` passes it: it is applied then, where the facts might not have heard of it yet
    (without it, the facts are rebuilt)."""
    tracker = _CACHE.get(chart)
    if tracker is None:
        tracker = _CACHE[chart] = _FactsTracker()
        chart.subscribe(_queue_into(weakref.ref(chart), tracker.pending))
    return tracker.current(chart, change)


def _queue_into(chart_ref: weakref.ref[Chart], queue: list[tuple[int, Change]]):
    """A listener that queues each change with the chart's revision after it (the listener
    holds the chart weakly, so the cache entry can go with the chart)."""

    def listener(change: Change) -> None:
        chart = chart_ref()
        if chart is not None and change.kind is not ChangeKind.VIEW_CHANGED:
            queue.append((chart.revision, change))

    return listener
