"""Charts for the export tests: the two real ones in tests/data and a small sales chart with a
team and a dotted line. Exports run headless (tests/conftest.py sets the offscreen platform)."""

from pathlib import Path

import pytest
from support.canvas_helpers import small_chart

from orgeditor.io import read_chart
from orgeditor.model import Chart

DATA_DIR = Path(__file__).parent.parent / "data"


def load(name: str) -> Chart:
    chart, _problems = read_chart(DATA_DIR / f"{name}_employees.csv")
    chart.settings.name = name.capitalize()
    return chart


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
