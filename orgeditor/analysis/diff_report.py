"""A DiffSummary as the JSON of `orgeditor diff` (DESIGN.md "orgeditor diff") and as text for
the terminal. The JSON keeps the contract's keys as they are and adds one: `summary` (the
headline, both models with their reasons, the figures, the pods; DiffSummary.to_dict). The
text is in the summary's language unless told another (words: diff_texts.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from orgeditor.analysis.diff import Change
from orgeditor.analysis.diff_figures import SideFigures
from orgeditor.analysis.diff_summary import DiffSummary, number
from orgeditor.analysis.diff_texts import (
    DEFAULT_LANGUAGE,
    field_value,
    field_word,
    kind_word,
    language_of,
    model_phrase,
    say,
    severity_word,
)
from orgeditor.rules import Finding
from orgeditor.rules.messages import translate_reason


@dataclass(frozen=True)
class DiffSide:
    """Where a side came from: the file as given, and the scenario in it (None: the file)."""

    file: str
    scenario: str | None = None

    @property
    def label(self) -> str:
        return f"{self.file}:{self.scenario}" if self.scenario is not None else self.file


def diff_json(
    summary: DiffSummary, before: DiffSide, after: DiffSide, language: str | None = None
) -> dict[str, Any]:
    """The `orgeditor diff --format json` object. Keys, kinds, severities, models and field
    values stay as they are in every language; the findings' texts are in the language they
    were written in, the summary's prose in `language` (None: the summary's)."""
    return {
        "before": _side(before, summary.before.model, summary.before.counts),
        "after": _side(after, summary.after.model, summary.after.counts),
        "changes": [c.to_dict() for c in summary.diff.changes],
        "findings": summary.findings.to_dict(),
        "matched_by": dict(summary.diff.matched_by),
        "summary": summary.to_dict(language),
    }


def _side(side: DiffSide, model: str, counts: dict[str, int]) -> dict[str, Any]:
    return {"file": side.file, "scenario": side.scenario, "model": model, "counts": dict(counts)}


def value_text(value: Any, language: str = DEFAULT_LANGUAGE) -> str:
    """A field value for people: numbers grouped, nothing as '–'."""
    if value is None or value == "":
        return "–"
    if isinstance(value, float | int):
        return number(value, language)
    return str(value)


def change_detail(change: Change, language: str = DEFAULT_LANGUAGE) -> str:
    """'rep-3 (Ada): manager team-1-lead -> pod-1-lead; title Sales Rep -> AE' (change_text
    without the kind)."""
    lang = language_of(language)
    who = change.id + (f" ({change.name})" if change.name else "")
    parts = []
    if change.kind == "moved":
        parts.append(
            say(
                "change.manager",
                lang,
                was=value_text(change.from_manager, lang),
                now=value_text(change.to_manager, lang),
            )
        )
    elif change.kind == "added" and change.to_manager:
        parts.append(say("change.under", lang, manager=change.to_manager))
    elif change.kind == "removed" and change.from_manager:
        parts.append(say("change.was_under", lang, manager=change.from_manager))
    for key, (old, new) in change.fields.items():
        was = value_text(field_value(key, old, lang), lang)
        now = value_text(field_value(key, new, lang), lang)
        parts.append(f"{field_word(key, lang)} {was} -> {now}")
    return who + (": " + "; ".join(parts) if parts else "")


def change_text(change: Change, language: str = DEFAULT_LANGUAGE) -> str:
    """'moved    rep-3 (Ada): manager team-1-lead -> pod-1-lead; title Sales Rep -> AE'."""
    return f"{kind_word(change.kind, language):8} {change_detail(change, language)}"


def _finding_line(finding: Finding, language: str) -> str:
    severity = severity_word(finding.severity, language).upper()
    return f"  {severity:8} {finding.rule}: {finding.message}"


def figure_rows(
    summary: DiffSummary, language: str | None = None
) -> list[tuple[str, str, str, str]]:
    """(label, before, after, delta) as text; the delta signed, '' where it is 0; in
    `language` (None: the summary's)."""
    lang = language_of(language or summary.language)
    rows = []
    for key, label, a, b, delta in summary.figures(lang):
        if key == "cost" and a is None and b is None:
            continue  # no cost data on either side
        shown = (
            ""
            if delta is None or delta == 0
            else ("+" if delta > 0 else "-") + number(abs(delta), lang)
        )
        rows.append((label, number(a, lang), number(b, lang), shown))
    return rows


def diff_text(
    summary: DiffSummary, before: DiffSide, after: DiffSide, language: str | None = None
) -> str:
    """The terminal's report: headline, models, figures, changes, findings; in `language`
    (None: the summary's, which its findings are written in)."""
    lang = language_of(language or summary.language)
    was, now = summary.before, summary.after
    lines = [f"{before.label} -> {after.label}", ""]
    lines += [f"* {sentence}" for sentence in summary.headline(lang)]
    lines += [
        "",
        say("text.before", lang, model=model_phrase(was.model, lang), reason=_reason(was, lang)),
        say("text.after", lang, model=model_phrase(now.model, lang), reason=_reason(now, lang)),
        "",
    ]
    head = ("", say("column.before", lang), say("column.after", lang), say("column.delta", lang))
    rows = [head, *figure_rows(summary, lang)]
    width = max(len(r[0]) for r in rows)
    for label, a, b, d in rows:
        lines.append(f"{label:<{width}}  {a:>12}  {b:>12}  {d:>10}".rstrip())
    matched = summary.diff.matched_by
    none = f"  {say('none', lang)}"
    lines += [
        "",
        say("text.matched", lang, **matched),
        say("text.changes", lang, n=len(summary.diff.changes)),
    ]
    lines += [f"  {change_text(c, lang)}" for c in summary.diff.changes] or [none]
    for heading, found in (
        ("text.fixed", summary.findings.fixed),
        ("text.introduced", summary.findings.introduced),
        ("text.unchanged", summary.findings.unchanged),
    ):
        lines.append("")
        lines.append(say(heading, lang, n=len(found)))
        lines += [_finding_line(f, lang) for f in found] or [none]
    return "\n".join(lines)


def _reason(side: SideFigures, language: str) -> str:
    return translate_reason(side.model_reason, language)
