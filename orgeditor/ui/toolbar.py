"""The main window's toolbar: icons with short fixed labels, tooltips that name the shortcut.

The toolbar shares its QActions with the menus, so the icons set here show there too, while
the menus keep the full text (a tool button shows iconText, a menu shows text).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolBar

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from orgeditor.ui.actions import WindowActions
    from orgeditor.ui.main_window import MainWindow

# the toolbar's texts: literal translate("Toolbar", ...) calls, extracted by pyside6-lupdate
translate = QCoreApplication.translate
ICON_SIZE = 20
# sizes rendered up front when the icons are not plain files (zip install): 1x and 2x screens
_PIXMAP_SIZES = (16, 20, 24, 32, 40, 48)


@cache
def load_icon(name: str) -> QIcon:
    """The line icon resources/icons/<name>.svg; a null QIcon if there is none."""
    resource = resources.files("orgeditor.resources") / "icons" / f"{name}.svg"
    if not resource.is_file():
        return QIcon()
    if isinstance(resource, Path):
        # a real file: Qt's SVG icon engine renders it crisp at any size and screen scale
        return QIcon(str(resource))
    # the engine re-reads its file at every new size, so a temporary copy from as_file() would
    # be gone by then: render from the bytes now instead
    renderer = QSvgRenderer(QByteArray(resource.read_bytes()))
    icon = QIcon()
    for size in _PIXMAP_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon


def plain_name(text: str) -> str:
    """An action's text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("….").strip()


def shortcut_tip(name: str, action: QAction) -> str:
    """The tooltip "Name (Shortcut)", the first shortcut written as the platform does."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{name} ({keys})" if keys else name


def _keep_tooltip(action: QAction, tip) -> None:
    """Set the tooltip from tip() now and whenever the action changes (text, shortcut)."""

    def refresh() -> None:
        text = tip()
        if action.toolTip() != text:  # setToolTip emits changed again: stop there
            action.setToolTip(text)

    action.changed.connect(refresh)
    refresh()


def _follow_stack(window: MainWindow, stack: QUndoStack, actions: WindowActions) -> None:
    """Undo/redo tooltips say what they would undo or redo, following the stack."""

    def undo_tip() -> str:
        if stack.canUndo():
            name = translate("Toolbar", "Undo %1").replace("%1", stack.undoText())
        else:
            name = translate("Toolbar", "Nothing to undo")
        return shortcut_tip(name, actions.undo)

    def redo_tip() -> str:
        if stack.canRedo():
            name = translate("Toolbar", "Redo %1").replace("%1", stack.redoText())
        else:
            name = translate("Toolbar", "Nothing to redo")
        return shortcut_tip(name, actions.redo)

    def refresh_undo() -> None:
        actions.undo.setToolTip(undo_tip())

    def refresh_redo() -> None:
        actions.redo.setToolTip(redo_tip())

    # the document keeps this stack when a chart is replaced, so connecting once is enough
    stack.undoTextChanged.connect(refresh_undo)
    stack.canUndoChanged.connect(refresh_undo)
    stack.redoTextChanged.connect(refresh_redo)
    stack.canRedoChanged.connect(refresh_redo)
    _keep_tooltip(actions.undo, undo_tip)
    _keep_tooltip(actions.redo, redo_tip)


def build_toolbar(window: MainWindow, actions: WindowActions) -> QToolBar:
    """Add the main toolbar to window: File, Undo/Redo, View and Find groups."""
    toolbar = window.addToolBar(translate("Toolbar", "Main"))
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    # (action, icon, fixed label); None is a separator
    entries: list[tuple[QAction, str, str] | None] = [
        (actions.new, "new", translate("Toolbar", "New")),
        (actions.open, "open", translate("Toolbar", "Open")),
        (actions.save, "save", translate("Toolbar", "Save")),
        None,
        (actions.undo, "undo", translate("Toolbar", "Undo")),
        (actions.redo, "redo", translate("Toolbar", "Redo")),
        None,
        (actions.zoom_in, "zoom-in", translate("Toolbar", "Zoom In")),
        (actions.zoom_out, "zoom-out", translate("Toolbar", "Zoom Out")),
        (actions.fit, "fit", translate("Toolbar", "Fit")),
        (actions.auto_layout, "auto-layout", translate("Toolbar", "Tidy")),
        None,
        (actions.find, "find", translate("Toolbar", "Find")),
    ]
    for entry in entries:
        if entry is None:
            toolbar.addSeparator()
            continue
        action, icon, label = entry
        action.setIcon(load_icon(icon))
        # set explicitly, iconText no longer follows setText: the undo stack rewrites the
        # undo/redo text on every edit, and the buttons after them would move sideways
        action.setIconText(label)
        toolbar.addAction(action)
        if action not in (actions.undo, actions.redo):
            name = plain_name(action.text())
            _keep_tooltip(action, lambda a=action, n=name: shortcut_tip(n, a))
    _follow_stack(window, window.document.undo_stack, actions)

    # not on the toolbar, but its menu entry gets the same family of icon
    actions.export.setIcon(load_icon("export"))
    return toolbar
