"""Compare two scenarios of the document: side by side or the proposal alone with what changed
marked on its cards, the list of changes (a click shows the card, on both sides and on the
canvas when that scenario is shown), the summary in the article's terms, and the report for a
steering group as HTML or PDF (analysis/diff_summary.py does the comparing). The summary, the
report and the findings in them are in the interface's language (ui/language.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from orgeditor.analysis.diff import Change
from orgeditor.analysis.diff_html import diff_html
from orgeditor.analysis.diff_report import DiffSide, change_text
from orgeditor.analysis.diff_summary import DiffSummary, compare
from orgeditor.drawing.change_marks import kind_colour, kind_word
from orgeditor.io import ChartFileError
from orgeditor.io.files import write_text_atomic
from orgeditor.model import Chart, display_label
from orgeditor.render.diff_pdf import render_diff_pdf
from orgeditor.rules import default_config
from orgeditor.ui.dialogs.compare_pane import ComparePane
from orgeditor.ui.document import Document
from orgeditor.ui.labels import scenario_text
from orgeditor.ui.language import shown_language

SIDE_BY_SIDE, OVERLAY = 0, 1


class CompareDialog(QDialog):
    """positionsChosen(scenario, ids): a change was clicked; the window shows the cards when
    that scenario is the one on the canvas."""

    positionsChosen = Signal(str, list)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare Scenarios"))
        self.document = document
        self.summary: DiffSummary | None = None
        self._stale = False  # an edit or a choice while hidden: compared again when shown
        self._compared: tuple[Chart, Chart] | None = None  # the charts last compared
        self._build()
        self._refresh_later = QTimer(self)
        self._refresh_later.setSingleShot(True)
        self._refresh_later.setInterval(300)
        self._refresh_later.timeout.connect(self.refresh)
        document.scenariosChanged.connect(self._scenarios_changed)
        document.chartChanged.connect(lambda _change: self._refresh_later.start())
        self._scenarios_changed()
        self.resize(1400, 860)

    # ----- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.before_box = QComboBox(self)
        self.before_box.setObjectName("compareBefore")
        self.after_box = QComboBox(self)
        self.after_box.setObjectName("compareAfter")
        self.mode_box = QComboBox(self)
        self.mode_box.setObjectName("compareMode")
        self.mode_box.addItems([self.tr("Side by side"), self.tr("Proposal with changes marked")])
        self.export_button = QPushButton(self.tr("Export Report…"), self)
        self.export_button.setObjectName("compareExport")
        self.export_button.clicked.connect(self.export_report)
        top = QHBoxLayout()
        for label, box in (
            (self.tr("&Before:"), self.before_box),
            (self.tr("&After:"), self.after_box),
            (self.tr("&Show:"), self.mode_box),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(box)
            top.addWidget(caption)
            top.addWidget(box)
        top.addStretch(1)
        top.addWidget(self.export_button)
        for box in (self.before_box, self.after_box):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.mode_box.currentIndexChanged.connect(self._show_mode)

        self.summary_view = QTextBrowser(self)
        self.summary_view.setObjectName("compareSummary")
        self.summary_view.setAccessibleName(self.tr("Summary"))
        self.summary_view.setPalette(paper_palette(self.summary_view.palette()))
        self.changes = QListWidget(self)
        self.changes.setObjectName("compareChanges")
        self.changes.setAccessibleName(self.tr("Changes"))
        self.changes.currentItemChanged.connect(self._change_chosen)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.summary_view)
        left.addWidget(self.changes)
        left.setSizes([380, 320])
        self.before_pane = ComparePane("compareBeforePane", self)
        self.after_pane = ComparePane("compareAfterPane", self)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.before_pane)
        charts.addWidget(self.after_pane)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(left)
        body.addWidget(charts)
        body.setSizes([420, 980])
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(body, 1)

    # ----- what is compared ----------------------------------------------------------------

    def choose(self, before: str, after: str) -> None:
        """Compare these two scenarios."""
        for box, name in ((self.before_box, before), (self.after_box, after)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(name)))
            box.blockSignals(False)
        self.refresh()

    def _scenarios_changed(self) -> None:
        scenarios = self.document.scenarios
        names = scenarios.names()
        before, after = self.before_box.currentData(), self.after_box.currentData()
        if self._compared is not None:  # a renamed scenario is still the one compared
            by_chart = {id(chart): name for name, chart in scenarios}
            before = by_chart.get(id(self._compared[0]), before)
            after = by_chart.get(id(self._compared[1]), after)
        for box in (self.before_box, self.after_box):
            box.blockSignals(True)
            box.clear()
            for scenario in names:  # the name as data: the text may be translated
                box.addItem(scenario_text(scenario), scenario)
            box.blockSignals(False)
        current = self.document.scenarios.current
        if before not in names:
            before = names[0]
        if after not in names:
            after = current if current != before else names[min(1, len(names) - 1)]
        self.choose(before, after)

    def refresh(self) -> None:
        """Compare the chosen scenarios again (after a choice or an edit); while the view is
        hidden only noted, and done when it shows again."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        scenarios = self.document.scenarios
        before, after = self.before_box.currentData(), self.after_box.currentData()
        if before not in scenarios or after not in scenarios:
            return
        old, new = scenarios.chart(before), scenarios.chart(after)
        self._compared = (old, new)
        # the Qt-free summary writes its findings and words in the interface's language
        config = default_config().with_language(shown_language())
        self.summary = summary = compare(old, new, config=config)
        self.summary_view.setHtml(self._report_html())
        self.before_pane.show_chart(scenario_text(before), old, summary.diff.before_kinds())
        self.after_pane.show_chart(scenario_text(after), new, summary.diff.after_kinds())
        self._fill_changes(summary.diff.changes)
        self._show_mode()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _report_html(self) -> str:
        assert self.summary is not None
        name = self.document.display_name
        return diff_html(
            self.summary,
            DiffSide(name, self.before_box.currentData()),
            DiffSide(name, self.after_box.currentData()),
            title=self.tr("Reorganisation: %1").replace("%1", name),
        )

    def _fill_changes(self, changes: list[Change]) -> None:
        self.changes.blockSignals(True)
        self.changes.clear()
        scenarios = self.document.scenarios
        old = scenarios.chart(self.before_box.currentData())
        new = scenarios.chart(self.after_box.currentData())
        language = self.summary.language if self.summary is not None else shown_language()
        for change in changes:
            label = change.name or display_label(
                old if change.kind == "removed" else new, change.id
            )
            item = QListWidgetItem(
                _swatch(kind_colour(change.kind)), f"{kind_word(change.kind)}: {label}"
            )
            item.setToolTip(change_text(change, language))
            item.setData(Qt.ItemDataRole.UserRole, change)
            self.changes.addItem(item)
        if not changes:
            self.changes.addItem(self.tr("No changes: the two scenarios are the same."))
        self.changes.blockSignals(False)

    def _show_mode(self, _index: int = 0) -> None:
        self.before_pane.setVisible(self.mode_box.currentIndex() == SIDE_BY_SIDE)

    def _change_chosen(self, item: QListWidgetItem | None) -> None:
        change = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(change, Change):
            return
        if change.before_id is not None:
            self.before_pane.show_cards([change.before_id])
        if change.kind != "removed":
            self.after_pane.show_cards([change.id])
            self.positionsChosen.emit(self.after_box.currentData(), [change.id])
        else:
            self.positionsChosen.emit(self.before_box.currentData(), [change.id])

    # ----- the report ------------------------------------------------------------------------

    def export_report(self) -> None:
        if self.summary is None:
            return
        proposed = self.document.path.with_suffix("") if self.document.path else Path.home()
        # the proposed file name: %1 is the chart's path without its suffix
        proposed_name = self.tr("%1-comparison.html").replace("%1", str(proposed))
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Report"),
            proposed_name,
            self.tr("HTML report (*.html);;PDF with both charts (*.pdf)"),
        )
        if name:
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(".pdf" if "pdf" in chosen else ".html")
            self.write_report(path)

    def write_report(self, path: Path) -> None:
        """The report as HTML, or as PDF with both charts marked (by the file's suffix)."""
        html = self._report_html()
        try:
            if path.suffix.lower() == ".pdf":
                scenarios = self.document.scenarios
                before, after = self.before_box.currentData(), self.after_box.currentData()
                assert self.summary is not None
                render_diff_pdf(
                    path,
                    html,
                    [
                        (before, scenarios.chart(before), self.summary.diff.before_kinds()),
                        (after, scenarios.chart(after), self.summary.diff.after_kinds()),
                    ],
                    language=self.summary.language,
                )
            else:
                write_text_atomic(path, html)
        except ChartFileError as error:
            QMessageBox.warning(self, self.tr("Export Report"), str(error))


def paper_palette(palette: QPalette) -> QPalette:
    """The report's page stays white under a dark theme: its HTML is coloured for paper (the
    same HTML is exported and printed)."""
    paper = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        paper.setColor(group, QPalette.ColorRole.Base, QColor("#FFFFFF"))
        paper.setColor(group, QPalette.ColorRole.Text, QColor("#101828"))
    return paper


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)
