"""Input widgets of the inspector that know about shared values and never clobber typing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QIcon, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from orgeditor.model import RoleCatalogue
from orgeditor.ui.labels import role_text
from orgeditor.ui.panels.field_values import MIXED
from orgeditor.ui.panels.role_style import FAMILY_ORDER, family_icon

INFERRED = ""  # item data of the role combo's first entry: no explicit role


def user_is_typing(widget: QWidget, edit: QLineEdit) -> bool:
    """True while the user has unsaved typing in the field: leave it alone."""
    return edit.isModified() and (widget.hasFocus() or edit.hasFocus())


def show_text(edit: QLineEdit, value: Any, mixed_text: str, text_of=str) -> None:
    """Show a shared value (or the mixed placeholder) in a line edit, unless the user types."""
    if user_is_typing(edit, edit):
        return
    text = "" if value is MIXED or value is None else text_of(value)
    if edit.text() != text:
        edit.setText(text)
    edit.setModified(False)
    edit.setPlaceholderText(mixed_text if value is MIXED else "")


def compact(combo: QComboBox) -> None:
    """Let a combo shrink with its dock instead of sizing itself to its longest entry, and
    take focus only on purpose, so that scrolling the inspector never changes a value."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def wheel_only_when_focused(combo: QComboBox, event: QWheelEvent) -> bool:
    """True if the combo may handle the wheel; otherwise the event goes to the scroll area."""
    if combo.hasFocus():
        return True
    event.ignore()
    return False


class ChoiceCombo(QComboBox):
    """A fixed list of (label, data); shows a shared value or a placeholder when mixed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        compact(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if wheel_only_when_focused(self, event):
            super().wheelEvent(event)

    def set_choices(self, choices: list[tuple[str, Any]], icons: list[QIcon] | None = None) -> None:
        current = [(self.itemText(i), self.itemData(i)) for i in range(self.count())]
        if current == choices:
            return
        chosen = self.currentData()
        self.clear()
        for i, (label, data) in enumerate(choices):
            if icons:
                self.addItem(icons[i], label, data)
            else:
                self.addItem(label, data)
        self.setCurrentIndex(self.findData(chosen))

    def show_value(self, value: Any, mixed_text: str) -> None:
        self.setPlaceholderText(mixed_text)
        self.setCurrentIndex(-1 if value is MIXED else self.findData(value))


class RoleCombo(ChoiceCombo):
    """First entry: 'Inferred from title: <label>' (no explicit role); then every role by family,
    named in the interface's language (language "nb": the catalogue's Bokmål labels)."""

    def __init__(
        self, roles: RoleCatalogue, language: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.roles = roles
        self._closed_text = ""
        self.addItem("", INFERRED)
        for family in FAMILY_ORDER:
            keys = roles.keys_in_family(family)
            if not keys:
                continue
            self.insertSeparator(self.count())
            for key in keys:
                label = roles.label(key, "nb") if language == "nb" else role_text(key)
                self.addItem(family_icon(family), label, key)

    def set_inferred(self, text: str, family: str | None, closed_text: str = "") -> None:
        """text: the entry in the list; closed_text: what the closed combo shows for it
        (shorter, label first, so a narrow dock still shows the inferred role)."""
        self.setItemText(0, text)
        self.setItemIcon(0, family_icon(family) if family else QIcon())
        self.setItemData(0, text, Qt.ItemDataRole.ToolTipRole)
        self._closed_text = closed_text
        self.setToolTip(text if self.currentIndex() == 0 else "")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.currentIndex() != 0 or not self._closed_text:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self._closed_text
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def show_role(self, explicit_role: Any, mixed_text: str) -> None:
        """explicit_role: a key, None (inferred) or MIXED."""
        self.show_value(INFERRED if explicit_role is None else explicit_role, mixed_text)
        self.setToolTip(self.itemText(0) if self.currentIndex() == 0 else "")

    def role_at(self, index: int) -> str | None:
        """The explicit role an entry stands for; None for the inferred entry."""
        data = self.itemData(index)
        return str(data) if data else None


class ValueCombo(QComboBox):
    """Editable: type any value or pick one already used. The options (values the chart
    uses) load when the combo gets focus or opens its popup, not on every selection."""

    def __init__(self, options: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        compact(self)
        self._options = options
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def load_options(self) -> None:
        values = self._options()
        if values == [self.itemText(i) for i in range(self.count())]:
            return
        edit = self.lineEdit()
        text, modified = edit.text(), edit.isModified()
        self.blockSignals(True)
        try:
            self.clear()
            self.addItems(values)
            self.setCurrentIndex(self.findText(text, Qt.MatchFlag.MatchExactly))
            if edit.text() != text:
                edit.setText(text)
            edit.setModified(modified)
        finally:
            self.blockSignals(False)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if wheel_only_when_focused(self, event):
            super().wheelEvent(event)

    def showPopup(self) -> None:
        self.load_options()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.load_options()  # before typing, so the completer knows the values
        super().focusInEvent(event)

    def show_value(self, value: Any, mixed_text: str) -> None:
        edit = self.lineEdit()
        if user_is_typing(self, edit):
            return
        text = "" if value is MIXED or value is None else str(value)
        self.setCurrentIndex(self.findText(text, Qt.MatchFlag.MatchExactly) if text else -1)
        if edit.text() != text:
            edit.setText(text)
        edit.setModified(False)
        edit.setPlaceholderText(mixed_text if value is MIXED else "")
