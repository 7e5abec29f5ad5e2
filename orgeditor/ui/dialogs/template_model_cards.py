"""The template wizard's model choice: three big cards (assembly line, pod, island), each a
radio button with the model's icon and a one-line explanation. Click anywhere on a card."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from orgeditor.ui.dialogs.structure_info import (
    ICON_H,
    ICON_W,
    STRUCTURE_MODELS,
    structure_blurb,
    structure_icon,
)
from orgeditor.ui.labels import model_text

_CARD_STYLE = """
QFrame#modelCard {
    border: 1px solid palette(mid);
    border-radius: 8px;
    background: palette(base);
}
QFrame#modelCard[chosen="true"] {
    border: 2px solid palette(highlight);
}
"""


class ModelCard(QFrame):
    """One model: a radio button with the name, the icon, and the explanation below."""

    def __init__(self, model: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName("modelCard")
        self.setProperty("chosen", False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.radio = QRadioButton(model_text(model), self)
        self.radio.setObjectName(f"model_{model}")
        font = self.radio.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.radio.setFont(font)
        icon = QLabel(self)
        icon.setPixmap(structure_icon(model).pixmap(QSize(ICON_W, ICON_H)))
        blurb = QLabel(structure_blurb(model), self)
        blurb.setWordWrap(True)
        blurb.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        blurb.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.blurb = blurb

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.radio)
        top.addStretch(1)
        top.addWidget(icon)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setVerticalSpacing(4)
        grid.addLayout(top, 0, 0)
        grid.addWidget(blurb, 1, 0)
        grid.setRowStretch(1, 1)
        self.radio.toggled.connect(self._mark)

    def _mark(self, on: bool) -> None:
        self.setProperty("chosen", on)
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.radio.setChecked(True)
            self.radio.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)


class ModelChooser(QWidget):
    """The three cards in a row; modelChanged(key) when the choice changes."""

    modelChanged = Signal(str)

    def __init__(self, model: str = "pod", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_CARD_STYLE)
        self.group = QButtonGroup(self)
        self.cards: dict[str, ModelCard] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        for key in STRUCTURE_MODELS:
            card = ModelCard(key, self)
            self.cards[key] = card
            self.group.addButton(card.radio)
            row.addWidget(card, 1)
            card.radio.toggled.connect(lambda on, key=key: on and self.modelChanged.emit(key))
        self.set_model(model if model in self.cards else STRUCTURE_MODELS[0])

    def model(self) -> str:
        return next(key for key, card in self.cards.items() if card.radio.isChecked())

    def set_model(self, model: str) -> None:
        self.cards[model].radio.setChecked(True)
