"""What a reorganisation changes, in the article's words: model, pods, coverage, figures,
findings. `compare(before, after)` does everything; `summarise` starts from a ChartDiff. Each
side's figures: diff_figures.py.

Pods pair across the sides by team id, or by the manager's match for a group by manager.
Formed: only the after side has it; dissolved: only the before side. The headline names the
after side's pods with gaps ("Pod 3 has no retention role").

A summary speaks the language its findings were written in (the config's, `language`); its
headline, figure labels and the reports (diff_report, diff_html) follow it unless told
another (their words: diff_texts.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from orgeditor.analysis.diff import ChartDiff, Matching, diff_charts
from orgeditor.analysis.diff_figures import (
    FIGURE_LABELS,
    STAGES,
    Pod,
    SideFigures,
    coverage_text,
    number,
    pod_name,
    side_figures,
)
from orgeditor.analysis.diff_findings import FindingsDiff, diff_findings
from orgeditor.analysis.diff_texts import (
    DEFAULT_LANGUAGE,
    arrow,
    dimension_word,
    figure_label,
    language_of,
    model_word,
    say,
    stage_word,
)
from orgeditor.analysis.teams import TeamKey
from orgeditor.model import Chart
from orgeditor.rules import Finding, RuleConfig, run
from orgeditor.rules.messages import translate_reason

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
    language: str = DEFAULT_LANGUAGE  # the findings' language, the reports' default

    @property
    def pods_formed(self) -> list[Pod]:
        old = {_pod_key_after(p.key, self.diff.matching) for p in self.before.pods}
        return [p for p in self.after.pods if p.key not in old]

    @property
    def pods_dissolved(self) -> list[Pod]:
        new = {p.key for p in self.after.pods}
        return [p for p in self.before.pods if _pod_key_after(p.key, self.diff.matching) not in new]

    def figures(self, language: str | None = None) -> list[tuple[str, str, Any, Any, Any]]:
        """(key, label, before, after, delta) per figure; delta None where a side has none;
        the label in `language` (None: the summary's)."""
        lang = language_of(language or self.language)
        was, now = self.before.numbers(), self.after.numbers()
        rows = []
        for key, label in FIGURE_LABELS.items():
            a, b = was[key], now[key]
            delta = None if a is None or b is None else b - a
            rows.append((key, figure_label(key, label, lang), a, b, delta))
        return rows

    def headline(self, language: str | None = None) -> list[str]:
        """Short sentences in the article's terms (see headline())."""
        return headline(self, language)

    def to_dict(self, language: str | None = None) -> dict[str, Any]:
        """The extra `summary` object of the JSON: keys and key values (models, stages) as
        they are; the prose (headline, labels, reasons, a manager's pod) in `language`."""
        lang = language_of(language or self.language)
        return {
            "headline": self.headline(lang),
            "model": {
                "before": self.before.model,
                "before_reason": translate_reason(self.before.model_reason, lang),
                "after": self.after.model,
                "after_reason": translate_reason(self.after.model_reason, lang),
            },
            "figures": {
                key: {"label": label, "before": a, "after": b, "delta": d}
                for key, label, a, b, d in self.figures(lang)
            },
            "pods_formed": [_pod_dict(p, lang) for p in self.pods_formed],
            "pods_dissolved": [_pod_dict(p, lang) for p in self.pods_dissolved],
            "pods_with_gaps": [_pod_dict(p, lang) for p in self.after.pods if p.gaps],
            "changes": self.diff.tally(),
        }


def _pod_dict(pod: Pod, language: str) -> dict[str, Any]:
    return {"name": pod_name(pod, language), "sellers": pod.members, "gaps": list(pod.gaps)}


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
        language=config.language if config is not None else DEFAULT_LANGUAGE,
    )


def compare(
    before: Chart, after: Chart, by: str = "id", config: RuleConfig | None = None
) -> DiffSummary:
    """diff_charts and summarise in one call (the GUI's compare view and the CLI)."""
    return summarise(before, after, diff_charts(before, after, by), config)


# ----- the headline ----------------------------------------------------------------------------


def _model_sentence(s: DiffSummary, lang: str) -> str:
    was, now = model_word(s.before.model, lang), model_word(s.after.model, lang)
    if was != now:
        parts = [say("model.changed", lang, was=was, now=now)]
    else:
        parts = [say("model.unchanged", lang, now=now)]
    formed, dissolved = s.pods_formed, s.pods_dissolved
    if formed:
        parts.append(say("pods.formed", lang, n=len(formed)))
    if dissolved:
        parts.append(say("pods.dissolved", lang, n=len(dissolved)))
    text = parts[0] + (": " + ", ".join(parts[1:]) if len(parts) > 1 else "")
    for pod in s.after.pods:
        if pod.gaps:
            lacks = say("or", lang).join(stage_word(g, lang) for g in pod.gaps)
            text += say("pod.gap", lang, pod=pod_name(pod, lang), stages=lacks)
    return text


def headline(s: DiffSummary, language: str | None = None) -> list[str]:
    """'island -> pods: 3 pods formed, Pod 3 has no retention role; enablement coverage 0 -> 1
    per 6 sellers', then one sentence per other figure that moved, the findings, the changes;
    in `language` (None: the summary's)."""
    lang = language_of(language or s.language)
    first = _model_sentence(s, lang)
    coverage = []
    for family in ("enablement", "operations"):
        a, b = coverage_text(s.before, family, lang), coverage_text(s.after, family, lang)
        if a != b:
            coverage.append(say(f"coverage.{family}", lang, was=a, now=b))
    lines = ["; ".join([first, *coverage])]
    was, now = s.before, s.after
    stages = [
        f"{stage_word(st, lang)} {arrow(was.stages[st], now.stages[st], lang)}"
        for st in STAGES
        if was.stages[st] != now.stages[st]
    ]
    if stages:
        lines.append(say("stages", lang, list=", ".join(stages)))
    a, b = was.counts["positions"], now.counts["positions"]
    text = say("headcount", lang, was=number(a, lang), now=number(b, lang), delta=f"{b - a:+d}")
    if was.cost is not None or now.cost is not None:
        delta = (now.cost or 0.0) - (was.cost or 0.0)
        sign = "+" if delta >= 0 else "-"
        text += say(
            "cost",
            lang,
            was=number(was.cost, lang),
            now=number(now.cost, lang),
            delta=sign + number(abs(delta), lang),
        )
    lines.append(text)
    if (was.span_mean, was.span_max, was.layers) != (now.span_mean, now.span_max, now.layers):
        lines.append(
            say(
                "span",
                lang,
                mean=arrow(was.span_mean, now.span_mean, lang),
                max=arrow(was.span_max, now.span_max, lang),
                layers=arrow(was.layers, now.layers, lang),
            )
        )
    if (was.cells, was.dimensions) != (now.cells, now.dimensions):
        by = ", ".join(dimension_word(d, lang) for d in now.dimensions) or say("none", lang)
        lines.append(say("cells", lang, cells=arrow(was.cells, now.cells, lang), by=by))
    lines.append(_findings_sentence(s.findings, lang))
    tally = s.diff.tally()
    listed = ", ".join(say(f"tally.{kind}", lang, n=n) for kind, n in tally.items())
    lines.append(say("changes", lang, list=listed))
    return lines


def _rules(findings: list[Finding]) -> str:
    names = list(dict.fromkeys(f.rule for f in findings))
    return f" ({', '.join(names)})" if names else ""


def _findings_sentence(f: FindingsDiff, lang: str) -> str:
    return say(
        "findings",
        lang,
        fixed=len(f.fixed),
        fixed_rules=_rules(f.fixed),
        introduced=len(f.introduced),
        introduced_rules=_rules(f.introduced),
        unchanged=len(f.unchanged),
    )
