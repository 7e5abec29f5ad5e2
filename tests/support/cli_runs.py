"""Run the `orgeditor` command line in-process, as a user's shell would: exit code, stdout and
stderr (argparse's own errors leave through SystemExit and count as their exit code)."""

from __future__ import annotations

from orgeditor.cli import main


def run_cli(capsys, *args: object) -> tuple[int, str, str]:
    try:
        code = main([str(arg) for arg in args])
    except SystemExit as stop:
        code = stop.code
    out, err = capsys.readouterr()
    return int(code or 0), out, err


def export(capsys, *args: object) -> tuple[int, str, str]:
    """`orgeditor export ARGS...`"""
    return run_cli(capsys, "export", *args)
