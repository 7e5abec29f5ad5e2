"""The Scenario menu and the scenario tabs above the canvas: new scenario (a copy of the shown
one), rename, delete, previous/next, compare. Each change is an undo step
(ui/commands/scenarios.py); the document holds the scenarios (model/scenarios.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from orgeditor.model.scenarios import MAX_NAME, ScenarioError, clean_name
from orgeditor.ui.commands import (
    CopyScenarioCommand,
    DeleteScenarioCommand,
    RenameScenarioCommand,
    ShowScenarioCommand,
)
from orgeditor.ui.document import Document
from orgeditor.ui.labels import scenario_text


class ScenarioActions(QObject):
    """The scenario actions of one window; `compare` opens the compare view (set by the
    window: it needs the window's panels)."""

    def __init__(self, document: Document, widget: QWidget) -> None:
        super().__init__(widget)
        self.document = document
        self.widget = widget
        self.compare: Callable[[], None] = lambda: None

        def action(text: str, slot, shortcut: str | None = None, tip: str = "") -> QAction:
            act = QAction(text, widget)
            act.triggered.connect(slot)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            if tip:
                act.setStatusTip(tip)
            widget.addAction(act)
            return act

        self.new_scenario = action(
            self.tr("&New Scenario from This One"),
            self.copy_current,
            "Ctrl+Shift+T",
            self.tr("A copy of the shown scenario to change: positions keep their ids"),
        )
        self.rename_scenario = action(self.tr("&Rename Scenario…"), self.rename_current)
        self.delete_scenario = action(self.tr("&Delete Scenario"), self.delete_current)
        self.next_scenario = action(self.tr("Ne&xt Scenario"), lambda: self.step(1), "Ctrl+PgDown")
        self.previous_scenario = action(
            self.tr("&Previous Scenario"), lambda: self.step(-1), "Ctrl+PgUp"
        )
        self.compare_scenarios = action(
            self.tr("&Compare Scenarios…"),
            lambda: self.compare(),
            "Ctrl+Shift+D",
            self.tr("Two scenarios side by side, what changed and what it does to the checks"),
        )
        document.scenariosChanged.connect(self.refresh)
        self.refresh()

    def menu(self, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(self.tr("&Scenario"), parent or self.widget)
        menu.addAction(self.new_scenario)
        menu.addActions([self.rename_scenario, self.delete_scenario])
        menu.addSeparator()
        menu.addActions([self.previous_scenario, self.next_scenario])
        menu.addSeparator()
        menu.addAction(self.compare_scenarios)
        return menu

    def refresh(self) -> None:
        several = len(self.document.scenarios) > 1
        for act in (
            self.delete_scenario,
            self.next_scenario,
            self.previous_scenario,
            self.compare_scenarios,
        ):
            act.setEnabled(several)

    # ----- the edits -----------------------------------------------------------------------

    def push(self, command) -> None:
        self.document.undo_stack.push(command)

    def show(self, name: str) -> None:
        if name != self.document.scenarios.current:
            self.push(ShowScenarioCommand(self.document, name))

    def step(self, offset: int) -> None:
        names = self.document.scenarios.names()
        index = names.index(self.document.scenarios.current)
        self.show(names[(index + offset) % len(names)])

    def copy_current(self) -> None:
        self.copy(self.document.scenarios.current)

    def copy(self, source: str) -> None:
        scenarios = self.document.scenarios
        default = scenarios.free_name(self._next_proposal())
        name = self.ask_name(self.tr("New Scenario"), self.tr("Name of the new scenario:"), default)
        if name is not None:
            self.push(CopyScenarioCommand(self.document, source, name))

    def rename_current(self) -> None:
        self.rename(self.document.scenarios.current)

    def rename(self, old: str) -> None:
        name = self.ask_name(
            self.tr("Rename Scenario"), self.tr("New name:"), scenario_text(old), old
        )
        if name is not None and name != old:
            self.push(RenameScenarioCommand(self.document, old, name))

    def delete_current(self) -> None:
        self.delete(self.document.scenarios.current)

    def delete(self, name: str) -> None:
        if len(self.document.scenarios) < 2:
            return
        self.push(DeleteScenarioCommand(self.document, name))

    def _next_proposal(self) -> str:
        """Proposal A, Proposal B, ...: the first letter not taken."""
        for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            name = self.tr("Proposal %1").replace("%1", letter)
            if name not in self.document.scenarios:
                return name
        return self.tr("Proposal")

    # ----- questions -------------------------------------------------------------------------

    def ask_name(self, title: str, label: str, default: str, keep: str = "") -> str | None:
        """A scenario name not taken (other than `keep`), or None if cancelled."""
        text = default
        while True:
            text, ok = QInputDialog.getText(
                self.widget, title, label, QLineEdit.EchoMode.Normal, text
            )
            if not ok:
                return None
            try:
                name = clean_name(text)
            except ScenarioError:  # clean_name refuses an empty name and a long one
                if text.split():
                    why = self.tr("A scenario name has at most %1 characters.")
                    why = why.replace("%1", str(MAX_NAME))
                else:
                    why = self.tr("A scenario needs a name.")
                QMessageBox.warning(self.widget, title, why)
                continue
            if name != keep and name in self.document.scenarios:
                QMessageBox.warning(
                    self.widget,
                    title,
                    self.tr("There is already a scenario named “%1”.").replace("%1", name),
                )
                continue
            return name


class ScenarioBar(QWidget):
    """Tabs above the canvas, one per scenario (a click shows it, a double click renames it,
    a right click offers the rest), and a button for a new scenario."""

    def __init__(self, actions: ScenarioActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioBar")
        self.actions_ = actions
        self.document = actions.document
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 0)
        row.setSpacing(4)
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("scenarioTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setAccessibleName(self.tr("Scenarios"))
        self.tabs.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tabs.customContextMenuRequested.connect(self._menu)
        self.tabs.tabBarDoubleClicked.connect(self._rename_at)
        self.tabs.currentChanged.connect(self._chosen)
        row.addWidget(self.tabs)
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("newScenarioButton")
        self.add_button.setText(self.tr("+ New Scenario"))
        self.add_button.setToolTip(actions.new_scenario.statusTip())
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(actions.copy_current)
        row.addWidget(self.add_button)
        self.compare_button = QToolButton(self)
        self.compare_button.setObjectName("compareScenariosButton")
        self.compare_button.setDefaultAction(actions.compare_scenarios)
        self.compare_button.setAutoRaise(True)
        row.addWidget(self.compare_button)
        row.addStretch(1)
        self._syncing = False
        self.document.scenariosChanged.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        """The tabs as the document's scenarios are."""
        scenarios = self.document.scenarios
        self._syncing = True
        try:
            names = scenarios.names()
            while self.tabs.count() > len(names):
                self.tabs.removeTab(self.tabs.count() - 1)
            for index, name in enumerate(names):
                if index < self.tabs.count():
                    self.tabs.setTabText(index, scenario_text(name))
                else:
                    self.tabs.addTab(scenario_text(name))
                self.tabs.setTabData(index, name)  # the name; the text may be translated
            self.tabs.setCurrentIndex(names.index(scenarios.current))
        finally:
            self._syncing = False

    def _chosen(self, index: int) -> None:
        if not self._syncing and index >= 0:
            self.actions_.show(self.tabs.tabData(index))

    def _rename_at(self, index: int) -> None:
        if index >= 0:
            self.actions_.rename(self.tabs.tabData(index))

    def _menu(self, point: QPoint) -> None:
        index = self.tabs.tabAt(point)
        if index < 0:
            return
        name = self.tabs.tabData(index)
        menu = QMenu(self)
        menu.addAction(self.tr("&New Scenario from This One"), lambda: self.actions_.copy(name))
        menu.addAction(self.tr("&Rename…"), lambda: self.actions_.rename(name))
        delete = menu.addAction(self.tr("&Delete"), lambda: self.actions_.delete(name))
        delete.setEnabled(len(self.document.scenarios) > 1)
        menu.addSeparator()
        menu.addAction(self.actions_.compare_scenarios)
        menu.exec(self.tabs.mapToGlobal(point))
        menu.deleteLater()
