"""The errors export raises for a file it cannot write (or a chart it cannot draw)."""

from __future__ import annotations

from orgeditor.io import ChartFileError
from orgeditor.io.files import SaveError


class ExportError(ChartFileError):
    """An export that could not be written: `str(error)` is one line naming the file."""


class ExportWriteError(ExportError, SaveError):
    """Writing the drawn file failed part-way (a full disk, an I/O error): the old file is
    kept. A SaveError too, so callers tell it from a refused path or an empty chart."""
