"""`orgeditor export FILE -o OUT`: write a chart as a picture, a document or data, headless.

The format follows OUT's suffix: .png, .svg and .pdf are drawn as the canvas draws the chart
(orgeditor.render, Qt, offscreen when there is no display); .orgchart is the native file;
.csv, .xlsx and .graphml (what orgeditor.io.WRITABLE_SUFFIXES lists) are written by
orgeditor.io.write_chart. Exit 0 with one summary line; 2 with
one line on stderr naming the file (never a traceback) for an unknown suffix, options that do
not fit the format, an input that cannot be read or an output path that cannot be written (no
such folder, no permission); 1 with one line naming the file and the reason when writing failed
part-way (a full disk, an I/O error), the old file kept as it was. A picture written other
than asked (a PNG scaled down to render.raster.MAX_SIDE px, a one-page PDF whose text prints
too small to read) adds one line "OUT: <what and why>" on stderr; the exit code stays 0.
Pictures show what the chart's view shows (folded branches and focus): the summary then says
"N of M positions".
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from orgeditor import io
from orgeditor.cli_check import add_max_positions_option
from orgeditor.cli_new import OneLineParser
from orgeditor.io import ChartFileError, read_chart, save_orgchart
from orgeditor.io.files import SaveError, describe_os_error
from orgeditor.model import LAYOUT_STYLES, Chart

EXIT_OK, EXIT_WRITE_FAILED, EXIT_BAD_INPUT = 0, 1, 2
DRAWN = (".png", ".svg", ".pdf")
# data formats: what orgeditor.io.write_chart writes (besides .orgchart)
DATA = tuple(s for s in getattr(io, "WRITABLE_SUFFIXES", (".csv", ".graphml")) if s != ".orgchart")
WRITABLE_SUFFIXES = (*DRAWN, *DATA, ".orgchart")
READABLE = getattr(io, "READABLE_SUFFIXES", (".orgchart", ".csv"))
# the names orgeditor.render.PAPER_SIZES knows (kept here so that parsing needs no Qt)
PAPERS = ("A0", "A1", "A2", "A3", "A4", "A5", "A6", "B4", "B5")
PAPERS += ("Letter", "Legal", "Tabloid", "Executive")
DEFAULT_SCALE = {".png": 2.0, ".pdf": 1.0}
PICTURES = (".png", ".svg", ".pdf")


class ExportUsageError(Exception):
    """Options that do not fit the output's format."""


def paper(text: str) -> str:
    for name in PAPERS:
        if name.casefold() == text.strip().casefold():
            return name
    raise argparse.ArgumentTypeError(f"unknown paper {text!r}; choose from {', '.join(PAPERS)}")


def positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, not {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number above 0, not {text!r}")
    return value


def add_export_parser(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="write a chart as PNG, SVG, PDF, CSV, Excel, GraphML or .orgchart",
        description=f"Read a chart ({', '.join(READABLE)}) and write it in the format of "
        f"OUT's suffix ({', '.join(WRITABLE_SUFFIXES)}). Pictures look like the canvas.",
    )
    export.__class__ = OneLineParser  # one-line errors for this sub-command only
    export.add_argument("file", help=f"the chart to export ({', '.join(READABLE)})")
    export.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    export.add_argument(
        "--scale",
        type=positive,
        metavar="S",
        help="PNG: image pixels per canvas pixel (default 2); PDF: 1 = 100 %% (card names "
        "at 9 pt): split pages print at this scale, a fitted page never larger (default 1)",
    )
    export.add_argument(
        "--paper", type=paper, metavar="SIZE", help=f"PDF paper: {', '.join(PAPERS)} (default A4)"
    )
    export.add_argument(
        "--pages",
        choices=("fit", "split"),
        help="PDF: fit = the whole chart on one page (default); split = at --scale on as many "
        "pages as it needs, with page numbers",
    )
    export.add_argument(
        "--orientation",
        choices=("auto", "portrait", "landscape"),
        help="PDF page orientation (default auto: the one that suits the chart)",
    )
    export.add_argument(
        "--layout",
        choices=LAYOUT_STYLES,
        help="pictures: compact (leaf reports stacked, teams wrapped into rows) or wide (every "
        "manager's reports side by side); default: the chart's own choice (compact for imports)",
    )
    export.add_argument(
        "--whole",
        action="store_true",
        help="pictures: draw every position, also those in folded branches or outside the "
        "focused branch of a saved chart (by default a picture shows what the editor shows)",
    )
    add_max_positions_option(export)
    export.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    suffix = out.suffix.lower()
    try:
        _check_options(args, suffix)
        chart, _problems = read_chart(Path(args.file), args.max_positions)
        if not chart.settings.name.strip():
            chart.settings.name = Path(args.file).stem  # titles and page footers name it
        if args.layout is not None:
            chart.settings.layout = args.layout
        if args.whole:
            chart.set_view(collapsed=(), focus=None)
        detail, drawn, note = _write(chart, out, suffix, args)
    except SaveError as error:  # the write itself failed: not the user's input
        return _fail(str(error), EXIT_WRITE_FAILED)
    except ChartFileError as error:
        return _fail(str(error))
    except (ExportUsageError, ValueError) as error:
        return _fail(f"{args.output}: {error}")
    except OSError as error:  # one the writers did not word: still the reason, in words
        return _fail(f"{out.name}: could not write: {describe_os_error(error)}", EXIT_WRITE_FAILED)
    except Exception as error:  # never a traceback
        return _fail(f"{args.output}: could not be written: {error}")
    count = len(chart)
    shown = f"{drawn} of {count}" if drawn is not None and drawn != count else f"{count}"
    print(f"wrote {args.output} ({shown} position{'s' * (count != 1)}{detail})")
    if note:
        print(re.sub(r"[\r\n]+", " ", f"{args.output}: {note}"), file=sys.stderr)
    return EXIT_OK


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    """Print the error as one line (a line break in a file name must not split it)."""
    line = re.sub(r"[\r\n]+", " ", message)
    print(f"orgeditor export: {line}", file=sys.stderr)
    return code


def _check_options(args: argparse.Namespace, suffix: str) -> None:
    if suffix not in WRITABLE_SUFFIXES:
        shown = suffix or "(no suffix)"
        raise ExportUsageError(
            f"unknown file type {shown}; orgeditor export writes {', '.join(WRITABLE_SUFFIXES)}"
        )
    if args.scale is not None and suffix not in DEFAULT_SCALE:
        raise ExportUsageError("--scale applies to .png and .pdf only")
    for option in ("layout", "whole"):
        if getattr(args, option) not in (None, False) and suffix not in PICTURES:
            raise ExportUsageError(f"--{option} applies to pictures (.png, .svg, .pdf) only")
    for option in ("paper", "pages", "orientation"):
        if getattr(args, option) is not None and suffix != ".pdf":
            raise ExportUsageError(f"--{option} applies to .pdf only")


def _write(
    chart: Chart, out: Path, suffix: str, args: argparse.Namespace
) -> tuple[str, int | None, str]:
    """Write the file; returns what the summary adds after the count of positions, the
    positions drawn (None for data files: all of them) and the export's note ("" if none)."""
    if suffix == ".orgchart":
        save_orgchart(chart, out)
        return "", None, ""
    if suffix in DATA:
        write_chart = getattr(io, "write_chart", None)  # CSV and GraphML writers: orgeditor.io
        if write_chart is None:
            raise ExportUsageError(f"writing {suffix} is not supported yet")
        write_chart(chart, out)
        return "", None, ""
    from orgeditor import render  # Qt from here on

    render.ensure_app()
    scale = args.scale if args.scale is not None else DEFAULT_SCALE.get(suffix, 1.0)
    if suffix == ".png":
        done = render.render_png(chart, out, scale=scale)
    elif suffix == ".svg":
        done = render.render_svg(chart, out)
    else:
        done = render.render_pdf(
            chart,
            out,
            paper=args.paper or "A4",
            orientation=args.orientation or "auto",
            pages=args.pages or "fit",
            scale=scale,
        )
        return f", {done.pages} page{'s' * (done.pages != 1)}", done.positions, done.note
    return f", {done.width}×{done.height} px", done.positions, done.note
