"""The checks panel: one row per finding, live and debounced, activation of positions."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLabel
from support.pictures import grab_checked

from orgeditor.analysis import infer_model
from orgeditor.model import Position
from orgeditor.rules import Finding, default_config, run
from orgeditor.ui.commands import AddPositionCommand, EditFieldsCommand
from orgeditor.ui.panels.checks_panel import ChecksPanel
from orgeditor.ui.panels.severity_style import SEVERITIES, severity_icon


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


# ----- read by sales leaders: plain rows, the rule id in the tooltip and details ------------


def every_severity(panel, document) -> None:
    """The small chart with 8 more sellers, and span.too_narrow raised to an error: findings
    of every severity (errors otherwise come only from broken files)."""
    add_sellers(document, 8)
    panel.set_config(default_config().with_overrides({"span.too_narrow": {"severity": "error"}}))


def test_rows_show_no_rule_id_but_tooltip_and_details_do(panel, document):
    every_severity(panel, document)
    view = checks_list(panel)
    model = view.model()
    assert {model.finding(r).severity for r in range(model.rowCount())} == set(SEVERITIES)
    for row in range(model.rowCount()):
        finding = model.finding(row)
        index = model.index(row, 0)
        shown = index.data(Qt.ItemDataRole.DisplayRole)
        assert shown == finding.message
        assert finding.rule not in shown and "." not in shown.split()[0]
        tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert finding.advice in tooltip and f"Rule: {finding.rule}" in tooltip
        click_row(view, row)
        details = panel.detail.toPlainText()
        assert finding.message in details and finding.practice in details
        assert details.rstrip().endswith(f"Rule: {finding.rule}")


def test_details_clear_when_the_selection_goes(qtbot, panel, document):
    view = checks_list(panel)
    model = view.model()
    hint = "Select a finding to see what to change and why."

    def select(rule: str) -> Finding:
        row = next(r for r in range(model.rowCount()) if model.finding(r).rule == rule)
        click_row(view, row)
        assert panel.detail.toPlainText().startswith(model.finding(row).message)
        return model.finding(row)

    # a click on the empty space under the rows
    select("span.too_narrow")
    bottom = view.visualRect(model.index(model.rowCount() - 1, 0)).bottom()
    assert bottom + 20 < view.viewport().height()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, bottom + 15))
    assert panel.selected_finding() is None
    assert not view.selectionModel().hasSelection()
    assert panel.detail.toPlainText() == hint

    # a refresh that removes the selected finding: the manager gets a second report
    chosen = select("span.too_narrow")
    manager = chosen.positions[0]
    with qtbot.waitSignal(panel.findingsChanged, timeout=3000):
        document.undo_stack.push(
            AddPositionCommand(document.chart, Position("x1", "New Hire", "SDR"), manager)
        )
    assert chosen not in panel.findings()
    assert panel.selected_finding() is None
    assert panel.detail.toPlainText() == hint

    # the chart replaced
    from orgeditor.model import Chart

    select(model.finding(0).rule)
    with qtbot.waitSignal(panel.findingsChanged):
        document.replace_chart(Chart(), None)
    assert panel.detail.toPlainText() == hint


def alpha_mask(severity: str, size: int = 32) -> list[bool]:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    severity_icon(severity, size).paint(painter, 0, 0, size, size)
    painter.end()
    return [image.pixelColor(x, y).alpha() > 128 for y in range(size) for x in range(size)]


def test_severity_icons_differ_in_shape_not_only_colour():
    masks = {severity: alpha_mask(severity) for severity in SEVERITIES}
    for severity, mask in masks.items():
        assert sum(mask) > len(mask) // 3, f"{severity}: hardly anything drawn"
    for first, second in (("error", "warning"), ("error", "info"), ("warning", "info")):
        differ = sum(a != b for a, b in zip(masks[first], masks[second], strict=True))
        # a circle and an octagon of 32 px differ by ~40 corner pixels; a triangle by hundreds
        assert differ >= 24, f"{first} and {second} differ in only {differ} pixels"


# ----- the panel in the window at 1920 x 1080 --------------------------------------------


def examples_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "resources" / "examples"


@pytest.fixture
def big_window(window, qtbot):
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.checks.height() > 0 and window.width() == 1920)
    QTest.qWait(50)  # the docks settle
    return window


def test_also_consider_does_not_shrink_the_list(qtbot, big_window):
    panel = big_window.checks
    view = checks_list(panel)
    collapsed = view.height()
    assert collapsed >= 100
    panel.also_consider.toggle.click()
    qtbot.waitUntil(lambda: panel.also_consider.scroll.isVisible())
    QTest.qWait(50)
    assert view.height() >= collapsed
    assert panel.also_consider.scroll.height() > 40  # and the note is readable
    panel.also_consider.toggle.click()
    QTest.qWait(50)
    assert view.height() >= collapsed


def test_details_show_the_longest_advice_and_practice_without_scrolling(big_window):
    panel = big_window.checks
    config = default_config()
    assert big_window.open_path(examples_dir() / "pod.csv")
    chart = big_window.document.chart
    ids = [position.id for position in chart.positions()][:3]
    # every rule's advice and practice, with a long two-line message and three names
    findings = [
        Finding(
            rule,
            config[rule].severity,
            "A long message with the numbers: 12 sellers under 4 first-line sales managers, "
            "3.0 per manager",
            tuple(ids),
            config[rule].advice,
            config[rule].practice,
        )
        for rule in config
    ]
    panel.model.set_findings(findings)
    view = checks_list(panel)
    for row in range(panel.model.rowCount()):
        view.setCurrentIndex(panel.model.index(row, 0))
        finding = panel.model.finding(row)
        assert finding.practice in panel.detail.toPlainText()
        bar = panel.detail.verticalScrollBar()
        assert bar.maximum() == 0 and not bar.isVisible(), finding.rule


def test_checks_panel_png(qtbot, big_window, picture_dir, data_dir):
    panel = big_window.checks
    assert big_window.open_path(data_dir / "northwind_employees.csv")
    panel.refresh_now()
    view = checks_list(panel)
    model = view.model()
    assert model.rowCount() >= 3
    click_row(view, next(r for r in range(model.rowCount()) if model.finding(r).severity == "info"))
    grab_checked(panel, picture_dir / "checks_panel.png")


# ----- row by row: the list and findingsUpdated follow the Checker's changes ---------------


def test_the_list_and_its_changes_follow_edits(panel, document):
    from orgeditor.drawing.findings import BadgeIndex, badges_by_position
    from orgeditor.ui.commands import ReparentCommand

    badges = BadgeIndex(panel.findings())  # a late follower starts from the findings now
    updates = []

    def follow(delta, findings):
        updates.append(delta)
        if delta.full:
            badges.reset(findings)
        else:
            badges.apply(delta.removed, delta.added)

    panel.findingsUpdated.connect(follow)
    view = checks_list(panel)
    model = view.model()
    stack = document.undo_stack
    chart = document.chart
    edits = [
        lambda: add_sellers(document, 3),
        lambda: stack.push(EditFieldsCommand(chart, {"m1": {"name": "Renamed"}})),
        lambda: stack.push(ReparentCommand(chart, ["s3"], "vp")),
        lambda: stack.push(AddPositionCommand(chart, Position("x", "X", "SDR"), "s1")),
        lambda: stack.push(EditFieldsCommand(chart, {"s2": {"title": "Account Manager"}})),
    ]
    for edit in [*edits, stack.undo, stack.undo, stack.redo]:
        edit()
        panel.refresh_now()
        expected = run(chart)
        assert panel.findings() == expected
        assert [model.finding(r) for r in range(model.rowCount())] == expected
        assert badges.badges == badges_by_position(expected)
    assert updates and not any(u.full for u in updates)  # changes, not resets


def test_the_selection_stays_when_its_message_changes(panel, document):
    view = checks_list(panel)
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.finding(r).rule == "span.too_narrow")
    click_row(view, row)
    chosen = panel.selected_finding()
    manager = chosen.positions[0]
    # the only report renamed: the message changes, rule and positions stay
    (only,) = document.chart.reports_of(manager)
    document.undo_stack.push(EditFieldsCommand(document.chart, {only: {"name": "Somebody"}}))
    panel.refresh_now()
    now = panel.selected_finding()
    assert now is not None and now != chosen
    assert (now.rule, now.positions) == (chosen.rule, chosen.positions)
    assert "Somebody" in panel.detail.toPlainText()
