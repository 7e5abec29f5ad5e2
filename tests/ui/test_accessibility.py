"""Accessibility: every widget the keyboard can reach in the main window, the preferences and
the compare view has a name a screen reader can say (its own accessible name, a button's text,
a label that is its buddy, or tab texts), and Tab walks the panels' main widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QTabBar,
    QWidget,
)
from support.canvas_helpers import small_chart


def is_part_of_another(widget: QWidget) -> bool:
    """A spin box's or combo box's own line edit, a scroll area's viewport: named with it."""
    parent = widget.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return True
    return isinstance(parent, QAbstractScrollArea) and widget is parent.viewport()


def unnamed(root: QWidget) -> list[str]:
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy()}
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.accessibleName() or widget in buddies or is_part_of_another(widget):
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if isinstance(widget, QTabBar) and all(widget.tabText(i) for i in range(widget.count())):
            continue
        found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_focusable_widget_has_a_name(window, qtbot):
    assert unnamed(window) == []  # the start page
    window.document.replace_chart(small_chart(), None)
    window.show_find_bar()
    window.scene.select_ids(["a1"])  # the inspector's fields
    qtbot.waitUntil(lambda: window.inspector.findChild(QWidget, "nameEdit").isVisible())
    assert unnamed(window) == []
    compare = window.show_compare()
    qtbot.waitExposed(compare)
    assert unnamed(compare) == []
    compare.close()


def test_the_preferences_shown_for_real_name_their_fields(window, qtbot):
    found: list[list[str]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, look)
            return
        found.append(unnamed(dialog))
        dialog.reject()

    QTimer.singleShot(10, look)
    window.show_preferences()
    assert found == [[]]


def test_tab_walks_the_panels(window, qtbot):
    window.document.replace_chart(small_chart(), None)
    window.scene.select_ids(["a1"])
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    met = []
    for _ in range(120):
        focused = QApplication.focusWidget()
        met.append(focused.objectName() if focused is not None else "")
        QTest.keyClick(focused or window, Qt.Key.Key_Tab)
    for name in ("canvas", "paletteList", "checksList", "nameEdit", "titleEdit"):
        assert name in met, name
    # and round again to the canvas
    assert met.count("canvas") >= 2
