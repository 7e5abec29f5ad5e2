"""Practices no chart can show (RULES.md): a collapsible 'Also consider' note, never findings.

Expanded, the note scrolls within a capped height: it sits under the details and must leave
the findings list and most of the details in place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

BODY_MAX_HEIGHT = 120  # about five lines: enough to read on, without taking the details' room


class AlsoConsider(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alsoConsider")
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("Also consider"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self._toggled)

        items = [
            (
                self.tr("Culture"),
                self.tr(
                    "Each model brings its own culture: pods are collaborative, islands "
                    "competitive. Pick the one that fits your values, and let leaders live it."
                ),
            ),
            (
                self.tr("Competence roadmap"),
                self.tr(
                    "Describe how you expect the sales force to develop and the core skills "
                    "it needs, and train towards it, however the structure changes."
                ),
            ),
            (
                self.tr("Enablement platform"),
                self.tr(
                    "Give enablement the right platform: a good seller experience, content "
                    "management and deep analytics."
                ),
            ),
        ]
        html = "".join(f"<p style='margin:0 0 6px 0'><b>{t}.</b> {d}</p>" for t, d in items)
        self.body = QLabel(html, self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setForegroundRole(QPalette.ColorRole.WindowText)
        self.body.setContentsMargins(18, 0, 4, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("alsoConsiderBody")
        self.scroll.setWidget(self.body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMaximumHeight(BODY_MAX_HEIGHT)
        self.scroll.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.scroll)

    def _toggled(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.scroll.setVisible(expanded)
