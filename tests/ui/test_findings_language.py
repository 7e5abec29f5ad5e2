"""The checks in the interface language: with the interface in Bokmål the checks panel, and
everything that shows its findings (the canvas's badges, presentation mode's strip), shows
the rule engine's Norwegian messages, advice and practice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from support.pictures import grab_checked

from orgeditor.model import Chart, Position
from orgeditor.rules import default_config
from orgeditor.rules.messages import render
from orgeditor.ui.document import Document
from orgeditor.ui.panels.checks_panel import ChecksPanel


def sellers_without_enablement() -> Chart:
    chart = Chart()
    chart.add_position(Position("vp", "Vera Berg", "VP Sales"))
    for i in range(9):
        chart.add_position(Position(f"s{i}", f"Seller {i}", "Account Executive"), "vp")
    return chart


def missing_enablement(panel: ChecksPanel):
    return next(f for f in panel.findings() if f.rule == "enablement.missing")


def test_the_checks_panel_speaks_bokmaal(bokmaal, qtbot, picture_dir):
    document = Document()
    document.replace_chart(sellers_without_enablement(), None)
    panel = ChecksPanel(document)
    qtbot.addWidget(panel)
    panel.resize(380, 640)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh_now()
    finding = missing_enablement(panel)
    expected = render(finding.message_id, finding.params, "nb")
    assert finding.message == expected and "selgere" in expected
    row = next(r for r in range(panel.model.rowCount()) if panel.model.finding(r) is finding)
    assert panel.model.index(row).data(Qt.ItemDataRole.DisplayRole) == expected
    panel.list_view.setCurrentIndex(panel.model.index(row))
    advice, practice = default_config()["enablement.missing"].texts("nb")
    details = panel.detail.toPlainText()
    assert expected in details and advice in details and practice in details
    grab_checked(panel, picture_dir / "checks_bokmaal.png")


def test_english_stays_english(qtbot):
    document = Document()
    document.replace_chart(sellers_without_enablement(), None)
    panel = ChecksPanel(document)
    qtbot.addWidget(panel)
    finding = missing_enablement(panel)
    assert finding.message == render(finding.message_id, finding.params, "en")
    assert "sellers" in finding.message


def test_badges_and_the_strip_show_the_panels_findings(bokmaal, window, qtbot):
    window.document.replace_chart(sellers_without_enablement(), None)
    window.checks.refresh_now()
    finding = missing_enablement(window.checks)
    assert finding.message.startswith("9 selgere")
    window.scene.flush()
    assert finding in window.scene.findings_of("vp") or finding in window.scene.findings_of("s0")
    window.presentation.strip_action.setChecked(True)
    window.presentation.set_active(True)
    try:
        strip = window.presentation.strip
        texts = [strip.item(i).text() for i in range(strip.count())]
        assert finding.message in texts
        item = strip.item(texts.index(finding.message))
        said = item.data(Qt.ItemDataRole.AccessibleTextRole)
        assert said.endswith(finding.message) and said != finding.message  # severity first
        assert not item.icon().isNull()
    finally:
        window.presentation.set_active(False)
