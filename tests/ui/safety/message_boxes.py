"""Answer the next modal message box by clicking one of its buttons, as a user would."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def click_when_shown(button_text: str, seen: list) -> None:
    """When a modal QMessageBox appears, record (objectName, text, informative text) in `seen`
    and click the button whose text is `button_text` (mnemonic '&' ignored)."""

    def try_click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, try_click)
            return
        seen.append((box.objectName(), box.text(), box.informativeText()))
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, try_click)
