"""Edit a card's name in place: a line edit over the card (F2 or double-click).

Enter commits (the view pushes one EditFieldsCommand), Escape cancels, leaving the field
commits like Enter does.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QWidget

from orgeditor.drawing.card_item import CardItem
from orgeditor.drawing.card_layout import TEXT_RIGHT, TEXT_X, layout_card
from orgeditor.drawing.style import font
from orgeditor.model import Position


def renamed_fields(position: Position, name: str) -> dict[str, object]:
    """The fields a typed name changes: the name, and the status when a seat is filled (a name
    given) or left open (the name cleared)."""
    values: dict[str, object] = {}
    if name != position.name:
        values["name"] = name
    if name and position.status == "vacant":
        values["status"] = "filled"
    elif not name and position.status == "filled":
        values["status"] = "vacant"
    return values


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
            # the palette's field colours: light or dark like the rest of the interface
            "QLineEdit { border: 2px solid #2563EB; border-radius: 4px; padding: 0 4px;"
            " background: palette(base); color: palette(text); }"
        )

    def place_over(self, card: CardItem, view: QGraphicsView) -> None:
        """Over the card's name line, in type that grows with the zoom, never too small."""
        name_y = layout_card(card.content).name_at.y()  # lower under a title on two lines
        row = QRectF(TEXT_X - 5, name_y - 4, TEXT_RIGHT - TEXT_X + 10, 22).translated(card.pos())
        area = view.mapFromScene(row).boundingRect()
        self.setFont(font(max(11, min(24, round(13 * view.transform().m11())))))
        area.setHeight(max(area.height(), self.sizeHint().height()))
        area.setWidth(max(area.width(), 160))
        self.setGeometry(area)

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
