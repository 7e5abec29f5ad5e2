"""A DiffSummary as a self-contained HTML report for a steering group: inline CSS, no scripts,
no external resources, every user text escaped, in English or Bokmål (`lang` on the page; the
words: diff_texts.py). The GUI prints it to PDF."""

from __future__ import annotations

from html import escape

from orgeditor.analysis.diff_figures import pod_name
from orgeditor.analysis.diff_report import DiffSide, change_detail, figure_rows
from orgeditor.analysis.diff_summary import DiffSummary
from orgeditor.analysis.diff_texts import (
    kind_word,
    language_of,
    model_name,
    say,
    severity_word,
    stage_word,
)
from orgeditor.rules import Finding
from orgeditor.rules.messages import translate_reason

CSS = """
body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; color: #222; margin: 2em; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
p.sides { color: #555; margin-top: 0; }
ul.headline li { margin: 0.25em 0; font-size: 1.05em; }
table { border-collapse: collapse; margin-top: 0.5em; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.moved td.delta { font-weight: bold; }
.sev-error { color: #b00020; } .sev-warning { color: #a35a00; } .sev-info { color: #36587a; }
.kind { font-weight: bold; }
@media print { body { margin: 1cm; } h2 { page-break-after: avoid; } }
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _findings(text_id: str, findings: list[Finding], lang: str) -> list[str]:
    out = [f"<h2>{_e(say(text_id, lang, n=len(findings)))}</h2>"]
    if not findings:
        return [*out, f"<p>{_e(say('html.none', lang))}</p>"]
    heads = ("html.severity", "html.rule", "html.finding", "html.advice")
    out.append("<table><tr>" + "".join(f"<th>{_e(say(h, lang))}</th>" for h in heads) + "</tr>")
    for f in findings:
        out.append(
            f'<tr><td class="sev-{_e(f.severity)}">{_e(severity_word(f.severity, lang))}</td>'
            f"<td>{_e(f.rule)}</td><td>{_e(f.message)}</td><td>{_e(f.advice)}</td></tr>"
        )
    return [*out, "</table>"]


def _th(text_id: str, lang: str) -> str:
    return f"<th>{_e(say(text_id, lang))}</th>"


def diff_html(
    summary: DiffSummary,
    before: DiffSide,
    after: DiffSide,
    title: str | None = None,
    language: str | None = None,
) -> str:
    """The whole page as a string (UTF-8 when written), in `language` (None: the summary's);
    `title` defaults to 'Reorganisation' in that language."""
    lang = language_of(language or summary.language)
    title = say("html.title", lang) if title is None else title
    was, now = summary.before, summary.after
    before_word, after_word = say("html.before", lang), say("html.after", lang)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{_e(title)}: {_e(before.label)} → {_e(after.label)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="sides">{_e(before_word)}: {_e(before.label)}<br>'
        f"{_e(after_word)}: {_e(after.label)}</p>",
        '<ul class="headline">',
        *[f"<li>{_e(sentence)}</li>" for sentence in summary.headline(lang)],
        "</ul>",
        f"<h2>{_e(say('html.model', lang))}</h2>",
        f"<table><tr><th></th>{_th('html.model', lang)}{_th('html.why', lang)}</tr>",
    ]
    for word, side in ((before_word, was), (after_word, now)):
        out.append(
            f"<tr><th>{_e(word)}</th><td>{_e(model_name(side.model, lang))}</td>"
            f"<td>{_e(translate_reason(side.model_reason, lang))}</td></tr>"
        )
    out += [
        "</table>",
        f"<h2>{_e(say('html.figures', lang))}</h2>",
        '<table class="figures"><tr>'
        + "".join(_th(h, lang) for h in ("html.figure", "html.before", "html.after"))
        + _th("html.change", lang)
        + "</tr>",
    ]
    for label, a, b, delta in figure_rows(summary, lang):
        row = ' class="moved"' if delta else ""
        out.append(
            f"<tr{row}><td>{_e(label)}</td><td class='num'>{_e(a)}</td>"
            f"<td class='num'>{_e(b)}</td><td class='num delta'>{_e(delta)}</td></tr>"
        )
    out.append("</table>")
    pods = [p for p in now.pods if p.gaps]
    if now.pods or was.pods:
        out.append(f"<h2>{_e(say('html.pods_after', lang))}</h2>")
        heads = ("html.pod", "html.sellers", "html.missing_stages")
        out.append("<table><tr>" + "".join(_th(h, lang) for h in heads) + "</tr>")
        for pod in now.pods:
            gaps = ", ".join(stage_word(g, lang) for g in pod.gaps) or say("none", lang)
            out.append(
                f"<tr><td>{_e(pod_name(pod, lang))}</td><td class='num'>{pod.members}</td>"
                f"<td>{_e(gaps)}</td></tr>"
            )
        out.append("</table>")
        if pods:
            out.append(f"<p>{_e(say('html.pods_lacking', lang, n=len(pods)))}</p>")
    out.append(f"<h2>{_e(say('html.changes', lang, n=len(summary.diff.changes)))}</h2>")
    out.append(f"<p>{_e(say('html.matched', lang, **summary.diff.matched_by))}</p>")
    if summary.diff.changes:
        heads = ("html.kind", "html.position_change")
        out.append("<table><tr>" + "".join(_th(h, lang) for h in heads) + "</tr>")
        for change in summary.diff.changes:
            out.append(
                f"<tr><td class='kind'>{_e(kind_word(change.kind, lang))}</td>"
                f"<td>{_e(change_detail(change, lang))}</td></tr>"
            )
        out.append("</table>")
    else:
        out.append(f"<p>{_e(say('html.no_change', lang))}</p>")
    out += _findings("html.fixed", summary.findings.fixed, lang)
    out += _findings("html.introduced", summary.findings.introduced, lang)
    out += _findings("html.unchanged", summary.findings.unchanged, lang)
    out.append("</body></html>")
    return "\n".join(out) + "\n"
