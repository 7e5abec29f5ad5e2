"""Qt-free helpers for the inspector: values shared by a selection, costs as text, and the
segment values a chart already uses."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final


class _Mixed:
    """The selected positions disagree on a field."""

    _instance: _Mixed | None = None

    def __new__(cls) -> _Mixed:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MIXED"


MIXED: Final = _Mixed()


def shared(values: Iterable[Any]) -> Any:
    """The one value all items share, MIXED when they differ (None for no items)."""
    iterator = iter(values)
    try:
        first = next(iterator)
    except StopIteration:
        return None
    for value in iterator:
        if value != first:
            return MIXED
    return first


def shared_field(positions: Sequence[Any], field: str) -> Any:
    return shared(getattr(p, field) for p in positions)


def format_cost(cost: float | None) -> str:
    if cost is None:
        return ""
    if float(cost).is_integer():
        return str(int(cost))
    return f"{cost:.2f}".rstrip("0").rstrip(".")


def parse_cost(text: str) -> float | None:
    """'' -> None; '850 000', '850000', '1234,5' and '1,234.50' -> a number. ValueError if not."""
    cleaned = "".join(text.split()).replace("\u00a0", "").replace("_", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")  # 1,234.50: commas group thousands
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")  # 1234,5: a decimal comma
    elif cleaned.count(",") > 1:
        cleaned = cleaned.replace(",", "")
    value = float(cleaned)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


def used_values(chart: Any, dimension: str) -> list[str]:
    """The distinct non-empty values of a segment dimension on positions and teams, sorted."""
    found = {getattr(p, dimension) for p in chart.positions()}
    found.update(getattr(t, dimension) for t in chart.teams())
    found.discard("")
    return sorted(found, key=str.casefold)


def custom_rows(positions: Sequence[Any]) -> list[tuple[str, Any]]:
    """(key, shared value or MIXED) for every custom field on any of the positions, in the
    order keys first appear. A position without the key counts as having ''."""
    keys: dict[str, None] = {}
    for position in positions:
        keys.update(dict.fromkeys(position.custom))
    return [(key, shared(p.custom.get(key, "") for p in positions)) for key in keys]
