"""A DiffSummary as a self-contained HTML report for a steering group: inline CSS, no scripts,
no external resources, every user text escaped. The GUI prints it to PDF."""

from __future__ import annotations

from html import escape

from orgeditor.analysis.diff_report import DiffSide, change_text, figure_rows
from orgeditor.analysis.diff_summary import DiffSummary
from orgeditor.model import model_label
from orgeditor.rules import Finding

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


def _findings(heading: str, findings: list[Finding]) -> list[str]:
    out = [f"<h2>Findings {_e(heading)} ({len(findings)})</h2>"]
    if not findings:
        return [*out, "<p>None.</p>"]
    out.append("<table><tr><th>Severity</th><th>Rule</th><th>Finding</th><th>Advice</th></tr>")
    for f in findings:
        out.append(
            f'<tr><td class="sev-{_e(f.severity)}">{_e(f.severity)}</td><td>{_e(f.rule)}</td>'
            f"<td>{_e(f.message)}</td><td>{_e(f.advice)}</td></tr>"
        )
    return [*out, "</table>"]


def diff_html(
    summary: DiffSummary, before: DiffSide, after: DiffSide, title: str = "Reorganisation"
) -> str:
    """The whole page as a string (UTF-8 when written)."""
    was, now = summary.before, summary.after
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(title)}: {_e(before.label)} → {_e(after.label)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="sides">Before: {_e(before.label)}<br>After: {_e(after.label)}</p>',
        '<ul class="headline">',
        *[f"<li>{_e(sentence)}</li>" for sentence in summary.headline()],
        "</ul>",
        "<h2>Model</h2>",
        "<table><tr><th></th><th>Model</th><th>Why</th></tr>",
        f"<tr><th>Before</th><td>{_e(model_label(was.model))}</td>"
        f"<td>{_e(was.model_reason)}</td></tr>",
        f"<tr><th>After</th><td>{_e(model_label(now.model))}</td>"
        f"<td>{_e(now.model_reason)}</td></tr>",
        "</table>",
        "<h2>Figures</h2>",
        '<table class="figures"><tr><th>Figure</th><th>Before</th><th>After</th>'
        "<th>Change</th></tr>",
    ]
    for label, a, b, delta in figure_rows(summary):
        row = ' class="moved"' if delta else ""
        out.append(
            f"<tr{row}><td>{_e(label)}</td><td class='num'>{_e(a)}</td>"
            f"<td class='num'>{_e(b)}</td><td class='num delta'>{_e(delta)}</td></tr>"
        )
    out.append("</table>")
    pods = [p for p in now.pods if p.gaps]
    if now.pods or was.pods:
        out.append("<h2>Pods after</h2>")
        out.append("<table><tr><th>Pod</th><th>Sellers</th><th>Missing stages</th></tr>")
        for pod in now.pods:
            gaps = ", ".join(g.replace("_", " ") for g in pod.gaps) or "none"
            out.append(
                f"<tr><td>{_e(pod.name)}</td><td class='num'>{pod.members}</td>"
                f"<td>{_e(gaps)}</td></tr>"
            )
        out.append("</table>")
        if pods:
            out.append(f"<p>{len(pods)} pod(s) lack a stage.</p>")
    matched = summary.diff.matched_by
    out.append(f"<h2>Changes ({len(summary.diff.changes)})</h2>")
    out.append(
        f"<p>Positions matched by id: {matched['id']}, by name: {matched['name']}, "
        f"by title: {matched['title']}.</p>"
    )
    if summary.diff.changes:
        out.append("<table><tr><th>Kind</th><th>Position and change</th></tr>")
        for change in summary.diff.changes:
            detail = change_text(change).split(None, 1)[1]
            out.append(f"<tr><td class='kind'>{_e(change.kind)}</td><td>{_e(detail)}</td></tr>")
        out.append("</table>")
    else:
        out.append("<p>No position changed.</p>")
    out += _findings("fixed", summary.findings.fixed)
    out += _findings("introduced", summary.findings.introduced)
    out += _findings("unchanged", summary.findings.unchanged)
    out.append("</body></html>")
    return "\n".join(out) + "\n"
