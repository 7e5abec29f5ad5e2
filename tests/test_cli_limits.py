"""The command line and hostile input: `--max-positions` on check and export, Excel export by
the .xlsx suffix, and every refusal one line on stderr naming the input file (and row)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli_runs import run_cli as run

from orgeditor.io import MAX_POSITIONS, read_chart
from orgeditor.model import chart_state

NORTHWIND = Path(__file__).parent / "data" / "northwind_employees.csv"


def one_line(err: str, command: str) -> str:
    assert err.count("\n") == 1, err
    assert err.startswith(f"orgeditor {command}: ")
    assert "Traceback" not in err and len(err) < 240
    return err


def staff(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "staff.csv"
    lines = "".join(f"{i},P{i},Account Executive\n" for i in range(1, rows + 1))
    path.write_text("id,name,title\n" + lines, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["check", "export"])
def test_over_the_cap_names_file_row_and_option(capsys, tmp_path, command) -> None:
    path = staff(tmp_path, 51)
    out_args = ["-o", tmp_path / "out.csv"] if command == "export" else []
    code, out, err = run(capsys, command, path, *out_args, "--max-positions", "50")
    assert (code, out) == (2, "")
    one_line(err, command)
    assert "staff.csv, row 52: refused: more than 50 positions" in err
    assert "--max-positions" in err
    assert not (tmp_path / "out.csv").exists()


def test_the_option_raises_the_cap(capsys, tmp_path) -> None:
    path = staff(tmp_path, 51)
    code, out, _err = run(capsys, "check", path, "--max-positions", "51", "--fail-on", "never")
    assert code == 0 and "51 positions" in out
    code, out, _err = run(capsys, "export", path, "-o", tmp_path / "o.csv", "--max-positions", "51")
    assert (code, out) == (0, f"wrote {tmp_path / 'o.csv'} (51 positions)\n")


@pytest.mark.parametrize("value", ["0", "-5", "many", "1.5"])
@pytest.mark.parametrize("command", ["check", "export"])
def test_a_bad_cap_is_a_usage_error(capsys, tmp_path, command, value) -> None:
    out_args = ["-o", tmp_path / "out.csv"] if command == "export" else []
    code, _out, err = run(capsys, command, NORTHWIND, *out_args, "--max-positions", value)
    assert code == 2
    assert "--max-positions" in err.splitlines()[-1]


def test_the_default_cap_is_in_the_help(capsys) -> None:
    _code, out, _err = run(capsys, "check", "--help")
    assert f"{MAX_POSITIONS:,}" in out


def test_export_to_excel_by_suffix(capsys, tmp_path) -> None:
    path = tmp_path / "northwind.xlsx"
    code, out, err = run(capsys, "export", NORTHWIND, "-o", path)
    assert (code, out, err) == (0, f"wrote {path} (9 positions)\n", "")
    original, _ = read_chart(NORTHWIND)
    back, problems = read_chart(path)
    assert problems == []
    assert chart_state(back) == chart_state(original)


def test_excel_export_takes_no_picture_options(capsys, tmp_path) -> None:
    code, _out, err = run(capsys, "export", NORTHWIND, "-o", tmp_path / "a.xlsx", "--scale", "2")
    assert code == 2
    assert "--scale applies to .png and .pdf only" in one_line(err, "export")


def test_a_long_cell_is_read_and_one_over_the_limit_blames_the_input(capsys, tmp_path) -> None:
    """The csv module stopped at 131,072 characters, and export blamed the output file."""
    path = tmp_path / "notes.csv"
    path.write_text("id,name,note\n1,Ann," + "n" * 200_000 + "\n", encoding="utf-8")
    assert run(capsys, "export", path, "-o", tmp_path / "notes.xlsx")[0] == 0
    path.write_text("id,name,note\n1,Ann,x\n2,Bo," + "n" * (10 * 1024 * 1024 + 1) + "\n")
    code, _out, err = run(capsys, "export", path, "-o", tmp_path / "again.csv")
    assert code == 2
    assert one_line(err, "export").startswith("orgeditor export: notes.csv, row 3: a cell holds")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '{"format": "orgeditor.chart", "version": 9' + "9" * 5000 + ', "positions": []}',
            "version: a number too large to hold",
        ),
        (
            '{"format": "orgeditor.chart", "version": 9' + "9" * 3999 + ', "positions": []}',
            "(4,000 digits)",
        ),
        (
            '{"format": "orgeditor.chart", "version": 2, '
            '"positions": [{"id": "a", "xy": [1e308, 0]}]}',
            "positions[0].xy: a card place must lie within ±100,000,000",
        ),
    ],
)
def test_hostile_charts_are_refused_in_one_short_line(capsys, tmp_path, text, expected) -> None:
    path = tmp_path / "hostile.orgchart"
    path.write_text(text, encoding="utf-8")
    code, _out, err = run(capsys, "check", path)
    assert code == 2
    assert expected in one_line(err, "check")
    assert "set_int_max_str_digits" not in err
