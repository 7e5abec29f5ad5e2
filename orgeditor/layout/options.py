"""What a layout is asked for (LayoutOptions) and what it gives back (LayoutResult).

All lengths are scene units; y grows downwards; a position is the top-left corner of a card.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field

Segment = tuple[float, float, float, float]  # a connector line (x1, y1, x2, y2)


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    card_width: float = 200
    card_height: float = 72
    h_gap: float = 24  # between neighbouring sibling cards
    v_gap: float = 56  # between a manager's bottom edge and its reports' top edge
    subtree_gap: float = 40  # between neighbouring subtrees (cousins) and between roots
    # Stacking: a manager whose reports are all leaves, and at least compact_threshold of
    # them, gets them in compact_columns columns below it instead of one wide row.
    compact_leaves: bool = True
    compact_threshold: int = 4
    compact_columns: int = 2
    compact_indent: float = 24  # room left of each stacked column for its bus line
    compact_v_gap: float = 12  # between stacked cards in a column
    # more room in a stacked column after the last card of a team (before a card of another
    # team or of none): the team's box has its label under its cards (drawing/team_boxes.py)
    team_break: float = 24
    # the compact layout wraps a manager's subtrees into rows while its box is wider than
    # this many times its height: a 16:10 screen's shape (layout/compact.py)
    target_aspect: float = 1.6
    # ... but a row no wider than this stays one row whatever its shape: a small team reads
    # best side by side (about four cards)
    min_wrap_width: float = 960

    def __post_init__(self) -> None:
        for name in ("card_width", "card_height"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")
        for name in (
            "h_gap",
            "v_gap",
            "subtree_gap",
            "compact_indent",
            "compact_v_gap",
            "team_break",
            "min_wrap_width",
        ):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if not self.target_aspect > 0:
            raise ValueError("target_aspect must be positive")
        if self.compact_columns < 1:
            raise ValueError("compact_columns must be at least 1")

    def stack_shape(self, count: int) -> tuple[int, int]:
        """(columns, rows) used for `count` stacked reports: columns filled top to bottom."""
        rows = -(-count // self.compact_columns)
        return -(-count // rows), rows


@dataclass(frozen=True, slots=True)
class LayoutChanges:
    """What a layout changed since the one before it by the same layouter: the cards placed,
    moved or no longer placed, and the managers whose lines (routes) or stacking changed."""

    moved: frozenset[Hashable]
    rerouted: frozenset[Hashable]


@dataclass(frozen=True, slots=True)
class LayoutResult:
    """A finished layout.

    positions: position id -> (x, y) of the card's top-left corner, for every position laid
               out (chart_layout leaves out what the chart's view folds away or focuses past).
    stacked:   managers whose reports are stacked in columns (draw them with a bus line; see
               orgeditor.layout.connectors). In the wide layout their reports, in report order,
               fill the first column top to bottom, then the next, and stack_shape() gives the
               column count; the compact layout stacks only the reports without reports, in
               columns of its own choosing, and draws their lines itself (routes).
    bounds:    (x0, y0, x1, y1) enclosing every card and connector. Without hand placements
               x0 == y0 == 0.
    options:   the options the layout was made with (connectors need them).
    routes:    manager id -> its reporting lines as segments, where the layout drew them
               itself (the compact layout always does; the wide layout leaves routes empty
               and orgeditor.layout.connectors derives its lines from the places).
    changes:   what changed since the previous layout of the same layouter (kept between
               edits, layout/compact_places.py); None when not known (take all as changed).

    A result also reads like its positions mapping: result[id], id in result, len(result).
    """

    positions: dict[str, tuple[float, float]]
    stacked: frozenset[str] = frozenset()
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    options: LayoutOptions = field(default_factory=LayoutOptions)
    routes: Mapping[Hashable, tuple[Segment, ...]] = field(default_factory=dict)
    changes: LayoutChanges | None = None

    @property
    def width(self) -> float:
        return self.bounds[2] - self.bounds[0]

    @property
    def height(self) -> float:
        return self.bounds[3] - self.bounds[1]

    def __getitem__(self, position_id: str) -> tuple[float, float]:
        return self.positions[position_id]

    def __contains__(self, position_id: object) -> bool:
        return position_id in self.positions

    def __len__(self) -> int:
        return len(self.positions)
