"""The palette's item models: role families as headings, roles as draggable entries; and the
Structures section (assembly line, pod, island: whole generated charts).

Dragging a role produces mime data with the role key under PALETTE_MIME, dragging a structure
the template model key under STRUCTURE_MIME (see mime.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from orgeditor.model import RoleCatalogue, catalogue
from orgeditor.ui.dialogs.structure_info import (
    STRUCTURE_MODELS,
    structure_blurb,
    structure_icon,
    structure_tooltip,
)
from orgeditor.ui.labels import model_text
from orgeditor.ui.panels.mime import (
    PALETTE_MIME,
    STRUCTURE_MIME,
    role_mime_data,
    structure_mime_data,
)
from orgeditor.ui.panels.role_info import TYPICAL_TITLES, role_tooltip
from orgeditor.ui.panels.role_style import FAMILY_ORDER, family_icon

ROLE_KEY = Qt.ItemDataRole.UserRole + 1  # on entries: the role key
FAMILY_KEY = Qt.ItemDataRole.UserRole + 2  # on headings and entries: the family key
SEARCH_TEXT = Qt.ItemDataRole.UserRole + 3  # on entries: what the filter box matches
STRUCTURE_KEY = Qt.ItemDataRole.UserRole + 4  # on structure entries: the template model key

AnyIndex = QModelIndex | QPersistentModelIndex


class RolePaletteModel(QStandardItemModel):
    """Two levels: a heading per family (FAMILY_ORDER), the family's roles below it."""

    def __init__(
        self,
        roles: RoleCatalogue | None = None,
        language: str = "en",
        headings: dict[str, str] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = roles or catalogue()
        self.language = language
        self._headings = headings or {}
        self._build()

    def _build(self) -> None:
        cat = self.catalogue
        heading_font = QFont()
        heading_font.setBold(True)
        families = [f for f in FAMILY_ORDER if f in cat.families]
        families += [f for f in cat.families if f not in families]
        for family in families:
            text = self._headings.get(family) or cat.families[family].get(
                f"label_{self.language}", family
            )
            heading = QStandardItem(text)
            heading.setData(family, FAMILY_KEY)
            heading.setFont(heading_font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for key in cat.keys_in_family(family):
                role = cat.role(key)
                label = cat.label(key, self.language)
                entry = QStandardItem(family_icon(family), label)
                entry.setData(key, ROLE_KEY)
                entry.setData(family, FAMILY_KEY)
                search = " ".join([label, key, text, TYPICAL_TITLES.get(key, "")])
                entry.setData(search, SEARCH_TEXT)
                entry.setToolTip(role_tooltip(cat, role, self.language))
                entry.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                heading.appendRow(entry)
            self.appendRow(heading)

    # ----- drag source ---------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [PALETTE_MIME, "text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The first role among the indexes (a palette drag carries one role)."""
        for index in indexes:
            key = index.data(ROLE_KEY)
            if key:
                return role_mime_data(str(key), str(index.data(Qt.ItemDataRole.DisplayRole)))
        return QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    # ----- lookups -----------------------------------------------------------------------------

    def index_of_role(self, key: str) -> QModelIndex:
        for row in range(self.rowCount()):
            heading = self.index(row, 0)
            for child in range(self.rowCount(heading)):
                index = self.index(child, 0, heading)
                if index.data(ROLE_KEY) == key:
                    return index
        return QModelIndex()


class StructurePaletteModel(QStandardItemModel):
    """One heading ("Structures") over an entry per template model, draggable as a whole."""

    def __init__(self, heading: str = "Structures", parent=None) -> None:
        super().__init__(parent)
        heading_font = QFont()
        heading_font.setBold(True)
        self.heading = QStandardItem(heading)
        self.heading.setFont(heading_font)
        self.heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for model in STRUCTURE_MODELS:
            label = model_text(model)
            entry = QStandardItem(structure_icon(model), label)
            entry.setData(model, STRUCTURE_KEY)
            search = " ".join([label, model, heading, "structure template", structure_blurb(model)])
            entry.setData(search, SEARCH_TEXT)
            entry.setToolTip(structure_tooltip(model))
            entry.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            self.heading.appendRow(entry)
        self.appendRow(self.heading)

    def mimeTypes(self) -> list[str]:
        return [STRUCTURE_MIME, "text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The first structure among the indexes (a drag carries one structure)."""
        for index in indexes:
            key = index.data(STRUCTURE_KEY)
            if key:
                return structure_mime_data(str(key), str(index.data(Qt.ItemDataRole.DisplayRole)))
        return QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def structure_keys(self) -> list[str]:
        heading = self.heading
        return [str(heading.child(r).data(STRUCTURE_KEY)) for r in range(heading.rowCount())]

    def index_of_structure(self, key: str) -> QModelIndex:
        for row in range(self.heading.rowCount()):
            child = self.heading.child(row)
            if child.data(STRUCTURE_KEY) == key:
                return child.index()
        return QModelIndex()


class RoleFilterModel(QSortFilterProxyModel):
    """Shows the entries whose label, key, family or typical titles contain the filter text;
    a heading shows while any of its entries does."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._text = ""

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._text:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = index.data(SEARCH_TEXT)
        if haystack is None:  # a heading: shown through its entries (recursive filtering)
            return False
        return self._text in str(haystack).casefold()

    def set_text(self, text: str) -> None:
        """Filter by a plain, case-insensitive substring."""
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange()
