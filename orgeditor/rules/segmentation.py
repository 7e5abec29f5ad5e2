"""segmentation.*: segments the sales team can actually staff (RULES.md "Segmentation")."""

from __future__ import annotations

from collections.abc import Iterator

from orgeditor.rules.finding import Finding
from orgeditor.rules.people import label, plural, sales_owners
from orgeditor.rules.registry import RuleContext, rule


def describe_cell(dimensions: tuple[str, ...], cell: tuple[str, ...]) -> str:
    """'region West, product line unassigned'."""
    pairs = zip(dimensions, cell, strict=True)
    return ", ".join(f"{dim.replace('_', ' ')} {value}" for dim, value in pairs)


@rule("segmentation.excessive")
def excessive(ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.facts
    used = facts.segments.used
    if not used:
        return
    sellers = facts.sellers
    cells = len(facts.segments.cells())
    per_cell, max_dims, small = (
        ctx["min_sellers_per_cell"],
        ctx["max_dimensions_small_team"],
        ctx["small_team_sellers"],
    )
    reasons = []
    if sellers / cells < per_cell:
        reasons.append(
            f"{plural(sellers, 'seller')} in {plural(cells, 'segment')} "
            f"({sellers / cells:.1f} per segment, fewer than {per_cell:g})"
        )
    if len(used) >= max_dims and sellers < small:
        reasons.append(
            f"{len(used)} segmentation dimensions ({', '.join(used)}) for "
            f"{plural(sellers, 'seller')} (fewer than {small:g})"
        )
    if reasons:
        # concerns the sales leadership, who decide the segmentation
        yield ctx.finding("; ".join(reasons), sales_owners(facts))


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
            yield ctx.finding(
                f"Segment {describe_cell(used, cell)} has 1 seller "
                f"({label(ctx.chart, seller)}) and no cover",
                (seller,),
            )
