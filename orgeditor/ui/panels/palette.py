"""The role palette: the catalogue by family; drag an entry onto the canvas to add a position."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QDrag, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import RoleCatalogue
from orgeditor.ui.panels.palette_model import (
    FAMILY_KEY,
    ROLE_KEY,
    RoleFilterModel,
    RolePaletteModel,
)
from orgeditor.ui.panels.role_style import family_colour


class PaletteDelegate(QStyledItemDelegate):
    """Airier rows than the default: more room around headings, a little around entries."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        size = super().sizeHint(option, index)
        size.setHeight(size.height() + (10 if not index.data(ROLE_KEY) else 6))
        return size


class PaletteView(QTreeView):
    """A tree that drags one role at a time, with a compact chip as the drag image."""

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        index = self.currentIndex()
        if not index.isValid() or not index.data(ROLE_KEY):
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData([index]))
        chip = drag_chip(str(index.data()), str(index.data(FAMILY_KEY)), self)
        drag.setPixmap(chip)
        drag.setHotSpot(QPoint(12, int(chip.height() / chip.devicePixelRatio() / 2)))
        drag.exec(Qt.DropAction.CopyAction)


def drag_chip(label: str, family: str, widget: QWidget) -> QPixmap:
    """A rounded label in the family's colour, shown under the cursor while dragging."""
    metrics = QFontMetrics(widget.font())
    ratio = max(1.0, widget.devicePixelRatioF())
    width, height = metrics.horizontalAdvance(label) + 28, metrics.height() + 10
    pixmap = QPixmap(int(width * ratio), int(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = family_colour(family)
    painter.setPen(colour.darker(130))
    painter.setBrush(colour.lighter(175))
    painter.drawRoundedRect(0, 0, width - 1, height - 1, 6, 6)
    painter.setBrush(colour)
    painter.drawEllipse(8, height // 2 - 4, 8, 8)
    painter.setPen(widget.palette().color(QPalette.ColorRole.Text))
    painter.setFont(widget.font())
    painter.drawText(QRect(22, 0, width - 24, height), Qt.AlignmentFlag.AlignVCenter, label)
    painter.end()
    return pixmap


class PaletteWidget(QWidget):
    """The role catalogue, grouped Sales, Sales operations, Sales enablement, Leadership, Other.

    Drag an entry: mime data of type PALETTE_MIME carrying the role key. Double-click or Enter
    on an entry emits roleActivated(key) (e.g. to add that role below the selected card).
    """

    roleActivated = Signal(str)

    def __init__(
        self, roles: RoleCatalogue | None = None, language: str = "en", parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        headings = {
            "seller": self.tr("Sales"),
            "operations": self.tr("Sales operations"),
            "enablement": self.tr("Sales enablement"),
            "leadership": self.tr("Leadership"),
            "other": self.tr("Other"),
        }
        self.model = RolePaletteModel(roles, language, headings, self)
        self.proxy = RoleFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("paletteFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter roles…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)

        self.view = PaletteView(self)
        self.view.setObjectName("paletteList")
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setIndentation(14)
        self.view.setItemDelegate(PaletteDelegate(self.view))
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._activated)
        self.view.expandAll()

        hint = QLabel(self.tr("Drag a role onto the chart to add a position."), self)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

    def role_keys(self) -> list[str]:
        """Every role key listed, in display order (ignores the filter)."""
        keys = []
        for row in range(self.model.rowCount()):
            heading = self.model.index(row, 0)
            keys += [
                str(self.model.index(r, 0, heading).data(ROLE_KEY))
                for r in range(self.model.rowCount(heading))
            ]
        return keys

    def mime_data_for(self, role_key: str) -> QMimeData:
        """The mime data a drag of this role carries (what the canvas receives)."""
        return self.model.mimeData([self.model.index_of_role(role_key)])

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.view.expandAll()

    def _activated(self, index: QModelIndex) -> None:
        key = index.data(ROLE_KEY)
        if key:
            self.roleActivated.emit(str(key))
