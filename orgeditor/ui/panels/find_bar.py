"""Find positions by name or title: a bar with next/previous and a hit count.

Enter goes to the next hit, Shift+Enter to the previous one, Escape hides the bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from orgeditor.model import Change, Chart
from orgeditor.ui.document import Document
from orgeditor.ui.panels.text_fold import fold

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def chart_order(chart: Chart) -> list[str]:
    """Positions top to bottom: each root, then its subtree in pre-order."""
    order: list[str] = []
    for root in chart.roots():
        order.append(root)
        order.extend(chart.descendants(root))
    return order


class FindBar(QWidget):
    hitActivated = Signal(str)  # the position id of the hit to show
    closed = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.document = document
        self._hits: list[str] = []
        self._current = -1
        self._index: list[tuple[str, str]] | None = None  # (id, folded name + title)
        self._stale = QTimer(self)
        self._stale.setSingleShot(True)
        self._stale.setInterval(150)
        self._stale.timeout.connect(self._update_hits)

        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find by name or title"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Find by name or title"))
        self.edit.textEdited.connect(self.find)
        self.edit.installEventFilter(self)
        self.setFocusProxy(self.edit)  # focusing the bar focuses its text field
        self.previous_button = self._button("", self.tr("Previous match (Shift+Enter)"))
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.previous_button.clicked.connect(self.previous)
        self.next_button = self._button("", self.tr("Next match (Enter)"))
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.clicked.connect(self.next)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("888 of 8888") + 8)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.close_button = self._button("✕", self.tr("Close (Escape)"))
        self.close_button.clicked.connect(self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)

        document.chartChanged.connect(self._chart_changed)
        document.chartReplaced.connect(self._chart_replaced)
        self._show_count()

    # ----- public API ------------------------------------------------------------------------

    def find(self, text: str) -> list[str]:
        """Search name and title (case- and accent-insensitive); activates the first hit."""
        if self.edit.text() != text:
            self.edit.setText(text)
        self._hits = self._search(text)
        self._current = -1
        if self._hits:
            self._go(0)
        else:
            self._show_count()
        return list(self._hits)

    def hits(self) -> list[str]:
        return list(self._hits)

    def current_hit(self) -> str | None:
        return self._hits[self._current] if 0 <= self._current < len(self._hits) else None

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def show_and_focus(self) -> None:
        """Show the bar with its text selected, ready to type (wire to Ctrl+F)."""
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    # ----- internals -----------------------------------------------------------------------------

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)  # an arrow without text: the tip says what it does
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def _search(self, text: str) -> list[str]:
        needle = fold(text.strip())
        if not needle:
            return []
        if self._index is None:
            chart = self.document.chart
            self._index = []
            for pid in chart_order(chart):
                position = chart.position(pid)
                self._index.append((pid, fold(f"{position.name}\n{position.title}")))
        return [pid for pid, haystack in self._index if needle in haystack]

    def _step(self, delta: int) -> None:
        if self._stale.isActive():
            self._update_hits()
        if not self._hits:
            if self.edit.text().strip():
                self.find(self.edit.text())
            return
        self._go((self._current + delta) % len(self._hits))

    def _go(self, index: int) -> None:
        self._current = index
        self._show_count()
        self.hitActivated.emit(self._hits[index])

    def _show_count(self) -> None:
        has_text = bool(self.edit.text().strip())
        if not has_text:
            self.count_label.setText("")
        elif not self._hits:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(
                self.tr("%1 of %2")
                .replace("%1", str(max(self._current, 0) + 1))
                .replace("%2", str(len(self._hits)))
            )
        self.previous_button.setEnabled(len(self._hits) > 1)
        self.next_button.setEnabled(len(self._hits) > 1)

    def _chart_changed(self, _change: Change) -> None:
        self._index = None
        if self.edit.text().strip():
            self._stale.start()

    def _chart_replaced(self) -> None:
        self._index = None
        self._update_hits()

    def _update_hits(self) -> None:
        """Recount after edits, staying on the same hit where it still matches (no jump)."""
        self._stale.stop()
        current = self.current_hit()
        self._hits = self._search(self.edit.text())
        if current in self._hits:
            self._current = self._hits.index(current)
        else:
            self._current = min(self._current, len(self._hits) - 1)
        self._show_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _ENTER:
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous()
                else:
                    self.next()
                return True
            if event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Cancel):
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
