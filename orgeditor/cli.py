"""The `orgeditor` command: no sub-command opens the GUI; sub-commands work headless.

Qt is imported only when the GUI starts or `orgeditor export` draws a picture, so `orgeditor
check` and `orgeditor diff` run on a machine without a screen (and without Qt's platform
libraries); export draws offscreen when there is no display.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import metadata

from orgeditor.build_info import version_line
from orgeditor.cli_check import add_check_parser
from orgeditor.cli_diff import add_diff_parser
from orgeditor.cli_export import add_export_parser
from orgeditor.cli_new import add_new_parser

SUBCOMMANDS = ("check", "diff", "export", "new")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orgeditor",
        description="Org chart editor for sales organisations. "
        "Without a sub-command it opens the editor (optionally with FILE).",
    )
    parser.add_argument(
        "--version", action="store_true", help="print the version of orgeditor and exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_check_parser(commands)
    add_diff_parser(commands)
    add_export_parser(commands)
    add_new_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0] not in SUBCOMMANDS and not args[0].startswith("-")):
        return open_gui(args[0] if args else None)
    parsed = build_parser().parse_args(args)
    if parsed.version:
        print(version_line(package_version()))  # the standalone build adds what it was built from
        return 0
    if parsed.command is None:
        return open_gui(None)
    return parsed.run(parsed)


def package_version() -> str:
    """The installed package's version; the source tree's when it is not installed."""
    try:
        return metadata.version("orgeditor")
    except metadata.PackageNotFoundError:
        from orgeditor import __version__

        return __version__


def open_gui(path: str | None) -> int:
    from orgeditor.ui.app import run_app  # Qt only from here on

    return run_app(path)


if __name__ == "__main__":
    sys.exit(main())
