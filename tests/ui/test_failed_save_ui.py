"""A save that fails in the GUI: the user is told which file and why, the document stays marked
modified (nothing is lost on close), and the file on disk keeps its old bytes."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from orgeditor.io import ChartFileError
from orgeditor.model import Position
from orgeditor.ui.commands import AddPositionCommand
from orgeditor.ui.document import Document


def disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def make_saves_fail(monkeypatch, folder):
    """Read-only folder where that stops this user; else (root) a full disk."""
    folder.chmod(0o500)
    probe = folder / "probe"
    try:
        probe.touch()
    except PermissionError:
        return "permission denied"
    probe.unlink()
    folder.chmod(0o700)
    monkeypatch.setattr(os, "fsync", disk_full)
    return "the disk is full"


@pytest.mark.fault_injection  # as root a read-only folder does not stop a save: a full disk then
def test_failed_save_keeps_document_modified_and_old_file(window, tmp_path, monkeypatch):
    folder = tmp_path / "charts"
    folder.mkdir()
    path = folder / "sales.orgchart"
    window.show_example()
    assert window.save_path(path)
    old_bytes = path.read_bytes()
    document = window.document
    document.undo_stack.push(
        AddPositionCommand(document.chart, Position("new1", "Nina", "Account Executive"), None)
    )
    assert document.modified

    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a, **k: shown.append((title, text))
    )
    reason = make_saves_fail(monkeypatch, folder)
    try:
        assert not window.files.save()  # File > Save to the document's own path
    finally:
        folder.chmod(0o700)
        monkeypatch.undo()  # saving works again; the message box is only needed above

    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Could not save"
    assert str(path) in text and reason in text
    assert document.modified and window.isWindowModified()
    assert document.path == path
    assert path.read_bytes() == old_bytes
    # no temporary file left; the lock says the chart is open here
    assert sorted(p.name for p in folder.iterdir()) == [".sales.orgchart.lock", "sales.orgchart"]


def test_document_save_failure_changes_nothing(qtbot, tmp_path, monkeypatch):
    document = Document()
    document.chart.add_position(Position("ceo", "Ada", "Chief Executive Officer"), None)
    old_path = tmp_path / "old.orgchart"
    document.save(old_path)
    document.undo_stack.push(
        AddPositionCommand(document.chart, Position("ae1", "Bo", "Account Executive"), "ceo")
    )
    old_bytes = old_path.read_bytes()
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ChartFileError, match=r"old\.orgchart: could not save: the disk is full"):
        document.save(old_path)
    monkeypatch.undo()
    assert document.modified
    assert document.path == old_path
    assert old_path.read_bytes() == old_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.orgchart"]
