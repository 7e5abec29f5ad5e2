"""Problems found while importing a file; the structure.* checks report them while they stand."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# extra_manager: a GraphML node with more than one solid line in; the first is kept and the
# others become dotted lines (no structure.* rule reports it yet)
PROBLEM_KINDS = ("duplicate_id", "unknown_manager", "cycle", "extra_manager")


@dataclass(frozen=True, slots=True)
class ImportProblem:
    kind: str  # one of PROBLEM_KINDS
    message: str  # names file and row
    position_ids: tuple[str, ...] = ()
    row: int | None = None  # 1-based line number in the source file
    reference: str = ""  # the manager reference that did not resolve, for unknown_manager
    # fields from a file this version does not know; left out of the hash (a dict has none)
    extra: dict[str, Any] = field(default_factory=dict, hash=False)
    # the message as a template and its values, to be written in another language
    # (rules/problem_texts.py); "" for a problem without one (read from an older file)
    message_id: str = ""
    params: dict[str, Any] = field(default_factory=dict, hash=False)
