"""A finding: one rule's verdict about one thing in the chart."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_DIGITS = re.compile(r"(\d+)")


@lru_cache(maxsize=1 << 17)  # ids repeat from check to check: the live panel sorts often
def natural_key(text: str) -> tuple[Any, ...]:
    """'p2' before 'p10': ids sort the way people read them."""
    parts = _DIGITS.split(text)
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


def sort_ids(ids: Any) -> tuple[str, ...]:
    return tuple(sorted(ids, key=natural_key))


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str  # "error" | "warning" | "info"
    message: str  # one line, with the numbers that triggered it
    positions: tuple[str, ...]  # ids concerned; empty only where no position is
    advice: str
    practice: str  # a paraphrase of the article's point and its section title
    # the message's template (rules/messages.py) and its language-free parameters; left out
    # of ==, hash and sort (the rendered message holds them): equal findings stay equal
    message_id: str = field(default="", compare=False)
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The finding as the CLI's JSON has it (docs/ARCHITECTURE.md)."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "positions": list(self.positions),
            "advice": self.advice,
            "practice": self.practice,
        }

    def sort_key(self) -> tuple[Any, ...]:
        """Severity rank, rule id, positions (naturally), message; computed once."""
        # cached in the instance dict, outside the dataclass fields (not compared, not in
        # asdict): the live panel re-sorts the same findings after every edit
        key = self.__dict__.get("_sort_key")
        if key is None:
            key = (
                SEVERITY_ORDER.get(self.severity, len(SEVERITY_ORDER)),
                self.rule,
                tuple(map(natural_key, self.positions)),
                self.message,
            )
            object.__setattr__(self, "_sort_key", key)
        return key


class SortedFindings:
    """Findings in sort_key order, updated by what went and what came (multisets)."""

    def __init__(self) -> None:
        self._items: list[Finding] = []

    def reset(self, ordered: list[Finding]) -> None:
        """Start from findings already sorted."""
        self._items = ordered

    def items(self) -> list[Finding]:
        """A copy, sorted."""
        return list(self._items)

    def update(self, removed: list[Finding], added: list[Finding]) -> None:
        """Take out `removed` (each present), put in `added`."""
        items = self._items
        if len(removed) + len(added) > max(64, len(items) // 8):
            # many: one pass and a sort (the kept findings know their keys)
            going: dict[Finding, int] = {}
            for finding in removed:
                going[finding] = going.get(finding, 0) + 1
            kept = []
            for finding in items:
                left = going.get(finding)
                if left:
                    going[finding] = left - 1
                else:
                    kept.append(finding)
            kept.extend(added)
            kept.sort(key=Finding.sort_key)
            self._items = kept
            return
        key = Finding.sort_key
        for finding in removed:
            at = bisect_left(items, finding.sort_key(), key=key)
            while items[at] != finding:  # equal keys: the same finding, bar advice
                at += 1
            del items[at]
        for finding in added:
            insort(items, finding, key=key)


class FindingsDelta:
    """The findings that went and came since a consumer last looked (as multisets, net), or
    `full`: it cannot say, start over from all findings."""

    def __init__(self, full: bool = False) -> None:
        self.full = full
        self._net: dict[Finding, int] = {}

    @classmethod
    def everything(cls) -> FindingsDelta:
        return cls(full=True)

    def add(self, removed: Iterable[Finding], added: Iterable[Finding]) -> None:
        if self.full:
            return
        net = self._net
        for finding in removed:
            net[finding] = net.get(finding, 0) - 1
        for finding in added:
            net[finding] = net.get(finding, 0) + 1

    @property
    def removed(self) -> list[Finding]:
        return [f for f, n in self._net.items() for _ in range(-n)]

    @property
    def added(self) -> list[Finding]:
        return [f for f, n in self._net.items() for _ in range(n)]

    def __bool__(self) -> bool:
        return self.full or any(self._net.values())

    def __repr__(self) -> str:
        if self.full:
            return "FindingsDelta(full)"
        return f"FindingsDelta(-{len(self.removed)}, +{len(self.added)})"
