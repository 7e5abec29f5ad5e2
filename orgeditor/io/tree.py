"""Linear-time helpers on a manager map {position id: manager id or None}.

The readers check and order the reporting tree before they build a Chart, so that every
position can be added with its manager already present (Chart.set_manager on a root is O(n)).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def find_cycles(managers: Mapping[str, str | None]) -> list[list[str]]:
    """Every cycle of reporting lines, each as ids in reporting order starting with the
    position that comes first in `managers` (a position managing itself is a cycle of one).

    Each position has at most one manager, so walking up from each unvisited position finds
    every cycle once: O(n) overall.
    """
    state: dict[str, int] = {}  # 1 = on the current walk, 2 = done
    order = {pid: i for i, pid in enumerate(managers)}
    cycles: list[list[str]] = []
    for start in managers:
        if start in state:
            continue
        walk: list[str] = []
        current: str | None = start
        while current is not None and current in managers and current not in state:
            state[current] = 1
            walk.append(current)
            current = managers[current]
        if current is not None and state.get(current) == 1:
            cycle = walk[walk.index(current) :]
            first = min(range(len(cycle)), key=lambda i: order[cycle[i]])
            cycles.append(cycle[first:] + cycle[:first])
        for pid in walk:
            state[pid] = 2
    return cycles


def preorder(
    ids: Iterable[str], managers: Mapping[str, str | None]
) -> list[tuple[str, str | None]]:
    """(id, manager) pairs with every manager before its reports; roots and siblings keep the
    order of `ids`. `managers` must be acyclic and refer only to ids in `ids`."""
    ids = list(ids)
    children: dict[str, list[str]] = {pid: [] for pid in ids}
    roots = []
    for pid in ids:
        manager = managers.get(pid)
        if manager is None:
            roots.append(pid)
        else:
            children[manager].append(pid)
    out: list[tuple[str, str | None]] = []
    stack = [(pid, None) for pid in reversed(roots)]
    while stack:
        pid, manager = stack.pop()
        out.append((pid, manager))
        stack.extend((child, pid) for child in reversed(children[pid]))
    return out
