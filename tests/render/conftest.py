"""Charts for the export tests: the two real ones in tests/data and a small sales chart with a
team and a dotted line. Exports run headless (tests/conftest.py sets the offscreen platform)."""

import re
import sys
import unicodedata
from pathlib import Path

import pytest

from orgeditor.io import read_chart
from orgeditor.model import Chart

DATA_DIR = Path(__file__).parent.parent / "data"
sys.path.insert(0, str(Path(__file__).parent.parent / "ui" / "canvas"))
from canvas_helpers import small_chart  # noqa: E402 - found through the path set just above


def load(name: str) -> Chart:
    chart, _problems = read_chart(DATA_DIR / f"{name}_employees.csv")
    chart.settings.name = name.capitalize()
    return chart


def names(chart: Chart, ids=None) -> set[str]:
    chosen = chart.position_ids() if ids is None else ids
    return {chart.position(pid).name for pid in chosen if chart.position(pid).name}


def squeeze(text: str) -> str:
    """Text from a PDF or SVG with every run of white space as one space and ligatures
    (the PDF keeps the font's "ﬀ" in "Jeﬀrey") as plain letters."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


@pytest.fixture
def northwind(qapp) -> Chart:
    return load("northwind")


@pytest.fixture
def softuni(qapp) -> Chart:
    return load("softuni")


@pytest.fixture
def sales(qapp) -> Chart:
    """The canvas tests' small sales chart (a pod team, a vacant seat, a dotted line), named."""
    chart = small_chart()
    chart.settings.name = "Sales 2025"
    return chart
