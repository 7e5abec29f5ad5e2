"""File access shared by the readers and writers: OS errors become ChartFileError."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from orgeditor.io.errors import ChartFileError


def describe_os_error(error: OSError) -> str:
    """A short, user-facing reason instead of '[Errno 13] Permission denied: ...'."""
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(error, PermissionError):
        return "permission denied"
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    return error.strerror or str(error)


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The whole file, or a ChartFileError saying why it cannot be read."""
    target = Path(path)
    if target.is_dir():  # open() on a folder gives a confusing error on some platforms
        raise ChartFileError(path, "is a folder, not a file")
    try:
        return target.read_bytes()
    except OSError as error:
        raise ChartFileError(path, describe_os_error(error)) from error


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write to a temporary file beside the target, then rename it over the target.

    A crash or a full disk leaves the old file intact instead of a half-written chart.
    """
    target = Path(path)
    if target.is_dir():
        raise ChartFileError(path, "is a folder, not a file")
    temp_name = None
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or "."
        )
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):  # keep the old file's permissions when there is one
            os.chmod(temp_name, target.stat().st_mode & 0o7777 if target.exists() else 0o644)
        os.replace(temp_name, target)
        temp_name = None
    except OSError as error:
        raise ChartFileError(path, f"could not save: {describe_os_error(error)}") from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
