"""Segmentation of the sellers (RULES.md "Segmentation"), kept up to date one seller at a time.

A dimension is *used* when the sellers carry two or more distinct non-empty values of it; a
seller's *cell* is its values on the used dimensions ("unassigned" where empty). Cells are
regrouped incrementally while the used dimensions stay the same and rebuilt lazily when they
change (rare: a dimension gains its second value or loses it).
"""

from __future__ import annotations

from orgeditor.model import SEGMENT_DIMENSIONS

UNASSIGNED = "unassigned"
Segs = tuple[str, str, str, str]  # a seller's effective values, in SEGMENT_DIMENSIONS order
Cell = tuple[str, ...]


class SegmentIndex:
    def __init__(self) -> None:
        n = len(SEGMENT_DIMENSIONS)
        # per dimension: value -> sellers with that value (non-empty values only)
        self.values: list[dict[str, dict[str, None]]] = [{} for _ in range(n)]
        # per dimension and value: how many sellers of each stage (for assembly-line gaps)
        self.stages: list[dict[str, dict[str, int]]] = [{} for _ in range(n)]
        self.segs: dict[str, Segs] = {}
        self._used: tuple[int, ...] = ()
        self._cells: dict[Cell, dict[str, None]] = {}
        self._cell_of: dict[str, Cell] = {}
        self._cells_valid = True

    # ----- upkeep ----------------------------------------------------------------------

    def _cell(self, segs: Segs) -> Cell:
        return tuple(segs[i] or UNASSIGNED for i in self._used)

    def _recheck_used(self) -> bool:
        used = tuple(i for i, vals in enumerate(self.values) if len(vals) >= 2)
        if used != self._used:
            self._used = used
            self._cells_valid = False
            self._cells.clear()
            self._cell_of.clear()
            return False
        return self._cells_valid

    def add(self, seller: str, segs: Segs, stage: str) -> None:
        self._add_values(seller, segs, stage)
        if self._recheck_used():
            cell = self._cell(segs)
            self._cells.setdefault(cell, {})[seller] = None
            self._cell_of[seller] = cell

    def _add_values(self, seller: str, segs: Segs, stage: str) -> None:
        self.segs[seller] = segs
        for i, value in enumerate(segs):
            if value:
                sellers = self.values[i].get(value)
                if sellers is None:
                    self.values[i][value] = {seller: None}
                    self.stages[i][value] = {stage: 1}
                else:
                    sellers[seller] = None
                    counter = self.stages[i][value]
                    counter[stage] = counter.get(stage, 0) + 1

    def add_many(self, sellers: list[tuple[str, Segs, str]]) -> None:
        """Bulk add (a rebuild): cells are grouped once, lazily, afterwards."""
        for seller, segs, stage in sellers:
            self._add_values(seller, segs, stage)
        self._recheck_used()
        self._cells_valid = False
        self._cells.clear()
        self._cell_of.clear()

    def remove(self, seller: str, stage: str) -> None:
        segs = self.segs.pop(seller)
        for i, value in enumerate(segs):
            if value:
                members = self.values[i][value]
                del members[seller]
                if not members:
                    del self.values[i][value]
                counter = self.stages[i][value]
                counter[stage] -= 1
                if not counter[stage]:
                    del counter[stage]
                if not counter:
                    del self.stages[i][value]
        if self._recheck_used():
            cell = self._cell_of.pop(seller)
            members = self._cells[cell]
            del members[seller]
            if not members:
                del self._cells[cell]

    # ----- queries ---------------------------------------------------------------------

    @property
    def used(self) -> tuple[str, ...]:
        return tuple(SEGMENT_DIMENSIONS[i] for i in self._used)

    def cells(self) -> dict[Cell, dict[str, None]]:
        """Occupied cells and their sellers."""
        if not self._cells_valid:
            for seller, segs in self.segs.items():
                cell = self._cell(segs)
                self._cells.setdefault(cell, {})[seller] = None
                self._cell_of[seller] = cell
            self._cells_valid = True
        return self._cells

    def cell_of(self, seller: str) -> Cell:
        self.cells()
        return self._cell_of[seller]

    def primary(self) -> str | None:
        """The used dimension with the fewest distinct values; ties go to the earlier one."""
        if not self._used:
            return None
        best = min(self._used, key=lambda i: (len(self.values[i]), i))
        return SEGMENT_DIMENSIONS[best]

    def value_sellers(self, dimension: str) -> dict[str, dict[str, None]]:
        return self.values[SEGMENT_DIMENSIONS.index(dimension)]

    def value_stages(self, dimension: str) -> dict[str, dict[str, int]]:
        return self.stages[SEGMENT_DIMENSIONS.index(dimension)]
