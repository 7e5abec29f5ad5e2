"""`orgeditor export` when writing fails part-way (the disk fills during a write, the fsync or
the rename): exit 1, one line on stderr naming the file and the reason, nothing on stdout, the
old file byte for byte as it was and no temporary file left, for every output format."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from orgeditor.cli import main

NORTHWIND = Path(__file__).parent / "data" / "northwind_employees.csv"
SUFFIXES = (".png", ".svg", ".pdf", ".csv", ".graphml", ".orgchart")
OLD_BYTES = b"the good file from last week\n"


def disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def fail_on(monkeypatch: pytest.MonkeyPatch, call: str) -> None:
    """Make the atomic writer's `call` fail as on a full disk; a write writes half first."""
    if call != "write":
        monkeypatch.setattr(os, call, disk_full)
        return
    real_write = os.write

    def half_then_full(fd, data):
        real_write(fd, bytes(data[: max(1, len(data) // 2)]))
        disk_full()

    monkeypatch.setattr(os, "write", half_then_full)


def run_export(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("call", ["write", "fsync", "replace"])
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_failed_write_exits_1_and_keeps_the_old_file(
    qapp, capsys, tmp_path, monkeypatch, suffix, call
):
    path = tmp_path / f"chart{suffix}"
    path.write_bytes(OLD_BYTES)
    fail_on(monkeypatch, call)
    code, out, err = run_export(capsys, str(NORTHWIND), "-o", str(path))
    monkeypatch.undo()
    assert (code, out) == (1, "")
    verb = "save" if suffix in (".csv", ".graphml", ".orgchart") else "write"
    assert err == f"orgeditor export: {path.name}: could not {verb}: the disk is full\n"
    assert path.read_bytes() == OLD_BYTES
    assert os.listdir(tmp_path) == [path.name]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_missing_output_folder_is_named(qapp, capsys, tmp_path, suffix):
    path = tmp_path / "gone" / f"chart{suffix}"
    code, out, err = run_export(capsys, str(NORTHWIND), "-o", str(path))
    assert (code, out) == (2, "")  # the path given is wrong: bad input, as before
    assert err.count("\n") == 1 and len(err) <= 200
    assert err.startswith(f"orgeditor export: {path.name}: could not ")
    assert f"there is no folder {str(path.parent)!r}" in err
    assert os.listdir(tmp_path) == []


def test_a_long_missing_folder_keeps_the_line_short(qapp, capsys, tmp_path):
    folder = tmp_path.joinpath(*["a-rather-long-folder-name"] * 12)
    code, _out, err = run_export(capsys, str(NORTHWIND), "-o", str(folder / "chart.csv"))
    assert code == 2
    assert err.count("\n") == 1 and len(err) <= 200
    assert "there is no folder '…" in err and err.rstrip().endswith("a-rather-long-folder-name'")
