"""The bar above the canvas that says the open file was changed by another program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class DiskChangeBar(QWidget):
    reloadRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diskChangeBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a plain QWidget
        self.setStyleSheet(  # a warning colour: it must not be overlooked
            "#diskChangeBar { background: #fff4ce; border-bottom: 1px solid #e0c36a; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setObjectName("diskChangeReload")
        self.reload_button.setToolTip(self.tr("Open the file as it is now on disk"))
        self.keep_button = QPushButton(self.tr("Keep This Version"), self)
        self.keep_button.setObjectName("diskChangeKeep")
        self.keep_button.setToolTip(
            self.tr("Go on with the chart shown here; saving asks before overwriting the file")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.reload_button)
        row.addWidget(self.keep_button)
        self.reload_button.clicked.connect(self.reloadRequested)
        self.keep_button.clicked.connect(self.hide)
        self.hide()

    def show_for(self, path: Path, modified: bool) -> None:
        text = self.tr("%1 was changed by another program.").replace("%1", path.name)
        if modified:
            text += " " + self.tr("Reloading discards your unsaved changes.")
        self.label.setText(text)
        self.show()
