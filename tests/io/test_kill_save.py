"""Saving survives SIGKILL: the file is always the old or the new chart, never half of one, and
temporary files a killed save leaves behind are removed by the next save (benchmarks/kill_save.py
is the long version of this test)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from orgeditor.io import save_orgchart
from orgeditor.io.files import STALE_TEMP_SECONDS, remove_stale_temp_files
from orgeditor.model import Chart, Position

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and pid checks are POSIX")

KILL_SAVE = Path(__file__).resolve().parents[2] / "benchmarks" / "kill_save.py"


def load_kill_save():
    spec = importlib.util.spec_from_file_location("kill_save", KILL_SAVE)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("kill_save", module)
    spec.loader.exec_module(module)
    return module


def small_chart() -> Chart:
    chart = Chart()
    chart.add_position(Position(id="ceo", name="Ada", title="Chief Executive Officer"), None)
    return chart


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_every_kill_leaves_the_old_or_the_new_chart(tmp_path):
    kill_save = load_kill_save()
    outcome = kill_save.run_kills(tmp_path, runs=10, size=3_000, seed=7)
    assert outcome.failures == []
    assert outcome.runs == 10
    assert outcome.old + outcome.new == 10
    assert outcome.temp_files_after_final_save == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.orgchart"]


def test_next_save_removes_temp_file_of_a_dead_writer(tmp_path):
    path = tmp_path / "chart.orgchart"
    stale = tmp_path / f".chart.orgchart.{dead_pid()}.abc123_x.tmp"
    stale.write_text("{half a chart")
    save_orgchart(small_chart(), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.orgchart"]


def test_temp_file_of_a_running_writer_is_kept(tmp_path):
    path = tmp_path / "chart.orgchart"
    writer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        in_flight = tmp_path / f".chart.orgchart.{writer.pid}.abc123_x.tmp"
        in_flight.write_text("{being written")
        save_orgchart(small_chart(), path)
        assert in_flight.exists()
    finally:
        writer.kill()
        writer.wait()
    assert remove_stale_temp_files(path) == [in_flight]
    assert not in_flight.exists()


def test_old_temp_file_without_a_pid_goes_only_when_old(tmp_path):
    path = tmp_path / "chart.orgchart"
    fresh = tmp_path / ".chart.orgchart.abc123_x.tmp"  # named by an older orgeditor
    old = tmp_path / ".chart.orgchart.zzz999_y.tmp"
    other = tmp_path / ".other.orgchart.1.abc.tmp"  # another file's: never touched
    for temp in (fresh, old, other):
        temp.write_text("{")
    long_ago = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    save_orgchart(small_chart(), path)
    assert fresh.exists() and other.exists()
    assert not old.exists()
