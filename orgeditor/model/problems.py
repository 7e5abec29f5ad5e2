"""Problems found while importing a file; the structure.* checks report them while they stand."""

from __future__ import annotations

from dataclasses import dataclass

PROBLEM_KINDS = ("duplicate_id", "unknown_manager", "cycle")


@dataclass(frozen=True, slots=True)
class ImportProblem:
    kind: str  # one of PROBLEM_KINDS
    message: str  # names file and row
    position_ids: tuple[str, ...] = ()
    row: int | None = None  # 1-based line number in the source file
    reference: str = ""  # the manager reference that did not resolve, for unknown_manager
