"""The sales scope (RULES.md "The sales scope") and the shape of management inside it.

Charts from HR hold the whole company; the span and management checks are about its sales
organisation. The sales scope is the subtrees under the highest positions of role `cro` or
`sales_leader`; where there is none, under the highest managers of sellers; where there are no
sellers (or nobody manages one), the whole chart. The checks' setting `checks.scope`
(resources/rules.toml) chooses between it ("sales") and the whole chart ("all").

    scope = scope_for(chart)              # the sales scope, cached per chart revision
    scope_for(chart, "all")               # the whole chart, measured the same way
    scope_description(chart)              # "Checking the sales unit under Vera Berg (VP Sales),
                                          #  212 positions"
    tracker = ScopeTracker("sales")       # the live Checker's: kept up to date change by change

A scope also holds what the management rules read: the first-line managers (in the scope, with
a seller among their direct reports) and how many managers inside the scope sit above each
seller (the top of the scope counts). Both are sums over positions, so the tracker updates them
for the positions a change moves (a removal too: its reports move up first, as moves); a change
that could move the tops (a leader's role, a move of or into a subtree holding a top, the
removal of a top or a root) makes it walk the chart again.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, KeysView

from orgeditor.analysis.facts import ChartFacts, facts_for
from orgeditor.analysis.roletable import SELLER_ROLES
from orgeditor.model import Change, ChangeKind, Chart, distinct_label, plural

SCOPE_MODES = ("sales", "all")  # the values of the setting checks.scope
LEADER_ROLES = ("cro", "sales_leader")  # whose subtrees make the sales scope
# how the tops were found
BASIS_LEADERS, BASIS_SELLER_MANAGERS, BASIS_WHOLE = "sales_leaders", "seller_managers", "whole"
_ROLE_FIELDS = frozenset({"title", "explicit_role"})
Reports = dict[str, dict[str, object]]  # manager -> its direct reports (the graph's own dicts)


class Scope:
    """A scope of one chart: its tops, its positions with the scope managers above each, its
    sellers by that number, and its first-line managers. Built by compute_scope; a
    ScopeTracker changes it in place."""

    def __init__(self, basis: str, tops: Iterable[str], chart_size: int) -> None:
        self.basis = basis  # BASIS_LEADERS | BASIS_SELLER_MANAGERS | BASIS_WHOLE
        self.tops: tuple[str, ...] = tuple(tops)  # the highest positions, breadth first
        self.chart_size = chart_size
        self.above: dict[str, int] = {}  # position in the scope -> scope managers above it
        self.sellers_at: dict[int, set[str]] = {}  # managers above -> the sellers there
        self.first_line: dict[str, int] = {}  # first-line manager -> its sellers

    def __contains__(self, position_id: object) -> bool:
        return position_id in self.above

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Scope) and self._state() == other._state()

    __hash__ = None  # type: ignore[assignment]

    def _state(self) -> tuple[object, ...]:
        return (
            self.basis,
            self.tops,
            self.chart_size,
            self.above,
            {k: v for k, v in self.sellers_at.items() if v},
            self.first_line,
        )

    @property
    def positions(self) -> KeysView[str]:
        """The tops and everything below them."""
        return self.above.keys()

    @property
    def whole(self) -> bool:
        """The scope holds every position of the chart."""
        return len(self.above) == self.chart_size

    @property
    def first_line_managers(self) -> tuple[str, ...]:
        """In no set order (findings sort their positions)."""
        return tuple(self.first_line)

    @property
    def seller_layers(self) -> tuple[tuple[int, int], ...]:
        """(managers above, sellers) for each depth with sellers: ((2, 10), (3, 4))."""
        return tuple(sorted((depth, len(s)) for depth, s in self.sellers_at.items() if s))

    @property
    def max_layers(self) -> int:
        """The most scope managers above one seller (0 without sellers)."""
        return max((depth for depth, s in self.sellers_at.items() if s), default=0)

    def sellers_below(self, layers: int) -> int:
        """Sellers with more than `layers` scope managers above them."""
        return sum(len(s) for depth, s in self.sellers_at.items() if depth > layers)

    @property
    def deepest_seller(self) -> str | None:
        """A seller with the most managers above it: the least id (the same whatever order the
        chart was built or edited in)."""
        found = self.sellers_at.get(self.max_layers)
        return min(found) if found else None

    def deepest_chain(self, chart: Chart) -> tuple[str, ...]:
        """The deepest seller's managers inside the scope, top first."""
        seller = self.deepest_seller
        if seller is None:
            return ()
        return tuple(reversed(chart.chain_of_command(seller)[: self.above[seller]]))

    # ----- upkeep (compute_scope and ScopeTracker) ---------------------------------------

    def _enter(self, pid: str, above: int, manager: str | None, is_seller: bool) -> None:
        self.above[pid] = above
        if is_seller:
            self.sellers_at.setdefault(above, set()).add(pid)
            if manager is not None and above:
                self.first_line[manager] = self.first_line.get(manager, 0) + 1

    def _leave(self, pid: str, manager: str | None, is_seller: bool) -> None:
        above = self.above.pop(pid)
        if is_seller:
            self.sellers_at[above].discard(pid)
            if manager is not None and above:
                self._drop_first_line(manager)

    def _drop_first_line(self, manager: str) -> None:
        left = self.first_line[manager] - 1
        if left:
            self.first_line[manager] = left
        else:
            del self.first_line[manager]


def compute_scope(chart: Chart, facts: ChartFacts, mode: str = "sales") -> Scope:
    """The scope of a chart, linear in positions: breadth first from the roots to the tops,
    then from each top down its subtree. `facts` must describe the chart as it is
    (facts_for(chart): the Checker reads the same)."""
    if mode not in SCOPE_MODES:
        raise ValueError(f"unknown scope {mode!r}; choose one of {', '.join(SCOPE_MODES)}")
    # plain dicts: the graph's views cost more than the walk itself on a large chart
    reports: Reports = dict(chart.graph.adjacency())
    sellers = set(facts.ids_of_roles(SELLER_ROLES))
    basis = _basis(facts, mode)
    roots = [pid for pid in reports if pid in facts.roots]  # in the chart's order
    if basis == BASIS_WHOLE:
        tops = roots
    elif basis == BASIS_LEADERS:
        tops = _highest(reports, roots, set(facts.ids_of_roles(LEADER_ROLES)).__contains__)
    else:

        def manages_sellers(pid: str) -> bool:
            return any(report in sellers for report in reports[pid])

        tops = _highest(reports, roots, manages_sellers)
        if not tops:  # sellers, but nobody manages one: nothing narrower than the chart
            basis, tops = BASIS_WHOLE, roots
    scope = Scope(basis, tops, len(reports))
    for top in tops:
        _walk_in(scope, reports, sellers, top, None, 0)
    return scope


def _basis(facts: ChartFacts, mode: str) -> str:
    if mode == "all":
        return BASIS_WHOLE
    if facts.count_roles(LEADER_ROLES):
        return BASIS_LEADERS
    return BASIS_SELLER_MANAGERS if facts.sellers else BASIS_WHOLE


def _highest(reports: Reports, roots: list[str], is_top: Callable[[str], bool]) -> list[str]:
    """The positions for which is_top holds with none above them, breadth first."""
    tops: list[str] = []
    level = roots
    while level:
        found = [pid for pid in level if is_top(pid)]
        if found:
            tops.extend(found)
            chosen = set(found)
            level = [pid for pid in level if pid not in chosen]
        level = [report for pid in level for report in reports[pid]]
    return tops


def _walk_in(
    scope: Scope, reports: Reports, sellers: set[str], pid: str, manager: str | None, above: int
) -> list[str]:
    """Enter a subtree into the scope level by level, `pid` with `above` scope managers over
    it; returns its positions."""
    entered: list[str] = []
    level: list[tuple[str, str | None]] = [(pid, manager)]
    while level:
        for node, boss in level:
            scope._enter(node, above, boss, node in sellers)
        entered.extend(node for node, _boss in level)
        level = [(report, node) for node, _boss in level for report in reports[node]]
        above += 1
    return entered


def _subtree(reports: Reports, pid: str) -> list[str]:
    out, level = [], [pid]
    while level:
        out.extend(level)
        level = [report for node in level for report in reports[node]]
    return out


class ScopeTracker:
    """A chart's scope for one mode, kept up to date from its change notifications (after the
    Checker's ChartFacts took them). current() says what changed since it was last asked, so
    the Checker re-runs only the rules that read it."""

    def __init__(self, mode: str) -> None:
        if mode not in SCOPE_MODES:
            raise ValueError(f"unknown scope {mode!r}")
        self.mode = mode
        self._scope: Scope | None = None
        self._stale = True
        self._sellers: set[str] = set()  # the sellers and leaders the scope was made with
        self._leaders: set[str] = set()
        # what changed since take_changes() last answered: the tops; the positions that
        # entered or left the scope (None: unknown, any may have); anything at all
        self.tops_changed = True
        self.members_changed: set[str] | None = None
        self.shape_changed = True

    def invalidate(self) -> None:
        """The chart changed without a notification: walk it again."""
        self._stale = True

    def current(self, chart: Chart, facts: ChartFacts) -> Scope:
        """The scope now (rebuilt if a change needed that)."""
        if self._stale or self._scope is None:
            old = self._scope
            new = compute_scope(chart, facts, self.mode)
            self._sellers = set(facts.ids_of_roles(SELLER_ROLES))
            self._leaders = set(facts.ids_of_roles(LEADER_ROLES))
            self._stale = False
            self._scope = new
            if old is None or old.tops != new.tops or old.basis != new.basis:
                self.tops_changed = True
            if old is None or old.above.keys() != new.above.keys():
                self.members_changed = None
            if old is None or old != new:
                self.shape_changed = True
        return self._scope

    def take_changes(self) -> tuple[bool, set[str] | None, bool]:
        """(tops changed, positions that entered or left or None for any, anything changed)
        since the last call; resets them."""
        flags = (self.tops_changed, self.members_changed, self.shape_changed)
        self.tops_changed = self.shape_changed = False
        self.members_changed = set()
        return flags

    def _moved(self, ids: Iterable[str]) -> None:
        if self.members_changed is not None:
            self.members_changed.update(ids)
        self.shape_changed = True

    def apply(self, chart: Chart, facts: ChartFacts, change: Change) -> None:
        """Follow one change; what it cannot follow cheaply, the next current() rebuilds."""
        if self._stale or self._scope is None:
            return
        kind = change.kind
        if kind is ChangeKind.POSITION_ADDED:
            done = self._added(chart, facts, change)
        elif kind is ChangeKind.REPARENTED:
            done = self._reparented(chart, facts, change)
        elif kind is ChangeKind.POSITION_REMOVED:
            done = self._removed(chart, facts, change)
        elif kind is ChangeKind.POSITION_CHANGED:
            done = not change.fields & _ROLE_FIELDS or self._role_changed(chart, facts, change)
        else:
            # dotted lines, teams and settings do not touch the scope; resets are walked again
            done = kind in (
                ChangeKind.DOTTED_ADDED,
                ChangeKind.DOTTED_REMOVED,
                ChangeKind.TEAM_ADDED,
                ChangeKind.TEAM_REMOVED,
                ChangeKind.TEAM_CHANGED,
                ChangeKind.SETTINGS_CHANGED,
            )
        if not done:
            self._stale = True

    # ----- the cheap cases ---------------------------------------------------------------

    def _role(self, facts: ChartFacts, pid: str) -> tuple[bool, bool]:
        info = facts.records[pid][0]
        return info.is_seller, info.key in LEADER_ROLES

    def _added(self, chart: Chart, facts: ChartFacts, change: Change) -> bool:
        scope = self._scope
        assert scope is not None
        (pid,) = change.position_ids
        manager = change.new_manager
        is_seller, is_leader = self._role(facts, pid)
        if _basis(facts, self.mode) != scope.basis or manager is None:
            return False  # a new root is a new top or tree: walk again
        if is_leader and manager not in scope and scope.basis == BASIS_LEADERS:
            return False  # a new top
        if is_seller and manager not in scope and scope.basis == BASIS_SELLER_MANAGERS:
            return False  # its manager may be a new top
        self._remember(pid, is_seller, is_leader)
        scope.chart_size += 1
        if manager in scope:
            scope._enter(pid, scope.above[manager] + 1, manager, is_seller)
            self._moved((pid,))
        return True

    def _reparented(self, chart: Chart, facts: ChartFacts, change: Change) -> bool:
        scope = self._scope
        assert scope is not None
        (pid,) = change.position_ids
        old, new = change.old_manager, change.new_manager
        if (
            scope.basis == BASIS_SELLER_MANAGERS  # who manages sellers may have changed
            or scope.basis != _basis(facts, self.mode)  # nobody managed a seller: maybe now
            or old is None
            or new is None  # roots are tops or trees of their own
            or pid in scope.tops
        ):
            return False
        reports: Reports = chart.graph.succ  # type: ignore[assignment]
        was_in, now_in = pid in scope, new in scope
        moved = _subtree(reports, pid)
        if not was_in and not now_in:
            # outside before and after; a top below it keeps its place but maybe not its rank
            return not set(scope.tops).intersection(moved)
        if (
            was_in != now_in
            and scope.basis == BASIS_LEADERS
            and any(node in self._leaders for node in moved)
        ):
            return False  # a leader leaving or joining the scope: tops change
        sellers = self._sellers
        if was_in:
            scope._leave(pid, old, pid in sellers)
            for node in moved[1:]:
                scope._leave(node, None, node in sellers)
            for node in moved:  # their own first-line counts go with them, rebuilt below
                scope.first_line.pop(node, None)
        if now_in:
            _walk_in(scope, reports, sellers, pid, new, scope.above[new] + 1)
        self._moved(moved if was_in != now_in else ())
        return True

    def _removed(self, chart: Chart, facts: ChartFacts, change: Change) -> bool:
        """A position gone; its reports moved up before (REPARENTED, old manager gone)."""
        scope = self._scope
        assert scope is not None
        (pid,) = change.position_ids
        is_seller = pid in self._sellers
        if (
            change.old_manager is None  # a root: the tops of a whole-chart scope
            or pid in scope.tops
            or _basis(facts, self.mode) != scope.basis
            or (scope.basis == BASIS_SELLER_MANAGERS and is_seller)  # its manager may stop
        ):
            return False
        self._remember(pid, False, False)
        scope.chart_size -= 1
        if pid in scope:
            scope._leave(pid, change.old_manager, is_seller)
            scope.first_line.pop(pid, None)
            self._moved((pid,))
        return True

    def _role_changed(self, chart: Chart, facts: ChartFacts, change: Change) -> bool:
        scope = self._scope
        assert scope is not None
        (pid,) = change.position_ids
        is_seller, is_leader = self._role(facts, pid)
        if is_leader != (pid in self._leaders):
            return False  # the tops may move
        if is_seller == (pid in self._sellers):
            return True  # a role change that the scope does not see
        if _basis(facts, self.mode) != scope.basis or scope.basis == BASIS_SELLER_MANAGERS:
            return False  # who manages sellers decides the tops
        self._remember(pid, is_seller, is_leader)
        if pid in scope:
            manager = chart.manager_of(pid)
            above = scope.above[pid]
            scope._leave(pid, manager, not is_seller)
            scope._enter(pid, above, manager, is_seller)
            self.shape_changed = True
        return True

    def _remember(self, pid: str, is_seller: bool, is_leader: bool) -> None:
        for known, flag in ((self._sellers, is_seller), (self._leaders, is_leader)):
            if flag:
                known.add(pid)
            else:
                known.discard(pid)


_CACHE: weakref.WeakKeyDictionary[Chart, dict[str, tuple[int, Scope]]] = weakref.WeakKeyDictionary()


def scope_for(chart: Chart, mode: str = "sales") -> Scope:
    """The chart's scope for a checks.scope value, computed at most once per chart revision."""
    cached = _CACHE.setdefault(chart, {})
    found = cached.get(mode)
    if found is None or found[0] != chart.revision:
        found = cached[mode] = (chart.revision, compute_scope(chart, facts_for(chart), mode))
    return found[1]


def leader_label(chart: Chart, pid: str) -> str:
    """'Vera Berg (VP Sales)': the name and title when both are set, else distinct_label."""
    position = chart.position(pid)
    if position.name and position.title:
        return f"{position.name} ({position.title})"
    return distinct_label(chart, pid)


def _names(chart: Chart, ids: tuple[str, ...], most: int = 3) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C and 2 more'."""
    shown = [leader_label(chart, pid) for pid in ids[:most]]
    if len(ids) > most:
        shown.append(f"{len(ids) - most} more")
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def describe_scope(chart: Chart, scope: Scope) -> str:
    """One line on what the span and management checks look at (see scope_description)."""
    size = plural(len(scope.positions), "position")
    if scope.whole or not scope.tops:
        return f"Checking the whole chart, {size}"
    under = _names(chart, scope.tops)
    if scope.basis == BASIS_LEADERS:
        unit = "the sales unit" if len(scope.tops) == 1 else "the sales units"
    else:
        unit = "the sales team" if len(scope.tops) == 1 else "the sales teams"
    return f"Checking {unit} under {under}, {size}"


def scope_description(chart: Chart, mode: str = "sales") -> str:
    """'Checking the sales unit under Vera Berg (VP Sales), 212 positions'; 'Checking the whole
    chart, 40 positions' when the scope is the whole chart (or mode is "all"). For the checks
    panel's header and the command line."""
    return describe_scope(chart, scope_for(chart, mode))
