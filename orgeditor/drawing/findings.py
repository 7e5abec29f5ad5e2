"""Findings per card: the worst severity among the findings that concern a position, and how
many there are. Reads only .severity and .positions, so any finding-like object works.

badges_by_position(findings) measures them all at once; a BadgeIndex keeps them from changes
(the findings that went and came, e.g. a rules.FindingsDelta) and says which positions' badges
changed, in proportion to the findings that changed."""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.drawing.style import SEVERITY_ORDER

Badge = tuple[str, int]  # (worst severity, number of findings)


def _severity(finding: object) -> str:
    severity = getattr(finding, "severity", "info")
    return severity if severity in SEVERITY_ORDER else "info"


def badges_by_position(findings: Iterable[object]) -> dict[str, Badge]:
    worst: dict[str, str] = {}
    count: dict[str, int] = {}
    order = SEVERITY_ORDER
    for finding in findings:
        positions = getattr(finding, "positions", None)
        if not positions:
            continue
        severity = _severity(finding)
        rank = order[severity]
        for pid in positions:
            count[pid] = count.get(pid, 0) + 1
            current = worst.get(pid)
            if current is None or rank > order[current]:
                worst[pid] = severity
    return {pid: (severity, count[pid]) for pid, severity in worst.items()}


class BadgeIndex:
    """Each position's findings and badge, kept up to date from the findings that changed."""

    def __init__(self, findings: Iterable[object] = ()) -> None:
        self._by_id: dict[str, list] = {}
        self._badges: dict[str, Badge] = {}
        self.reset(findings)

    @property
    def by_id(self) -> dict[str, list]:
        """Position -> the findings that concern it (read only)."""
        return self._by_id

    @property
    def badges(self) -> dict[str, Badge]:
        """Position -> its badge, for the positions with findings (read only)."""
        return self._badges

    def findings_of(self, pid: str) -> list:
        return self._by_id.get(pid, [])

    def reset(self, findings: Iterable[object]) -> set[str]:
        """Start over from all findings; returns the positions whose badge changed."""
        old = self._badges
        by_id: dict[str, list] = {}
        findings = list(findings)
        for finding in findings:
            for pid in getattr(finding, "positions", None) or ():
                found = by_id.get(pid)
                if found is None:
                    by_id[pid] = [finding]
                else:
                    found.append(finding)
        self._by_id = by_id
        self._badges = badges_by_position(findings)
        new = self._badges
        return {pid for pid in old.keys() | new.keys() if old.get(pid) != new.get(pid)}

    def apply(self, removed: Iterable[object], added: Iterable[object]) -> set[str]:
        """Take out `removed` (each one held, compared by ==), put in `added`; returns the
        positions whose badge changed."""
        touched: set[str] = set()
        by_id = self._by_id
        for finding in removed:
            for pid in getattr(finding, "positions", None) or ():
                held = by_id[pid]
                held.remove(finding)
                if not held:
                    del by_id[pid]
                touched.add(pid)
        for finding in added:
            for pid in getattr(finding, "positions", None) or ():
                by_id.setdefault(pid, []).append(finding)
                touched.add(pid)
        changed = set()
        badges = self._badges
        for pid in touched:
            held = by_id.get(pid)
            badge = _worst(held) if held else None
            if badges.get(pid) != badge:
                changed.add(pid)
                if badge is None:
                    del badges[pid]
                else:
                    badges[pid] = badge
        return changed


def _worst(findings: list) -> Badge:
    order = SEVERITY_ORDER
    result = max((_severity(f) for f in findings), key=order.__getitem__)
    return result, len(findings)
