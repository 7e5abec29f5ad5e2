"""Helpers for the data-safety tests: a saved chart, a child process that holds a lock."""

import subprocess
import sys
from pathlib import Path

import pytest

from orgeditor.io import save_orgchart
from orgeditor.ui.examples import load_example

HERE = Path(__file__).parent


@pytest.fixture
def saved_chart(tmp_path) -> Path:
    path = tmp_path / "charts" / "sales plan.orgchart"
    path.parent.mkdir()
    save_orgchart(load_example("pod"), path)
    return path


@pytest.fixture
def lock_holder():
    """Start another process that holds a file's lock (as a second orgeditor would); yields a
    function taking the chart path and returning the process. All are killed at the end."""
    children: list[subprocess.Popen] = []

    def hold(path: Path) -> subprocess.Popen:
        code = (
            "import sys, time\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from orgeditor.ui.safety.file_lock import FileLock\n"
            "from pathlib import Path\n"
            "app = QCoreApplication([]); app.setApplicationName('orgeditor')\n"
            "lock = FileLock(Path(sys.argv[1]))\n"
            "print('held' if lock.acquire() is None else 'refused', flush=True)\n"
            "time.sleep(60)\n"
        )
        child = subprocess.Popen(
            [sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True
        )
        children.append(child)
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        return child

    yield hold
    for child in children:
        child.kill()
        child.wait()
