"""Edit a card's name in place: a line edit over the card (F2 or double-click).

Enter commits (the view pushes one EditFieldsCommand), Escape cancels, leaving the field
commits like Enter does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class NameEditor(QLineEdit):
    committed = Signal(str, str)  # position id, new text
    cancelled = Signal()

    def __init__(self, position_id: str, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setObjectName("cardNameEditor")
        self.position_id = position_id
        self._done = False
        self.setPlaceholderText(self.tr("Name (empty: vacant)"))
        self.selectAll()
        self.setStyleSheet(
            "QLineEdit { border: 2px solid #2563EB; border-radius: 4px; padding: 0 4px;"
            " background: white; color: #101828; }"
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self.committed.emit(self.position_id, self.text().strip())

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit()
