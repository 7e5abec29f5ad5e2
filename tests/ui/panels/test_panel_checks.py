"""The checks panel: one row per finding, live and debounced, activation of positions."""

import pytest
from pictures import grab_checked
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLabel

from orgeditor.analysis import infer_model
from orgeditor.model import Position
from orgeditor.rules import default_config, run
from orgeditor.ui.commands import AddPositionCommand, EditFieldsCommand
from orgeditor.ui.panels.checks_panel import ChecksPanel


@pytest.fixture
def panel(show_widget, document):
    return show_widget(ChecksPanel(document), 360, 640)


def checks_list(panel) -> QAbstractItemView:
    view = panel.findChild(QAbstractItemView, "checksList")
    assert view is not None
    return view


def add_sellers(document, count: int) -> None:
    document.undo_stack.beginMacro("Add sellers")
    for i in range(count):
        position = Position(f"g{i}", f"Seller {i}", "Sales Representative")
        document.undo_stack.push(AddPositionCommand(document.chart, position, "m1"))
    document.undo_stack.endMacro()


def click_row(view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_one_row_per_finding_at_start(panel, document):
    assert panel.objectName() == "checksPanel"
    findings = run(document.chart)
    assert checks_list(panel).model().rowCount() == len(findings) > 0
    assert set(panel.findings()) == set(findings)


def test_rows_sorted_by_severity(panel, document):
    add_sellers(document, 8)
    panel.refresh_now()
    model = checks_list(panel).model()
    ranks = {"error": 0, "warning": 1, "info": 2}
    severities = [model.finding(r).severity for r in range(model.rowCount())]
    assert severities == sorted(severities, key=ranks.__getitem__)


def test_edit_that_triggers_a_rule_updates_the_list(qtbot, panel, document):
    assert "enablement.missing" not in {f.rule for f in panel.findings()}
    with qtbot.waitSignal(panel.findingsChanged, timeout=3000) as blocker:
        add_sellers(document, 8)
    rules = {f.rule for f in blocker.args[0]}
    assert "enablement.missing" in rules
    qtbot.waitUntil(lambda: checks_list(panel).model().rowCount() == len(run(document.chart)))
    assert {f.rule for f in panel.findings()} == {f.rule for f in run(document.chart)}


def test_a_burst_of_changes_runs_the_checks_once(qtbot, panel, document):
    runs = []
    panel.findingsChanged.connect(runs.append)
    for i in range(5):
        document.undo_stack.push(EditFieldsCommand(document.chart, {"s1": {"name": f"Per {i}"}}))
    assert runs == []  # typing is never blocked by checks
    qtbot.waitUntil(lambda: len(runs) == 1)
    assert not panel.live.scheduled  # nothing else is waiting: no second run will come
    assert len(runs) == 1


def test_clicking_a_row_activates_its_positions(qtbot, panel, document):
    view = checks_list(panel)
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.finding(r).positions)
    finding = model.finding(row)
    with qtbot.waitSignal(panel.positionsActivated) as blocker:
        click_row(view, row)
    assert blocker.args == [list(finding.positions)]
    assert finding.message in panel.detail.toPlainText()
    assert finding.advice in panel.detail.toPlainText()
    assert finding.rule in panel.detail.toPlainText()
    # a second click on the same row centres the cards again
    with qtbot.waitSignal(panel.positionsActivated) as again:
        click_row(view, row)
    assert again.args == [list(finding.positions)]


def test_selection_survives_a_refresh_without_reactivating(qtbot, panel, document):
    view = checks_list(panel)
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.finding(r).rule == "span.too_narrow")
    chosen = model.finding(row)
    click_row(view, row)
    activated = []
    panel.positionsActivated.connect(activated.append)
    with qtbot.waitSignal(panel.findingsChanged, timeout=3000):
        document.undo_stack.push(EditFieldsCommand(document.chart, {"s2": {"location": "Bergen"}}))
    current = panel.selected_finding()
    assert current is not None
    assert (current.rule, current.positions) == (chosen.rule, chosen.positions)
    assert activated == []


def test_severity_toggles_filter_and_counts_show(panel, document):
    findings = run(document.chart)
    counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
    warning_text = panel.filter_buttons["warning"].text()
    assert warning_text.startswith(str(counts["warning"]))
    panel.filter_buttons["info"].click()
    assert checks_list(panel).model().rowCount() == counts["error"] + counts["warning"]
    panel.filter_buttons["info"].click()
    assert checks_list(panel).model().rowCount() == len(findings)


def test_model_line_shows_the_inferred_model(panel, document):
    inference = infer_model(document.chart)
    text = panel.model_label.text()
    assert "Model:" in text and inference.reason in text


def test_scope_line_under_the_model_line(qtbot, panel, document):
    label = panel.findChild(QLabel, "checksScope")
    assert label is not None and label is panel.scope_label
    assert label.text() == "Checking the sales unit under Ola Ødegård (VP Sales), 5 positions"
    layout = panel.layout()
    assert layout.indexOf(label) == layout.indexOf(panel.model_label) + 1
    with qtbot.waitSignal(panel.findingsChanged, timeout=3000):
        document.undo_stack.push(
            EditFieldsCommand(document.chart, {"vp": {"explicit_role": "sales_manager"}})
        )
    # no sales leader left: the managers of sellers make the scope
    assert label.text() == "Checking the sales team under Åse Bærum (Sales Manager), 4 positions"
    panel.set_config(default_config().with_overrides({"checks": {"scope": "all"}}))
    assert label.text() == "Checking the whole chart, 6 positions"


def test_replaced_chart_is_checked(qtbot, panel, document):
    from orgeditor.model import Chart

    with qtbot.waitSignal(panel.findingsChanged):
        document.replace_chart(Chart(), None)
    assert checks_list(panel).model().rowCount() == 0


def test_checks_png(qtbot, panel, document, png_dir):
    add_sellers(document, 8)
    panel.refresh_now()
    click_row(checks_list(panel), 1)
    grab_checked(panel, png_dir / "checks.png")
