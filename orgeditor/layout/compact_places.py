"""The compact layout's top-down pass, kept between layouts (layout/compact.py builds the boxes).

Every card's place is its box's origin plus offsets. The places, lines and stacked managers of
the last layout are kept, with the origin and box each subtree was placed from: a subtree whose
box is the same object at the same origin stands as it stood, so the pass skips it. After an
edit only the rebuilt chain of boxes and what they moved is walked, and the result says which
cards moved and which managers' lines changed (LayoutChanges), so the canvas redraws only those.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from orgeditor.layout.options import LayoutChanges, LayoutResult, Segment

if TYPE_CHECKING:
    from orgeditor.layout.compact import _Box, _Builder


def _kids(box: _Box) -> list[Hashable]:
    kids = [kid for kid, _x, _y in box.subs]
    for members, _x, _y, _rows, _extra in box.stacks:
        kids.extend(members)
    return kids


class KeptPlaces:
    """Places, lines and stacked managers of the last compact layout, updated in place."""

    def __init__(self) -> None:
        self._positions: dict[Hashable, tuple[float, float]] = {}
        self._routes: dict[Hashable, list[Segment]] = {}
        self._stacked: set[Hashable] = set()
        self._stacked_frozen: frozenset[Hashable] = frozenset()
        # node -> (x, y, box): where its subtree's box was placed from (not for stacked cards)
        self._origins: dict[Hashable, tuple[float, float, _Box]] = {}
        self._roots: list[Hashable] = []

    def _forget(self) -> None:
        self._positions.clear()
        self._routes.clear()
        self._stacked.clear()
        self._stacked_frozen = frozenset()
        self._origins.clear()
        self._roots = []

    def place(
        self, top: _Box, boxes: dict[Hashable, _Box], builder: _Builder, fresh: bool
    ) -> LayoutResult:
        """The layout from the boxes (`top`: the roots' invisible manager). fresh: forget what
        was kept (the result then names no changes)."""
        if fresh:
            self._forget()
        positions, routes, origins, stacked = (
            self._positions,
            self._routes,
            self._origins,
            self._stacked,
        )
        opts = builder.opts
        step_x = opts.compact_indent + builder.cw + opts.h_gap
        step_y = builder.ch + opts.compact_v_gap
        tick = opts.compact_indent / 2
        mid = builder.ch / 2
        moved: set[Hashable] = set()
        rerouted: set[Hashable] = set()
        reached: set[Hashable] = set()
        roots = [root for root, _x, _y in top.subs]
        now_roots = set(roots)
        gone: list[Hashable] = [r for r in self._roots if r not in now_roots]
        self._roots = roots
        stacked_before = len(stacked)
        stacks_changed = False
        pending = list(top.subs)
        while pending:
            node, bx, by = pending.pop()
            reached.add(node)
            box = boxes[node]
            before = origins.get(node)
            if before is not None and before[2] is box and before[0] == bx and before[1] == by:
                continue  # the whole subtree stands where it stood
            origins[node] = (bx, by, box)
            if before is not None and before[2] is not box:
                now = set(_kids(box))
                gone.extend(kid for kid in _kids(before[2]) if kid not in now)
            place = (bx + box.card_x, by)
            if positions.get(node) != place:
                positions[node] = place
                moved.add(node)
            if box.lines:
                lines = [(x1 + bx, y1 + by, x2 + bx, y2 + by) for x1, y1, x2, y2 in box.lines]
                routes[node] = lines
                rerouted.add(node)
                add = lines.append
                for members, sx, sy, rows, extra in box.stacks:
                    ax, ay = bx + sx, by + sy
                    for k, kid in enumerate(members):
                        col, row = divmod(k, rows)
                        kx, ky = ax + col * step_x, ay + row * step_y
                        if extra:
                            ky += extra[k]
                        reached.add(kid)
                        was = origins.pop(kid, None)  # a stacked card has no box of its own
                        if was is not None:  # it stood as a subtree: what it held goes
                            gone.extend(_kids(was[2]))
                            if routes.pop(kid, None) is not None:
                                rerouted.add(kid)
                            stacked.discard(kid)
                        if positions.get(kid) != (kx, ky):
                            positions[kid] = (kx, ky)
                            moved.add(kid)
                        add((kx - tick, ky + mid, kx, ky + mid))
            elif routes.pop(node, None) is not None:
                rerouted.add(node)
            if box.stacks:
                if node not in stacked:
                    stacked.add(node)
                    stacks_changed = True
            elif node in stacked:
                stacked.discard(node)
                stacks_changed = True
            pending.extend((kid, bx + dx, by + dy) for kid, dx, dy in box.subs)
        self._drop(gone, reached, moved, rerouted)
        if stacks_changed or len(stacked) != stacked_before:
            self._stacked_frozen = frozenset(stacked)
        changes = None if fresh else LayoutChanges(frozenset(moved), frozenset(rerouted))
        return LayoutResult(
            dict(positions),  # a copy: callers may change theirs (hand placements)
            self._stacked_frozen,
            (0.0, 0.0, top.width, top.height),
            opts,
            dict(routes),
            changes,
        )

    def _drop(
        self,
        gone: list[Hashable],
        reached: set[Hashable],
        moved: set[Hashable],
        rerouted: set[Hashable],
    ) -> None:
        """Forget the cards no longer laid out (deleted, or folded away), with what they held,
        except those placed again elsewhere in this pass."""
        positions, routes, origins, stacked = (
            self._positions,
            self._routes,
            self._origins,
            self._stacked,
        )
        walk = list(gone)
        while walk:
            node = walk.pop()
            if node in reached:
                continue
            reached.add(node)  # once
            if positions.pop(node, None) is not None:
                moved.add(node)
            if routes.pop(node, None) is not None:
                rerouted.add(node)
            stacked.discard(node)  # the caller sees the count change
            before = origins.pop(node, None)
            if before is not None:
                walk.extend(_kids(before[2]))
