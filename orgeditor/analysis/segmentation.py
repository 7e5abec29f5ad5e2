"""Segmentation facts as plain data: used dimensions, cells, primary dimension."""

from __future__ import annotations

from dataclasses import dataclass

from orgeditor.analysis.facts import facts_for
from orgeditor.analysis.segments import Cell
from orgeditor.model import SEGMENT_DIMENSIONS, Chart


@dataclass(frozen=True)
class SegmentationFacts:
    used_dimensions: tuple[str, ...]  # in SEGMENT_DIMENSIONS order
    values: dict[str, tuple[str, ...]]  # every dimension -> distinct non-empty seller values
    seller_cells: dict[str, Cell]  # seller id -> its cell over the used dimensions
    cells: dict[Cell, tuple[str, ...]]  # occupied cell -> its sellers
    primary: str | None  # used dimension with the fewest values (ties: SEGMENT_DIMENSIONS order)


def segmentation(chart: Chart) -> SegmentationFacts:
    index = facts_for(chart).segments
    cells = index.cells()
    order = {pid: n for n, pid in enumerate(chart.position_ids())}
    seller_cells = {pid: index.cell_of(pid) for pid in sorted(index.segs, key=order.__getitem__)}
    return SegmentationFacts(
        used_dimensions=index.used,
        values={dim: tuple(sorted(index.value_sellers(dim))) for dim in SEGMENT_DIMENSIONS},
        seller_cells=seller_cells,
        cells={
            cell: tuple(sorted(ids, key=order.__getitem__)) for cell, ids in sorted(cells.items())
        },
        primary=index.primary(),
    )
