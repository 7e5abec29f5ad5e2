"""The main toolbar: line icons, short fixed labels, tooltips naming shortcut and undo text."""

import zipfile

from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QToolButton

from orgeditor.model import Chart, Position
from orgeditor.ui import toolbar as toolbar_module
from orgeditor.ui.commands import AddPositionCommand

LABELS = ["New", "Open", "Save", "Undo", "Redo", "Zoom In", "Zoom Out", "Fit", "Tidy", "Find"]
LONG_TEXT = "Add Sales leader (VP / Head of Sales)"


def main_toolbar(window) -> QToolBar:
    bar = window.findChild(QToolBar, "mainToolBar")
    assert bar is window.actions.toolbar
    return bar


def tool_actions(bar: QToolBar):
    return [a for a in bar.actions() if not a.isSeparator()]


def button(bar: QToolBar, action) -> QToolButton:
    widget = bar.widgetForAction(action)
    assert isinstance(widget, QToolButton)
    return widget


def settle() -> None:
    # the toolbar lays its buttons out again on posted events
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def push_add(window, text: str = LONG_TEXT, pid: str = "tb1") -> None:
    chart = window.document.chart
    window.document.undo_stack.push(
        AddPositionCommand(chart, Position(pid, "Vera", "VP of Sales"), None, text=text)
    )


def native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def icon_pixels(image, rect) -> int:
    """Pixels in rect with the icons' slate-blue stroke (text is drawn neutral, not blue)."""
    count = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            c = QColor(image.pixel(x, y))
            if c.red() < 150 and c.blue() - c.red() > 12:
                count += 1
    return count


def test_buttons_show_icons_and_short_fixed_labels(window):
    bar = main_toolbar(window)
    assert not bar.isMovable()
    actions = tool_actions(bar)
    assert [button(bar, a).text() for a in actions] == LABELS
    for action in actions:
        assert not action.icon().isNull(), action.iconText()
        # the SVG really renders: a null pixmap would mean Qt could not read the file
        assert not action.icon().pixmap(bar.iconSize()).isNull(), action.iconText()
        assert len(action.iconText()) <= 8
    w = window.actions
    assert [w.new, w.open, w.save, w.undo, w.redo] == actions[:5]
    assert [w.zoom_in, w.zoom_out, w.fit, w.auto_layout, w.find] == actions[5:]
    assert not w.export.icon().isNull()  # menu-only, same icon family


def test_menus_keep_full_text_with_the_same_icons(window):
    push_add(window)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    edit_menu = menus[window.tr("&Edit")]
    assert isinstance(edit_menu, QMenu)
    assert window.actions.undo in edit_menu.actions()
    assert window.actions.undo.text().endswith(LONG_TEXT)
    assert window.actions.open.text() == window.tr("&Open…")
    assert not window.actions.undo.icon().isNull()


def test_undo_label_stays_and_later_buttons_do_not_move(window):
    bar = main_toolbar(window)
    actions = tool_actions(bar)
    undo = window.actions.undo
    settle()
    after_undo = actions[actions.index(undo) :]
    before = [button(bar, a).geometry() for a in after_undo]

    push_add(window)
    settle()

    assert undo.text().endswith(LONG_TEXT)  # the stack did rewrite the text...
    assert undo.iconText() == "Undo"  # ...but not the label set explicitly
    assert button(bar, undo).text() == "Undo"
    assert [button(bar, a).geometry().x() for a in after_undo] == [r.x() for r in before]
    assert [button(bar, a).geometry().width() for a in after_undo] == [r.width() for r in before]
    assert LONG_TEXT in undo.toolTip()
    assert native(undo.shortcut()) in undo.toolTip()
    assert "Ctrl+Z" in undo.toolTip()


def test_icon_text_survives_set_text(window):
    undo = window.actions.undo
    undo.setText("&Undo something with a much longer description")
    assert undo.iconText() == "Undo"
    assert button(main_toolbar(window), undo).text() == "Undo"


def test_undo_and_redo_tooltips_follow_the_stack(window):
    undo, redo = window.actions.undo, window.actions.redo
    stack = window.document.undo_stack
    undo_keys, redo_keys = native(undo.shortcut()), native(redo.shortcut())
    assert undo_keys == "Ctrl+Z"
    assert undo.toolTip() == f"Nothing to undo ({undo_keys})"
    assert redo.toolTip() == f"Nothing to redo ({redo_keys})"

    push_add(window)
    assert undo.toolTip() == f"Undo {LONG_TEXT} ({undo_keys})"

    stack.undo()
    assert undo.toolTip() == f"Nothing to undo ({undo_keys})"
    assert redo.toolTip() == f"Redo {LONG_TEXT} ({redo_keys})"
    assert button(main_toolbar(window), redo).text() == "Redo"

    stack.redo()
    assert redo.toolTip() == f"Nothing to redo ({redo_keys})"
    assert LONG_TEXT in undo.toolTip()


def test_tooltips_still_follow_after_the_chart_is_replaced(window):
    push_add(window)
    window.document.replace_chart(Chart(), None)
    undo = window.actions.undo
    assert undo.toolTip().startswith("Nothing to undo")
    push_add(window, "Add Account Executive", "tb2")
    assert undo.toolTip().startswith("Undo Add Account Executive")


def test_tooltips_name_action_and_shortcut(window):
    w = window.actions
    assert w.save.toolTip() == f"Save ({native(w.save.shortcut())})"
    assert "Ctrl+S" in w.save.toolTip()
    assert w.open.toolTip() == f"Open ({native(w.open.shortcut())})"  # no ellipsis
    assert w.find.toolTip() == f"Find ({native(w.find.shortcut())})"
    assert w.fit.toolTip() == "Fit Chart (Ctrl+0)"
    assert w.auto_layout.toolTip() == "Auto Layout (Ctrl+L)"
    for action in tool_actions(main_toolbar(window)):
        assert native(action.shortcut()) in action.toolTip(), action.iconText()
        assert "&" not in action.toolTip()


def test_tooltip_follows_a_changed_shortcut(window):
    fit = window.actions.fit
    fit.setShortcut(QKeySequence("Ctrl+9"))
    assert fit.toolTip() == "Fit Chart (Ctrl+9)"


def test_icons_are_painted_in_the_window(window, tmp_path):
    bar = main_toolbar(window)
    settle()
    image = window.grab().toImage()
    target = tmp_path / "toolbar.png"
    assert image.save(str(target))
    assert target.stat().st_size > 0
    for action in tool_actions(bar):
        if not action.isEnabled():
            continue  # a disabled icon is drawn greyed out
        rect = button(bar, action).geometry().translated(bar.pos())
        assert icon_pixels(image, rect) > 20, action.iconText()


def test_icons_load_from_a_zipped_package(tmp_path, monkeypatch, qapp):
    svg = toolbar_module.resources.files("orgeditor.resources") / "icons" / "undo.svg"
    archive = tmp_path / "resources.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("res/icons/undo.svg", svg.read_bytes())
    root = zipfile.Path(archive, "res/")
    monkeypatch.setattr(toolbar_module.resources, "files", lambda _package: root)

    load = toolbar_module.load_icon.__wrapped__  # past the cache of real-file icons
    icon = load("undo")
    assert not icon.isNull()
    pixmap = icon.pixmap(20, 20)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(20))
    assert load("no-such-icon").isNull()
