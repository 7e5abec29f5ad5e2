"""`orgeditor export FILE -o OUT`: every format headless, exit 0 and one summary line; bad
input, output or options exit 2 with one line on stderr naming the file, never a traceback."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from support.cli_runs import export

from orgeditor import io
from orgeditor.io import load_orgchart, save_orgchart
from orgeditor.model import Chart

DATA = Path(__file__).parent / "data"
SOFTUNI = DATA / "softuni_employees.csv"
NORTHWIND = DATA / "northwind_employees.csv"


def one_error(err: str, name: str) -> None:
    assert err.count("\n") == 1, err
    assert err.startswith("orgeditor export: ")
    assert name in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("suffix", "detail"),
    [
        (".png", r", \d+×\d+ px"),
        (".svg", r", \d+×\d+ px"),
        (".pdf", r", 1 page"),
        (".orgchart", r""),
    ],
)
def test_each_format(qapp, capsys, tmp_path, suffix, detail):
    out_path = tmp_path / f"northwind{suffix}"
    code, out, err = export(capsys, NORTHWIND, "-o", out_path)
    assert (code, err) == (0, "")
    assert re.fullmatch(rf"wrote {re.escape(str(out_path))} \(9 positions{detail}\)\n", out)
    assert out_path.stat().st_size > 1000


def test_png_scale(qapp, capsys, tmp_path):
    code, out, _err = export(capsys, NORTHWIND, "-o", tmp_path / "a.png", "--scale", "1")
    assert code == 0
    one = QImage(str(tmp_path / "a.png"))
    export(capsys, NORTHWIND, "-o", tmp_path / "b.png")  # default scale 2
    two = QImage(str(tmp_path / "b.png"))
    assert f"{one.width()}×{one.height()} px" in out
    assert abs(two.width() - 2 * one.width()) <= 1


def test_pdf_split_on_paper(qapp, capsys, tmp_path):
    path = tmp_path / "softuni.pdf"
    code, out, err = export(
        capsys, SOFTUNI, "-o", path, "--pages", "split", "--paper", "a3", "--orientation", "auto"
    )
    assert (code, err) == (0, "")
    pages = int(re.search(r"293 positions, (\d+) pages\)", out).group(1))
    from pypdf import PdfReader

    reader = PdfReader(path)
    assert len(reader.pages) == pages > 5
    assert "softuni_employees — page 1 of" in reader.pages[0].extract_text().replace("\t", " ")


def test_orgchart_round_trip(qapp, capsys, tmp_path):
    path = tmp_path / "softuni.orgchart"
    assert export(capsys, SOFTUNI, "-o", path)[0] == 0
    chart = load_orgchart(path)
    assert len(chart) == 293
    assert chart.settings.name == "softuni_employees"  # named after the file it came from
    again = tmp_path / "again.png"  # and an .orgchart exports too
    assert export(capsys, path, "-o", again, "--scale", "0.5")[0] == 0


@pytest.mark.parametrize("suffix", [".csv", ".graphml"])
def test_data_formats(qapp, capsys, tmp_path, suffix):
    path = tmp_path / f"northwind{suffix}"
    code, out, err = export(capsys, NORTHWIND, "-o", path)
    if hasattr(io, "write_chart"):
        assert (code, err) == (0, "")
        assert out == f"wrote {path} (9 positions)\n"
        assert path.exists()
    else:  # the writers are not there yet: said plainly
        assert code == 2
        one_error(err, path.name)
        assert f"writing {suffix} is not supported yet" in err
        assert not path.exists()


@pytest.mark.parametrize(
    ("args", "name", "reason"),
    [
        (["missing.csv", "-o", "{tmp}/a.png"], "missing.csv", "no such file"),
        ([NORTHWIND, "-o", "{tmp}/a.xyz"], "a.xyz", "unknown file type .xyz"),
        ([NORTHWIND, "-o", "{tmp}/noext"], "noext", "unknown file type (no suffix)"),
        ([NORTHWIND, "-o", "{tmp}/no/such/a.png"], "a.png", "there is no folder"),
        ([NORTHWIND, "-o", "{tmp}/a.svg", "--scale", "2"], "a.svg", "--scale applies to"),
        ([NORTHWIND, "-o", "{tmp}/a.png", "--paper", "A3"], "a.png", "--paper applies to"),
        ([NORTHWIND, "-o", "{tmp}/a.png", "--pages", "split"], "a.png", "--pages applies to"),
        ([NORTHWIND, "-o", "{tmp}/a.png", "--scale", "99"], "a.png", "scale must be between"),
        ([NORTHWIND, "-o", "{tmp}/a.pdf", "--scale", "0"], "--scale", "above 0"),
        ([NORTHWIND, "-o", "{tmp}/a.pdf", "--paper", "A9"], "--paper", "unknown paper"),
        ([NORTHWIND, "-o", "{tmp}/a.pdf", "--pages", "all"], "--pages", "invalid choice"),
        ([NORTHWIND], "-o/--output", "required"),
        ([NORTHWIND, "-o", "{tmp}/a.png", "--dpi", "300"], "--dpi", "unrecognised"),
    ],
)
def test_bad_input_exits_2_with_one_line(qapp, capsys, tmp_path, args, name, reason):
    args = [str(a).replace("{tmp}", str(tmp_path)) for a in args]
    code, out, err = export(capsys, *args)
    assert code == 2
    assert out == ""
    one_error(err, name)
    assert reason in err
    assert [p.name for p in tmp_path.iterdir()] == []  # nothing written


def test_unreadable_and_empty_charts(qapp, capsys, tmp_path):
    junk = tmp_path / "junk.orgchart"
    junk.write_text("{not json", encoding="utf-8")
    code, _out, err = export(capsys, junk, "-o", tmp_path / "a.png")
    assert code == 2
    one_error(err, "junk.orgchart")
    empty = tmp_path / "empty.orgchart"
    save_orgchart(Chart(), empty)
    old = tmp_path / "old.pdf"
    old.write_bytes(b"keep me")
    code, _out, err = export(capsys, empty, "-o", old)
    assert code == 2
    one_error(err, "old.pdf")
    assert "nothing to draw" in err
    assert old.read_bytes() == b"keep me"


def test_headless_without_a_display(tmp_path):
    """A real process with neither a display nor QT_QPA_PLATFORM: export goes offscreen."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    out_path = tmp_path / "northwind.pdf"
    code = "import sys; from orgeditor.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, "export", str(NORTHWIND), "-o", str(out_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"wrote {out_path} (9 positions, 1 page)\n"
    assert done.stderr == ""
    assert out_path.read_bytes().startswith(b"%PDF")
    bad = subprocess.run(
        [sys.executable, "-c", code, "export", "nope.csv", "-o", str(tmp_path / "x.png")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert bad.returncode == 2
    assert bad.stderr == "orgeditor export: nope.csv: no such file\n"
