"""The palette: the role catalogue by family (drag an entry onto the canvas to add a position)
and a Structures section (drag an assembly line, pod or island onto a card to add a whole
structure under it)."""

from __future__ import annotations

from functools import cache
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDrag, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import RoleCatalogue
from orgeditor.model.role_notes import role_note
from orgeditor.rules import default_config
from orgeditor.ui.dialogs.structure_info import ICON_H, ICON_W
from orgeditor.ui.labels import family_text
from orgeditor.ui.language import shown_language
from orgeditor.ui.panels.palette_model import (
    FAMILY_KEY,
    ROLE_KEY,
    STRUCTURE_KEY,
    RoleFilterModel,
    RolePaletteModel,
    StructurePaletteModel,
)
from orgeditor.ui.panels.role_style import FAMILY_ORDER, family_colour

NOTES_CONTEXT = "RoleNotes"  # the translation context of model/role_notes.py's texts


@cache
def _rule_value(rule: str, setting: str) -> str:
    value = default_config()[rule][setting]
    return f"{value:g}" if isinstance(value, float) else str(value)


def role_note_text(key: str) -> str:
    """What the role does, in the article's terms (model/role_notes.py), translated, with the
    checks' default numbers filled in; '' for a role without a note."""
    note = role_note(key)
    if note is None:
        return ""
    text = QCoreApplication.translate(NOTES_CONTEXT, note.text)
    for i, (rule, setting) in enumerate(note.numbers, start=1):
        text = text.replace(f"%{i}", _rule_value(rule, setting))
    return text


def explained_tooltip(tooltip: str, note: str) -> str:
    """A role's tooltip (label first, then family, stage, typical titles) with the note on what
    the role does right under the label."""
    if not note:
        return tooltip
    head, _, rest = tooltip.partition("<br>")
    wrap = "<p style='white-space:normal'>"
    explained = f"{wrap}{head}<br>{escape(note)}</p>"
    return explained + (f"{wrap}{rest}</p>" if rest else "")


class PaletteDelegate(QStyledItemDelegate):
    """Airier rows than the default: more room around headings, a little around entries."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        size = super().sizeHint(option, index)
        entry = index.data(ROLE_KEY) or index.data(STRUCTURE_KEY)
        size.setHeight(size.height() + (10 if not entry else 6))
        return size


class PaletteView(QTreeView):
    """A tree that drags one entry at a time (entries carry data under `key_role`), with a
    compact chip as the drag image."""

    def __init__(self, parent=None, key_role: int = ROLE_KEY) -> None:
        super().__init__(parent)
        self.key_role = key_role

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        index = self.currentIndex()
        if not index.isValid() or not index.data(self.key_role):
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData([index]))
        family = index.data(FAMILY_KEY) or "seller"
        chip = drag_chip(str(index.data()), str(family), self)
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
    """The role catalogue, grouped Sales, Sales operations, Sales enablement, Leadership, Other;
    below it the Structures section: Assembly line, Pod, Island.

    Drag a role: mime data of type PALETTE_MIME carrying the role key. Double-click or Enter
    on a role emits roleActivated(key) (e.g. to add that role below the selected card).
    Drag a structure: STRUCTURE_MIME carrying the template model key ("pod"); double-click or
    Enter on one emits structureActivated(key) (e.g. to open the template wizard on it).
    """

    roleActivated = Signal(str)
    structureActivated = Signal(str)

    def __init__(
        self, roles: RoleCatalogue | None = None, language: str | None = None, parent=None
    ) -> None:
        """language: the role names' ("en" or "nb"; default: the interface's)."""
        super().__init__(parent)
        language = language or shown_language()
        self.setObjectName("palette")
        headings = {family: family_text(family) for family in FAMILY_ORDER}
        self.model = RolePaletteModel(roles, language, headings, self)
        self._explain_roles()
        self.proxy = RoleFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("paletteFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter roles and structures…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter roles and structures"))
        self.filter_edit.textChanged.connect(self._filter)

        self.structures_model = StructurePaletteModel(self.tr("Structures"), self)
        self.structures_proxy = RoleFilterModel(self)
        self.structures_proxy.setSourceModel(self.structures_model)

        # one framed list: the roles scroll, the structures stay in sight below them
        frame = QFrame(self)
        frame.setObjectName("paletteFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setBackgroundRole(QPalette.ColorRole.Base)
        frame.setAutoFillBackground(True)

        self.view = self._make_view(frame, ROLE_KEY, self.proxy, "paletteList")
        self.view.activated.connect(self._activated)
        self.view.setAccessibleName(self.tr("Roles"))

        self.structures_view = self._make_view(
            frame, STRUCTURE_KEY, self.structures_proxy, "paletteStructures"
        )
        self.structures_view.setAccessibleName(self.tr("Structures"))
        self.structures_view.setIconSize(QSize(ICON_W, ICON_H))
        self.structures_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.structures_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.structures_view.activated.connect(self._structure_activated)

        self.separator = QFrame(frame)
        self.separator.setFrameShape(QFrame.Shape.HLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)

        inner = QVBoxLayout(frame)
        inner.setContentsMargins(1, 1, 1, 1)
        inner.setSpacing(0)
        inner.addWidget(self.view, 1)
        inner.addWidget(self.separator)
        inner.addWidget(self.structures_view)
        self._fit_structures()

        hint = QLabel(
            self.tr(
                "Drag a role onto the chart to add a position, a structure to add a whole team."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(frame, 1)
        layout.addWidget(hint)

    def _explain_roles(self) -> None:
        """Each role entry's tooltip says what the role does in an assembly line, a pod or on
        an island (model/role_notes.py), above the palette model's details."""
        for row in range(self.model.rowCount()):
            heading = self.model.item(row)
            for child in range(heading.rowCount()):
                entry = heading.child(child)
                note = role_note_text(str(entry.data(ROLE_KEY)))
                entry.setToolTip(explained_tooltip(entry.toolTip(), note))

    def role_tooltip(self, key: str) -> str:
        """The tooltip of the role's entry ('' when the role is not listed)."""
        index = self.model.index_of_role(key)
        return str(index.data(Qt.ItemDataRole.ToolTipRole) or "") if index.isValid() else ""

    def _make_view(self, parent: QWidget, key_role: int, model, name: str) -> PaletteView:
        view = PaletteView(parent, key_role)
        view.setObjectName(name)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setModel(model)
        view.setHeaderHidden(True)
        view.setIndentation(14)
        view.setItemDelegate(PaletteDelegate(view))
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.expandAll()
        return view

    def _fit_structures(self) -> None:
        """The structures list exactly as tall as its rows (hidden when the filter hides all)."""
        view, proxy = self.structures_view, self.structures_proxy
        view.expandAll()
        height = 0
        for row in range(proxy.rowCount()):
            heading = proxy.index(row, 0)
            height += view.sizeHintForIndex(heading).height()
            for child in range(proxy.rowCount(heading)):
                height += view.sizeHintForIndex(proxy.index(child, 0, heading)).height()
        shown = height > 0
        view.setVisible(shown)
        self.separator.setVisible(shown)
        view.setFixedHeight(height + 2 * view.frameWidth() + 2)

    def structure_keys(self) -> list[str]:
        """The structures listed (template model keys), in display order."""
        return self.structures_model.structure_keys()

    def structure_mime_data_for(self, model: str) -> QMimeData:
        """The mime data a drag of this structure carries."""
        return self.structures_model.mimeData([self.structures_model.index_of_structure(model)])

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

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.view.expandAll()
        self.structures_proxy.set_text(text)
        self._fit_structures()

    def _activated(self, index: QModelIndex) -> None:
        key = index.data(ROLE_KEY)
        if key:
            self.roleActivated.emit(str(key))

    def _structure_activated(self, index: QModelIndex) -> None:
        key = index.data(STRUCTURE_KEY)
        if key:
            self.structureActivated.emit(str(key))
