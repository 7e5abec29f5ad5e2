"""Incremental checking for the live checks panel.

The Checker listens to the chart and brings the chart's shared ChartFacts (analysis.facts_for:
the figures and the status bar read the same) up to date with each change (cost in proportion
to the positions a change names). findings() then re-runs only what a change may
have affected:
- whole-chart rule groups (enablement, operations, segmentation, model, structure) read
  aggregates only, so re-running a group costs in proportion to teams and cells, not positions;
  a group is re-run only when a change could touch what it reads;
- per-manager rules (span.*) are re-run for the managers a change touched, per-team rules
  (model.pod_incomplete) for the teams it touched while their gate (the pod model) holds;
- the scopes (RULES.md "The sales scope": which managers span.* and management.* look at, and
  whose tops own chart-wide findings) follow each change (analysis.ScopeTracker: in proportion
  to the positions a change moves; a change that may move the tops walks the chart again);
  the groups that read them re-run when they changed, and the managers that entered or left
  the checked scope are re-checked.
The sorted result is kept: findings equal to the last run's keep their objects (and sort
keys), and only the findings that changed are taken out of or put into it; changes() says which
(for views that update row by row). The result always equals run(chart):
tests/rules/test_rules_checker.py checks it, and the changes, with random edits.
"""

from __future__ import annotations

from collections.abc import Hashable

from orgeditor.analysis import ChartFacts, Scope, ScopeTracker, TeamKey, facts_for
from orgeditor.model import Change, ChangeKind, Chart
from orgeditor.rules.config import RuleConfig, default_config, effective_config
from orgeditor.rules.engine import evaluate, sort_findings
from orgeditor.rules.finding import Finding, FindingsDelta, SortedFindings
from orgeditor.rules.registry import Rule, RuleContext, registered

_GROUPS = frozenset(
    {"structure", "enablement", "operations", "segmentation", "model", "management"}
)
# groups whose findings name the sales scope's tops (rules/people.py sales_owners)
_OWNER_GROUPS = frozenset({"enablement", "operations", "model", "management"})
_SEGMENTED = frozenset({"model", "segmentation"})
# whole-chart groups a position field edit may affect (names and titles appear in messages)
_FIELD_GROUPS: dict[str, frozenset[str]] = {
    "name": _GROUPS,
    "title": _GROUPS,  # labels, and the inferred role
    "explicit_role": _GROUPS - {"structure"},
    "status": frozenset({"enablement"}),  # open seller seats
    "team": _SEGMENTED,
    "region": _SEGMENTED,
    "product_line": _SEGMENTED,
    "customer_size": _SEGMENTED,
    "vertical": _SEGMENTED,
}
_LABEL_FIELDS = frozenset({"name", "title"})  # what per-manager messages show
_POSITION_KINDS = frozenset(
    {
        ChangeKind.POSITION_ADDED,
        ChangeKind.POSITION_REMOVED,
        ChangeKind.POSITION_CHANGED,
        ChangeKind.REPARENTED,
    }
)
_TEAM_KINDS = frozenset({ChangeKind.TEAM_ADDED, ChangeKind.TEAM_REMOVED, ChangeKind.TEAM_CHANGED})
_KIND_GROUPS: dict[ChangeKind, frozenset[str]] = {
    ChangeKind.POSITION_ADDED: _GROUPS,
    ChangeKind.POSITION_REMOVED: _GROUPS,
    ChangeKind.REPARENTED: frozenset({"structure", "model", "management"}),  # roots; groups
    ChangeKind.DOTTED_ADDED: frozenset(),
    ChangeKind.DOTTED_REMOVED: frozenset(),
    ChangeKind.TEAM_ADDED: frozenset({"model"}),  # an empty pod
    ChangeKind.TEAM_REMOVED: frozenset({"model"}),
    ChangeKind.TEAM_CHANGED: _SEGMENTED,
}


class Checker:
    """Live findings for one chart. close() stops listening."""

    def __init__(self, chart: Chart, config: RuleConfig | None = None) -> None:
        self.chart = chart
        self.config = config if config is not None else default_config()
        facts_for(chart)  # built now, kept up to date from here on
        self._groups: dict[str, list[Rule]] = {}
        self._local: list[Rule] = []
        self._per_team: list[Rule] = []
        for item in registered():
            if item.per_manager is not None:
                self._local.append(item)
            elif item.per_team is not None:
                self._per_team.append(item)
            else:
                self._groups.setdefault(item.group, []).append(item)
        self._found: dict[str, list[Finding]] = {}
        self._by_manager: dict[str, dict[str, Finding]] = {r.id: {} for r in self._local}
        self._by_team: dict[str, dict[TeamKey, Finding]] = {r.id: {} for r in self._per_team}
        self._gates: dict[str, bool] = {}  # per-team rule -> its gate at the last run
        self._team_of: dict[str, str | None] = {}  # position -> its team (what it was)
        self._teams_touched: set[TeamKey] = set()
        self._merged: RuleConfig | None = None
        self._trackers: dict[str, ScopeTracker] = {"sales": ScopeTracker("sales")}
        self._scopes: tuple[Scope, Scope] | None = None
        self._result = SortedFindings()
        self._ran = False
        self._delta = FindingsDelta.everything()  # what changes() answers next
        self._seen_revision = chart.revision
        self._everything_dirty()
        chart.subscribe(self._on_change)

    def close(self) -> None:
        self.chart.unsubscribe(self._on_change)

    @property
    def facts(self) -> ChartFacts:
        """The chart's facts, current (shared: analysis.facts_for)."""
        return facts_for(self.chart)

    def set_config(self, config: RuleConfig | None) -> None:
        """Use another base configuration (the chart's own overrides still apply on top)."""
        self.config = config if config is not None else default_config()

    def _everything_dirty(self, teams_of: bool = True) -> None:
        """Re-run everything at the next look; teams_of: the positions' teams read again
        (False: they are known to be current)."""
        self._dirty: set[str] = set(self._groups)
        self._all_managers = True
        self._touched: set[str] = set()
        self._all_teams = True
        if teams_of:
            self._team_of = {p.id: p.team for p in self.chart.positions()}

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.VIEW_CHANGED:
            return  # folded branches or focus: what is shown, no fact changed (no revision)
        chart = self.chart
        facts = facts_for(chart, change)  # current, whoever heard of the change first
        if self._seen_revision != chart.revision - 1:
            # we missed something (changes under quiet() arrive as one RESET): start over
            change = Change(ChangeKind.RESET)
        for tracker in self._trackers.values():
            tracker.apply(chart, facts, change)
        self._seen_revision = chart.revision
        kind = change.kind
        if kind in _POSITION_KINDS or kind in _TEAM_KINDS:
            self._touch_teams(change)
        if kind is ChangeKind.POSITION_CHANGED:
            for name in change.fields:
                self._dirty |= _FIELD_GROUPS.get(name, frozenset())
            if change.fields & _LABEL_FIELDS:
                for pid in change.position_ids:  # as a manager, and as someone's only report
                    self._touched.add(pid)
                    if pid in chart:
                        manager = chart.manager_of(pid)
                        if manager is not None:
                            self._touched.add(manager)
        elif kind in _KIND_GROUPS:
            self._dirty |= _KIND_GROUPS[kind]
            self._touched.update(
                change.position_ids
                if kind in (ChangeKind.POSITION_ADDED, ChangeKind.POSITION_REMOVED)
                else ()
            )
            for manager in (change.old_manager, change.new_manager):
                if manager is not None:
                    self._touched.add(manager)
        else:  # settings, reset, anything new
            self._everything_dirty()

    def _touch_teams(self, change: Change) -> None:
        """The teams (analysis TeamKey) whose members, stages or name a change may alter."""
        chart, touched = self.chart, self._teams_touched
        if change.team_id is not None:
            touched.add(("team", change.team_id))
        for manager in (change.old_manager, change.new_manager):
            if manager is not None:
                touched.add(("manager", manager))
        for pid in change.position_ids:
            touched.add(("manager", pid))  # its own reports' team (its name is the team's)
            old = self._team_of.pop(pid, None)
            if old is not None:
                touched.add(("team", old))
            if pid in chart:
                new = self._team_of[pid] = chart.position(pid).team
                if new is not None:
                    touched.add(("team", new))
                manager = chart.manager_of(pid)
                if manager is not None:
                    touched.add(("manager", manager))

    def changes(self) -> FindingsDelta:
        """What findings() took out and put in since the last changes() (the first time, and
        after anything it could not follow: everything)."""
        delta, self._delta = self._delta, FindingsDelta()
        return delta

    def findings(self) -> list[Finding]:
        """The current findings, sorted as run() sorts them."""
        chart = self.chart
        if self._seen_revision != chart.revision:  # changed without a notification we saw
            # (the shared facts follow by themselves)
            for tracker in self._trackers.values():
                tracker.invalidate()
            self._seen_revision = chart.revision
            self._everything_dirty()
        merged = effective_config(self.config, chart.settings.rule_overrides)
        if merged != self._merged:  # a new config, or overrides edited in place
            # (the first look: the teams read at the start are kept current change by change)
            self._everything_dirty(teams_of=self._merged is not None)
            self._merged = merged
        # import problems are not revisioned (readers assign them): always re-read them
        self._dirty.add("structure")
        self._update_scopes(merged)
        if (
            self._ran
            and self._dirty == {"structure"}
            and not self._touched
            and not self._all_managers
            and not self._teams_touched
            and not self._all_teams
            and not (chart.import_problems or self._found.get("structure"))
        ):
            return self._result.items()
        try:
            self._rerun(merged)
        except BaseException:  # a rule failed: start over at the next look
            self._ran = False
            self._delta = FindingsDelta.everything()
            self._everything_dirty()
            raise
        return self._result.items()

    def _rerun(self, merged: RuleConfig) -> None:
        """Re-run what is dirty; take what changed out of and into the sorted result."""
        assert self._scopes is not None
        removed: list[Finding] = []
        added: list[Finding] = []
        for group in self._dirty:
            new = evaluate(self.chart, self.facts, merged, self._groups[group], self._scopes)
            self._found[group] = _same_kept(self._found.get(group, []), new, removed, added)
        self._dirty = set()
        self._update_managers(merged, removed, added)
        self._update_teams(merged, removed, added)
        if not self._ran:
            found = [f for group in self._found.values() for f in group]
            for by_key in (*self._by_manager.values(), *self._by_team.values()):
                found.extend(by_key.values())
            self._result.reset(sort_findings(found))
            self._ran = True
        else:
            self._result.update(removed, added)
            self._delta.add(removed, added)

    @property
    def scope(self) -> Scope:
        """The scope span.* and management.* checked at the last findings() (the sales scope,
        or the whole chart with checks.scope = "all"), e.g. for analysis.describe_scope."""
        if self._scopes is None:
            self.findings()
        assert self._scopes is not None
        return self._scopes[0]

    def _update_scopes(self, merged: RuleConfig) -> None:
        """Bring the scopes up to date; mark what reads what changed."""
        sales_tracker = self._trackers["sales"]
        checked_tracker = self._trackers.get(merged.scope)
        if checked_tracker is None:
            checked_tracker = self._trackers[merged.scope] = ScopeTracker(merged.scope)
        sales = sales_tracker.current(self.chart, self.facts)
        checked = checked_tracker.current(self.chart, self.facts)
        self._scopes = (checked, sales)
        tops, members, shape = sales_tracker.take_changes()
        if tops:
            self._dirty |= _OWNER_GROUPS
        if checked_tracker is not sales_tracker:
            _tops, members, shape = checked_tracker.take_changes()
        if shape:
            self._dirty.add("management")
        if members is None:
            self._all_managers = True
        else:
            self._touched |= members

    def _update_teams(
        self, merged: RuleConfig, removed: list[Finding], added: list[Finding]
    ) -> None:
        assert self._scopes is not None
        checked, sales = self._scopes
        touched, self._teams_touched = self._teams_touched, set()
        everything, self._all_teams = self._all_teams, False
        for item in self._per_team:
            settings = merged[item.id]
            by_team = self._by_team[item.id]
            assert item.per_team is not None and item.gate and item.teams
            ctx = RuleContext(self.chart, self.facts, settings, merged, checked, sales)
            gate = settings.enabled and item.gate(ctx)
            if not gate:
                keys: object = ()
                _forget(by_team, list(by_team), removed)
            elif everything or not self._gates.get(item.id):
                keys = list(item.teams(ctx))
                wanted = set(keys)
                _forget(by_team, [k for k in by_team if k not in wanted], removed)
            else:
                keys = touched
            self._gates[item.id] = gate
            for key in keys:  # type: ignore[attr-defined]
                _put(by_team, key, item.per_team(ctx, key), removed, added)

    def _update_managers(
        self, merged: RuleConfig, removed: list[Finding], added: list[Finding]
    ) -> None:
        assert self._scopes is not None
        checked, sales = self._scopes
        spans = self.facts.spans
        for item in self._local:
            settings = merged[item.id]
            by_manager = self._by_manager[item.id]
            check = item.per_manager
            assert check is not None
            if not settings.enabled:
                _forget(by_manager, list(by_manager), removed)
                continue
            ctx = RuleContext(self.chart, self.facts, settings, merged, checked, sales)
            if self._all_managers:
                _forget(by_manager, [m for m in by_manager if m not in spans], removed)
                managers = spans.keys()
            else:
                managers = self._touched
            for manager in managers:
                found = check(ctx, manager) if manager in spans else None
                _put(by_manager, manager, found, removed, added)
        self._all_managers = False
        self._touched = set()


def _put(
    found: dict, key: Hashable, new: Finding | None, removed: list[Finding], added: list[Finding]
) -> None:
    """found[key] = new (None: no finding), noting what changed; an equal finding stays."""
    old = found.get(key)
    if old is not None and new is not None and old == new:
        return
    if old is not None:
        removed.append(old)
        del found[key]
    if new is not None:
        added.append(new)
        found[key] = new


def _forget(found: dict, keys: list, removed: list[Finding]) -> None:
    for key in keys:
        removed.append(found.pop(key))


def _same_kept(
    old: list[Finding], new: list[Finding], removed: list[Finding], added: list[Finding]
) -> list[Finding]:
    """new, with the findings equal to old ones kept as the old objects (their sort keys are
    known); notes what went and came (as multisets)."""
    if old == new:
        return old
    pool: dict[Finding, list[Finding]] = {}
    for finding in old:
        pool.setdefault(finding, []).append(finding)
    kept: list[Finding] = []
    for finding in new:
        same = pool.get(finding)
        if same:
            kept.append(same.pop())
        else:
            kept.append(finding)
            added.append(finding)
    for rest in pool.values():
        removed.extend(rest)
    return kept
