"""Shared set-up for the side panel tests: a small sales chart in a Document."""

import os
from pathlib import Path

import pytest

from orgeditor.model import Chart, Position, Team
from orgeditor.ui.document import Document


def small_chart() -> Chart:
    chart = Chart()
    chart.add_team(Team("t1", "Pod North", "pod", region="North"))
    chart.add_team(Team("t2", "Pod South", "pod", region="South"))
    chart.add_position(Position("ceo", "Kari Nordmann", "CEO"))
    chart.add_position(Position("vp", "Ola Ødegård", "VP Sales"), "ceo")
    chart.add_position(Position("m1", "Åse Bærum", "Sales Manager", region="North"), "vp")
    chart.add_position(
        Position(
            "s1",
            "Per Hansen",
            "Account Executive",
            region="North",
            team="t1",
            cost=850000.0,
            location="Oslo",
            custom={"Employee no": "1042", "Quota": "4 MNOK"},
        ),
        "m1",
    )
    chart.add_position(
        Position("s2", "Liv Berg", "SDR", region="North", team="t1", custom={"Quota": "2 MNOK"}),
        "m1",
    )
    chart.add_position(Position("s3", "", "Account Manager", status="vacant", region="South"), "m1")
    return chart


@pytest.fixture
def chart_factory():
    return small_chart


@pytest.fixture
def document(qtbot):
    doc = Document(small_chart())
    yield doc
    # QUndoStack.clear() in the stack's destructor emits cleanChanged, which Document relays
    # through a lambda: clear while the Document is still alive.
    doc.undo_stack.clear()


@pytest.fixture
def png_dir(tmp_path) -> Path:
    """Where panel screenshots go: $ORGEDITOR_PANEL_PNG_DIR if set (to look at them), else tmp."""
    target = Path(os.environ.get("ORGEDITOR_PANEL_PNG_DIR") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    return target
