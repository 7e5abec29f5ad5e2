"""Menus and dialogs shown for real in tests: a timer reads the open popup and picks an entry
with the mouse (or closes it with Esc) while the menu's own exec/popup runs; deferred deletes are
then run, as Qt does when control goes back to the event loop. A modal dialog is answered by
typing where the keyboard focus is."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

POLL_MS = 10
MAX_POLLS = 500  # five seconds of polling before the run gives up (and closes every popup)


def entries(menu: QMenu) -> list[str]:
    """The menu's entry texts (section titles too) without ampersands and shortcut columns."""
    return [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()]


def run_deferred_deletes(qtbot) -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(1)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class MenuRun:
    """Waits for a popup menu, records its entries, then clicks through `path` (entry texts,
    submenu titles first) or presses Esc when the path is empty."""

    def __init__(self, path: Sequence[str] = ()) -> None:
        self.path = list(path)
        self.seen: list[list[str]] = []  # the entries of each popup met, top menu first
        self.error = ""
        self.done = False
        self._polls = 0
        self._menu: QMenu | None = None

    def start(self) -> None:
        QTimer.singleShot(POLL_MS, self._step)

    def _step(self) -> None:
        popup = QApplication.activePopupWidget()
        self._polls += 1
        if self._polls > MAX_POLLS:
            self.error = f"gave up waiting; at {self.path!r}, popup {popup!r}"
            self._close_all()
            return
        if not isinstance(popup, QMenu) or popup is self._menu or not popup.isVisible():
            QTimer.singleShot(POLL_MS, self._step)
            return
        self._menu = popup
        self.seen.append(entries(popup))
        if not self.path:
            QTest.keyClick(popup, Qt.Key.Key_Escape)
            self.done = True
            return
        wanted = self.path.pop(0)
        for action in popup.actions():
            if not action.isSeparator() and action.text().replace("&", "").split("\t")[0] == wanted:
                break
        else:
            self.error = f"{wanted!r} not in {entries(popup)}"
            self._close_all()
            return
        if not action.isEnabled():
            self.error = f"{wanted!r} is disabled"
            self._close_all()
            return
        QTest.mouseClick(
            popup, Qt.MouseButton.LeftButton, pos=popup.actionGeometry(action).center()
        )
        if action.menu() is None:
            self.done = True
        else:
            QTimer.singleShot(POLL_MS, self._step)

    def _close_all(self) -> None:
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        self.done = True


def run_menu(qtbot, open_menu: Callable[[], object], path: Sequence[str] = ()) -> MenuRun:
    """Call open_menu (which shows a menu, blocking or not), pick `path` in it, wait until the
    menu is gone and run the deferred deletes. Fails the test if an entry was missing."""
    run = MenuRun(path)
    run.start()
    open_menu()
    qtbot.waitUntil(lambda: run.done and QApplication.activePopupWidget() is None)
    run_deferred_deletes(qtbot)
    assert not run.error, run.error
    return run


def type_into_dialog(text: str, seen: list) -> None:
    """Once a modal dialog shows and has put the keyboard focus in one of its widgets, type
    `text` there and press Enter; `seen` gets that widget's object name. A dialog that never
    takes the focus is rejected after a while (the test then fails on `seen`), not left hanging."""
    polls = []

    def answer():
        dialog, focus = QApplication.activeModalWidget(), QApplication.focusWidget()
        polls.append(1)
        if dialog is None or focus is None or not dialog.isAncestorOf(focus):
            if dialog is not None and len(polls) > MAX_POLLS:
                seen.append(focus.objectName() if focus else None)
                dialog.reject()
            else:
                QTimer.singleShot(POLL_MS, answer)
            return
        seen.append(focus.objectName())
        QTest.keyClicks(focus, text)
        QTest.keyClick(focus, Qt.Key.Key_Return)

    QTimer.singleShot(POLL_MS, answer)
