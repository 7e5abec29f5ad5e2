"""Debounced live refresh of a side panel from its document.

After chartChanged the panel refreshes once a burst of edits has settled (a single-shot timer,
restarted by every change); after chartReplaced it refreshes at once. With skip_hidden, a
panel that is hidden (a closed or tabbed-away dock) skips the refreshes, a replaced chart's
too (opening a big file does not wait for panels nobody can see), and catches up when it is
shown again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

from orgeditor.model import Change
from orgeditor.ui.document import Document

DEBOUNCE_MS = 150


class LiveRefresh(QObject):
    """Calls `refresh` after edits (debounced) and `replaced` (default: `refresh`) when the
    chart is replaced. The panel's refresh calls settle() first, whoever triggered it."""

    def __init__(
        self,
        widget: QWidget,
        document: Document,
        refresh: Callable[[], None],
        *,
        replaced: Callable[[], None] | None = None,
        delay_ms: int = DEBOUNCE_MS,
        skip_hidden: bool = True,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._replaced = replaced or refresh
        self._skip_hidden = skip_hidden
        self._stale = False
        self._stale_chart = False  # the chart was replaced while hidden: catch up with replaced
        self._dock: QDockWidget | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(refresh)

        document.chartChanged.connect(self._chart_changed)
        document.chartReplaced.connect(self._chart_replaced)
        if skip_hidden:
            widget.installEventFilter(self)

    @property
    def scheduled(self) -> bool:
        """A refresh is waiting for the edits to settle."""
        return self._timer.isActive()

    @property
    def stale(self) -> bool:
        """Edits arrived while hidden: the panel refreshes when it is shown again."""
        return self._stale

    def settle(self) -> None:
        """The panel is refreshing now: nothing is pending any more."""
        self._timer.stop()
        self._stale = self._stale_chart = False

    def can_be_seen(self) -> bool:
        """Shown and not behind another tab: a dock tabbed behind another is 'visible' to Qt
        but has an empty visible region."""
        widget = self._widget
        if not widget.isVisible():
            return False
        dock = self._find_dock()
        return dock is None or not dock.visibleRegion().isEmpty()

    def _find_dock(self) -> QDockWidget | None:
        parent = self._widget.parentWidget()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        return parent

    def _chart_changed(self, _change: Change) -> None:
        if self._skip_hidden and not self.can_be_seen():
            self._wait_until_seen()
        else:
            self._timer.start()  # restarts: a burst of changes refreshes once

    def _wait_until_seen(self) -> None:
        self._timer.stop()
        self._stale = True
        self._watch_dock()

    def _watch_dock(self) -> None:
        """Catch up when the dock holding the panel comes to the front of its tabs (no Show
        event then: the widget never stopped being 'visible')."""
        if self._dock is not None:
            return
        parent = self._find_dock()
        if parent is not None:
            self._dock = parent
            parent.visibilityChanged.connect(self._dock_visibility)

    def _dock_visibility(self, visible: bool) -> None:
        if visible and self._stale:
            self._catch_up()

    def _chart_replaced(self) -> None:
        if self._skip_hidden and not self.can_be_seen():
            self._wait_until_seen()
            self._stale_chart = True
        else:
            self._replaced()

    def _catch_up(self) -> None:
        (self._replaced if self._stale_chart else self._refresh)()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self._stale:
            # a window shown with this panel's dock behind another tab: wait for the tab
            if self.can_be_seen():
                self._catch_up()
            else:
                self._watch_dock()
        return super().eventFilter(watched, event)
