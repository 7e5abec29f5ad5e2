"""The segmentation matrix as a table model: seller counts per cell, thin cells marked.

Layouts (analysis.figures.SegmentationMatrix): "row" is one row of cells (shown as one column
when `transposed`, for a narrow dock); "grid" adds a Total row and column; "list" has one row
per occupied cell, a column per used dimension and a count column. Every cell (and every
header) knows its sellers, under SELLERS_ROLE.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette

from orgeditor.analysis.figures import MatrixCell, SegmentationMatrix
from orgeditor.analysis.segments import UNASSIGNED
from orgeditor.model import Chart
from orgeditor.ui.labels import dimension_text
from orgeditor.ui.panels.figure_widgets import format_number, mixed, quiet_colour
from orgeditor.ui.panels.icons import rounded_swatch
from orgeditor.ui.theme import is_dark

AnyIndex = QModelIndex | QPersistentModelIndex
SELLERS_ROLE = Qt.ItemDataRole.UserRole + 1  # tuple of seller ids
THIN_ROLE = Qt.ItemDataRole.UserRole + 2  # bool

HEAT = QColor("#0072B2")  # the seller family's colour, as a pale tint growing with the count
THIN_FILL = QColor("#FCE7C2")  # on a light palette
THIN_TEXT = QColor("#8A4B00")
THIN_HUE = QColor("#E69F00")  # a dark palette's thin cells: this amber, deep or light
MAX_NAMES = 8


def thin_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(fill, text) of a thin cell on this palette's table: amber, readable either way."""
    if not is_dark(palette):
        return THIN_FILL, THIN_TEXT
    fill = mixed(THIN_HUE, palette.color(QPalette.ColorRole.Base), 0.3)
    return fill, mixed(THIN_HUE, QColor("#FFFFFF"), 0.45)


def total_fill(palette: QPalette) -> QColor:
    """The Total row and column: a shade off the table's base, towards its text."""
    return mixed(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.1
    )


def shown_value(value: str) -> str:
    """A segment value as the table shows it: the sellers without one as 'unassigned'."""
    if value == UNASSIGNED:
        return QCoreApplication.translate("SegmentationModel", "unassigned")
    return value


@cache
def swatch_icon(colour: str, size: int = 10) -> QIcon:
    return rounded_swatch(QColor(colour), size, radius=2, outline_darker=130)


class SegmentationTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._matrix: SegmentationMatrix | None = None
        self._chart: Chart | None = None
        self._colour_by: str | None = None
        self._colours: dict[str, str] = {}  # value of _colour_by -> hex
        self._most = 1
        self.transposed = False  # "row" layout only: values down the side, one count column
        self._palette = QPalette(QGuiApplication.palette())  # the table's (set_palette)

    def set_palette(self, palette: QPalette) -> None:
        """Colour the cells for the view's palette (light or dark); repaints everything."""
        self._palette = QPalette(palette)
        if self._matrix is not None and self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def _quiet(self) -> QColor:
        return quiet_colour(self._palette, QPalette.ColorRole.Base)

    # ----- feeding ---------------------------------------------------------------------------

    def set_matrix(self, matrix: SegmentationMatrix, chart: Chart) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self._chart = chart
        self._most = max((c.count for c in matrix.cells.values()), default=1) or 1
        self.endResetModel()

    def set_colour_by(self, dimension: str | None, colours: dict[str, str] | None = None) -> None:
        """Headers of that dimension's values get their canvas colour (value -> hex) as a
        swatch."""
        self._colour_by = dimension
        self._colours = dict(colours or {}) if dimension is not None else {}
        if self._matrix is not None:
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1)
            )
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, self.rowCount() - 1))

    def set_transposed(self, transposed: bool) -> None:
        if transposed != self.transposed:
            self.beginResetModel()
            self.transposed = transposed
            self.endResetModel()

    def matrix(self) -> SegmentationMatrix | None:
        return self._matrix

    @property
    def _flipped(self) -> bool:
        return self.transposed and self._matrix is not None and self._matrix.layout == "row"

    @property
    def _totals(self) -> bool:
        return self._matrix is not None and self._matrix.layout == "grid"

    # ----- shape -----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        m = self._matrix
        if parent.isValid() or m is None:
            return 0
        if self._flipped:
            return len(m.columns)
        return len(m.grid) + (1 if self._totals else 0)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        m = self._matrix
        if parent.isValid() or m is None or m.layout == "none":
            return 0
        if m.layout == "list":
            return len(m.dimensions) + 1
        if self._flipped:
            return 1
        return len(m.columns) + (1 if self._totals else 0)

    # ----- what a cell holds --------------------------------------------------------------------

    def cell_at(self, row: int, column: int) -> MatrixCell | None:
        """The matrix cell behind a table cell (None for totals)."""
        m = self._matrix
        if self._flipped:
            row, column = column, row
        if m is None or row < 0 or row >= len(m.grid):
            return None
        if m.layout == "list":
            return m.grid[row][0]
        if column < 0 or column >= len(m.columns):
            return None
        return m.grid[row][column]

    def sellers_at(self, row: int, column: int) -> tuple[str, ...]:
        m = self._matrix
        if m is None:
            return ()
        cell = self.cell_at(row, column)
        if cell is not None:
            return cell.sellers
        if not self._totals:
            return ()
        rows, columns = len(m.grid), len(m.columns)
        if row == rows and column == columns:
            return tuple(pid for r in range(rows) for pid in m.row_sellers(r))
        if row == rows and 0 <= column < columns:
            return m.column_sellers(column)
        if column == columns and 0 <= row < rows:
            return m.row_sellers(row)
        return ()

    def header_sellers(self, orientation: Qt.Orientation, section: int) -> tuple[str, ...]:
        """The sellers of a whole row (vertical header) or column (horizontal header)."""
        m = self._matrix
        if self._flipped:
            if orientation == Qt.Orientation.Vertical:
                return self.sellers_at(section, 0)
            return m.row_sellers(0) if m is not None else ()
        if m is None or m.layout in ("none", "list"):
            if m is not None and m.layout == "list" and orientation == Qt.Orientation.Vertical:
                return self.sellers_at(section, 0)
            return ()
        if orientation == Qt.Orientation.Vertical:
            if section < len(m.grid):
                return m.row_sellers(section)
            return self.sellers_at(len(m.grid), len(m.columns))
        if section < len(m.columns):
            return m.column_sellers(section)
        return self.sellers_at(len(m.grid), len(m.columns)) if self._totals else ()

    def _is_total(self, row: int, column: int) -> bool:
        m = self._matrix
        return bool(
            self._totals and m is not None and (row == len(m.grid) or column == len(m.columns))
        )

    def _is_count_column(self, column: int) -> bool:
        m = self._matrix
        return m is None or m.layout != "list" or column == len(m.dimensions)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        m = self._matrix
        if m is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == SELLERS_ROLE:
            return self.sellers_at(row, column)
        cell = self.cell_at(row, column)
        thin = cell is not None and cell.thin
        if role == THIN_ROLE:
            return thin
        if m.layout == "list" and not self._is_count_column(column):
            return self._list_value(cell, column, role)
        sellers = self.sellers_at(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(len(sellers)) if sellers else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(sellers, thin)
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._is_total(row, column):
                return total_fill(self._palette)
            if thin:
                return thin_colours(self._palette)[0]
            if sellers:
                tint = QColor(HEAT)
                tint.setAlphaF(0.08 + 0.27 * len(sellers) / self._most)
                return tint
            return None
        if role == Qt.ItemDataRole.ForegroundRole and thin:
            return thin_colours(self._palette)[1]
        if role == Qt.ItemDataRole.FontRole and (thin or self._is_total(row, column)):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _list_value(self, cell: MatrixCell | None, column: int, role: int):
        if cell is None:
            return None
        value = cell.key[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_value(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell.sellers, cell.thin)
        if role == Qt.ItemDataRole.ForegroundRole and value == UNASSIGNED:
            return self._quiet()
        if role == Qt.ItemDataRole.DecorationRole:
            m = self._matrix
            if m is not None and m.dimensions[column] == self._colour_by:
                colour = self._colours.get(value)
                return swatch_icon(colour) if colour else None
        return None

    def _tooltip(self, sellers: tuple[str, ...], thin: bool) -> str:
        if not sellers:
            return QCoreApplication.translate("SegmentationModel", "No sellers")
        names = [self._name(pid) for pid in sellers[:MAX_NAMES]]
        if len(sellers) > MAX_NAMES:
            names.append(
                QCoreApplication.translate("SegmentationModel", "and %1 more").replace(
                    "%1", str(len(sellers) - MAX_NAMES)
                )
            )
        if thin:
            head = QCoreApplication.translate("SegmentationModel", "1 seller: nobody to cover")
        elif len(sellers) == 1:
            head = QCoreApplication.translate("SegmentationModel", "1 seller")
        else:
            head = QCoreApplication.translate("SegmentationModel", "%1 sellers").replace(
                "%1", format_number(len(sellers))
            )
        return head + "\n" + "\n".join(names)

    def _name(self, pid: str) -> str:
        chart = self._chart
        if chart is None or pid not in chart:
            return pid
        position = chart.position(pid)
        if position.name:
            return f"{position.name} ({position.title})" if position.title else position.name
        vacant = QCoreApplication.translate("SegmentationModel", "vacant")
        return f"{position.title or pid} ({vacant})"

    # ----- headers -------------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        m = self._matrix
        if m is None:
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        if m.layout == "list":
            if horizontal:
                if role == Qt.ItemDataRole.DisplayRole:
                    if section < len(m.dimensions):
                        return dimension_text(m.dimensions[section])
                    return QCoreApplication.translate("SegmentationModel", "Sellers")
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        if self._flipped:
            horizontal = not horizontal
        labels = m.columns if horizontal else m.rows
        dimension = m.column_dimension if horizontal else m.row_dimension
        total = section >= len(labels)
        if role == Qt.ItemDataRole.DisplayRole:
            if total:
                return QCoreApplication.translate("SegmentationModel", "Total")
            if not horizontal and m.layout == "row":
                return QCoreApplication.translate("SegmentationModel", "Sellers")
            return shown_value(labels[section])
        if role == Qt.ItemDataRole.ToolTipRole and dimension is not None:
            name = dimension_text(dimension)
            if total:
                return QCoreApplication.translate("SegmentationModel", "All sellers")
            return f"{name}: {shown_value(labels[section])}"
        if role == Qt.ItemDataRole.DecorationRole and not total and dimension == self._colour_by:
            colour = self._colours.get(labels[section])
            return swatch_icon(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not total and labels[section] == UNASSIGNED:
            return self._quiet()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
