"""The inspector's custom fields: a two-column table (field, value) with add and remove.

The editor never changes the chart itself: it emits what the user asked for and shows what
set_fields() gives it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgeditor.ui.panels.field_values import MIXED
from orgeditor.ui.panels.figure_widgets import quiet_colour

IS_MIXED = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class ValueDelegate(QStyledItemDelegate):
    """Edits a value cell; a cell with several values shows a placeholder and is left alone
    unless the user types something."""

    committed = Signal(int, str)  # row, new value

    def __init__(self, mixed_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mixed_text = mixed_text

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(IS_MIXED):
            option.text = self.mixed_text
            option.font.setItalic(True)
            # greyed, yet readable on the cell (a light theme's placeholder grey is not)
            quiet = quiet_colour(option.palette, QPalette.ColorRole.Base)
            option.palette.setColor(QPalette.ColorRole.Text, quiet)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex):
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.data(IS_MIXED):
            editor.setPlaceholderText(self.mixed_text)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText("" if index.data(IS_MIXED) else str(index.data() or ""))
        editor.setModified(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        if not editor.isModified():
            return  # nothing typed: keep the value (or the several values) as they are
        self.committed.emit(index.row(), editor.text())


class CustomFieldsEditor(QWidget):
    valueEdited = Signal(str, str)  # field, value
    fieldAdded = Signal(str)
    fieldRemoved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending_edit: str | None = None
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("customFieldsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 110)
        header.setHighlightSections(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()
        self.delegate = ValueDelegate(self.tr("(several values)"), self.table)
        self.delegate.committed.connect(self._value_committed)
        self.table.setItemDelegateForColumn(1, self.delegate)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)

        self.new_key = QLineEdit(self)
        self.new_key.setObjectName("customFieldName")
        self.new_key.setPlaceholderText(self.tr("New field name"))
        self.new_key.returnPressed.connect(self._add)
        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a custom field to the selected positions"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected field"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._remove)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.new_key, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_fields(self, rows: list[tuple[str, Any]]) -> None:
        """rows: (field, value or MIXED). Leaves an open cell editor alone."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            return
        if rows == self.fields():
            self._start_pending_edit()
            return
        selected = self.current_key()
        self.table.setRowCount(len(rows))
        key_font = QFont(self.font())
        key_font.setBold(True)
        for row, (key, value) in enumerate(rows):
            key_item = QTableWidgetItem(key)
            key_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            key_item.setToolTip(key)
            value_item = QTableWidgetItem("" if value is MIXED else str(value))
            value_item.setData(IS_MIXED, value is MIXED)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, value_item)
            if key == selected:
                self.table.selectRow(row)
        self._fit_height()
        self._start_pending_edit()
        self._selection_changed()

    def _fit_height(self) -> None:
        """Tall enough for the rows (at least two, at most eight): no empty well below them."""
        rows = min(max(self.table.rowCount(), 2), 8)
        height = self.table.horizontalHeader().sizeHint().height()
        height += rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())

    def fields(self) -> list[tuple[str, Any]]:
        rows = []
        for row in range(self.table.rowCount()):
            key_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            if key_item is None or value_item is None:
                continue
            value = MIXED if value_item.data(IS_MIXED) else value_item.text()
            rows.append((key_item.text(), value))
        return rows

    def current_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.text() if item else None

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.table.state() != QAbstractItemView.State.EditingState
            and self.current_key() is not None
        ):
            self._remove()
            return True
        return super().eventFilter(watched, event)

    def _value_committed(self, row: int, value: str) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.valueEdited.emit(item.text(), value)

    def _add(self) -> None:
        key = self.new_key.text().strip()
        if not key:
            return
        self.new_key.clear()
        self._pending_edit = key
        self.fieldAdded.emit(key)

    def _remove(self) -> None:
        key = self.current_key()
        if key is not None:
            self.fieldRemoved.emit(key)

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.current_key() is not None)

    def _start_pending_edit(self) -> None:
        """After adding a field, open its value for typing."""
        key, self._pending_edit = self._pending_edit, None
        if key is None:
            return
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == key:
                self.table.selectRow(row)
                value = self.table.item(row, 1)
                if value is not None:
                    self.table.setCurrentItem(value)
                    self.table.editItem(value)
                return
