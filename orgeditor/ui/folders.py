"""Where the file dialogs start: the open chart's folder, else the folder used last, else home.

The last folder is kept in the user's settings (QSettings), so it outlives the session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

LAST_FOLDER_KEY = "lastFolder"


def start_folder(document_path: Path | None) -> str:
    """The folder a file dialog opens in for the document saved at `document_path` (None for
    one never saved): its folder when that still exists, else the last folder used when that
    still exists, else the home folder."""
    if document_path is not None and _is_folder(document_path.parent):
        return str(document_path.parent)
    last = QSettings().value(LAST_FOLDER_KEY)
    if isinstance(last, str) and last and _is_folder(Path(last)):
        return last
    return str(Path.home())


def remember_folder(path: Path) -> None:
    """`path` was opened, imported, saved or exported: its folder is the next one to start in."""
    QSettings().setValue(LAST_FOLDER_KEY, str(path.absolute().parent))


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # an unreadable network share, a name too long: not a place to start
        return False
