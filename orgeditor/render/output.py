"""Atomic writes for the exporters: QSaveFile writes beside the target and renames it over
the target on commit, so a failed export leaves an existing file as it was."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile

from orgeditor.render.errors import ExportError


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Fail early, before any drawing, with a message a user can act on."""
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise ExportError(path, "is a folder, not a file")
    if not folder.is_dir():
        raise ExportError(path, f"could not write: there is no folder {str(folder)!r}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(path, f"could not write: no permission to write in {str(folder)!r}")
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(path, "could not write: permission denied")
    return target


@contextmanager
def saved_file(path: str | os.PathLike[str]) -> Iterator[QSaveFile]:
    """An open QSaveFile for `path`, committed when the block ends without an exception
    (and discarded when it raises)."""
    target = check_writable(path)
    file = QSaveFile(os.fspath(target))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(path, f"could not write: {file.errorString()}")
    try:
        yield file
    except BaseException:
        file.cancelWriting()
        file.commit()  # after cancelWriting() this only removes the temporary file
        raise
    if not file.commit():
        raise ExportError(path, f"could not write: {file.errorString()}")
