"""Ctrl+C in the terminal (SIGINT) and SIGTERM (logout, shutdown, `kill`): save for recovery,
then quit.

Python runs a signal handler only when it gets control, and inside Qt's event loop it does not:
without help the signal waits, or SIGTERM's default action ends the process with the unsaved
work. So the C-level handler writes the signal number to a socket (signal.set_wakeup_fd) that a
QSocketNotifier watches; Qt wakes up at once (nothing polls) and the work is done from the event
loop, between two events, never in the middle of an edit.

The work is what the crash handler's Quit does: every modified document goes to the autosave
folder, whose entries stay so the next start offers them back, then the application leaves its
event loop with 128 + the signal number (130, 143) without asking anything. Closing the windows
would ask about unsaved changes and remove the autosaves, so they are not closed.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
from collections.abc import Callable, Iterable
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer

from orgeditor.ui.safety.crash_handler import Saver, save_for_recovery

log = logging.getLogger("orgeditor.signals")
SIGNAL_NAMES = ("SIGINT", "SIGTERM")
EXIT_RETRY_MS = 100


def quit_signals() -> list[signal.Signals]:
    """The signals handled here that this platform has."""
    return [getattr(signal, name) for name in SIGNAL_NAMES if hasattr(signal, name)]


def exit_code(signum: int) -> int:
    """What a shell reports for a process ended by the signal: 130 for SIGINT, 143 for SIGTERM."""
    return 128 + signum


class QuitSignals(QObject):
    """Handles SIGINT and SIGTERM while installed. `savers` lists the open windows when called;
    `quit_app` gets the exit code (by default the application leaves its event loop with it)."""

    def __init__(
        self,
        savers: Callable[[], Iterable[Saver]],
        quit_app: Callable[[int], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.savers = savers
        self._quit = quit_app or self._exit_application
        self.received: int | None = None  # the first signal handled; later ones change nothing
        self._previous: dict[int, object] = {}
        self._previous_wakeup_fd: int | None = None
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None
        self._arrived: list[int] = []  # from the Python-level handler, in case a byte was lost
        self._exit_timer: QTimer | None = None

    @property
    def installed(self) -> bool:
        return self._notifier is not None

    def install(self) -> bool:
        """Take over the signals. False when that is not possible here (not the main thread):
        the signals then keep what they had."""
        if self.installed:
            return True
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        try:
            previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        except ValueError:  # only the main thread may set it
            reader.close()
            writer.close()
            return False
        self._previous_wakeup_fd = previous_fd
        self._sockets = (reader, writer)
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake_up)
        for signum in quit_signals():
            self._previous[signum] = signal.signal(signum, self._handle)
        return True

    def uninstall(self) -> None:
        """Give the signals back what they had before install()."""
        if not self.installed:
            return
        for signum, previous in self._previous.items():
            with contextlib.suppress(ValueError, TypeError, OSError):
                # None: set from C, not by Python; the default is the nearest Python can put back
                signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
        self._previous.clear()
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(
                self._previous_wakeup_fd if self._previous_wakeup_fd is not None else -1
            )
        self._previous_wakeup_fd = None
        notifier, self._notifier = self._notifier, None
        if notifier is not None:
            notifier.setEnabled(False)
            notifier.deleteLater()
        if self._sockets is not None:
            for end in self._sockets:
                end.close()
            self._sockets = None
        if self._exit_timer is not None:
            self._exit_timer.stop()

    # ----- the signal ------------------------------------------------------------------

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        # runs wherever Python happens to be: only note it, the notifier does the work
        self._arrived.append(signum)

    def _wake_up(self, *_args: object) -> None:
        arrived = self._drain() + self._arrived
        self._arrived = []
        ours = [signum for signum in arrived if signum in quit_signals()]
        if ours:
            self.handle_signal(ours[0])

    def _drain(self) -> list[int]:
        if self._sockets is None:
            return []
        numbers: list[int] = []
        while True:
            try:
                data = self._sockets[0].recv(512)
            except OSError:  # BlockingIOError: all read
                break
            if not data:
                break
            numbers.extend(data)
        return numbers

    def handle_signal(self, signum: int) -> None:
        """Save every modified document for recovery, then quit with 128 + signum."""
        if self.received is not None:
            return  # already quitting
        self.received = signum
        name = _signal_name(signum)
        log.info("%s received: saving for recovery and quitting", name)
        saved, failed = self._save_all()
        _tell_terminal(name, saved, failed)
        self._quit(exit_code(signum))

    def _save_all(self) -> tuple[list[str], list[str]]:
        return save_for_recovery(self.savers(), log, only_unsaved=True)

    def _exit_application(self, code: int) -> None:
        # the windows are destroyed after the event loop, not closed; their undo stacks empty
        # themselves then, and nothing may react to a stack half gone
        for saver in list(self.savers()):
            stack = getattr(getattr(saver, "document", None), "undo_stack", None)
            if stack is not None:
                stack.blockSignals(True)
        QCoreApplication.exit(code)
        # exit() ends only the event loops running now: a signal that came while a dialog ran
        # before the main loop started would be forgotten by that loop, so say it again until
        # the main loop has taken it
        if self._exit_timer is None:
            self._exit_timer = QTimer(self)
            self._exit_timer.timeout.connect(lambda: QCoreApplication.exit(code))
            self._exit_timer.start(EXIT_RETRY_MS)


def install_quit_signals(
    savers: Callable[[], Iterable[Saver]],
    quit_app: Callable[[int], None] | None = None,
) -> QuitSignals:
    """Handle SIGINT and SIGTERM from now on; call uninstall() on the answer to stop."""
    handler = QuitSignals(savers, quit_app)
    if not handler.install():
        log.warning("SIGINT and SIGTERM are not handled: not installed from the main thread")
    return handler


def _signal_name(signum: int) -> str:
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


def _tell_terminal(name: str, saved: list[str], failed: list[str]) -> None:
    """One line on stderr for whoever pressed Ctrl+C or sent the signal."""
    translate = QCoreApplication.translate
    lines = []
    if saved:
        lines.append(
            translate("QuitSignals", "orgeditor: %1: unsaved changes to %2 kept for recovery")
            .replace("%1", name)
            .replace("%2", ", ".join(saved))
        )
    if failed:
        lines.append(
            translate("QuitSignals", "orgeditor: %1: could not keep the unsaved changes to %2")
            .replace("%1", name)
            .replace("%2", ", ".join(failed))
        )
    with contextlib.suppress(Exception):  # no stderr (pythonw): nothing to tell
        for line in lines:
            print(line, file=sys.stderr, flush=True)
