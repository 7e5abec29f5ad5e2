"""Review Roles…: one row per distinct title with its count, the role and why; the least sure
first. Changed rows become one undo step (SetTitleRolesCommand) that also remembers the choices
in the chart for titles met later (a re-import, a paste, a new position)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Chart, TitleRow, catalogue, title_key, title_rows
from orgeditor.ui.labels import family_text
from orgeditor.ui.labels import role_text as role_name_text
from orgeditor.ui.panels.role_style import FAMILY_ORDER, family_icon
from orgeditor.ui.theme import is_dark

TITLE, COUNT, ROLE, WHY = range(4)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the role key of the Role cell
UNSURE_BACKGROUND = QColor("#fff1cc")  # rows whose inference is least sure
UNSURE_TEXT = QColor("#3a2a00")  # readable on the tint
UNSURE_DARK = (QColor("#3d3115"), QColor("#ffe3a3"))  # the same amber on a dark palette


def unsure_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of an uncertain row on this palette, light or dark."""
    return UNSURE_DARK if is_dark(palette) else (UNSURE_BACKGROUND, UNSURE_TEXT)


def role_text(key: str) -> str:
    return f"{family_text(catalogue().role(key).family)} ▸ {role_name_text(key)}"


def ordered_roles() -> list[str]:
    """Every role of the catalogue, family by family as in the palette."""
    cat = catalogue()
    return [key for family in FAMILY_ORDER for key in cat.keys_in_family(family)]


class RoleDelegate(QStyledItemDelegate):
    """The Role column edited with a combo of every role, grouped by family."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("roleReviewCombo")
        combo.setAccessibleName(self.tr("Role"))  # an editor in a cell has no label
        for key in ordered_roles():
            combo.addItem(family_icon(catalogue().role(key).family), role_text(key), key)
        # a role picked from the list counts at once, not only when the editor closes
        combo.activated.connect(lambda _index: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(KEY_ROLE)), 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        key = editor.currentData()
        model.setData(index, key, KEY_ROLE)
        model.setData(index, role_text(key), Qt.ItemDataRole.DisplayRole)


class RoleReviewDialog(QDialog):
    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleReviewDialog")
        self.setWindowTitle(self.tr("Review Roles"))
        self.resize(900, 520)
        self.chart = chart
        self.rows: list[TitleRow] = title_rows(chart)
        unsure = sum(row.uncertain for row in self.rows)
        intro = QLabel(
            self.tr(
                "%n distinct title(s); %1 uncertain, listed first. A role chosen here is given "
                "to every position with that title and remembered for titles met later.",
                "",
                len(self.rows),
            ).replace("%1", str(unsure)),
            self,
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("roleReviewFilter")
        self.filter.setPlaceholderText(self.tr("Filter titles…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter titles"))

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Count"), self.tr("Role"), self.tr("Why")]
        )
        for row in self.rows:
            self.model.appendRow(self._items(row))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(TITLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setObjectName("roleReviewTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Titles and their roles"))
        self.table.setItemDelegateForColumn(ROLE, RoleDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _items(self, row: TitleRow) -> list[QStandardItem]:
        title = QStandardItem(row.title)
        count = QStandardItem()
        count.setData(row.count, Qt.ItemDataRole.DisplayRole)
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        role = QStandardItem(role_text(row.role))
        role.setData(row.role, KEY_ROLE)
        role.setToolTip(self.tr("Double-click to choose another role"))
        why = QStandardItem(row.reason)
        why.setToolTip(row.reason)
        items = [title, count, role, why]
        back, text = unsure_colours(self.palette())
        for item in items:
            item.setEditable(item is role)
            if row.uncertain:
                item.setBackground(QBrush(back))
                item.setForeground(QBrush(text))
        if row.uncertain:
            title.setToolTip(self.tr("Uncertain: check this role"))
        return items

    # ----- reading and setting the choices (the tests drive these too) ----------------------

    def titles(self) -> list[str]:
        """The titles in the order shown."""
        return [self.proxy.index(r, TITLE).data() for r in range(self.proxy.rowCount())]

    def role_of(self, title: str) -> str:
        return self.model.item(self._row(title), ROLE).data(KEY_ROLE)

    def set_role(self, title: str, role: str) -> None:
        """Choose `role` for `title`, as the combo does."""
        catalogue().role(role)  # KeyError for a role not in the catalogue
        item = self.model.item(self._row(title), ROLE)
        item.setData(role, KEY_ROLE)
        item.setText(role_text(role))

    def choices(self) -> dict[str, str]:
        """{title key: role} of the rows changed from the role their positions have now."""
        out = {}
        for r, row in enumerate(self.rows):
            role = self.model.item(r, ROLE).data(KEY_ROLE)
            if role != row.role:
                out[row.key] = role
        return out

    def _row(self, title: str) -> int:
        wanted = title_key(title)
        for r, row in enumerate(self.rows):
            if row.key == wanted:
                return r
        raise KeyError(title)
