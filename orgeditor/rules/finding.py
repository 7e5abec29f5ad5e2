"""A finding: one rule's verdict about one thing in the chart."""

from __future__ import annotations

import re
from dataclasses import dataclass
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
    practice: str  # English paraphrase of the article's point and its section title

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
