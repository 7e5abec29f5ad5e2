"""How much of a file the readers take: the bounds that keep a hostile or broken file from
costing minutes, gigabytes, or a chart no renderer can draw.

- MAX_POSITIONS: positions per file read (CSV and Excel rows, GraphML nodes, .orgchart
  positions). Raised by the caller: `--max-positions N` on the command line, the setting
  `import/maxPositions` in the window. Tables count their rows while they are split, so a
  file of a million rows stops after MAX_POSITIONS + 1 of them, not after building a chart.
- MAX_CELL_CHARS: characters in one CSV cell (the csv module's own limit is 131,072, which a
  long note or a photo column passes).

Card places and costs keep the model's own ranges (orgeditor.model.limits): loading a
.orgchart refuses a place or cost beyond them; the table and GraphML importers keep
such a cost as text (a custom field) and lay such a card out, as for any value they cannot read.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from orgeditor.io.errors import ChartFileError

MAX_POSITIONS = 250_000
MAX_CELL_CHARS = 10 * 1024 * 1024  # 10 MB of text


# what a message says about raising the cap: the same words in the CLI and the window
RAISE_HINT = "raise it with --max-positions N or the setting import/maxPositions"

ErrorFactory = Callable[..., ChartFileError]


def check_cap(max_positions: int | None) -> int | None:
    """The cap as given (None: no cap); ValueError for one below 1."""
    if max_positions is not None and (isinstance(max_positions, bool) or max_positions < 1):
        raise ValueError(f"max_positions must be a whole number from 1, not {max_positions!r}")
    return max_positions


def too_many(max_positions: int, noun: str = "positions") -> str:
    """The detail of the error for a file over the cap."""
    return f"refused: more than {max_positions:,} {noun} (the limit); {RAISE_HINT}"


class PositionCounter:
    """Counts positions while a reader goes, raising its error once there are too many.

    `error(detail, row=...)` makes the reader's ChartFileError (it names the file, and the sheet
    of a workbook); `count(row)` is called once per position with its row (or node) number.
    """

    __slots__ = ("count_so_far", "error", "max_positions", "noun")

    def __init__(
        self, max_positions: int | None, error: ErrorFactory, noun: str = "positions"
    ) -> None:
        self.max_positions = check_cap(max_positions)
        self.error = error
        self.noun = noun
        self.count_so_far = 0

    def count(self, row: int | None = None) -> None:
        self.count_so_far += 1
        if self.max_positions is not None and self.count_so_far > self.max_positions:
            raise self.error(too_many(self.max_positions, self.noun), row=row)


def error_factory(
    cls: type[ChartFileError], path: str | os.PathLike[str], **fixed: object
) -> ErrorFactory:
    """error(detail, row=None) -> cls(path, detail, row=row, **fixed)."""

    def make(detail: str, row: int | None = None) -> ChartFileError:
        return cls(path, detail, row=row, **fixed)  # type: ignore[arg-type]

    return make
