"""Sellers grouped into teams, kept up to date one seller at a time.

RULES.md: a seller's team is its `team` value where it has one, else its direct manager; a
seller with neither is a team of one. A team is *mixed* when its specialists cover two or more
stages. Generalists ("all" stages) do not make a team mixed: otherwise one generalist beside one
AE would turn a team of generalists into a pod.
"""

from __future__ import annotations

TeamKey = tuple[str, str]  # ("team", team id) | ("manager", manager id) | ("self", seller id)


def team_key(team: str | None, manager: str | None, seller: str) -> TeamKey:
    if team is not None:
        return ("team", team)
    if manager is not None:
        return ("manager", manager)
    return ("self", seller)


class TeamIndex:
    """Per team: its sellers and its specialists' stages; overall: specialists in mixed teams."""

    def __init__(self) -> None:
        self.sellers: dict[TeamKey, dict[str, None]] = {}
        self.stages: dict[TeamKey, dict[str, int]] = {}  # specialist stages only
        self.mixed: set[TeamKey] = set()
        self.specialists_in_mixed = 0
        # groups by the kind of their key ("team", "manager", "self"): those with specialists,
        # and the mixed ones (for the model's reason, without a pass over the groups)
        self.kinds: dict[str, int] = {}
        self.mixed_kinds: dict[str, int] = {}

    def _contribution(self, key: TeamKey) -> int:
        return sum(self.stages[key].values()) if key in self.mixed else 0

    def _settle(self, key: TeamKey, before: int) -> None:
        stages = self.stages.get(key)
        was_mixed = key in self.mixed
        if stages is not None and len(stages) >= 2:
            self.mixed.add(key)
        else:
            self.mixed.discard(key)
        if was_mixed != (key in self.mixed):
            _count(self.mixed_kinds, key[0], -1 if was_mixed else 1)
        after = self._contribution(key) if stages is not None else 0
        self.specialists_in_mixed += after - before

    def add(self, key: TeamKey, seller: str, stage: str, specialist: bool) -> None:
        members = self.sellers.get(key)
        if members is None:
            self.sellers[key] = {seller: None}
        else:
            members[seller] = None
        if not specialist:
            return
        stages = self.stages.get(key)
        if stages is None:
            self.stages[key] = {stage: 1}
            _count(self.kinds, key[0], 1)
            return  # one stage: not mixed, contributes nothing
        before = self._contribution(key)
        stages[stage] = stages.get(stage, 0) + 1
        self._settle(key, before)

    def remove(self, key: TeamKey, seller: str, stage: str, specialist: bool) -> None:
        members = self.sellers[key]
        del members[seller]
        if not members:
            del self.sellers[key]
        if not specialist:
            return
        before = self._contribution(key)
        stages = self.stages[key]
        stages[stage] -= 1
        if not stages[stage]:
            del stages[stage]
        if not stages:
            del self.stages[key]
            _count(self.kinds, key[0], -1)
        self._settle(key, before)

    def covered(self, key: TeamKey) -> frozenset[str]:
        """The specialist stages a team covers."""
        stages = self.stages.get(key)
        return frozenset(stages) if stages else frozenset()

    def single_stage_kinds(self) -> dict[str, int]:
        """Groups with specialists of one stage, by the kind of their key."""
        return {k: n - self.mixed_kinds.get(k, 0) for k, n in self.kinds.items()}


def _count(counts: dict[str, int], kind: str, step: int) -> None:
    left = counts.get(kind, 0) + step
    if left:
        counts[kind] = left
    else:
        counts.pop(kind, None)
