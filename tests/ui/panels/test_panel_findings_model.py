"""The checks list's model follows a Checker's changes row by row and ends where a full
refresh would; a long list gives its rows one height and never measures them."""

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView

from orgeditor.rules import Finding, FindingsDelta
from orgeditor.rules.engine import sort_findings
from orgeditor.ui.panels.findings_model import FindingsModel
from orgeditor.ui.panels.findings_view import LINES, WRAPPED_MAX, FindingsView, message_lines

findings_st = st.builds(
    lambda rule, severity, positions, n: Finding(rule, severity, f"m{n}", positions, "", ""),
    st.sampled_from(["a.one", "b.two"]),
    st.sampled_from(["error", "warning", "info"]),
    st.lists(st.sampled_from(["p1", "p2", "p10"]), max_size=2).map(tuple),
    st.integers(0, 2),
)


class Rows:
    """Follows the model's row signals like a view would: the rows it believes in."""

    def __init__(self, model: FindingsModel) -> None:
        self.model = model
        self.rows = [model.finding(r) for r in range(model.rowCount())]
        model.rowsInserted.connect(self._inserted)
        model.rowsRemoved.connect(self._removed)
        model.modelReset.connect(self._reset)

    def _inserted(self, _parent, first, last):
        self.rows[first:first] = [self.model.finding(r) for r in range(first, last + 1)]

    def _removed(self, _parent, first, last):
        del self.rows[first : last + 1]

    def _reset(self):
        self.rows = [self.model.finding(r) for r in range(self.model.rowCount())]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(findings_st, max_size=10),
    st.lists(st.lists(findings_st, max_size=10), max_size=6),
    st.sets(st.sampled_from(["error", "warning", "info"])),
)
def test_update_equals_set_findings(qapp, start, steps, shown):
    model = FindingsModel()
    model.set_shown(shown)
    held = sort_findings(list(start))
    model.set_findings(held)
    rows = Rows(model)
    for new in steps:
        new = sort_findings(list(new))
        delta = FindingsDelta()
        delta.add(held, new)
        model.update(delta, new)
        fresh = FindingsModel()
        fresh.set_shown(shown)
        fresh.set_findings(new)
        assert model.all_findings() == fresh.all_findings()
        assert [model.finding(r) for r in range(model.rowCount())] == [
            fresh.finding(r) for r in range(fresh.rowCount())
        ]
        assert rows.rows == [model.finding(r) for r in range(model.rowCount())]
        assert model.counts() == fresh.counts()
        held = new
    assert Counter(model.all_findings()) == Counter(held)


def test_a_full_delta_or_any_order_starts_over(qapp):
    model = FindingsModel()
    unsorted = [
        Finding("z", "info", "m", (), "", ""),
        Finding("a", "info", "m", (), "", ""),
    ]
    model.set_findings(unsorted)  # not in the engine's order: kept as given within a severity
    assert [f.rule for f in model.all_findings()] == ["z", "a"]
    extra = Finding("b", "error", "m", (), "", "")
    delta = FindingsDelta()
    delta.add([], [extra])
    model.update(delta, [extra, *unsorted])
    assert model.all_findings()[0] == extra and model.rowCount() == 3
    model.update(FindingsDelta.everything(), [extra])
    assert model.all_findings() == [extra]


def test_a_long_list_has_rows_of_one_height(qtbot):
    view = FindingsView()
    qtbot.addWidget(view)
    view.resize(300, 400)
    model = FindingsModel()
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    text = "A message long enough to wrap over several lines in a narrow list, " * 3
    short = [Finding("r", "info", f"m{i}", (), "", "") for i in range(3)]
    model.set_findings([Finding("r", "info", text, (), "", ""), *short])
    view.doItemsLayout()
    assert not view.uniformItemSizes()  # short: each row as high as its message
    heights = {view.visualRect(model.index(r)).height() for r in range(model.rowCount())}
    assert len(heights) == 2
    many = [Finding("r", "warning", f"n{i}", (), "", "") for i in range(WRAPPED_MAX + 1)]
    model.set_findings([Finding("r", "info", text, (), "", ""), *many])
    view.doItemsLayout()
    assert view.uniformItemSizes()
    heights = {view.visualRect(model.index(r)).height() for r in (0, 1, model.rowCount() - 1)}
    assert len(heights) == 1
    view.scrollTo(model.index(model.rowCount() - 1), QAbstractItemView.ScrollHint.EnsureVisible)
    view.grab()  # paints the long message cut short


def test_message_lines_wrap_and_cut():
    font = QFont()
    text = "word " * 60
    lines = message_lines(font, text, 120)
    assert len(lines) == LINES and lines[-1].endswith("…")
    assert message_lines(font, "short", 400) == ["short"]
    whole = message_lines(font, "Ødegård 🙂 has 3 reports", 2000, 10)
    assert whole == ["Ødegård 🙂 has 3 reports"]
