"""`orgeditor diff A B`: compare two charts (files or scenarios of an .orgchart) as before and
after; print the domain summary as text, JSON (DESIGN.md "orgeditor diff") or HTML.

A side is PATH, read the way `check` reads it, or PATH.orgchart:SCENARIO (split after the last
".orgchart:", so C:\\plans\\a.orgchart is a whole path).
Exit codes as for `check`, judged on the after side's findings.
--lang en|nb (else the locale, as for `check`) sets the language of the whole report: the
findings (message, advice, practice), the headings, labels and summary sentences of the text
and HTML; the JSON keeps its keys and key values (kinds, severities, models) in English and
has its prose (findings, the summary's headline, labels and reasons) in that language.
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from pathlib import Path

from orgeditor.analysis.diff import MATCH_MODES
from orgeditor.analysis.diff_html import diff_html
from orgeditor.analysis.diff_report import DiffSide, diff_json, diff_text
from orgeditor.analysis.diff_summary import DiffSummary, compare
from orgeditor.cli_check import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_UNREADABLE,
    add_lang_option,
    add_max_positions_option,
    fails,
)
from orgeditor.io import ChartFileError, read_chart
from orgeditor.model import Chart, apply_title_roles
from orgeditor.rules import ConfigError, load_config, resolve_language


class SideError(Exception):
    """A side that cannot be read; the message names the file."""


def add_diff_parser(commands: argparse._SubParsersAction) -> None:
    diff = commands.add_parser(
        "diff",
        help="compare two charts (or scenarios) as before and after",
        description="Compare two charts as before and after: model, pods, coverage, figures, "
        "changed positions and findings fixed or introduced. A side is a file (.orgchart, "
        ".csv, .xlsx, .graphml) or FILE.orgchart:SCENARIO.",
    )
    diff.add_argument("before", help="the as-is side: FILE or FILE.orgchart:SCENARIO")
    diff.add_argument("after", help="the to-be side: FILE or FILE.orgchart:SCENARIO")
    diff.add_argument("--format", choices=("text", "json", "html"), default="text")
    diff.add_argument("-o", "--output", metavar="FILE", help="write the report here, not stdout")
    diff.add_argument(
        "--fail-on",
        choices=("error", "warning", "info", "never"),
        default="error",
        help="exit 1 when the after side has a finding at or above this severity (default: error)",
    )
    diff.add_argument(
        "--match",
        choices=MATCH_MODES,
        default="id",
        help="pair positions by id (default), or by id, then name, then title (two HR "
        "exports of a re-numbered system)",
    )
    diff.add_argument("--config", help="a TOML file of rule settings (same shape as rules.toml)")
    add_lang_option(diff)
    add_max_positions_option(diff)
    diff.set_defaults(run=run_diff)


def split_side(text: str) -> DiffSide:
    """'a.orgchart:Plan B' -> (a.orgchart, 'Plan B'); anything else is a whole path. The split
    is after the last '.orgchart:', so a drive letter never splits and a scenario name may hold
    a colon ('C:\\p\\a.orgchart:To-be: 3 pods')."""
    at = text.lower().rfind(".orgchart:")
    if at < 0:
        return DiffSide(text, None)
    cut = at + len(".orgchart")
    return DiffSide(text[:cut], text[cut + 1 :])


def load_scenario(side: DiffSide, max_positions: int | None) -> Chart:
    """The named scenario of an .orgchart, through orgeditor.io.load_scenarios ((name, chart)
    pairs in file order); an exact name first, else one that differs in case only."""
    from orgeditor import io

    load = getattr(io, "load_scenarios", None)
    if load is None:
        raise SideError(f"{side.file}: this version of orgeditor cannot read scenarios")
    if "max_positions" in inspect.signature(load).parameters:
        scenarios = list(load(Path(side.file), max_positions=max_positions))
    else:
        scenarios = list(load(Path(side.file)))
    names = [name for name, _ in scenarios]
    if side.scenario in names:
        return scenarios[names.index(side.scenario)][1]
    folded = [n for n in names if n.casefold() == (side.scenario or "").casefold()]
    if len(folded) == 1:
        return scenarios[names.index(folded[0])][1]
    shown = ", ".join(repr(n) for n in names) or "none"
    raise SideError(f"{side.file}: no scenario {side.scenario!r}; the file has: {shown}")


def read_side(side: DiffSide, max_positions: int | None) -> Chart:
    if side.scenario is not None:
        chart = load_scenario(side, max_positions)
    else:
        chart, _problems = read_chart(Path(side.file), max_positions)
    apply_title_roles(chart)  # the chart's remembered choices (role review) count too
    return chart


def render(
    summary: DiffSummary, before: DiffSide, after: DiffSide, fmt: str, language: str | None = None
) -> str:
    """The report in `fmt`, in `language` (None: the summary's, its findings' language)."""
    if fmt == "json":
        report = diff_json(summary, before, after, language)
        return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    if fmt == "html":
        return diff_html(summary, before, after, language=language)
    return diff_text(summary, before, after, language) + "\n"


def run_diff(args: argparse.Namespace) -> int:
    before, after = split_side(args.before), split_side(args.after)
    current = before
    language = resolve_language(args.lang)
    try:
        config = load_config(args.config) if args.config else load_config(None)
        config = config.with_language(language)
        old = read_side(before, args.max_positions)
        current = after
        new = read_side(after, args.max_positions)
        current = None
        summary = compare(old, new, args.match, config)
        report = render(summary, before, after, args.format, language)
        if args.output:
            from orgeditor.io.files import write_text_atomic

            write_text_atomic(args.output, report)
        else:
            sys.stdout.write(report)
    except (ChartFileError, ConfigError, SideError) as error:
        print(f"orgeditor diff: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    except Exception as error:  # never a traceback for input we could not handle
        where = current.label if current is not None else "the comparison"
        print(f"orgeditor diff: {where}: could not be compared: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    return EXIT_FINDINGS if fails(summary.after_findings, args.fail_on) else EXIT_OK
