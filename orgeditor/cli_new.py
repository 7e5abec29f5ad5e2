"""`orgeditor new --model MODEL [parameters] -o FILE`: write a template chart, headless.

Parameters left out take the template's defaults for the model and segmentation
(orgeditor.templates.default_params). Exit 0 with one summary line on success; 2 with one
line on stderr (never a traceback, never argparse's usage block) for bad parameters or a file
that cannot be written. An existing file is kept unless --force is given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

from orgeditor.analysis import counts, infer_model
from orgeditor.io import ChartFileError, save_orgchart
from orgeditor.model import SEGMENT_DIMENSIONS
from orgeditor.rules import run
from orgeditor.templates import (
    LANGUAGES,
    SPONSORS,
    TEMPLATE_MODELS,
    TemplateError,
    TemplateParams,
    build_chart,
    default_params,
    parse_segment,
    validate,
)

EXIT_OK, EXIT_BAD_INPUT = 0, 2
WRITABLE_SUFFIXES = (".orgchart",)

# options whose dest is the TemplateParams field they set (left out: the template's default),
# by the model they belong to
_MODEL_OPTIONS = {
    "assembly_line": (
        ("sdr", "SDR/BDR"),
        ("ae", "Account Executives"),
        ("am", "Account Managers"),
        ("csm", "Customer Success Managers"),
    ),
    "pod": (
        ("pods", "pods"),
        ("pod_sdr", "SDR/BDR per pod"),
        ("pod_ae", "Account Executives per pod"),
        ("pod_am", "Account Managers per pod"),
        ("pod_csm", "Customer Success Managers per pod"),
    ),
    "island": (("generalists", "generalists"),),
}
_COMMON_OPTIONS = ("sellers_per_manager",)
_DEFAULTS = {model: default_params(model) for model in TEMPLATE_MODELS}
_POD_NOTE = "; with --segment, 1 per value"


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as one line on stderr and exit 2, leftovers included (argparse would hand
    unknown options to the top-level parser, which prints its whole usage)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognised arguments: {' '.join(extras)}")
        return parsed, extras


def count(text: str) -> int:
    """A whole number of 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, not {value}")
    return value


def add_new_parser(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser(
        "new",
        help="write a new chart from an assembly line, pod or island template",
        description="Write a chart of planned seats (empty names, titled, with roles) from a "
        "template. Counts are per copy of the structure: with --segment, one copy per value.",
    )
    new.__class__ = OneLineParser  # one-line errors for this sub-command only
    new.add_argument("--model", required=True, choices=TEMPLATE_MODELS)
    new.add_argument("-o", "--output", required=True, metavar="FILE", help="the .orgchart to write")
    new.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    for model, heading in (("assembly_line", "assembly line: sellers per stage"), ("pod", "pod")):
        group = new.add_argument_group(heading)
        for option, label in _MODEL_OPTIONS[model]:
            default = getattr(_DEFAULTS[model], option)
            group.add_argument(
                f"--{option.replace('_', '-')}",
                type=count,
                metavar="N",
                help=f"{label} (default {default}{_POD_NOTE if option == 'pods' else ''})",
            )
    new.add_argument_group("island").add_argument(
        "--generalists",
        type=count,
        metavar="N",
        help=f"generalists (default {_DEFAULTS['island'].generalists}; with --segment, fewer "
        "per value, to keep the island within model.island_scale)",
    )
    common = new.add_argument_group("all models")
    common.add_argument(
        "--sellers-per-manager",
        type=count,
        metavar="N",
        help=f"a manager (sales manager, team lead) per N sellers; pods: the largest pod a pod "
        f"lead takes (default {_DEFAULTS['pod'].sellers_per_manager})",
    )
    common.add_argument("--no-sales-ops", action="store_true", help="no sales operations")
    common.add_argument("--no-enablement", action="store_true", help="no sales enablement team")
    common.add_argument(
        "--sponsor",
        choices=SPONSORS,
        default="vp_enablement",
        help="the enablement sponsor, where the team's size calls for one (default VP of "
        "Sales Enablement; cro: a Chief Revenue Officer above the sales leader)",
    )
    common.add_argument(
        "--segment",
        metavar="DIM=V1,V2,...",
        help="one copy of the structure per value of a dimension "
        f"({', '.join(SEGMENT_DIMENSIONS)})",
    )
    common.add_argument("--name", default="", help="the chart's name")
    common.add_argument(
        "--leader-title", metavar="TITLE", default="", help="the sales leader's title (VP Sales)"
    )
    common.add_argument("--language", choices=LANGUAGES, default="en", help="titles and team names")
    new.set_defaults(run=run_new)


def run_new(args: argparse.Namespace) -> int:
    path = Path(args.output)
    try:
        chart = build_chart(_params(args))
        if path.suffix.lower() not in WRITABLE_SUFFIXES:
            raise TemplateError(
                f"{args.output}: orgeditor new writes {', '.join(WRITABLE_SUFFIXES)} files"
            )
        if path.exists() and not args.force:
            raise TemplateError(f"{args.output}: exists already (use --force to overwrite it)")
        if not path.parent.is_dir():
            raise TemplateError(f"{args.output}: there is no folder {str(path.parent)!r}")
        save_orgchart(chart, path)
        findings = run(chart)
    except (TemplateError, ChartFileError) as error:
        print(f"orgeditor new: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # never a traceback
        print(f"orgeditor new: {args.output}: could not be written: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    warnings = sum(f.severity == "warning" for f in findings)
    model = infer_model(chart).model.replace("_", " ")
    figures = counts(chart)
    print(
        f"wrote {args.output}: {figures.positions} positions ({figures.sellers} sellers), "
        f"{model} model, {warnings} warning{'s' * (warnings != 1)}"
    )
    return EXIT_OK


def _params(args: argparse.Namespace) -> TemplateParams:
    for model, options in _MODEL_OPTIONS.items():
        for option, _label in options:
            if model != args.model and getattr(args, option) is not None:
                raise TemplateError(
                    f"--{option.replace('_', '-')} applies to the {model.replace('_', ' ')} "
                    "model only"
                )
    segment = parse_segment(args.segment) if args.segment else None
    names = [option for option, _label in _MODEL_OPTIONS[args.model]] + list(_COMMON_OPTIONS)
    given = {name: getattr(args, name) for name in names}
    params = replace(
        default_params(args.model, segment),
        **{name: value for name, value in given.items() if value is not None},
        include_sales_ops=not args.no_sales_ops,
        include_enablement=not args.no_enablement,
        enablement_sponsor=args.sponsor,
        name=args.name,
        leader_title=args.leader_title,
        language=args.language,
    )
    return validate(params)
