"""segmentation.*: segments the sales team can actually staff (RULES.md "Segmentation").

Messages name the dimensions with their number of values, the way a sales leader describes a
split ("6 sellers split by region (4) and product line (3) into 6 segments"). Positions are the
sellers to act on: for too few sellers per segment, those in segments below the minimum; for too
many dimensions, every seller (the whole split is in question); for a thin cell, its seller.
"""

from __future__ import annotations

from collections.abc import Iterator

from orgeditor.analysis.segments import SegmentIndex
from orgeditor.model import dimension_label, distinct_label
from orgeditor.rules.finding import Finding
from orgeditor.rules.registry import RuleContext, rule


def describe_cell(dimensions: tuple[str, ...], cell: tuple[str, ...]) -> str:
    """'region West, product line unassigned'."""
    pairs = zip(dimensions, cell, strict=True)
    return ", ".join(f"{dimension_label(dim).lower()} {value}" for dim, value in pairs)


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def split_params(segments: SegmentIndex) -> tuple[tuple[str, int], ...]:
    """((dimension, number of values), ...) of the used dimensions, for the messages."""
    return tuple((dim, len(segments.value_sellers(dim))) for dim in segments.used)


def describe_split(segments: SegmentIndex) -> str:
    """'region (4) and product line (3)': the used dimensions and how many values each has."""
    return _and(
        [
            f"{dimension_label(dim).lower()} ({len(segments.value_sellers(dim))})"
            for dim in segments.used
        ]
    )


@rule("segmentation.excessive")
def excessive(ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts
    segments = facts.segments
    used = segments.used
    if not used:
        return
    sellers = facts.sellers
    cells = segments.cells()
    per_cell, max_dims, small = (
        ctx["min_sellers_per_cell"],
        ctx["max_dimensions_small_team"],
        ctx["small_team_sellers"],
    )
    thin = sellers / len(cells) < per_cell
    crowded = len(used) >= max_dims and sellers < small
    if not (thin or crowded):
        return
    concerned: set[str] = set()
    if thin:
        for members in cells.values():
            if len(members) < per_cell:
                concerned.update(members)
    if crowded:
        concerned.update(segments.segs)
    params = {
        "sellers": sellers,
        "split": split_params(segments),
        "cells": len(cells),
        "per_segment": sellers / len(cells),
        "min_per_segment": per_cell,
        "dimensions": len(used),
        "small_team": small,
    }
    variant = "both" if thin and crowded else "thin" if thin else "dimensions"
    yield ctx.finding(f"segmentation.excessive.{variant}", params, concerned)


@rule("segmentation.thin_cell")
def thin_cell(ctx: RuleContext) -> Iterator[Finding]:
    # cells exist over the used dimensions only: with none used there is no segmentation
    segments = ctx.facts.segments
    used = segments.used
    if not used:
        return
    for cell, sellers in segments.cells().items():
        if len(sellers) == 1:
            (seller,) = sellers
            params = {
                "cell": tuple(zip(used, cell, strict=True)),
                "seller": distinct_label(ctx.chart, seller),
            }
            yield ctx.finding("segmentation.thin_cell", params, (seller,))
