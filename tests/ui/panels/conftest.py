"""Shared set-up for the side panel tests: a small sales chart in a Document, documents that
clean up after the test, and shown panels."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

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
def make_document(qtbot):
    """make(chart) -> a Document of chart; every one made is cleaned up after the test."""
    documents = []

    def make(chart: Chart) -> Document:
        doc = Document(chart)
        documents.append(doc)
        return doc

    yield make
    # QUndoStack.clear() in the stack's destructor emits cleanChanged, which Document relays
    # through a lambda: clear while the Document is still alive.
    for doc in documents:
        doc.undo_stack.clear()


@pytest.fixture
def document(make_document):
    return make_document(small_chart())


@pytest.fixture
def show_widget(qtbot):
    """show(widget, width, height) -> the widget, resized, shown and exposed (closed after)."""

    def show(widget: QWidget, width: int, height: int) -> QWidget:
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show


@pytest.fixture
def png_dir(tmp_path) -> Path:
    """Where panel screenshots go: $ORGEDITOR_PANEL_PNG_DIR if set (to look at them), else tmp."""
    target = Path(os.environ.get("ORGEDITOR_PANEL_PNG_DIR") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    return target
