"""Shared set-up for the canvas tests: shown canvases on sales charts."""

from pathlib import Path

import pytest
from support.canvas_helpers import make_canvas


@pytest.fixture
def canvas_factory(qtbot):
    """make(chart=None) -> a shown Canvas; every document made is cleaned up after the test."""
    made = []

    def make(chart=None):
        canvas = make_canvas(qtbot, chart)
        made.append(canvas)
        return canvas

    yield make
    for canvas in made:
        # the stack's destructor would emit cleanChanged into a half-deleted Document
        canvas.document.undo_stack.clear()


@pytest.fixture
def canvas(canvas_factory):
    return canvas_factory()


@pytest.fixture
def screenshots(picture_dir) -> Path:
    return picture_dir
