"""What happens when a bug raises an exception nobody catches in the GUI.

Qt calls Python code from its event loop; an exception there reaches sys.excepthook and the
editor carries on in an unknown state. The handler writes the traceback to the log, saves every
modified document to the autosave folder (the next start offers it back), and tells the user,
who can carry on or quit. It never lets work go silently.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from collections.abc import Callable, Iterable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("orgeditor.crash")
QUIT_EXIT_CODE = 70  # EX_SOFTWARE


class Saver(Protocol):
    """What the handler needs of a window: its name and a way to save it now."""

    def emergency_save(self) -> Path | None: ...
    def emergency_name(self) -> str: ...


def setup_log(folder: Path) -> Path | None:
    """Log warnings and crashes to <folder>/orgeditor.log (1 MB, 3 old files kept). None when
    the folder cannot hold a log (then nothing claims there is one)."""
    path = folder / "orgeditor.log"
    root = logging.getLogger("orgeditor")
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8"):
            pass  # writable? (the handler itself opens the file only when something is logged)
        handler = RotatingFileHandler(
            path, maxBytes=1 << 20, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        return None  # no log file is no reason not to start
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class CrashHandler:
    """Installed as sys.excepthook by the app. `savers` lists the open windows when called."""

    def __init__(
        self,
        savers: Callable[[], Iterable[Saver]],
        log_path: Path | None = None,
        ask: Callable[[str, str], bool] | None = None,
        quit_app: Callable[[], None] | None = None,
    ) -> None:
        self.savers = savers
        self.log_path = log_path
        self._ask = ask or _ask_with_dialog
        self._quit = quit_app or (lambda: QApplication.exit(QUIT_EXIT_CODE))
        self._previous = sys.excepthook
        self._busy = False  # an exception while the dialog is up is logged, not re-shown

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        details = _format(kind, error, trace)
        if self._busy:  # raised while the dialog is up (a paint error behind it, say)
            _report(details)
            return
        self._busy = True
        try:
            saved, failed = self._save_all()  # first: nothing below may cost the user's work
            _report(details)
            if self._ask(self._summary(error, saved, failed), details):
                self._quit()
        finally:
            self._busy = False

    def _save_all(self) -> tuple[list[str], list[str]]:
        return save_for_recovery(self.savers(), log)

    def _summary(self, error: BaseException, saved: list[str], failed: list[str]) -> str:
        translate = QCoreApplication.translate
        headline = translate("CrashHandler", "orgeditor ran into an unexpected error: %1")
        lines = [headline.replace("%1", _describe(error)), ""]
        if saved:
            lines.append(
                translate(
                    "CrashHandler",
                    "Your unsaved changes to %1 are saved for recovery: if orgeditor closes now, "
                    "the next start offers them.",
                ).replace("%1", ", ".join(saved))
            )
        if failed:
            lines.append(
                translate("CrashHandler", "Could not save a recovery copy of %1.").replace(
                    "%1", ", ".join(failed)
                )
            )
        if not saved and not failed:
            lines.append(translate("CrashHandler", "There were no unsaved changes."))
        lines.append("")
        lines.append(
            translate(
                "CrashHandler",
                "Save your work under a new name, then restart orgeditor to be safe.",
            )
        )
        if self.log_path is not None:
            lines.append(
                translate("CrashHandler", "The details are in %1.").replace(
                    "%1", str(self.log_path)
                )
            )
        return "\n".join(lines)


def _format(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    try:
        return "".join(traceback.format_exception(kind, error, trace))
    except Exception:  # an exception whose text itself fails
        return f"{kind.__name__} (its details could not be formatted)"


def _describe(error: BaseException) -> str:
    try:
        return f"{type(error).__name__}: {error}"
    except Exception:
        return type(error).__name__


def _report(details: str) -> None:
    """To the log file and to stderr, where a developer looks; neither may fail the handler."""
    with contextlib.suppress(Exception):
        log.error("uncaught exception\n%s", details)
    with contextlib.suppress(Exception):
        print(details, file=sys.stderr, end="")


def _ask_with_dialog(summary: str, details: str) -> bool:
    """Show what happened; True if the user chose to quit."""
    parent = QApplication.activeWindow()
    box = QMessageBox(parent if isinstance(parent, QWidget) else None)
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashHandler", "orgeditor: unexpected error"))
    headline, _blank, rest = summary.partition("\n\n")
    box.setText(headline)
    box.setInformativeText(rest)
    box.setDetailedText(details)
    carry_on = box.addButton(
        QCoreApplication.translate("CrashHandler", "Continue"), QMessageBox.ButtonRole.AcceptRole
    )
    quit_button = box.addButton(
        QCoreApplication.translate("CrashHandler", "Quit"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(carry_on)
    box.exec()
    return box.clickedButton() is quit_button


def save_for_recovery(
    savers: Iterable[Saver], logger: logging.Logger, only_unsaved: bool = False
) -> tuple[list[str], list[str]]:
    """Save every window's chart to the autosave folder, each on its own: one that fails does
    not stop the others. Returns (names saved, names that failed). With only_unsaved, charts
    without unsaved changes are left alone."""
    saved: list[str] = []
    failed: list[str] = []
    for saver in list(savers):
        document = getattr(saver, "document", None)
        if only_unsaved and document is not None and not document.modified:
            continue  # nothing unsaved: nothing to keep
        try:
            name = saver.emergency_name()
        except Exception:  # a broken window must not stop the others being saved
            name = QCoreApplication.translate("CrashHandler", "a chart")
        try:
            path = saver.emergency_save()
        except Exception:
            logger.exception("recovery save of %s failed", name)
            failed.append(name)
            continue
        if path is not None:
            logger.info("recovery save of %s to %s", name, path)
            saved.append(name)
    return saved, failed
