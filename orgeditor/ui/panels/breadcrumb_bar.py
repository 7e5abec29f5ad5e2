"""The bar above the canvas while one branch is shown alone (View ▸ Focus on Branch):

    Whole chart › VP Sales › North American Sales Manager        showing 14 of 412 positions

Every part but the last is a link: "Whole chart" shows everything again, a manager focuses on
that manager's branch. Hidden when the whole chart is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QToolButton, QWidget

from orgeditor.model import Chart, full_label
from orgeditor.ui.branch_view import BranchView, shown_ids
from orgeditor.ui.theme import is_dark

SEPARATOR = "›"
# a pale blue band on a light palette, a deep blue one on a dark palette; text at 4.5:1 or more
LIGHT_COLOURS = {
    "band": "#eef4ff",
    "edge": "#b2ccff",
    "link": "#1849a9",
    "hover": "#d1e0ff",
    "text": "#101828",
    "quiet": "#475467",
    "separator": "#667085",
}
DARK_COLOURS = {
    "band": "#172135",
    "edge": "#2c4270",
    "link": "#8ab4f8",
    "hover": "#223252",
    "text": "#e8eaed",
    "quiet": "#a4acb9",
    "separator": "#98a2b3",
}
MAX_PART = 40  # characters of a part's text; the tooltip has all of it


def part_text(chart: Chart, pid: str) -> str:
    """A position in the trail: its title (what a branch is about), else its name or id."""
    position = chart.position(pid)
    text = position.title.strip() or position.name.strip() or pid
    return text if len(text) <= MAX_PART else text[: MAX_PART - 1] + "…"


class BreadcrumbBar(QWidget):
    focusChosen = Signal(object)  # a part was clicked: the position to focus on, None: whole

    def __init__(self, branches: BranchView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breadcrumbBar")
        self.branches = branches
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a plain QWidget
        self._style()
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(10, 4, 10, 4)
        self._row.setSpacing(2)
        self._parts: list[QWidget] = []
        self.count_label = QLabel(self)
        self.count_label.setObjectName("breadcrumbCount")
        self._row.addStretch(1)
        self._row.addWidget(self.count_label)
        self._timer = QTimer(self)  # edits while focused: the trail once per burst
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        branches.changed.connect(self.refresh)
        branches.document.chartChanged.connect(self._chart_changed)
        self.refresh()

    def colours(self) -> dict[str, str]:
        """The bar's colours for the application's palette (light or dark): its own palette has
        the style sheet's band in it, and its parent's may not have followed yet."""
        return DARK_COLOURS if is_dark(QApplication.palette()) else LIGHT_COLOURS

    def _style(self) -> None:
        c = self.colours()
        sheet = (
            f"#breadcrumbBar {{ background: {c['band']}; border-bottom: 1px solid {c['edge']}; }}"
            f" #breadcrumbBar QToolButton {{ border: none; padding: 2px 3px; color: {c['link']};"
            " text-decoration: underline; }"
            f" #breadcrumbBar QToolButton:hover {{ background: {c['hover']}; border-radius: 3px; }}"
            f" #breadcrumbCurrent {{ font-weight: bold; color: {c['text']}; padding: 2px 3px; }}"
            f" #breadcrumbCount {{ color: {c['quiet']}; }}"
            f" #breadcrumbSeparator {{ color: {c['separator']}; }}"
        )
        if self.styleSheet() != sheet:  # a style sheet set changes the palette: set once
            self.setStyleSheet(sheet)

    # a widget with a style sheet is not told of a new application palette: its parent is
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentAboutToChange and self.parentWidget():
            self.parentWidget().removeEventFilter(self)
        elif event.type() == QEvent.Type.ParentChange and self.parentWidget():
            self.parentWidget().installEventFilter(self)
        elif event.type() == QEvent.Type.Show:
            self._style()
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:  # a theme chosen
            self._style()
        return False

    def parts(self) -> list[str]:
        """The texts of the trail as shown, "Whole chart" first (empty when hidden)."""
        texts = []
        for widget in self._parts:
            if isinstance(widget, (QToolButton, QLabel)) and widget.text() != SEPARATOR:
                texts.append(widget.text())
        return texts

    def part_button(self, text: str) -> QToolButton | None:
        """The link for a part of the trail (None for the current position: not a link)."""
        for widget in self._parts:
            if isinstance(widget, QToolButton) and widget.text() == text:
                return widget
        return None

    def refresh(self) -> None:
        self._timer.stop()
        for widget in self._parts:
            self._row.removeWidget(widget)
            widget.deleteLater()
        self._parts = []
        trail = self.branches.trail()
        if not trail:
            self.hide()
            return
        chart = self.branches.chart
        whole = self._link(self.tr("Whole chart"), self.tr("Show the whole chart (Ctrl+Shift+W)"))
        whole.clicked.connect(lambda _c=False: self.focusChosen.emit(None))
        for pid in trail[:-1]:
            self._separator()
            link = self._link(part_text(chart, pid), full_label(chart, pid))
            link.clicked.connect(lambda _c=False, p=pid: self.focusChosen.emit(p))
        self._separator()
        current = QLabel(part_text(chart, trail[-1]), self)
        current.setObjectName("breadcrumbCurrent")
        current.setToolTip(full_label(chart, trail[-1]))
        self._add(current)
        shown = len(shown_ids(chart))
        self.count_label.setText(
            self.tr("showing %1 of %2 positions")
            .replace("%1", str(shown))
            .replace("%2", str(len(chart)))
        )
        self.show()

    def _chart_changed(self, _change: object) -> None:
        if self.isVisible():  # titles in the trail and the counts, only while focused
            self._timer.start()

    def _link(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setAutoRaise(True)
        self._add(button)
        return button

    def _separator(self) -> None:
        label = QLabel(SEPARATOR, self)
        label.setObjectName("breadcrumbSeparator")
        self._add(label)

    def _add(self, widget: QWidget) -> None:
        self._row.insertWidget(len(self._parts), widget)
        self._parts.append(widget)
