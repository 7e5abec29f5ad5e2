"""Canvas tooltips: a card's full details, a badge's findings, real tooltip events."""

from html import escape

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from support.canvas_helpers import small_chart

from orgeditor.drawing.card_item import BADGE_RADIUS, badge_rect
from orgeditor.model import Position
from orgeditor.rules import Finding, run
from orgeditor.ui.canvas.tooltips import MAX_FINDINGS, CanvasToolTips, badge_tooltip, card_tooltip

LONG_TITLE = "Sales Development Representative"


@pytest.fixture(autouse=True)
def no_tooltip_left():
    yield
    QToolTip.hideText()


def tooltip_chart():
    chart = small_chart()
    chart.add_position(Position("s1", "", LONG_TITLE, status="vacant"), "m1")
    chart.add_position(
        Position("x1", "Ola <Nordmann>", "Customer Hero", explicit_role="am", product_line="Cloud"),
        "m2",
    )
    return chart


def ask_tooltip(canvas, point: QPoint) -> str:
    """A real tooltip request on the viewport: what the tooltip shows then ('' if hidden)."""
    event = QHelpEvent(QEvent.Type.ToolTip, point, canvas.viewport.mapToGlobal(point))
    QApplication.sendEvent(canvas.viewport, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def badge_point(canvas, pid: str) -> QPoint:
    card = canvas.scene.card(pid)
    return canvas.view.mapFromScene(card.mapToScene(badge_rect(canvas.view.zoom()).center()))


def test_vacant_card_with_an_inferred_role():
    text = card_tooltip(tooltip_chart(), "s1", [])
    assert f"<b>{LONG_TITLE}</b>" in text
    assert "<i>Vacant seat</i>" in text
    assert "SDR / BDR" in text  # the role's full label
    # how the role was decided: the words of the title that did, in plain text
    assert 'Inferred from title: matched "sales development representative"' in text.replace(
        "&quot;", '"'
    )
    assert "Status: Vacant" in text
    assert "Team:" not in text and "Region:" not in text


def test_explicit_role_escapes_user_text_and_marks_inherited_segments():
    chart = tooltip_chart()
    chart.update_position("x1", team="t1")  # Pod North: region North
    text = card_tooltip(chart, "x1", [])
    assert "<b>Customer Hero</b>" in text
    assert "Ola &lt;Nordmann&gt;" in text and "<Nordmann>" not in text
    assert "Role: Account Manager" in text and "Chosen by hand" in text
    assert "Inferred from title" not in text
    assert "Status: Filled" in text
    assert "Product line: Cloud<br>" in text  # its own value: not marked
    region = next(line for line in text.split("<br>") if line.startswith("Region:"))
    assert "North" in region and "from the team" in region
    assert "Team: Pod North" in text


def test_planned_seat_with_a_name():
    chart = small_chart()
    chart.add_position(Position("p1", "Maybe Later", "Account Executive", status="planned"), "m2")
    text = card_tooltip(chart, "p1", [])
    assert "Maybe Later · <i>Planned seat</i>" in text
    assert "Status: Planned" in text


def test_card_tooltip_lists_real_findings_worst_first(canvas):
    findings = run(canvas.chart)
    canvas.scene.set_findings(findings)
    pod = canvas.scene.findings_of("a1")
    assert [f.rule for f in pod] == ["model.pod_incomplete"]
    assert canvas.scene.findings_of("a2") == pod
    assert canvas.scene.findings_of("cro") == []
    text = card_tooltip(canvas.chart, "a1", pod)
    assert "<b>Warning</b>" in text and "lacks retention" in text
    # a new list of findings replaces the old one
    canvas.scene.set_findings([f for f in findings if f.rule != "model.pod_incomplete"])
    assert canvas.scene.findings_of("a1") == []


def test_many_findings_are_cut_short():
    findings = [
        Finding("rule.x", "info" if i else "error", f"message {i}", ("m1",), "", "")
        for i in range(MAX_FINDINGS + 3)
    ]
    text = badge_tooltip(findings)
    assert f"<b>{MAX_FINDINGS + 3} findings</b>" in text
    lines = text.split("<br>")
    assert "Error" in lines[1] and "message 0" in lines[1]  # the worst first
    assert f"message {MAX_FINDINGS - 1}" in text and f"message {MAX_FINDINGS}" not in text
    assert "and 3 more" in lines[-1]
    assert "<b>1 finding</b>" in badge_tooltip(findings[:1])


def test_tooltip_event_on_a_card_shows_its_full_title(canvas_factory):
    canvas = canvas_factory(tooltip_chart())
    assert isinstance(canvas.view.tooltips, CanvasToolTips)
    canvas.view.set_zoom(1.0)
    canvas.view.centerOn(canvas.scene.card("s1").centre())
    text = ask_tooltip(canvas, canvas.point("s1"))
    assert LONG_TITLE in text and "Vacant seat" in text
    text = ask_tooltip(canvas, canvas.point("x1"))
    assert "Customer Hero" in text and LONG_TITLE not in text


def test_tooltip_event_on_empty_canvas_hides_the_tooltip(canvas, qtbot):
    assert isinstance(canvas.view.tooltips, CanvasToolTips)
    assert "Per Hansen" in ask_tooltip(canvas, canvas.point("a1"))
    ask_tooltip(canvas, canvas.empty_point())
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


@pytest.mark.parametrize("zoom", [1.0, 0.45])  # 1:1 badge, and the compact one zoomed out
def test_tooltip_event_on_a_badge_lists_the_findings(canvas, zoom):
    assert isinstance(canvas.view.tooltips, CanvasToolTips)
    canvas.scene.set_findings(run(canvas.chart))
    canvas.view.set_zoom(zoom)
    canvas.view.centerOn(canvas.scene.card("m2").centre())
    badge = ask_tooltip(canvas, badge_point(canvas, "m2"))
    # span.too_narrow, and management.over_managed (3 sellers under 2 first-line managers)
    assert "2 findings" in badge and "has 1 direct report" in badge
    assert "Barbara Liskov" in badge  # the message names the manager
    assert "Sales Manager</b>" not in badge  # the findings only, not the card's details
    card = ask_tooltip(canvas, canvas.point("m2", dy=20))
    assert "<b>Sales Manager</b>" in card and "has 1 direct report" in card


def test_badge_overhanging_the_corner_still_answers(canvas):
    assert isinstance(canvas.view.tooltips, CanvasToolTips)
    canvas.scene.set_findings(run(canvas.chart))
    canvas.view.set_zoom(2.0)
    card = canvas.scene.card("m1")  # management.over_managed names it
    canvas.view.centerOn(card.centre())
    corner = card.mapToScene(badge_rect(2.0).topRight() + QPointF(-2.0, BADGE_RADIUS / 3))
    assert canvas.scene.card_at(corner) is None  # off the card's rounded shape
    assert "1 finding" in ask_tooltip(canvas, canvas.view.mapFromScene(corner))


def test_badge_tooltip_in_the_window_comes_from_the_checks(window):
    view, scene = window.view, window.scene
    assert isinstance(view.tooltips, CanvasToolTips)
    window.document.replace_chart(small_chart(), None)
    window.checks.refresh_now()
    badged = [pid for pid, card in scene.cards().items() if card.badge is not None]
    assert badged
    pid = badged[0]
    findings = scene.findings_of(pid)
    assert len(findings) == scene.card(pid).badge[1]
    view.set_zoom(1.0)
    view.centerOn(scene.card(pid).centre())
    point = view.mapFromScene(scene.card(pid).mapToScene(badge_rect(1.0).center()))
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    text = QToolTip.text()
    assert QToolTip.isVisible()
    assert all(escape(f.message) in text for f in findings[:MAX_FINDINGS])
