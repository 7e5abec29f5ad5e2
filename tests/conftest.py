"""Shared test set-up: headless Qt, and paths to the real organisation data."""

import os
import tempfile
from pathlib import Path

import pytest

# Tests never need a screen: set before any Qt import (pytest-qt creates the QApplication later).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, autosaves and the log of every test go to a throw-away folder, never the user's.
_SANDBOX = tempfile.mkdtemp(prefix="orgeditor-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SANDBOX, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SANDBOX, "data")

DATA_DIR = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA_DIR
