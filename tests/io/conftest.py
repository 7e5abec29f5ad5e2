"""Fixtures for the io tests: write a CSV text to a file and import it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from orgeditor.io import read_csv
from orgeditor.model import Chart, ImportProblem

ImportText = Callable[..., tuple[Chart, list[ImportProblem]]]


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[..., Path]:
    def write(name: str, text: str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write


@pytest.fixture
def import_text(write_file: Callable[..., Path]) -> ImportText:
    """import_text(csv_text, name="staff.csv", encoding="utf-8") -> (chart, problems)."""

    def run(text: str, name: str = "staff.csv", encoding: str = "utf-8"):
        return read_csv(write_file(name, text, encoding))

    return run


def id_of(chart: Chart, name: str) -> str:
    """The id of the one position with this name."""
    (found,) = [p.id for p in chart.positions() if p.name == name]
    return found


@pytest.fixture
def named() -> Callable[[Chart, str], str]:
    return id_of
