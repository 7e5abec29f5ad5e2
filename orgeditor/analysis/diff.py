"""A model-level diff of two charts: which positions match, and what changed for each.

Matching (`match_positions`):
- by="id" (the default; scenarios of one file keep their ids): a position pairs with the
  position of the same id on the other side.
- by="name" (two HR exports of a re-numbered system): first the same id, but only where it
  plainly is the same seat: the names are equal (case and spaces ignored), or one side has no
  name (a vacancy) and the titles are equal; then a name that is unique among the unmatched
  positions on both sides; then a title unique among the rest on both sides, where one side at
  least has no name (a seat: two named people who share a title are a leaver and a joiner, not
  one seat). `matched_by` counts the pairs of each pass ("id", "name", "title").

Changes (`diff_charts`), in the after chart's order, then the removed in the before order:
- added / removed: a position only the after / only the before side has;
- moved: its manager is another one (a position whose manager's match differs; a root that
  got a manager or lost one). A moved position whose fields changed too is one change of kind
  "moved" carrying those fields;
- changed: same manager, some of FIELDS differ.
`id` is the after side's id (the before id for removed; `before_id` keeps the before one).
`from_manager` and `to_manager` are after-side ids: the before manager through the matching;
a before manager that has no match (it was removed) keeps its before id. A "changed" change
names its (unchanged) manager on both. Fields compare what counts: the role in force (an
inferred one too), effective segment values (the team's value where the position has none),
the team by its name (else id). Values are (old, new).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from orgeditor.model import SEGMENT_DIMENSIONS, Chart

MATCH_MODES = ("id", "name")
CHANGE_KINDS = ("added", "removed", "moved", "changed")
FIELDS = ("name", "title", "role", "status", *SEGMENT_DIMENSIONS, "team", "cost", "location")


@dataclass(frozen=True)
class Matching:
    pairs: dict[str, str]  # before id -> after id
    matched_by: dict[str, int]  # pass -> pairs it made: {"id": n, "name": n, "title": n}

    def after_id(self, before_id: str | None) -> str | None:
        return None if before_id is None else self.pairs.get(before_id)

    def reverse(self) -> dict[str, str]:
        """after id -> before id."""
        return {a: b for b, a in self.pairs.items()}


@dataclass(frozen=True)
class Change:
    kind: str  # one of CHANGE_KINDS
    id: str  # the after id (the before id for removed)
    name: str
    from_manager: str | None
    to_manager: str | None
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    before_id: str | None = None  # None for added

    def to_dict(self) -> dict[str, Any]:
        """The change as `orgeditor diff --format json` has it (DESIGN.md)."""
        return {
            "kind": self.kind,
            "id": self.id,
            "name": self.name,
            "from_manager": self.from_manager,
            "to_manager": self.to_manager,
            "fields": {key: list(values) for key, values in self.fields.items()},
        }


@dataclass(frozen=True)
class ChartDiff:
    changes: list[Change]
    matching: Matching

    @property
    def matched_by(self) -> dict[str, int]:
        return self.matching.matched_by

    def of_kind(self, kind: str) -> list[Change]:
        return [c for c in self.changes if c.kind == kind]

    def tally(self) -> dict[str, int]:
        """Changes per kind, every kind present."""
        found = Counter(c.kind for c in self.changes)
        return {kind: found[kind] for kind in CHANGE_KINDS}

    def after_kinds(self) -> dict[str, str]:
        """After id -> change kind, for marking the after chart's cards (removed left out)."""
        return {c.id: c.kind for c in self.changes if c.kind != "removed"}

    def before_kinds(self) -> dict[str, str]:
        """Before id -> change kind, for marking the before chart's cards (added left out)."""
        return {c.before_id: c.kind for c in self.changes if c.before_id is not None}


def _norm(text: str) -> str:
    """Case and spaces ignored: ' Ada  LOVELACE' == 'ada lovelace'."""
    return " ".join(text.split()).casefold()


def _same_seat(before: Chart, after: Chart, pid: str) -> bool:
    """name mode: may the same id pair? Same person, or a vacancy with the same title."""
    old, new = before.position(pid), after.position(pid)
    if old.name.strip() and new.name.strip():
        return _norm(old.name) == _norm(new.name)
    return _norm(old.title) == _norm(new.title)


def _unique_pairs(
    before_ids: Iterable[str], after_ids: Iterable[str], key_before, key_after
) -> list[tuple[str, str]]:
    """Pairs whose non-empty key occurs exactly once on each side, in before order."""
    olds: dict[str, list[str]] = {}
    for pid in before_ids:
        k = key_before(pid)
        if k:
            olds.setdefault(k, []).append(pid)
    news: dict[str, list[str]] = {}
    for pid in after_ids:
        k = key_after(pid)
        if k:
            news.setdefault(k, []).append(pid)
    return [
        (ids[0], news[k][0])
        for k, ids in olds.items()
        if len(ids) == 1 and len(news.get(k, ())) == 1
    ]


def match_positions(before: Chart, after: Chart, by: str = "id") -> Matching:
    """Pair the positions of two charts (see the module docstring)."""
    if by not in MATCH_MODES:
        raise ValueError(f"unknown matching {by!r}; choose one of {', '.join(MATCH_MODES)}")
    pairs: dict[str, str] = {}
    matched_by = {"id": 0, "name": 0, "title": 0}
    for pid in before.position_ids():
        if pid in after and (by == "id" or _same_seat(before, after, pid)):
            pairs[pid] = pid
            matched_by["id"] += 1
    if by == "id":
        return Matching(pairs, matched_by)
    for kind in ("name", "title"):
        taken = set(pairs.values())
        left_before = [pid for pid in before.position_ids() if pid not in pairs]
        left_after = [pid for pid in after.position_ids() if pid not in taken]
        found = _unique_pairs(
            left_before,
            left_after,
            lambda pid, c=before, k=kind: _norm(getattr(c.position(pid), k)),
            lambda pid, c=after, k=kind: _norm(getattr(c.position(pid), k)),
        )
        if kind == "title":
            found = [
                (old, new)
                for old, new in found
                if not (before.position(old).name.strip() and after.position(new).name.strip())
            ]
        pairs.update(found)
        matched_by[kind] += len(found)
    return Matching(pairs, matched_by)


def _team_label(chart: Chart, team_id: str | None) -> str | None:
    if team_id is None or not chart.has_team(team_id):
        return team_id
    team = chart.team(team_id)
    return team.name or team.id


def field_values(chart: Chart, pid: str) -> dict[str, Any]:
    """The compared values of one position (see the module docstring)."""
    position = chart.position(pid)
    values: dict[str, Any] = {
        "name": position.name,
        "title": position.title,
        "role": position.role,
        "status": position.status,
        "team": _team_label(chart, position.team),
        "cost": position.cost,
        "location": position.location,
    }
    for dim in SEGMENT_DIMENSIONS:
        values[dim] = chart.effective_segment(pid, dim)
    return {key: values[key] for key in FIELDS}


def _fields(before: Chart, old: str, after: Chart, new: str) -> dict[str, tuple[Any, Any]]:
    was, now = field_values(before, old), field_values(after, new)
    return {key: (was[key], now[key]) for key in FIELDS if was[key] != now[key]}


def diff_charts(before: Chart, after: Chart, by: str = "id") -> ChartDiff:
    """Every position that was added, removed, moved or changed (see the module docstring)."""
    matching = match_positions(before, after, by)
    back = matching.reverse()

    def mapped(manager: str | None) -> str | None:
        """A before manager as an after id (its own id when it has no match)."""
        if manager is None:
            return None
        return matching.pairs.get(manager, manager)

    changes: list[Change] = []
    for pid in after.position_ids():
        name = after.position(pid).name
        to_manager = after.manager_of(pid)
        old = back.get(pid)
        if old is None:
            changes.append(Change("added", pid, name, None, to_manager, {}, None))
            continue
        old_manager = before.manager_of(old)
        from_manager = mapped(old_manager)
        fields = _fields(before, old, after, pid)
        if old_manager is not None and old_manager not in matching.pairs:
            moved = True  # the old manager is gone: a new one, whoever it is
        else:
            moved = from_manager != to_manager
        if moved:
            changes.append(Change("moved", pid, name, from_manager, to_manager, fields, old))
        elif fields:
            changes.append(Change("changed", pid, name, from_manager, to_manager, fields, old))
    for pid in before.position_ids():
        if pid not in matching.pairs:
            old_manager = mapped(before.manager_of(pid))
            name = before.position(pid).name
            changes.append(Change("removed", pid, name, old_manager, None, {}, pid))
    return ChartDiff(changes, matching)
