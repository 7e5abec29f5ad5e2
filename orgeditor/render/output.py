"""Output for the exporters: a drawing goes into memory first, is checked complete, and only
then written with orgeditor.io's atomic writer (every write, the fsync and the rename checked),
so a failed export (a full disk, say) leaves an existing file as it was."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPaintDevice, QPainter

from orgeditor.io import ChartFileError
from orgeditor.io.files import SaveError, shown_folder, write_bytes_atomic
from orgeditor.render.errors import ExportError, ExportWriteError

WRITE_FAILED = "could not write"


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Fail early, before any drawing, with a message a user can act on."""
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise ExportError(path, "is a folder, not a file")
    if not folder.is_dir():
        raise ExportError(path, f"{WRITE_FAILED}: there is no folder {shown_folder(folder)}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(path, f"{WRITE_FAILED}: no permission to write in {shown_folder(folder)}")
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(path, f"{WRITE_FAILED}: permission denied")
    return target


def memory_buffer() -> QBuffer:
    """An open, empty in-memory device to draw into: it cannot run out of disk part-way."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return buffer


@contextmanager
def painting(path: str | os.PathLike[str], device: QPaintDevice, what: str) -> Iterator[QPainter]:
    """A painter on `device`, ended when the block ends; an ExportError if it does not start
    or does not end cleanly (the generator's last writes happen in end())."""
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(path, f"{WRITE_FAILED}: the {what} did not start")
    try:
        yield painter
    except BaseException:
        painter.end()
        raise
    if not painter.end():
        raise ExportError(path, f"{WRITE_FAILED}: the {what} did not finish")


def complete_bytes(
    path: str | os.PathLike[str], buffer: QBuffer, ending: bytes, what: str
) -> bytes:
    """The buffer's bytes, checked to end as a whole file of the format does (so a drawing
    cut short is never written over a good file)."""
    data = bytes(buffer.data())
    if not data.rstrip().endswith(ending):
        raise ExportError(path, f"{WRITE_FAILED}: the {what} came out incomplete")
    return data


def write_file(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` atomically; ExportWriteError (the file and the reason in words) if any
    write fails, ExportError for a target that is a folder or has no folder."""
    try:
        write_bytes_atomic(path, data, action=WRITE_FAILED)
    except SaveError as error:
        raise ExportWriteError(path, error.detail) from error
    except ChartFileError as error:
        raise ExportError(path, error.detail) from error
