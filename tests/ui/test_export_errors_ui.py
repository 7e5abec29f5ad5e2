"""File ▸ Export when writing fails part-way (a full disk during a write, the fsync or the
rename): one Could not export message, one line naming the file and the reason; the old file
keeps every byte and no temporary file is left, for every format the window writes."""

from __future__ import annotations

import errno
import os

import pytest

from orgeditor.ui.export_controller import export_failure

SUFFIXES = (".png", ".svg", ".pdf", ".csv", ".graphml", ".orgchart")
OLD_BYTES = b"the good file from last week\n"


def disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "orgeditor.ui.export_controller.QMessageBox.warning",
        lambda _parent, title, text, *a, **k: shown.append((title, text)),
    )
    return shown


@pytest.mark.parametrize("call", ["write", "fsync", "replace"])
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_failed_export_says_why_and_keeps_the_old_file(
    window, tmp_path, monkeypatch, warnings, suffix, call
):
    window.show_example()
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / f"chart{suffix}"
    path.write_bytes(OLD_BYTES)
    with monkeypatch.context() as patch:
        patch.setattr(os, call, disk_full)
        assert not window.exports.export_to(path)
    verb = "save" if suffix in (".csv", ".graphml", ".orgchart") else "write"
    assert warnings == [("Could not export", f"{path.name}: could not {verb}: the disk is full")]
    assert path.read_bytes() == OLD_BYTES
    assert os.listdir(folder) == [path.name]


def test_missing_folder_is_named(window, tmp_path, warnings):
    window.show_example()
    path = tmp_path / "gone" / "chart.svg"
    assert not window.exports.export_to(path)
    ((_title, text),) = warnings
    assert text.startswith("chart.svg: could not write: there is no folder")
    assert repr(str(path.parent)) in text
    assert not path.parent.exists()


def test_an_unworded_os_error_gets_words(tmp_path):
    path = tmp_path / "chart.png"
    error = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    assert export_failure(path, error) == "chart.png: could not write: the disk is full"
    odd = tmp_path / "two\nlines.png"
    assert "\n" not in export_failure(odd, OSError(errno.EIO, os.strerror(errno.EIO)))
