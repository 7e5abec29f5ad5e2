"""`orgeditor check FILE`: read a chart, run the best-practice checks, print the findings.

--lang en|nb (else LC_ALL / LC_MESSAGES / LANG; English unless they ask for Norwegian) sets the
language of the findings' message, advice and practice and of the text output's headings. The
JSON keeps its keys and severity values in English (DESIGN.md); only those texts change.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from orgeditor.analysis import counts, infer_model
from orgeditor.analysis.scope import leader_label
from orgeditor.io import MAX_POSITIONS, ChartFileError, read_chart
from orgeditor.model import Chart, apply_title_roles, model_label, plural
from orgeditor.rules import (
    LANGUAGES,
    ConfigError,
    Finding,
    load_config,
    resolve_language,
    run,
    scope_summary,
)
from orgeditor.rules.messages import MODEL_PHRASES_NB, SEVERITY_NB, translate_reason
from orgeditor.rules.messages import plural as plural_in

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


def add_check_parser(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "check",
        help="check a chart against sales-organisation best practice",
        description="Read a chart (.orgchart, .csv, .xlsx, .graphml); print what the checks find.",
    )
    check.add_argument("file", help="the chart to check (.orgchart, .csv, .xlsx, .graphml)")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument(
        "--fail-on",
        choices=("error", "warning", "info", "never"),
        default="error",
        help="exit 1 when a finding at or above this severity is found (default: error)",
    )
    check.add_argument("--config", help="a TOML file of rule settings (same shape as rules.toml)")
    add_lang_option(check)
    add_max_positions_option(check)
    check.set_defaults(run=run_check)


def max_positions(text: str) -> int:
    """--max-positions: a whole number from 1."""
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text[:40]!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number from 1, not {text[:40]!r}")
    return value


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """--lang en|nb: the language of the report (default: the locale, LANG and friends)."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the language of the report (findings, advice, practice, headings): en (English) "
        "or nb (Norwegian Bokmål); default: from LC_ALL, LC_MESSAGES or LANG (nb_NO, no, nn: "
        "Bokmål), else English",
    )


def add_max_positions_option(parser: argparse.ArgumentParser) -> None:
    """--max-positions N, for every sub-command that reads a chart (io/limits.py)."""
    parser.add_argument(
        "--max-positions",
        type=max_positions,
        default=MAX_POSITIONS,
        metavar="N",
        help=f"refuse a file of more than N positions (default {MAX_POSITIONS:,}); the limit "
        "stops a huge or hostile file within seconds",
    )


def run_check(args: argparse.Namespace) -> int:
    language = resolve_language(args.lang)
    try:
        config = load_config(args.config) if args.config else load_config(None)
        config = config.with_language(language)
        chart, _problems = read_chart(Path(args.file), args.max_positions)
        apply_title_roles(chart)  # the chart's remembered choices (role review) count too
        findings = run(chart, config)
        inference = infer_model(chart)
        figures = counts(chart)
        scope = scope_summary(chart, config)
    except (ChartFileError, ConfigError) as error:
        print(f"orgeditor check: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    except Exception as error:  # never a traceback for input we could not handle
        print(f"orgeditor check: {args.file}: could not be checked: {error}", file=sys.stderr)
        return EXIT_UNREADABLE

    report = {
        "file": args.file,
        "model": inference.model,
        "model_reason": inference.reason,
        "counts": {
            "positions": figures.positions,
            "sellers": figures.sellers,
            "enablement": figures.enablement,
            "operations": figures.operations,
        },
        "scope": scope,
        "findings": [f.to_dict() for f in findings],
    }
    if args.format == "json":
        print(json.dumps(report, indent=2, ensure_ascii=False))
    elif language == "nb":
        print(format_text_nb(report, findings, chart))
    else:
        print(format_text(report, findings))
    return EXIT_FINDINGS if fails(findings, args.fail_on) else EXIT_OK


def fails(findings: list[Finding], fail_on: str) -> bool:
    if fail_on == "never":
        return False
    limit = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[f.severity] <= limit for f in findings)


def format_text(report: dict, findings: list[Finding]) -> str:
    c = report["counts"]
    by_severity = {s: sum(f.severity == s for f in findings) for s in SEVERITY_RANK}
    model = model_label(report["model"]).lower()
    lines = [
        f"{report['file']}: {model} model ({report['model_reason']})",
        report["scope"]["description"],
        f"{c['positions']} positions, {c['sellers']} sellers, {c['enablement']} in enablement, "
        f"{c['operations']} in sales operations",
        f"{plural(len(findings), 'finding')}: {plural(by_severity['error'], 'error')}, "
        f"{plural(by_severity['warning'], 'warning')}, {by_severity['info']} info",
    ]
    for finding in findings:
        lines.append("")
        lines.append(f"{finding.severity.upper():8} {finding.rule}: {finding.message}")
        if finding.positions:
            shown = ", ".join(finding.positions[:12])
            more = len(finding.positions) - 12
            lines.append(f"         positions: {shown}" + (f" (+{more} more)" if more > 0 else ""))
        lines.append(f"         advice: {finding.advice}")
        lines.append(f"         practice: {finding.practice}")
    return "\n".join(lines)


def _describe_scope_nb(chart: Chart, scope: dict) -> str:
    """The scope line in Bokmål, from scope_summary (analysis.describe_scope's twin)."""
    size = plural_in(scope["positions"], "stilling", "stillinger", "nb")
    tops = scope["tops"]
    if scope["whole"] or not tops:
        return f"Sjekker hele kartet, {size}"
    shown = [leader_label(chart, pid) for pid in tops[:3]]
    if len(tops) > 3:
        shown.append(f"{len(tops) - 3} til")
    under = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} og {shown[-1]}"
    if scope["basis"] == "sales_leaders":
        unit = "salgsenheten" if len(tops) == 1 else "salgsenhetene"
    else:
        unit = "salgsteamet" if len(tops) == 1 else "salgsteamene"
    return f"Sjekker {unit} under {under}, {size}"


def format_text_nb(report: dict, findings: list[Finding], chart: Chart) -> str:
    """format_text in Bokmål: the headings, severities and labels; the findings' texts are
    already Bokmål (run with the config's language)."""
    c = report["counts"]
    by_severity = {s: sum(f.severity == s for f in findings) for s in SEVERITY_RANK}
    model = MODEL_PHRASES_NB.get(report["model"], report["model"])
    reason = translate_reason(report["model_reason"], "nb")
    lines = [
        f"{report['file']}: {model} ({reason})",
        _describe_scope_nb(chart, report["scope"]),
        f"{plural_in(c['positions'], 'stilling', 'stillinger', 'nb')}, "
        f"{plural_in(c['sellers'], 'selger', 'selgere', 'nb')}, {c['enablement']} i "
        f"salgsaktivering, {c['operations']} i salgsoperasjoner",
        f"{len(findings)} funn: {by_severity['error']} feil, "
        f"{plural_in(by_severity['warning'], 'advarsel', 'advarsler', 'nb')}, "
        f"{by_severity['info']} info",
    ]
    for finding in findings:
        severity = SEVERITY_NB.get(finding.severity, finding.severity)
        lines.append("")
        lines.append(f"{severity.upper():8} {finding.rule}: {finding.message}")
        if finding.positions:
            shown = ", ".join(finding.positions[:12])
            more = len(finding.positions) - 12
            extra = f" (+{more} til)" if more > 0 else ""
            lines.append(f"         stillinger: {shown}{extra}")
        lines.append(f"         råd: {finding.advice}")
        lines.append(f"         praksis: {finding.practice}")
    return "\n".join(lines)
