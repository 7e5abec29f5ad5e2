"""What a reorganisation changes, in the article's words: model, pods, coverage, figures,
findings. `compare(before, after)` does everything; `summarise` starts from a ChartDiff. Each
side's figures: diff_figures.py.

Pods pair across the sides by team id, or by the manager's match for a group by manager.
Formed: only the after side has it; dissolved: only the before side. The headline names the
after side's pods with gaps ("Pod 3 has no retention role").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from orgeditor.analysis.diff import ChartDiff, Matching, diff_charts
from orgeditor.analysis.diff_figures import (
    FIGURE_LABELS,
    MODEL_WORDS,
    STAGE_WORDS,
    STAGES,
    Pod,
    SideFigures,
    coverage_text,
    number,
    side_figures,
)
from orgeditor.analysis.diff_findings import FindingsDiff, diff_findings
from orgeditor.analysis.teams import TeamKey
from orgeditor.model import Chart, dimension_label, plural
from orgeditor.rules import Finding, RuleConfig, run

__all__ = ["DiffSummary", "compare", "coverage_text", "headline", "number", "summarise"]


def _pod_key_after(key: TeamKey, matching: Matching) -> TeamKey:
    kind, ident = key
    return (kind, matching.pairs.get(ident, "\0" + ident)) if kind == "manager" else key


@dataclass(frozen=True)
class DiffSummary:
    before: SideFigures
    after: SideFigures
    diff: ChartDiff
    findings: FindingsDiff
    before_findings: list[Finding] = field(default_factory=list)
    after_findings: list[Finding] = field(default_factory=list)

    @property
    def pods_formed(self) -> list[Pod]:
        old = {_pod_key_after(p.key, self.diff.matching) for p in self.before.pods}
        return [p for p in self.after.pods if p.key not in old]

    @property
    def pods_dissolved(self) -> list[Pod]:
        new = {p.key for p in self.after.pods}
        return [p for p in self.before.pods if _pod_key_after(p.key, self.diff.matching) not in new]

    def figures(self) -> list[tuple[str, str, Any, Any, Any]]:
        """(key, label, before, after, delta) per figure; delta None where a side has none."""
        was, now = self.before.numbers(), self.after.numbers()
        rows = []
        for key, label in FIGURE_LABELS.items():
            a, b = was[key], now[key]
            delta = None if a is None or b is None else b - a
            rows.append((key, label, a, b, delta))
        return rows

    def headline(self) -> list[str]:
        """Short sentences in the article's language (see headline())."""
        return headline(self)

    def to_dict(self) -> dict[str, Any]:
        """The extra `summary` object of the JSON."""
        return {
            "headline": self.headline(),
            "model": {
                "before": self.before.model,
                "before_reason": self.before.model_reason,
                "after": self.after.model,
                "after_reason": self.after.model_reason,
            },
            "figures": {
                key: {"label": label, "before": a, "after": b, "delta": d}
                for key, label, a, b, d in self.figures()
            },
            "pods_formed": [_pod_dict(p) for p in self.pods_formed],
            "pods_dissolved": [_pod_dict(p) for p in self.pods_dissolved],
            "pods_with_gaps": [_pod_dict(p) for p in self.after.pods if p.gaps],
            "changes": self.diff.tally(),
        }


def _pod_dict(pod: Pod) -> dict[str, Any]:
    return {"name": pod.name, "sellers": pod.members, "gaps": list(pod.gaps)}


def summarise(
    before: Chart, after: Chart, diff: ChartDiff, config: RuleConfig | None = None
) -> DiffSummary:
    """The domain summary of a diff; runs the rules (with `config`) on both sides."""
    old_findings, new_findings = run(before, config), run(after, config)
    return DiffSummary(
        before=side_figures(before),
        after=side_figures(after),
        diff=diff,
        findings=diff_findings(old_findings, new_findings, diff.matching),
        before_findings=old_findings,
        after_findings=new_findings,
    )


def compare(
    before: Chart, after: Chart, by: str = "id", config: RuleConfig | None = None
) -> DiffSummary:
    """diff_charts and summarise in one call (the GUI's compare view and the CLI)."""
    return summarise(before, after, diff_charts(before, after, by), config)


# ----- the headline ----------------------------------------------------------------------------


def _arrow(a: Any, b: Any) -> str:
    return f"{number(a)} -> {number(b)}"


def _model_sentence(s: DiffSummary) -> str:
    was, now = MODEL_WORDS[s.before.model], MODEL_WORDS[s.after.model]
    parts = [f"{was} -> {now}" if was != now else f"{now} (model unchanged)"]
    formed, dissolved = s.pods_formed, s.pods_dissolved
    if formed:
        parts.append(f"{plural(len(formed), 'pod')} formed")
    if dissolved:
        parts.append(f"{plural(len(dissolved), 'pod')} dissolved")
    text = parts[0] + (": " + ", ".join(parts[1:]) if len(parts) > 1 else "")
    for pod in s.after.pods:
        if pod.gaps:
            lacks = " or ".join(STAGE_WORDS[g] for g in pod.gaps)
            text += f", {pod.name} has no {lacks} role"
    return text


def headline(s: DiffSummary) -> list[str]:
    """'island -> pods: 3 pods formed, Pod 3 has no retention role; enablement coverage 0 -> 1
    per 6 sellers', then one sentence per other figure that moved, the findings, the changes."""
    first = _model_sentence(s)
    coverage = []
    for family, word in (("enablement", "enablement"), ("operations", "operations")):
        a, b = coverage_text(s.before, family), coverage_text(s.after, family)
        if a != b:
            coverage.append(f"{word} coverage {a} -> {b}")
    lines = ["; ".join([first, *coverage])]
    was, now = s.before, s.after
    stages = [
        f"{STAGE_WORDS[st]} {_arrow(was.stages[st], now.stages[st])}"
        for st in STAGES
        if was.stages[st] != now.stages[st]
    ]
    if stages:
        lines.append("sellers per stage: " + ", ".join(stages))
    a, b = was.counts["positions"], now.counts["positions"]
    text = f"headcount {_arrow(a, b)} ({b - a:+d})"
    if was.cost is not None or now.cost is not None:
        delta = (now.cost or 0.0) - (was.cost or 0.0)
        text += f", cost {_arrow(was.cost, now.cost)} ({'+' if delta >= 0 else '-'}"
        text += f"{number(abs(delta))})"
    lines.append(text)
    if (was.span_mean, was.span_max, was.layers) != (now.span_mean, now.span_max, now.layers):
        lines.append(
            f"span of control mean {_arrow(was.span_mean, now.span_mean)}, max "
            f"{_arrow(was.span_max, now.span_max)}; layers {_arrow(was.layers, now.layers)}"
        )
    if (was.cells, was.dimensions) != (now.cells, now.dimensions):
        by = ", ".join(dimension_label(d).lower() for d in now.dimensions) or "none"
        lines.append(f"segmentation cells {_arrow(was.cells, now.cells)} (by {by})")
    lines.append(_findings_sentence(s.findings))
    tally = s.diff.tally()
    lines.append("changes: " + ", ".join(f"{n} {kind}" for kind, n in tally.items()))
    return lines


def _rules(findings: list[Finding]) -> str:
    names = list(dict.fromkeys(f.rule for f in findings))
    return f" ({', '.join(names)})" if names else ""


def _findings_sentence(f: FindingsDiff) -> str:
    return (
        f"findings: {len(f.fixed)} fixed{_rules(f.fixed)}, {len(f.introduced)} introduced"
        f"{_rules(f.introduced)}, {len(f.unchanged)} unchanged"
    )
