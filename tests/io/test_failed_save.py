"""A save that fails (read-only folder, full disk) says why, names the file, keeps the old file
byte for byte and leaves no temporary file behind."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

import pytest

from orgeditor.io import ChartFileError, load_orgchart, save_orgchart
from orgeditor.model import Chart, Position


def chart(name: str) -> Chart:
    result = Chart()
    result.add_position(Position(id="ceo", name=name, title="Chief Executive Officer"), None)
    result.add_position(Position(id="ae1", name="Bo", title="Account Executive"), "ceo")
    return result


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, bytes]:
    """A folder holding one saved chart, and that file's bytes."""
    folder = tmp_path / "charts"
    folder.mkdir()
    path = folder / "sales.orgchart"
    save_orgchart(chart("Old"), path)
    return path, path.read_bytes()


def assert_untouched(path: Path, old_bytes: bytes) -> None:
    assert path.read_bytes() == old_bytes
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temporary file


def test_read_only_folder(saved, monkeypatch):
    path, old_bytes = saved
    folder = path.parent
    folder.chmod(0o500)
    try:
        probe = folder / "probe"
        try:
            probe.touch()
        except PermissionError:
            pass
        else:
            # root ignores the folder's mode: make creating the temporary file fail as a
            # read-only folder would for anyone else
            probe.unlink()
            denied = OSError(errno.EACCES, os.strerror(errno.EACCES))
            monkeypatch.setattr(tempfile, "mkstemp", lambda *a, **k: (_ for _ in ()).throw(denied))
        with pytest.raises(ChartFileError) as caught:
            save_orgchart(chart("New"), path)
    finally:
        folder.chmod(stat.S_IRWXU)
    assert str(caught.value) == "sales.orgchart: could not save: permission denied"
    assert caught.value.path == os.fspath(path)
    assert_untouched(path, old_bytes)


def disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_disk_full_keeps_old_file_and_leaves_no_temp_file(saved, monkeypatch, call):
    path, old_bytes = saved
    monkeypatch.setattr(os, call, disk_full)
    with pytest.raises(ChartFileError) as caught:
        save_orgchart(chart("New"), path)
    monkeypatch.undo()
    assert str(caught.value) == "sales.orgchart: could not save: the disk is full"
    assert isinstance(caught.value.__cause__, OSError)
    assert_untouched(path, old_bytes)


def test_disk_full_while_writing(saved, monkeypatch):
    """The write itself fails (not only fsync): the half-written temporary file goes too."""
    path, old_bytes = saved
    real_write = os.write

    def half_then_full(fd, data):
        real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(ChartFileError, match=r"sales\.orgchart: could not save: the disk is full"):
        save_orgchart(chart("New"), path)
    monkeypatch.undo()
    assert_untouched(path, old_bytes)


def test_short_writes_are_completed(saved, monkeypatch):
    """os.write may write only part of what it is given: the rest is written, not lost."""
    path, _old_bytes = saved
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    save_orgchart(chart("New"), path)
    monkeypatch.undo()
    assert load_orgchart(path).position("ceo").name == "New"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_folder_that_does_not_exist(tmp_path):
    path = tmp_path / "missing" / "sales.orgchart"
    with pytest.raises(ChartFileError) as caught:
        save_orgchart(chart("New"), path)
    folder = repr(str(path.parent)) if len(str(path.parent)) <= 80 else "'…"
    message = str(caught.value)
    assert message.startswith(f"sales.orgchart: could not save: there is no folder {folder}")
    assert "\n" not in message
    assert not path.parent.exists()
