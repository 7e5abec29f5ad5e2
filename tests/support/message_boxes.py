"""Answer the next modal message box by clicking one of its buttons, as a user would."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def click_when_shown(button_text: str, seen: list, tries: int = 250) -> None:
    """When a modal QMessageBox appears, record (objectName, text, informative text) in `seen`
    and click the button whose text is `button_text` (mnemonic '&' ignored). A box without that
    button is closed and the test fails (pytest-qt reports exceptions raised in Qt callbacks)."""

    def try_click(left: int) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left > 0:  # no box after 5 s: the code under test did not ask
                QTimer.singleShot(20, lambda: try_click(left - 1))
            return
        seen.append((box.objectName(), box.text(), box.informativeText()))
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        names = [b.text() for b in box.buttons()]
        box.reject()  # close it first, so the failure below ends the test instead of a hang
        raise AssertionError(f"no button {button_text!r} in {names}")

    QTimer.singleShot(0, lambda: try_click(tries))
