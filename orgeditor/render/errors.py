"""The error export raises for a file it cannot write (or a chart it cannot draw)."""

from __future__ import annotations

from orgeditor.io import ChartFileError


class ExportError(ChartFileError):
    """An export that could not be written: `str(error)` is one line naming the file."""
