"""`orgeditor check FILE`: read a chart, run the best-practice checks, print the findings."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from orgeditor.analysis import counts, infer_model
from orgeditor.io import MAX_POSITIONS, ChartFileError, read_chart
from orgeditor.model import apply_title_roles, model_label, plural
from orgeditor.rules import ConfigError, Finding, load_config, run, scope_summary

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
    try:
        config = load_config(args.config) if args.config else load_config(None)
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
