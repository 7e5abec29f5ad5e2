"""Shared test set-up: headless Qt, and paths to the real organisation data."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Tests never need a screen: set before any Qt import (pytest-qt creates the QApplication later).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, autosaves and the log of every test go to a throw-away folder, never the user's.
_SANDBOX = tempfile.mkdtemp(prefix="orgeditor-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SANDBOX, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SANDBOX, "data")

DATA_DIR = Path(__file__).parent / "data"

# Hypothesis: CI runs a fixed seed (the same examples every run, printed in the header) so that a
# red build can be replayed; HYPOTHESIS_PROFILE=dev (or --hypothesis-seed=N) explores others.
HYPOTHESIS_SEED = 20261203
settings.register_profile("ci", print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def _hypothesis_seed(config: pytest.Config) -> int | None:
    given = config.getoption("hypothesis_seed", None)
    if given is not None:
        return int(given)
    return HYPOTHESIS_SEED if settings.get_current_profile_name() == "ci" else None


def pytest_configure(config: pytest.Config) -> None:
    from hypothesis import core

    config.addinivalue_line(
        "markers",
        "fault_injection: the failure is simulated (a patched call raises the OSError the"
        " platform would), because the real cause cannot be set up here (e.g. tests run as root,"
        " where folder permissions do not bind)",
    )

    seed = _hypothesis_seed(config)
    if seed is not None:
        core.global_force_seed = seed  # what --hypothesis-seed sets


def pytest_report_header(config: pytest.Config) -> str:
    seed = _hypothesis_seed(config)
    return f"hypothesis: profile {settings.get_current_profile_name()!r}, seed {seed}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # the settings, autosaves and logs of this run: nothing of it is needed afterwards
    shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture
def data_dir() -> Path:
    return DATA_DIR


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks the locale's language (Bokmål under nb_NO): tests that expect
    English get an English locale whatever the machine's; tests of Bokmål set their own."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
