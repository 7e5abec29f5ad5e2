"""The figures panel's summary of a chart, and the segmentation matrix, as plain data.

Both are built from the existing analysis (facts_for, counts, spans, layers, cost_totals,
vacancies, segmentation) and cached per chart revision, so a panel can ask after every burst
of edits without recomputing what has not changed.

Definitions (also shown to users in tooltips):
- *Sellers per manager*: sellers that have a solid-line manager, divided by the number of
  distinct positions that are the direct manager of at least one seller. It is the average
  span of the people who manage sellers, counted in sellers only. Sellers without a manager
  are left out (`unmanaged_sellers` says how many); None when no seller has a manager.
- *Span distribution*: managers (positions with at least one solid-line report) bucketed by
  their number of direct reports: 1, 2–4, 5–7, 8–10, 11+ (11+ is over the default `span_max`).
- *Segmentation matrix*: RULES.md "Segmentation". One used dimension gives a single row of
  cells (one per value); two give a grid, rows the primary dimension's values and columns the
  other's; three or more give a flat list of the occupied cells. "unassigned" appears where a
  seller lacks a value. A cell is *thin* when it holds exactly one seller.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from statistics import median
from typing import TypeVar

from orgeditor.analysis.cost import CostTotals, cost_totals
from orgeditor.analysis.counts import Counts, counts_from_facts
from orgeditor.analysis.facts import facts_for
from orgeditor.analysis.roletable import SELLER_ROLES
from orgeditor.analysis.segmentation import segmentation
from orgeditor.analysis.segments import UNASSIGNED, Cell
from orgeditor.analysis.structure import layers, spans
from orgeditor.analysis.vacancies import vacancies
from orgeditor.model import SEGMENT_DIMENSIONS, Chart

# (label, lowest span, highest span or None for "and above")
SPAN_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("1", 1, 1),
    ("2–4", 2, 4),
    ("5–7", 5, 7),
    ("8–10", 8, 10),
    ("11+", 11, None),
)


# ----- chart figures -------------------------------------------------------------------------


@dataclass(frozen=True)
class SpanBucket:
    label: str
    low: int
    high: int | None  # None: no upper bound
    count: int  # managers whose span falls in [low, high]


@dataclass(frozen=True)
class SpanFigures:
    managers: int  # positions with at least one direct report
    buckets: tuple[SpanBucket, ...]
    minimum: int | None  # None when nobody manages anyone
    median: float | None
    maximum: int | None
    widest: tuple[str, ...] = ()  # the managers with the maximum span, in chart order


@dataclass(frozen=True)
class ChartFigures:
    counts: Counts  # headcount by family, role, stage and status
    vacancies: int  # vacant plus planned positions
    sellers_per_manager: float | None  # see the module docstring
    seller_managers: int  # distinct direct managers of sellers
    managed_sellers: int  # sellers with a manager
    spans: SpanFigures
    layers: int
    roots: int  # positions without a manager
    cost: CostTotals  # cost.total is None: the chart has no cost data
    revision: int = -1

    @property
    def positions(self) -> int:
        return self.counts.positions

    @property
    def sellers(self) -> int:
        return self.counts.sellers

    @property
    def filled(self) -> int:
        return self.counts.by_status.get("filled", 0)

    @property
    def vacant(self) -> int:
        return self.counts.by_status.get("vacant", 0)

    @property
    def planned(self) -> int:
        return self.counts.by_status.get("planned", 0)

    @property
    def unmanaged_sellers(self) -> int:
        return self.sellers - self.managed_sellers

    @property
    def has_cost_data(self) -> bool:
        return self.cost.has_data

    @property
    def uncosted(self) -> int:
        """Positions without a cost."""
        return self.cost.uncosted


def span_figures(chart: Chart) -> SpanFigures:
    found = spans(chart)  # chart order
    values = list(found.values())
    buckets = tuple(
        SpanBucket(
            label,
            low,
            high,
            sum(1 for v in values if v >= low and (high is None or v <= high)),
        )
        for label, low, high in SPAN_BUCKETS
    )
    if not values:
        return SpanFigures(0, buckets, None, None, None, ())
    widest = max(values)
    return SpanFigures(
        managers=len(values),
        buckets=buckets,
        minimum=min(values),
        median=float(median(values)),
        maximum=widest,
        widest=tuple(pid for pid, v in found.items() if v == widest),
    )


def _compute_figures(chart: Chart) -> ChartFigures:
    facts = facts_for(chart)
    pred = chart.graph.pred
    managers: set[str] = set()
    managed = 0
    for pid in facts.ids_of_roles(SELLER_ROLES):
        manager = next(iter(pred[pid]), None)
        if manager is not None:
            managed += 1
            managers.add(manager)
    return ChartFigures(
        counts=counts_from_facts(facts),
        vacancies=len(vacancies(chart)),
        sellers_per_manager=managed / len(managers) if managers else None,
        seller_managers=len(managers),
        managed_sellers=managed,
        spans=span_figures(chart),
        layers=layers(chart),
        roots=len(facts.roots),
        cost=cost_totals(chart),
        revision=chart.revision,
    )


# ----- segmentation matrix ------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixCell:
    key: Cell  # the cell's values on the used dimensions, in their order
    sellers: tuple[str, ...] = ()  # in chart order

    @property
    def count(self) -> int:
        return len(self.sellers)

    @property
    def thin(self) -> bool:
        """Exactly one seller: nobody covers for them (segmentation.thin_cell)."""
        return len(self.sellers) == 1

    @property
    def empty(self) -> bool:
        return not self.sellers


@dataclass(frozen=True)
class SegmentationMatrix:
    """The sellers per cell of the used dimensions, shaped for display.

    layout: "none" (no used dimension), "row" (one), "grid" (two) or "list" (three or more).
    For "row" and "grid", `grid[r][c]` is the cell of rows[r] x columns[c] (empty cells
    included); "row" has one row whose label is "". For "list", `grid` has one single-cell row
    per occupied cell and `rows` holds their keys joined with " · "; `columns` is empty.
    """

    layout: str
    dimensions: tuple[str, ...]  # the used dimensions, in SEGMENT_DIMENSIONS order
    primary: str | None
    row_dimension: str | None  # "grid": the primary dimension
    column_dimension: str | None  # "row": the used dimension; "grid": the other one
    values: dict[str, tuple[str, ...]]  # used dimension -> its values (unassigned last)
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    grid: tuple[tuple[MatrixCell, ...], ...]
    cells: dict[Cell, MatrixCell] = field(default_factory=dict)  # occupied cells only
    sellers: int = 0
    revision: int = -1

    @property
    def occupied(self) -> int:
        return len(self.cells)

    @property
    def thin_cells(self) -> tuple[MatrixCell, ...]:
        return tuple(cell for cell in self.cells.values() if cell.thin)

    def cell(self, *key: str) -> MatrixCell:
        """The cell of these values (an empty one where no seller sits)."""
        return self.cells.get(tuple(key)) or MatrixCell(tuple(key))

    def row_sellers(self, row: int) -> tuple[str, ...]:
        return tuple(pid for cell in self.grid[row] for pid in cell.sellers)

    def column_sellers(self, column: int) -> tuple[str, ...]:
        return tuple(pid for row in self.grid for pid in row[column].sellers)


def _ordered(values: set[str]) -> tuple[str, ...]:
    """Sorted case-insensitively, "unassigned" last."""
    named = sorted((v for v in values if v != UNASSIGNED), key=lambda v: (v.casefold(), v))
    return (*named, UNASSIGNED) if UNASSIGNED in values else tuple(named)


def _compute_matrix(chart: Chart) -> SegmentationMatrix:
    facts = segmentation(chart)
    used = facts.used_dimensions
    cells = {key: MatrixCell(key, sellers) for key, sellers in facts.cells.items()}
    sellers = len(facts.seller_cells)
    values = {dim: _ordered({key[i] for key in cells}) for i, dim in enumerate(used)}
    common = {
        "dimensions": used,
        "primary": facts.primary,
        "values": values,
        "cells": cells if used else {},
        "sellers": sellers,
        "revision": chart.revision,
    }
    if not used:
        return SegmentationMatrix(
            layout="none",
            row_dimension=None,
            column_dimension=None,
            rows=(),
            columns=(),
            grid=(),
            **common,
        )
    if len(used) == 1:
        dim = used[0]
        row = tuple(cells.get((v,)) or MatrixCell((v,)) for v in values[dim])
        return SegmentationMatrix(
            layout="row",
            row_dimension=None,
            column_dimension=dim,
            rows=("",),
            columns=values[dim],
            grid=(row,),
            **common,
        )
    if len(used) == 2:
        primary = facts.primary or used[0]
        other = used[1] if primary == used[0] else used[0]
        primary_first = primary == used[0]

        def key(r: str, c: str) -> Cell:
            return (r, c) if primary_first else (c, r)

        grid = tuple(
            tuple(cells.get(key(r, c)) or MatrixCell(key(r, c)) for c in values[other])
            for r in values[primary]
        )
        return SegmentationMatrix(
            layout="grid",
            row_dimension=primary,
            column_dimension=other,
            rows=values[primary],
            columns=values[other],
            grid=grid,
            **common,
        )
    ordered = sorted(cells, key=lambda k: tuple((v == UNASSIGNED, v.casefold(), v) for v in k))
    return SegmentationMatrix(
        layout="list",
        row_dimension=None,
        column_dimension=None,
        rows=tuple(" · ".join(k) for k in ordered),
        columns=(),
        grid=tuple((cells[k],) for k in ordered),
        **common,
    )


# ----- values of one dimension (the colour legend) -----------------------------------------


def segment_values(chart: Chart, dimension: str) -> dict[str, int]:
    """Positions per effective value of a dimension over the whole chart (what the canvas
    colours), by value name; positions without a value count under "unassigned", last."""
    if dimension not in SEGMENT_DIMENSIONS:
        raise ValueError(f"unknown segment dimension {dimension!r}")
    return _cached(_VALUES, chart, lambda c: _compute_values(c, dimension), dimension)


def _compute_values(chart: Chart, dimension: str) -> dict[str, int]:
    found: dict[str, int] = {}
    effective = chart.effective_segment
    for pid in chart.position_ids():
        value = effective(pid, dimension) or UNASSIGNED
        found[value] = found.get(value, 0) + 1
    return {value: found[value] for value in _ordered(set(found))}


# ----- caching ----------------------------------------------------------------------------------

T = TypeVar("T")
_FIGURES: weakref.WeakKeyDictionary[Chart, dict] = weakref.WeakKeyDictionary()
_MATRIX: weakref.WeakKeyDictionary[Chart, dict] = weakref.WeakKeyDictionary()
_VALUES: weakref.WeakKeyDictionary[Chart, dict] = weakref.WeakKeyDictionary()


def _cached(
    store: weakref.WeakKeyDictionary[Chart, dict],
    chart: Chart,
    compute: Callable[[Chart], T],
    key: str = "",
) -> T:
    """compute(chart), remembered until the chart's revision changes."""
    entry = store.get(chart)
    if entry is None or entry["revision"] != chart.revision:
        entry = store[chart] = {"revision": chart.revision}
    if key not in entry:
        entry[key] = compute(chart)
    return entry[key]


def chart_figures(chart: Chart) -> ChartFigures:
    """The figures panel's summary, computed at most once per chart revision."""
    return _cached(_FIGURES, chart, _compute_figures)


def segmentation_matrix(chart: Chart) -> SegmentationMatrix:
    """Sellers per cell of the used dimensions, computed at most once per chart revision."""
    return _cached(_MATRIX, chart, _compute_matrix)
