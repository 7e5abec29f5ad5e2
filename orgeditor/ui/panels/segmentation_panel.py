"""The segmentation panel: which dimensions the sellers use, sellers per cell, thin cells.

RULES.md "Segmentation": a dimension is used when the sellers carry two or more of its values.
The matrix counts sellers per cell of the used dimensions (analysis.figures.segmentation_matrix)
and marks cells with one seller (nobody to cover). Clicking a cell, or a row or column header, emits
sellersActivated(ids) so the main window can select and centre those cards. The "Colour cards
by" choice is emitted as colourByChanged(dimension or None) for scene.set_colour_by, and the
legend underneath uses the canvas's colours.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orgeditor.analysis.figures import SegmentationMatrix, segment_values, segmentation_matrix
from orgeditor.analysis.segments import UNASSIGNED
from orgeditor.model import SEGMENT_DIMENSIONS
from orgeditor.ui.document import Document
from orgeditor.ui.labels import dimension_text
from orgeditor.ui.panels.figure_widgets import SectionTitle, format_number, muted, scroll_page
from orgeditor.ui.panels.live_refresh import LiveRefresh
from orgeditor.ui.panels.segment_legend import SegmentLegend, legend_colours
from orgeditor.ui.panels.segmentation_model import (
    SELLERS_ROLE,
    SegmentationTableModel,
    thin_colours,
)

log = logging.getLogger(__name__)

MATRIX_MAX_HEIGHT = 340


class SegmentationPanel(QWidget):
    sellersActivated = Signal(list)  # ids of the sellers of the clicked cell
    colourByChanged = Signal(object)  # a SEGMENT_DIMENSIONS name, or None (role family)
    matrixChanged = Signal(object)  # the SegmentationMatrix shown, after each refresh

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentationPanel")
        self.document = document
        self._matrix: SegmentationMatrix | None = None
        self._scene_colours: dict[str, str] | None = None  # the canvas's legend, when told

        self._build()
        self.live = LiveRefresh(self, document, self.refresh_now)
        self.refresh_now()

    # ----- public API ------------------------------------------------------------------------

    def matrix(self) -> SegmentationMatrix | None:
        """The matrix on show."""
        return self._matrix

    def colour_by(self) -> str | None:
        return self.colour_combo.currentData()

    def set_colour_by(self, dimension: str | None) -> None:
        """Choose the colouring (emits colourByChanged when it changes)."""
        index = self.colour_combo.findData(dimension)
        if index < 0:
            raise ValueError(f"unknown segment dimension {dimension!r}")
        self.colour_combo.setCurrentIndex(index)

    def set_colour_legend(self, entries: Iterable[tuple[str, str]]) -> None:
        """The canvas's (value, hex) legend (scene.colour_legend(); "" = no value): the legend
        and the matrix headers then show exactly the cards' colours. Connect it to the
        scene's colourLegendChanged."""
        colours = {(value or UNASSIGNED): colour for value, colour in entries}
        self._scene_colours = colours or None
        self._show_legend()

    def colours(self) -> dict[str, str]:
        """value -> hex of the chosen dimension, as the legend shows them ({} for None)."""
        dim = self.colour_by()
        if dim is None:
            return {}
        colours = legend_colours(segment_values(self.document.chart, dim))
        if self._scene_colours:
            colours.update(self._scene_colours)
        return colours

    def refresh_now(self) -> None:
        """Recompute and show the matrix now (the debounce timer calls this after edits)."""
        self.live.settle()
        chart = self.document.chart
        try:
            matrix = segmentation_matrix(chart)
        except Exception as error:  # a bug here must not take the editor down
            log.exception("segmentation failed")
            self.summary_label.setText(
                escape(self.tr("Segmentation failed: %1").replace("%1", str(error)))
            )
            return
        self._matrix = matrix
        self.model.set_matrix(matrix, chart)
        self._show_summary(matrix)
        self._fit_view(matrix)
        self._show_legend()
        self.matrixChanged.emit(matrix)

    # ----- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget()
        content.setObjectName("segmentationContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)

        self.summary_label = QLabel(content)
        self.summary_label.setObjectName("segmentationSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setToolTip(
            self.tr(
                "A dimension is used when the sellers carry two or more of its values. "
                "A cell is one combination of values of the used dimensions."
            )
        )
        layout.addWidget(self.summary_label)

        self.matrix_title = SectionTitle(self.tr("Sellers per cell"), content)
        layout.addWidget(self.matrix_title)
        self.axes_label = muted(QLabel(content))
        self.axes_label.setObjectName("segmentationAxes")
        self.axes_label.setWordWrap(True)
        layout.addWidget(self.axes_label)

        self.model = SegmentationTableModel(self)
        self.view = QTableView(content)
        self.view.setObjectName("segmentationMatrix")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setCornerButtonEnabled(False)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        horizontal = self.view.horizontalHeader()
        horizontal.setMinimumSectionSize(44)
        horizontal.setHighlightSections(False)
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(26)
        vertical.setHighlightSections(False)
        self.view.clicked.connect(self._cell_clicked)
        horizontal.sectionClicked.connect(
            lambda section: self._header_clicked(Qt.Orientation.Horizontal, section)
        )
        vertical.sectionClicked.connect(
            lambda section: self._header_clicked(Qt.Orientation.Vertical, section)
        )
        self.view.installEventFilter(self)
        layout.addWidget(self.view)

        self.hint_label = muted(QLabel(content))
        self.hint_label.setObjectName("segmentationHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.RichText)
        self._show_hint()
        layout.addWidget(self.hint_label)

        colour_title = SectionTitle(self.tr("Colour cards by"), content)
        layout.addWidget(colour_title)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.colour_combo = QComboBox(content)
        self.colour_combo.setObjectName("colourByCombo")
        # the section's title is the combo's label: a screen reader says it with the combo
        colour_title.label.setBuddy(self.colour_combo)
        self.colour_combo.setAccessibleName(self.tr("Colour cards by"))
        self.colour_combo.addItem(self.tr("None (role family)"), None)
        for dim in SEGMENT_DIMENSIONS:
            self.colour_combo.addItem(dimension_text(dim), dim)
        self.colour_combo.setToolTip(self.tr("Colour the band of each card by a segment value"))
        self.colour_combo.currentIndexChanged.connect(self._colour_changed)
        row.addWidget(self.colour_combo, 1)
        layout.addLayout(row)

        self.legend = SegmentLegend(content)
        layout.addWidget(self.legend)
        self.legend_note = muted(QLabel(content))
        self.legend_note.setObjectName("segmentLegendNote")
        self.legend_note.setWordWrap(True)
        layout.addWidget(self.legend_note)
        layout.addStretch(1)

        scroll_page(self, content, "segmentationScroll")

    # ----- showing -----------------------------------------------------------------------------

    def _thin_text(self) -> QColor:
        """The thin cells' amber as text on the panel, readable light or dark."""
        return thin_colours(self.palette())[1]

    def _show_hint(self) -> None:
        fill = thin_colours(self.palette())[0].name()
        swatch = f"<span style='background-color:{fill}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"
        self.hint_label.setText(
            escape(self.tr("Click a cell to select its sellers."))
            + "<br>"
            + swatch
            + " "
            + escape(self.tr("one seller in the segment: nobody to cover"))
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a theme chosen: colours to match
            self.model.set_palette(self.palette())  # children take it after this event
            self._show_hint()
            if self._matrix is not None:
                self._show_summary(self._matrix)

    def _show_summary(self, m: SegmentationMatrix) -> None:
        if not m.sellers:
            self.summary_label.setText(escape(self.tr("No sellers in this chart yet.")))
            self.axes_label.hide()
            return
        if not m.dimensions:
            self.summary_label.setText(
                escape(
                    self.tr(
                        "No segmentation: the sellers carry fewer than two values of every "
                        "dimension (region, product line, customer size, vertical)."
                    )
                )
            )
            self.axes_label.hide()
            return
        parts = []
        for dim in m.dimensions:
            named = sum(1 for v in m.values[dim] if v != UNASSIGNED)
            parts.append(
                f"<b>{escape(dimension_text(dim, capital=False))}</b> "
                + escape(self.tr("(%1 values)").replace("%1", str(named)))
            )
        thin = len(m.thin_cells)
        cells = (
            self.tr("%1 sellers in %2 occupied cells")
            .replace("%1", format_number(m.sellers))
            .replace("%2", format_number(m.occupied))
        )
        if thin:
            thin_text = (
                self.tr("1 thin cell")
                if thin == 1
                else self.tr("%1 thin cells").replace("%1", str(thin))
            )
            colour = self._thin_text().name()
            cells += f" · <span style='color:{colour}'><b>{escape(thin_text)}</b></span>"
        self.summary_label.setText(
            escape(self.tr("Used:")) + " " + ", ".join(parts) + "<br>" + cells
        )
        if m.layout == "grid" and m.row_dimension and m.column_dimension:
            axes = (
                self.tr("Rows: %1 (primary) · columns: %2")
                .replace("%1", dimension_text(m.row_dimension, capital=False))
                .replace("%2", dimension_text(m.column_dimension, capital=False))
            )
        elif m.layout == "row" and m.column_dimension:
            axes = self.tr("Columns: %1").replace(
                "%1", dimension_text(m.column_dimension, capital=False)
            )
        else:
            axes = self.tr("One row per occupied cell; primary dimension: %1").replace(
                "%1", dimension_text(m.primary or "", capital=False)
            )
        self.axes_label.setText(axes)
        self.axes_label.show()

    def _fit_view(self, m: SegmentationMatrix) -> None:
        shown = m.layout != "none" and m.sellers > 0
        for widget in (self.view, self.hint_label, self.matrix_title):
            widget.setVisible(shown)
        if shown:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns share the width when they fit; otherwise they take what their text needs and
        the matrix scrolls sideways. The view is exactly as tall as its rows (up to a limit)."""
        view = self.view
        header = view.horizontalHeader()
        m = self._matrix
        if m is not None and m.layout == "row":
            self.model.set_transposed(not self._row_fits(m))
        columns = self.model.columnCount()
        if not columns:
            return
        needed = [
            max(view.sizeHintForColumn(c), header.sectionSizeHint(c), header.minimumSectionSize())
            for c in range(columns)
        ]
        room = view.width() - 2 * view.frameWidth() - view.verticalHeader().sizeHint().width()
        fits = sum(needed) <= room
        if fits:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in enumerate(needed):
                header.resizeSection(column, width)
        height = (
            header.sizeHint().height()
            + self.model.rowCount() * view.verticalHeader().defaultSectionSize()
            + 2 * view.frameWidth()
        )
        if not fits:
            height += view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(min(height, MATRIX_MAX_HEIGHT))

    def _row_fits(self, m: SegmentationMatrix) -> bool:
        """Whether a one-dimension matrix fits across the view (else it is shown down it)."""
        metrics = self.view.horizontalHeader().fontMetrics()
        swatch = 16 if self.colour_by() == m.column_dimension else 0
        minimum = self.view.horizontalHeader().minimumSectionSize()
        needed = sum(max(metrics.horizontalAdvance(v) + 18 + swatch, minimum) for v in m.columns)
        side = metrics.horizontalAdvance(self.tr("Sellers")) + 14
        return needed <= self.view.width() - 2 * self.view.frameWidth() - side

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _show_legend(self) -> None:
        dim = self.colour_by()
        colours = self.colours()
        self.model.set_colour_by(dim, colours)
        if self.view.isVisibleTo(self):
            self._fit_columns()  # header swatches widen the columns
        if dim is None:
            self.legend.hide()
            self.legend_note.setText(self.tr("Cards show their role family's colour."))
            return
        self.legend.set_values(segment_values(self.document.chart, dim), colours)
        self.legend.show()
        self.legend_note.setText(
            self.tr("Positions per %1 value, in the colours of the cards.").replace(
                "%1", dimension_text(dim, capital=False)
            )
        )

    # ----- reacting ----------------------------------------------------------------------------

    def _cell_clicked(self, index: QModelIndex) -> None:
        sellers = index.data(SELLERS_ROLE)
        if sellers:
            self.sellersActivated.emit(list(sellers))

    def _header_clicked(self, orientation: Qt.Orientation, section: int) -> None:
        sellers = self.model.header_sellers(orientation, section)
        if sellers:
            self.sellersActivated.emit(list(sellers))

    def _colour_changed(self, _index: int) -> None:
        self._scene_colours = None  # the scene's legend was for the previous dimension
        self._show_legend()
        self.colourByChanged.emit(self.colour_by())
