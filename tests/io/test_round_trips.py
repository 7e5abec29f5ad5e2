"""Round trips through every format we write: the real files of tests/data exactly, and a
chart using every feature except what each format is documented not to carry."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.round_trip_limits import carried

from orgeditor.io import (
    WRITABLE_SUFFIXES,
    UnsupportedFileTypeError,
    read_chart,
    write_chart,
)
from orgeditor.model import Chart, Position, Team, chart_state
from orgeditor.templates import build_chart, default_params

DATA = ["northwind_employees.csv", "softuni_employees.csv", "drawio_orgchart_example.txt"]


@pytest.mark.parametrize("suffix", WRITABLE_SUFFIXES)
@pytest.mark.parametrize("name", DATA)
def test_real_files_round_trip_exactly(data_dir, tmp_path, name: str, suffix: str) -> None:
    chart, _ = read_chart(data_dir / name)
    path = tmp_path / f"copy{suffix}"
    write_chart(chart, path)
    back, problems = read_chart(path)
    assert problems == []
    assert chart_state(back) == chart_state(chart)
    write_chart(back, tmp_path / f"again{suffix}")  # and the second export is the same file
    assert (tmp_path / f"again{suffix}").read_bytes() == path.read_bytes()


def rich_chart() -> Chart:
    """Teams with segments and a declared model, dotted lines, hand placements, settings,
    explicit and inferred roles, vacancies, costs and custom fields."""
    chart = build_chart(default_params("pod", segment=("product_line", ("A", "B"))))
    with chart.quiet():
        chart.update_settings(declared_model="pod", industry="SaaS", auto_layout=False)
        chart.update_team(next(iter(chart.teams())).id, declared_model="pod", region="North")
        chart.add_team(Team("empty", "Nobody here", "enablement"))
        ids = list(chart.position_ids())
        chart.update_position(ids[0], name="Åse Ødegård", cost=123456.5, xy=(10.0, -20.5))
        chart.update_position(ids[1], name="Bo", custom={"hire date": "2020-01-02", "=x": "@y"})
        chart.update_position(ids[2], location="Oslo", vertical="Retail", cost=12.345)
        chart.add_dotted_line(ids[1], ids[3])
        chart.add_dotted_line(ids[2], ids[3])
        chart.add_position(Position("lone", "", "Account Executive", status="vacant"))
    return chart


@pytest.mark.parametrize("suffix", WRITABLE_SUFFIXES)
def test_rich_chart_round_trip(tmp_path, suffix: str) -> None:
    chart = rich_chart()
    path = tmp_path / f"rich{suffix}"
    write_chart(chart, path)
    back, problems = read_chart(path)
    assert problems == []
    assert carried(chart_state(back), suffix) == carried(chart_state(chart), suffix)
    if suffix == ".graphml":  # GraphML keeps hand placements, CSV and Excel do not
        assert any(p.xy == (10.0, -20.5) for p in back.positions())
    if suffix != ".orgchart":  # and the documented losses are real
        assert back.settings.declared_model is None
        assert not any(t.id == "empty" for t in back.teams())


def test_write_chart_refuses_other_suffixes(tmp_path) -> None:
    with pytest.raises(UnsupportedFileTypeError, match=r"chart\.xls: cannot save as \.xls;"):
        write_chart(Chart(), tmp_path / "chart.xls")
    assert not (tmp_path / "chart.xls").exists()


def test_write_is_atomic(tmp_path, monkeypatch) -> None:
    """A failed export leaves the old file as it was and no temporary file behind."""
    chart, _ = read_chart(Path(__file__).parent.parent / "data" / DATA[0])
    for suffix in WRITABLE_SUFFIXES:
        path = tmp_path / f"keep{suffix}"
        path.write_text("old", encoding="utf-8")

        def full_disk(*_args, **_kwargs):
            raise OSError(28, "No space left on device")

        with monkeypatch.context() as patch:
            patch.setattr("os.replace", full_disk)
            with pytest.raises(Exception, match="could not save: the disk is full"):
                write_chart(chart, path)
        assert path.read_text(encoding="utf-8") == "old"
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
