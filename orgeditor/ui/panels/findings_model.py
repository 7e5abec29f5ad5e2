"""The checks list's item model: one row per finding, errors first, filtered by severity.

A row shows the message in plain words only; the rule id is in its tooltip and the details.
update() follows a Checker's changes row by row (the rows in the engine's order), so a view
keeps its selection and lays out nothing more than it must."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from orgeditor.rules import Finding, FindingsDelta
from orgeditor.ui.panels.severity_style import SEVERITIES, severity_icon

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the Finding itself
RULE_ROLE = Qt.ItemDataRole.UserRole + 2  # its rule id (shown in the tooltip and details)
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex
FindingKey = tuple[str, tuple[str, ...], str]


def finding_key(finding: Finding) -> FindingKey:
    """What identifies a finding across re-runs: its rule, positions and message."""
    return finding.rule, tuple(finding.positions), finding.message


def by_severity(findings: Iterable[Finding]) -> list[Finding]:
    """Errors, then warnings, then info; the engine's order within each (a stable sort)."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: rank.get(f.severity, len(rank)))


class FindingsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[Finding] = []
        self._rows: list[Finding] = []
        self._shown: set[str] = set(SEVERITIES)
        self._counts: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
        self._engine_order = True  # _all (and _rows) sorted by Finding.sort_key

    # ----- contents -------------------------------------------------------------------------

    def set_findings(self, findings: Iterable[Finding]) -> None:
        self.beginResetModel()
        self._all = by_severity(findings)
        self._rows = [f for f in self._all if f.severity in self._shown]
        self._counts = dict.fromkeys(SEVERITIES, 0)
        for finding in self._all:
            self._counts[finding.severity] = self._counts.get(finding.severity, 0) + 1
        self._engine_order = all(a.sort_key() <= b.sort_key() for a, b in pairwise(self._all))
        self.endResetModel()

    def update(self, delta: FindingsDelta, findings: list[Finding]) -> None:
        """Follow a Checker's changes since the findings this model shows; `findings` (all of
        them now) are shown afresh where that is simpler (many changes, or a full delta)."""
        if delta.full or not self._engine_order or len(delta.removed) + len(delta.added) > 64:
            self.set_findings(findings)
            return
        key = Finding.sort_key
        root = QModelIndex()
        for finding in delta.removed:
            del self._all[_index_of(self._all, finding)]
            self._counts[finding.severity] -= 1
            if finding.severity in self._shown:
                row = _index_of(self._rows, finding)
                self.beginRemoveRows(root, row, row)
                del self._rows[row]
                self.endRemoveRows()
        for finding in delta.added:
            self._all.insert(bisect_right(self._all, finding.sort_key(), key=key), finding)
            self._counts[finding.severity] = self._counts.get(finding.severity, 0) + 1
            if finding.severity in self._shown:
                row = bisect_right(self._rows, finding.sort_key(), key=key)
                self.beginInsertRows(root, row, row)
                self._rows.insert(row, finding)
                self.endInsertRows()

    def set_shown(self, severities: Iterable[str]) -> None:
        self._shown = set(severities)
        self.set_findings(self._all)

    def shown(self) -> set[str]:
        return set(self._shown)

    def all_findings(self) -> list[Finding]:
        return list(self._all)

    def finding(self, row: int) -> Finding | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: FindingKey) -> int:
        """The row of the finding with this key; falls back to rule + positions; -1 if none."""
        for row, finding in enumerate(self._rows):
            if finding_key(finding) == key:
                return row
        for row, finding in enumerate(self._rows):
            if finding_key(finding)[:2] == key[:2]:
                return row
        return -1

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def severity_name(self, severity: str) -> str:
        """The severity in words ("Error", "Warning", "Info"), translated."""
        names = {"error": self.tr("Error"), "warning": self.tr("Warning"), "info": self.tr("Info")}
        return names.get(severity, severity)

    # ----- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        finding = self.finding(index.row()) if index.isValid() else None
        if finding is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return finding.message
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            # the rule id is for whoever tunes rules.toml: here and in the details, not the row
            # the whole message too: a long one is cut short in its row; the severity in words,
            # as the icon's colour and shape say it
            rule = self.tr("Rule: %1").replace("%1", finding.rule)
            severity = self.severity_name(finding.severity)
            return f"{severity}: {finding.message}\n\n{finding.advice}\n\n{rule}"
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what a screen reader says of the row
            return f"{self.severity_name(finding.severity)}: {finding.message}"
        if role == FINDING_ROLE:
            return finding
        if role == RULE_ROLE:
            return finding.rule
        if role == SEVERITY_ROLE:
            return finding.severity
        return None


def _index_of(ordered: list[Finding], finding: Finding) -> int:
    """Where an equal finding stands in a list sorted by sort_key."""
    at = bisect_left(ordered, finding.sort_key(), key=Finding.sort_key)
    while ordered[at] != finding:  # equal keys: the same finding
        at += 1
    return at
