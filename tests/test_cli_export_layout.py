"""`orgeditor export --layout` and `--whole`: the picture in the chosen layout, and every
position of a saved chart whose branches are folded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from support.cli_runs import export

from orgeditor.io import save_orgchart
from orgeditor.model import Chart, Position

SOFTUNI = Path(__file__).resolve().parent / "data" / "softuni_employees.csv"


def test_the_293_position_company_exports_compact_by_default_and_wide_on_request(
    qapp, tmp_path, capsys
):
    compact, wide = tmp_path / "compact.png", tmp_path / "wide.png"
    code, out, err = export(capsys, SOFTUNI, "-o", compact, "--scale", "0.25")
    assert code == 0 and err == ""
    code, out, _ = export(capsys, SOFTUNI, "-o", wide, "--scale", "0.25", "--layout", "wide")
    assert code == 0 and "293 positions" in out
    a, b = QImage(str(compact)), QImage(str(wide))
    assert a.width() / a.height() <= 3  # the company reads as a page, not a strip
    assert b.width() / b.height() > 10


def test_whole_draws_what_a_saved_view_folds_away(qapp, tmp_path, capsys):
    chart = Chart()
    chart.add_position(Position("ceo", "Ann", "CEO"))
    chart.add_position(Position("m", "Bo", "Sales Manager"), "ceo")
    for i in range(6):
        chart.add_position(Position(f"r{i}", f"Seller {i}", "Account Executive"), "m")
    chart.set_view(collapsed={"m"})
    saved = tmp_path / "folded.orgchart"
    save_orgchart(chart, saved)
    code, out, _ = export(capsys, saved, "-o", tmp_path / "a.svg")
    assert code == 0 and "2 of 8 positions" in out
    code, out, _ = export(capsys, saved, "-o", tmp_path / "b.svg", "--whole")
    assert code == 0 and "(8 positions" in out


def test_layout_options_are_for_pictures_only(tmp_path, capsys):
    code, _, err = export(capsys, SOFTUNI, "-o", tmp_path / "x.csv", "--layout", "wide")
    assert code == 2
    assert "--layout applies to pictures" in err
    assert not (tmp_path / "x.csv").exists()
