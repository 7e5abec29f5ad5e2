"""File access shared by the readers and writers: OS errors become ChartFileError."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from pathlib import Path

from orgeditor.io.errors import ChartFileError

SHOWN_FOLDER_CHARS = 80  # a long folder is cut at the front so that a message stays one short line


class SaveError(ChartFileError):
    """Writing a file failed part-way (a full disk, an I/O error, the folder gone): the old
    file, if there was one, is as it was and no temporary file is left."""


def shown_folder(folder: str | os.PathLike[str]) -> str:
    """The folder quoted for a one-line message: repr() escapes line breaks, and a long path
    keeps its end, the part a user recognises."""
    text = os.fspath(folder)
    if len(text) > SHOWN_FOLDER_CHARS:
        text = "…" + text[-(SHOWN_FOLDER_CHARS - 1) :]
    return repr(text)


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


# A temporary file from a save that never finished (killed, power cut) is removed by the next
# save of the same file once it is clearly abandoned: its writer process is gone, or (where that
# cannot be checked, or the name has no process id) it is older than this.
STALE_TEMP_SECONDS = 3600


def temp_prefix(target: Path) -> str:
    """'.staff.orgchart.<pid>.': the start of our temporary files for `target` in this process."""
    return f".{target.name}.{os.getpid()}."


def is_temp_file(target: Path, candidate: Path) -> bool:
    """True if `candidate` is named like one of write_text_atomic's temporary files for `target`."""
    name = candidate.name
    head = f".{target.name}."
    return name.startswith(head) and name.endswith(".tmp") and len(name) > len(head) + 4


def _process_alive(pid: int) -> bool:
    if os.name != "posix":  # os.kill(pid, 0) would terminate the process on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. PermissionError: it exists, owned by someone else
        return True
    return True


def _is_abandoned(target: Path, temp: Path, now: float) -> bool:
    middle = temp.name[len(f".{target.name}.") : -len(".tmp")]
    pid_text, dot, _random = middle.partition(".")
    try:
        age = now - temp.stat().st_mtime
    except OSError:
        return False
    if age > STALE_TEMP_SECONDS:
        return True
    if not dot or not pid_text.isdigit():
        return False  # not named with a process id: only the age tells
    pid = int(pid_text)
    return pid != os.getpid() and not _process_alive(pid)


def remove_stale_temp_files(path: str | os.PathLike[str]) -> list[Path]:
    """Delete abandoned temporary files of earlier saves of `path`; returns what was removed.

    Another process saving the same file at this moment keeps its temporary file: only files
    whose writer is no longer running (or that are over STALE_TEMP_SECONDS old) go.
    """
    target = Path(path)
    folder = target.parent
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if is_temp_file(target, entry) and _is_abandoned(target, entry, now):
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write `text` as UTF-8 through write_bytes_atomic (the old file stays on any failure)."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate, say, from a damaged source
        bad = error.object[error.start : error.end]
        raise ChartFileError(
            path, f"could not save: the chart holds text that is not valid Unicode ({bad!r})"
        ) from error
    write_bytes_atomic(path, data)


def write_bytes_atomic(
    path: str | os.PathLike[str], data: bytes, action: str = "could not save"
) -> None:
    """Write to a temporary file beside the target, then rename it over the target.

    Every write, the fsync, the close and the rename are checked, so a crash or a full disk
    leaves the old file intact instead of a half-written one. The temporary file is named
    '.<name>.<pid>.<random>.tmp'; ones left by a killed save are removed by the next
    successful save of the same file (remove_stale_temp_files). Raises ChartFileError for a
    target that is a folder or whose folder is missing, SaveError (`action`: reason) when
    writing fails.
    """
    target = check_target(path, action)
    temp_name = None
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=temp_prefix(target), suffix=".tmp", dir=target.parent or "."
        )
        try:
            _write_all(fd, data)
            os.fsync(fd)  # the data on disk before the rename, not only in the page cache
        finally:
            os.close(fd)  # checked too: some file systems report a failed write only here
        with contextlib.suppress(OSError):  # keep the old file's permissions when there is one
            os.chmod(temp_name, target.stat().st_mode & 0o7777 if target.exists() else 0o644)
        os.replace(temp_name, target)
        temp_name = None
        remove_stale_temp_files(target)
    except OSError as error:
        raise SaveError(path, f"{action}: {_write_failure(target, error)}") from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def check_target(path: str | os.PathLike[str], action: str = "could not save") -> Path:
    """Refuse, before writing anything, a target that is a folder or whose folder is missing."""
    target = Path(path)
    if target.is_dir():
        raise ChartFileError(path, "is a folder, not a file")
    if not target.parent.is_dir():
        raise ChartFileError(path, f"{action}: there is no folder {shown_folder(target.parent)}")
    return target


def _write_all(fd: int, data: bytes) -> None:
    """os.write until every byte is written: one call may write only part."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # no progress and no error: treat as a full disk, never loop forever
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def _write_failure(target: Path, error: OSError) -> str:
    """The reason a write failed; a folder that vanished meanwhile is named."""
    if isinstance(error, FileNotFoundError) and not target.parent.is_dir():
        return f"there is no folder {shown_folder(target.parent)}"
    return describe_os_error(error)
