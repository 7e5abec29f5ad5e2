"""Status bar: positions, sellers, the chart's sales model and the zoom, kept live; and how
many positions folded branches or a focus hide, while they hide any."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from orgeditor.analysis import counts, infer_model
from orgeditor.ui.branch_view import BranchView
from orgeditor.ui.document import Document
from orgeditor.ui.labels import model_text


class ChartStatusBar(QStatusBar):
    def __init__(self, document: Document, view, branches: BranchView | None = None) -> None:
        super().__init__()
        self.setObjectName("statusBar")
        self.document = document
        self.branches = branches
        self.hidden_label = QLabel()
        self.hidden_label.setObjectName("hiddenPositions")
        self.hidden_label.setContentsMargins(8, 0, 8, 0)
        self.hidden_label.setStyleSheet("color: #1849a9;")
        bold = self.hidden_label.font()
        bold.setBold(True)
        self.hidden_label.setFont(bold)
        self.addPermanentWidget(self.hidden_label)
        self.hidden_label.hide()
        self.positions_label = QLabel()
        self.sellers_label = QLabel()
        self.model_label = QLabel()
        self.zoom_label = QLabel()
        for label in (self.positions_label, self.sellers_label, self.model_label, self.zoom_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        # figures are recomputed once per burst of edits, not per notification
        self._timer = QTimer(self, singleShot=True, interval=100, timeout=self.refresh)
        document.chartChanged.connect(lambda _change: self._timer.start())
        document.chartReplaced.connect(self.refresh)
        view.zoomChanged.connect(self.show_zoom)
        if branches is not None:
            branches.changed.connect(self.show_hidden)
        self.refresh()
        self.show_zoom(1.0)

    def refresh(self) -> None:
        chart = self.document.chart
        figures = counts(chart)
        inference = infer_model(chart)
        self.positions_label.setText(
            self.tr("1 position")
            if figures.positions == 1
            else self.tr("{n} positions").format(n=figures.positions)
        )
        self.sellers_label.setText(
            self.tr("1 seller")
            if figures.sellers == 1
            else self.tr("{n} sellers").format(n=figures.sellers)
        )
        model = model_text(inference.model).lower()
        how = self.tr("declared") if inference.declared else self.tr("inferred")
        self.model_label.setText(self.tr("Model: %1 (%2)").replace("%1", model).replace("%2", how))
        self.model_label.setToolTip(inference.reason)
        self.show_hidden()

    def show_hidden(self) -> None:
        """'12 hidden' while folded branches or a focus hide positions."""
        hidden = self.branches.hidden_count() if self.branches is not None else 0
        if hidden:
            self.hidden_label.setText(self.tr("%1 hidden").replace("%1", str(hidden)))
            self.hidden_label.setToolTip(
                self.tr(
                    "Folded branches or the focus on one branch hide %1 of the chart's "
                    "positions: View ▸ Expand All, View ▸ Show Whole Chart"
                ).replace("%1", str(hidden))
            )
        self.hidden_label.setVisible(hidden > 0)  # after the text: sized for it

    def show_zoom(self, scale: float) -> None:
        self.zoom_label.setText(f"{round(scale * 100)} %")
