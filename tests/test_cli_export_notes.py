"""`orgeditor export` says, in one line on stderr, when a picture is not what was asked: a PNG
scaled down to 16,384 px on its longest side, a one-page PDF whose text prints too small to
read. The export still succeeds (exit 0, the summary on stdout)."""

import re

import pytest
from PySide6.QtGui import QImage, QImageReader
from support.canvas_helpers import small_chart
from support.cli_runs import export

from orgeditor.io import save_orgchart
from orgeditor.model import Chart, Position
from orgeditor.render.raster import MAX_SIDE


@pytest.fixture(autouse=True)
def big_images():
    limit = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(0)
    yield
    QImageReader.setAllocationLimit(limit)


@pytest.fixture
def wide_file(qapp, tmp_path):
    """A director over 40 sellers placed by hand in one line, 20,000 scene px wide."""
    chart = Chart()
    chart.settings.name = "Wide"
    boss = Position("boss", "Boss Person", "Sales Director")
    boss.xy = (10_000.0, 0.0)
    chart.add_position(boss)
    for k in range(40):
        seller = Position(f"s{k}", f"Seller {k}", "Account Executive")
        seller.xy = (k * 500.0, 200.0)
        chart.add_position(seller, "boss")
    path = tmp_path / "wide.orgchart"
    save_orgchart(chart, path)
    return path


def test_a_png_too_big_is_scaled_down_and_says_so(wide_file, capsys, tmp_path):
    out_path = tmp_path / "chart.png"
    code, out, err = export(capsys, wide_file, "-o", out_path)
    assert code == 0
    image = QImage(str(out_path))
    assert max(image.width(), image.height()) == MAX_SIDE
    assert f"({41} positions, {image.width()}×{image.height()} px)" in out
    assert err.count("\n") == 1, err  # one line
    assert err.startswith(f"{out_path}: scaled to ")
    assert re.search(r"scaled to \d+ %", err)
    assert "16,384 px" in err and "--pages split" in err
    assert "Traceback" not in err


def test_a_png_within_the_cap_says_nothing(qapp, capsys, tmp_path):
    path = tmp_path / "small.orgchart"
    save_orgchart(small_chart(), path)
    code, _out, err = export(capsys, path, "-o", tmp_path / "small.png")
    assert (code, err) == (0, "")


def test_a_one_page_pdf_too_small_to_read_warns(wide_file, capsys, tmp_path):
    out_path = tmp_path / "chart.pdf"
    code, out, err = export(capsys, wide_file, "-o", out_path, "--pages", "fit")
    assert code == 0
    assert "1 page)" in out
    assert err.count("\n") == 1, err
    found = re.fullmatch(
        rf"{re.escape(str(out_path))}: card text prints at ([\d.]+) pt .*--pages split.*\n", err
    )
    assert found, err
    assert float(found.group(1)) < 6


def test_split_pages_say_nothing(wide_file, capsys, tmp_path):
    code, out, err = export(capsys, wide_file, "-o", tmp_path / "split.pdf", "--pages", "split")
    assert (code, err) == (0, "")
    assert re.search(r"41 positions, \d+ pages\)", out)


def test_the_summary_counts_what_the_view_shows(qapp, capsys, tmp_path):
    """A chart saved with a folded branch exports as it is shown (needs the scene to honour
    chart.view and the .orgchart file to keep it)."""
    chart = small_chart()
    chart.set_view(collapsed={"m1"})  # two reports folded away
    path = tmp_path / "folded.orgchart"
    save_orgchart(chart, path)
    code, out, err = export(capsys, path, "-o", tmp_path / "folded.png")
    assert (code, err) == (0, "")
    assert f"({len(chart) - 2} of {len(chart)} positions, " in out
