"""Scenarios: the named charts of one file ("As-is", "Proposal A", ...), one of them shown.

A reorganisation compares today's structure with proposals, so a file holds several charts. A
new scenario starts as a copy of another: its positions keep their ids, so a person can be
followed from one scenario to the next (analysis/diff.py matches them by id). Each scenario is a
whole Chart with its own settings and view; the set only names and orders them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress

from orgeditor.model.chart import Chart
from orgeditor.model.errors import ChartError
from orgeditor.model.state import chart_from_state, chart_state

FIRST_NAME = "As-is"  # the scenario of a file saved before there were scenarios
MAX_NAME = 80


class ScenarioError(ChartError):
    """A name that is empty, too long, taken, or not a scenario's."""


def copy_chart(chart: Chart) -> Chart:
    """A chart equal to `chart` that shares nothing with it."""
    return chart_from_state(chart_state(chart))


class Scenarios:
    """Named charts in order, with the one shown (`current`)."""

    def __init__(self, chart: Chart | None = None, name: str = FIRST_NAME) -> None:
        self._charts: dict[str, Chart] = {name: chart if chart is not None else Chart()}
        self.current = name
        self.extra: dict = {}  # a file's top-level fields this version does not know

    @classmethod
    def of(cls, named: list[tuple[str, Chart]], current: str | None = None) -> Scenarios:
        """From (name, chart) pairs in order; current: the one shown (default: the first)."""
        if not named:
            raise ScenarioError("a file holds at least one scenario")
        scenarios = cls(named[0][1], clean_name(named[0][0]))
        for name, chart in named[1:]:
            scenarios.add(name, chart)
        # a name no scenario has (edited by hand): the first one shows
        with suppress(ScenarioError):
            if current is not None:
                scenarios.show(clean_name(current))
        return scenarios

    def __len__(self) -> int:
        return len(self._charts)

    def __iter__(self) -> Iterator[tuple[str, Chart]]:
        return iter(list(self._charts.items()))

    def __contains__(self, name: object) -> bool:
        return name in self._charts

    def names(self) -> list[str]:
        return list(self._charts)

    def chart(self, name: str) -> Chart:
        try:
            return self._charts[name]
        except KeyError:
            raise ScenarioError(f"no scenario named {name!r}") from None

    @property
    def current_chart(self) -> Chart:
        return self._charts[self.current]

    def index(self, name: str) -> int:
        return self.names().index(name)

    def show(self, name: str) -> None:
        self.chart(name)  # raises for an unknown name
        self.current = name

    def add(self, name: str, chart: Chart, index: int | None = None) -> None:
        """Add a scenario at `index` (default: last)."""
        name = clean_name(name)
        if name in self._charts:
            raise ScenarioError(f"there is already a scenario named {name!r}")
        items = list(self._charts.items())
        items.insert(len(items) if index is None else index, (name, chart))
        self._charts = dict(items)

    def remove(self, name: str) -> Chart:
        """Take a scenario out (not the last one); the shown one moves to a neighbour."""
        chart = self.chart(name)
        if len(self._charts) == 1:
            raise ScenarioError("the last scenario cannot be deleted")
        index = self.index(name)
        del self._charts[name]
        if self.current == name:
            names = self.names()
            self.current = names[min(index, len(names) - 1)]
        return chart

    def rename(self, old: str, new: str) -> None:
        self.chart(old)
        new = clean_name(new)
        if new == old:
            return
        if new in self._charts:
            raise ScenarioError(f"there is already a scenario named {new!r}")
        self._charts = {new if name == old else name: c for name, c in self._charts.items()}
        if self.current == old:
            self.current = new

    def free_name(self, base: str) -> str:
        """`base`, or `base 2`, `base 3`, ... whichever is not taken."""
        name, n = clean_name(base), 2
        while name in self._charts:
            name = f"{clean_name(base)} {n}"
            n += 1
        return name


def clean_name(name: str) -> str:
    """A scenario name as kept: spaces at the ends taken off; never empty, at most MAX_NAME."""
    name = " ".join(str(name).split())
    if not name:
        raise ScenarioError("a scenario needs a name")
    if len(name) > MAX_NAME:
        raise ScenarioError(f"a scenario name has at most {MAX_NAME} characters")
    return name
