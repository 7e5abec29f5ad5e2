"""read_chart: dispatch by suffix, and OS errors as ChartFileError (never a raw OSError)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from orgeditor.io import (
    ChartFileError,
    UnsupportedFileTypeError,
    read_chart,
    read_csv,
    save_orgchart,
)
from orgeditor.model import Chart, Position


def test_dispatch_by_suffix(tmp_path, write_file) -> None:
    for name in ("a.csv", "b.TXT", "c.tsv"):
        chart, _ = read_chart(write_file(name, "name\nAda\n"))
        assert [p.name for p in chart.positions()] == ["Ada"]
    chart = Chart()
    chart.add_position(Position("x", "Xi"))
    save_orgchart(chart, tmp_path / "d.orgchart")
    loaded, problems = read_chart(tmp_path / "d.orgchart")
    assert loaded.position("x").name == "Xi" and problems == []


@pytest.mark.parametrize("name", ["staff.ods", "chart.json", "README"])
def test_unsupported_suffix(write_file, name: str) -> None:
    with pytest.raises(UnsupportedFileTypeError) as caught:
        read_chart(write_file(name, "name\nAda\n"))
    assert isinstance(caught.value, ChartFileError)
    assert f"{name}: unsupported file type" in str(caught.value)
    assert ".orgchart, .csv, .txt, .tsv" in str(caught.value)


@pytest.mark.parametrize(
    "name", ["missing.csv", "missing.orgchart", "missing.xlsx", "missing.graphml"]
)
def test_missing_file(tmp_path, name: str) -> None:
    with pytest.raises(ChartFileError, match=re.escape(f"{name}: no such file")):
        read_chart(tmp_path / name)


def test_directory(tmp_path) -> None:
    folder = tmp_path / "charts.csv"
    folder.mkdir()
    with pytest.raises(ChartFileError, match=re.escape("charts.csv: is a folder, not a file")):
        read_chart(folder)


def test_permission_denied(write_file, monkeypatch) -> None:
    path = write_file("locked.csv", "name\nAda\n")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ChartFileError, match=re.escape("locked.csv: permission denied")):
        read_chart(path)


def test_save_into_a_missing_folder(tmp_path) -> None:
    with pytest.raises(ChartFileError, match="could not save: there is no folder") as caught:
        save_orgchart(Chart(), tmp_path / "nowhere" / "x.orgchart")
    assert "nowhere" in str(caught.value)


def test_large_import_stays_linear(write_file) -> None:
    """Reports listed before their managers must not make the import quadratic."""
    rows = 20_000
    lines = ["id,name,title,manager_id,segment,salary"]
    for i in range(rows, 0, -1):  # every report before its manager
        manager = "" if i == 1 else str(max(i // 7, 1))
        lines.append(f"{i},Person {i},Account Executive,{manager},SMB,85 000")
    path = write_file("big.csv", "\n".join(lines) + "\n")
    chart, problems = read_csv(path)
    assert len(chart) == rows and problems == [] and chart.roots() == ["1"]
