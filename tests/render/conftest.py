"""Charts for the export tests: the two real ones in tests/data and a small sales chart with a
team and a dotted line. Exports run headless (tests/conftest.py sets the offscreen platform)."""

import re
import unicodedata
from pathlib import Path

import pytest

from orgeditor.io import read_chart
from orgeditor.model import Chart, Position, Team

DATA_DIR = Path(__file__).parent.parent / "data"


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
    """ceo > cro > (m1 > a1, a2 [pod]), (m2 > b1 vacant), ops; ops -> m2 dotted."""
    chart = Chart()
    chart.settings.name = "Sales 2025"
    chart.add_team(Team("t1", "Pod North", "pod", region="North"))
    chart.add_position(Position("ceo", "Kari Nordmann", "Chief Executive Officer"))
    chart.add_position(Position("cro", "Grace Hopper", "Chief Revenue Officer"), "ceo")
    chart.add_position(Position("m1", "Alan Turing", "Sales Manager", region="North"), "cro")
    chart.add_position(Position("a1", "Per Hansen", "Account Executive", team="t1"), "m1")
    chart.add_position(Position("a2", "Liv Berg", "SDR", team="t1"), "m1")
    chart.add_position(Position("m2", "Barbara Liskov", "Sales Manager"), "cro")
    chart.add_position(Position("b1", "", "Account Manager", status="vacant"), "m2")
    chart.add_position(Position("ops", "Linus Torvalds", "Sales Operations Analyst"), "cro")
    chart.add_dotted_line("ops", "m2")
    return chart
