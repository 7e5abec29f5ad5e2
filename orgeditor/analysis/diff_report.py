"""A DiffSummary as the JSON of `orgeditor diff` (DESIGN.md "orgeditor diff") and as text for
the terminal. The JSON keeps the contract's keys as they are and adds one: `summary` (the
headline, both models with their reasons, the figures, the pods; DiffSummary.to_dict)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from orgeditor.analysis.diff import Change
from orgeditor.analysis.diff_summary import DiffSummary, number
from orgeditor.model import model_label
from orgeditor.rules import Finding


@dataclass(frozen=True)
class DiffSide:
    """Where a side came from: the file as given, and the scenario in it (None: the file)."""

    file: str
    scenario: str | None = None

    @property
    def label(self) -> str:
        return f"{self.file}:{self.scenario}" if self.scenario is not None else self.file


def diff_json(summary: DiffSummary, before: DiffSide, after: DiffSide) -> dict[str, Any]:
    """The `orgeditor diff --format json` object."""
    return {
        "before": _side(before, summary.before.model, summary.before.counts),
        "after": _side(after, summary.after.model, summary.after.counts),
        "changes": [c.to_dict() for c in summary.diff.changes],
        "findings": summary.findings.to_dict(),
        "matched_by": dict(summary.diff.matched_by),
        "summary": summary.to_dict(),
    }


def _side(side: DiffSide, model: str, counts: dict[str, int]) -> dict[str, Any]:
    return {"file": side.file, "scenario": side.scenario, "model": model, "counts": dict(counts)}


def value_text(value: Any) -> str:
    """A field value for people: numbers grouped, nothing as '–'."""
    if value is None or value == "":
        return "–"
    if isinstance(value, float | int):
        return number(value)
    return str(value)


def change_text(change: Change) -> str:
    """'moved  rep-3 (Ada): manager team-1-lead -> pod-1-lead; title Sales Rep -> AE'."""
    who = change.id + (f" ({change.name})" if change.name else "")
    parts = []
    if change.kind == "moved":
        parts.append(
            f"manager {value_text(change.from_manager)} -> {value_text(change.to_manager)}"
        )
    elif change.kind == "added" and change.to_manager:
        parts.append(f"under {change.to_manager}")
    elif change.kind == "removed" and change.from_manager:
        parts.append(f"was under {change.from_manager}")
    for key, (old, new) in change.fields.items():
        parts.append(f"{key} {value_text(old)} -> {value_text(new)}")
    return f"{change.kind:8} {who}" + (": " + "; ".join(parts) if parts else "")


def _finding_line(finding: Finding) -> str:
    return f"  {finding.severity.upper():8} {finding.rule}: {finding.message}"


def figure_rows(summary: DiffSummary) -> list[tuple[str, str, str, str]]:
    """(label, before, after, delta) as text; the delta signed, '' where it is 0."""
    rows = []
    for key, label, a, b, delta in summary.figures():
        if key == "cost" and a is None and b is None:
            continue  # no cost data on either side
        shown = (
            "" if delta is None or delta == 0 else ("+" if delta > 0 else "-") + number(abs(delta))
        )
        rows.append((label, number(a), number(b), shown))
    return rows


def diff_text(summary: DiffSummary, before: DiffSide, after: DiffSide) -> str:
    """The terminal's report: headline, models, figures, changes, findings."""
    was, now = summary.before, summary.after
    lines = [f"{before.label} -> {after.label}", ""]
    lines += [f"* {sentence}" for sentence in summary.headline()]
    lines += [
        "",
        f"before: {model_label(was.model).lower()} model ({was.model_reason})",
        f"after:  {model_label(now.model).lower()} model ({now.model_reason})",
        "",
    ]
    rows = [("", "before", "after", "delta"), *figure_rows(summary)]
    width = max(len(r[0]) for r in rows)
    for label, a, b, d in rows:
        lines.append(f"{label:<{width}}  {a:>12}  {b:>12}  {d:>10}".rstrip())
    matched = summary.diff.matched_by
    lines += [
        "",
        f"matched by id {matched['id']}, by name {matched['name']}, by title {matched['title']}",
        f"changes ({len(summary.diff.changes)}):",
    ]
    lines += [f"  {change_text(c)}" for c in summary.diff.changes] or ["  none"]
    for heading, found in (
        ("fixed", summary.findings.fixed),
        ("introduced", summary.findings.introduced),
        ("unchanged", summary.findings.unchanged),
    ):
        lines.append("")
        lines.append(f"findings {heading} ({len(found)}):")
        lines += [_finding_line(f) for f in found] or ["  none"]
    return "\n".join(lines)
