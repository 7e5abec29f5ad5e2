"""A scene's listener on its chart (drawing/scene.py): held weakly, so the chart keeps no
scene alive that nobody else keeps."""

from __future__ import annotations

import weakref
from contextlib import suppress
from typing import Protocol

from orgeditor.model import Change, Chart


class Listener(Protocol):
    def _on_change(self, change: Change) -> None: ...


class SceneSubscription:
    """A scene's listener on one chart at a time, holding the scene weakly: the chart does not
    keep a scene alive that nobody else keeps. Not a QObject, so cancel() still runs from the
    scene's destroyed signal."""

    def __init__(self, scene: Listener) -> None:
        self._scene = weakref.ref(scene)
        self._chart: Chart | None = None

    def __call__(self, change: Change) -> None:
        scene = self._scene()
        if scene is None:
            self.cancel()
        else:
            scene._on_change(change)

    def follow(self, chart: Chart | None) -> None:
        if self._chart is chart:
            return
        if self._chart is not None:
            with suppress(ValueError):  # already gone from the chart's list
                self._chart.unsubscribe(self)
        self._chart = chart
        if chart is not None:
            chart.subscribe(self)

    def cancel(self) -> None:
        self.follow(None)
