"""Presentation mode (F5; Esc leaves): the chart full screen for a room, as a facilitator shows
it on a projector. The panels, menus and tool bar go (their shortcuts still work), the text
grows, a high-contrast palette replaces the usual one, Left and Right step through the
scenarios, and an optional strip under the chart lists the findings in large type (F6).
Editing goes on as usual: a card can be dragged while the room watches, and Ctrl+Z undoes it.
Leaving puts everything back as it was, in the theme chosen meanwhile if one was (ui/theme.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QToolBar

from orgeditor.ui.panels.severity_style import severity_icon
from orgeditor.ui.theme import theme_palette

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

TEXT_SCALE = 1.4  # the interface's text in presentation mode, against its usual size
LARGEST = 1.6  # the zoom a small chart is shown at, at most
STRIP_ROWS = 4  # findings shown at once in the strip (it scrolls for more)


def high_contrast_palette() -> QPalette:
    """Black text on white, strong blue selection: readable from the back of a room."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#ffffff"),
        (roles.WindowText, "#000000"),
        (roles.Base, "#ffffff"),
        (roles.AlternateBase, "#f0f0f0"),
        (roles.Text, "#000000"),
        (roles.Button, "#ffffff"),
        (roles.ButtonText, "#000000"),
        (roles.Highlight, "#0033cc"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#ffffff"),
        (roles.ToolTipText, "#000000"),
        (roles.PlaceholderText, "#333333"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


class PresentationMode(QObject):
    """The window's presentation mode: `action` toggles it (F5), `strip_action` the findings
    strip (F6)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._saved: dict[str, object] = {}
        self._bars: list[QToolBar] = []
        self.action = QAction(self.tr("&Presentation Mode"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.setStatusTip(
            self.tr("Full screen for a room: large text, high contrast, Esc to leave")
        )
        self.action.toggled.connect(self.set_active)
        window.addAction(self.action)
        self.strip_action = QAction(self.tr("Findings &Strip"), window)
        self.strip_action.setCheckable(True)
        self.strip_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.strip_action.setStatusTip(self.tr("The findings in large type under the chart"))
        self.strip_action.toggled.connect(self._show_strip)
        window.addAction(self.strip_action)
        self.strip = QListWidget()
        self.strip.setObjectName("presentationFindings")
        self.strip.setAccessibleName(self.tr("Findings"))
        self.strip.setWordWrap(True)
        self.strip.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the chart
        self.strip.hide()
        window.checks.findingsChanged.connect(self._fill_strip)

    # ----- on and off ---------------------------------------------------------------------

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        if self.action.isChecked() != on:
            self.action.setChecked(on)
        if on:
            self._enter()
        else:
            self._leave()

    def _enter(self) -> None:
        w = self.window
        app = QApplication.instance()
        self._saved = {
            "state": w.saveState(),
            "full": w.isFullScreen(),
            "maximised": w.isMaximized(),
            "geometry": w.saveGeometry(),
            "menu": w.menuBar().isVisible(),
            "status": w.statusBar().isVisible(),
            "font": app.font(),
        }
        for dock in w.docks:
            dock.hide()
        self._bars = [bar for bar in w.findChildren(QToolBar) if bar.isVisible()]
        for bar in self._bars:
            bar.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        app.setPalette(high_contrast_palette())
        w.apply_scheme()  # light cards on the white
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
        app.setFont(font)
        w.view.installEventFilter(self)
        w.view.viewport().installEventFilter(self)
        w.showFullScreen()
        self._show_strip(self.strip_action.isChecked())
        QTimer.singleShot(0, self._fit_large)  # once the window has its full-screen size

    def _leave(self) -> None:
        w = self.window
        app = QApplication.instance()
        saved = self._saved
        w.view.removeEventFilter(self)
        w.view.viewport().removeEventFilter(self)
        self.strip.hide()
        app.setPalette(theme_palette(app))  # the theme's: one may have been chosen meanwhile
        w.apply_scheme()
        app.setFont(saved["font"])
        if saved["full"]:
            w.showFullScreen()
        elif saved["maximised"]:
            w.showMaximized()
        else:
            w.showNormal()
            w.restoreGeometry(QByteArray(saved["geometry"]))
        w.restoreState(QByteArray(saved["state"]))
        for bar in self._bars:
            bar.show()
        w.menuBar().setVisible(bool(saved["menu"]))
        w.statusBar().setVisible(bool(saved["status"]))
        QTimer.singleShot(0, w.view.fit)

    def _fit_large(self) -> None:
        """The whole chart as large as the screen allows, up to LARGEST (bigger cards for a
        room than the 100 % a desk's Fit stops at)."""
        view = self.window.view
        view.fit()
        bounds = view.chart_scene.bounds()
        if bounds.isEmpty() or not self.active:
            return
        room = view.viewport().rect()
        scale = min(room.width() / (bounds.width() + 80), room.height() / (bounds.height() + 80))
        if scale > view.zoom():
            view.set_zoom(min(scale, LARGEST))
            view.centerOn(bounds.center())

    # ----- keys ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key == Qt.Key.Key_Escape and not self.window.view.cancel_interaction():
                self.set_active(False)
                return True
            several = len(self.window.document.scenarios) > 1
            if several and not mods and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.window.scenario_actions.step(1 if key == Qt.Key.Key_Right else -1)
                return True
        return super().eventFilter(watched, event)

    # ----- the findings strip -------------------------------------------------------------

    def _show_strip(self, on: bool) -> None:
        self.strip.setVisible(on and self.active)
        if self.strip.isVisible():
            self._fill_strip(self.window.checks.findings())

    def _fill_strip(self, findings: list) -> None:
        if not self.strip.isVisible():
            return
        self.strip.clear()
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.strip.setFont(font)
        shown = [f for f in findings if f.severity in ("error", "warning")] or findings
        side = QFontMetrics(font).height()
        self.strip.setIconSize(QSize(side, side))
        names = {"error": self.tr("Error"), "warning": self.tr("Warning"), "info": self.tr("Info")}
        for finding in shown:
            # the severity's shape and colour (as in the checks list), its name for the ear
            item = QListWidgetItem(severity_icon(finding.severity, 32), finding.message)
            said = f"{names.get(finding.severity, finding.severity)}: {finding.message}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
            item.setToolTip(said)
            self.strip.addItem(item)
        if not shown:
            self.strip.addItem(self.tr("No findings: the chart follows the checked practices."))
        rows = max(1, min(STRIP_ROWS, self.strip.count()))
        self.strip.setFixedHeight(self.strip.sizeHintForRow(0) * rows + 8)
