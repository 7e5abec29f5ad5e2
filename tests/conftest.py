"""Shared test set-up: headless Qt, and paths to the real organisation data."""

import os
from pathlib import Path

import pytest

# Tests never need a screen: set before any Qt import (pytest-qt creates the QApplication later).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA_DIR = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA_DIR
