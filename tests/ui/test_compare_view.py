"""The compare view: two scenarios side by side with the changed cards marked, the list of
changes showing the cards (in the view and on the canvas), the summary, the report files."""

from __future__ import annotations

from html.parser import HTMLParser

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsPathItem
from support.pictures import grab_checked

from orgeditor.drawing.change_marks import kind_colour
from orgeditor.model import Chart, Position
from orgeditor.model.scenarios import Scenarios, copy_chart


def reorganisation() -> Scenarios:
    """As-is: a CEO over a sales manager with six generalists. Proposal A: two of them
    become a lead-generation seller and a manager of their own team, one leaves, an
    enablement specialist joins."""
    chart = Chart()
    chart.add_position(Position("ceo", "Kari Nordmann", "CEO"))
    chart.add_position(Position("m1", "Ola Berg", "Sales Manager"), "ceo")
    for n in range(6):
        chart.add_position(Position(f"s{n}", f"Seller {n}", "Sales Representative"), "m1")
    proposal = copy_chart(chart)
    proposal.add_position(Position("m2", "", "Sales Manager"), "ceo")
    proposal.set_manager("s4", "m2")
    proposal.update_position("s3", title="Sales Development Representative")
    proposal.remove_position("s5")
    proposal.add_position(Position("en1", "", "Sales Enablement Specialist"), "ceo")
    scenarios = Scenarios(chart)
    scenarios.add("Proposal A", proposal)
    scenarios.show("Proposal A")
    return scenarios


def marked(pane) -> dict[str, int]:
    """Kind colour -> how many card frames the pane's scene draws in it."""
    frames = {}
    for item in pane.scene.items():
        if isinstance(item, QGraphicsPathItem) and item.zValue() == 5:
            frames[item.pen().color().name()] = item.path().toFillPolygons().__len__()
    return frames


class Parts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)

    def handle_data(self, data) -> None:
        self.text.append(data)


def test_the_compare_view_marks_lists_and_shows_the_changes(window, qtbot, tmp_path, picture_dir):
    window.document.replace_chart(reorganisation(), None)
    window.scenario_actions.compare_scenarios.trigger()
    dialog = window.compare_dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.before_box.currentText(), dialog.after_box.currentText()) == (
        "As-is",
        "Proposal A",
    )
    for pane in (dialog.before_pane, dialog.after_pane):  # fitted to their shown size
        view = pane.view
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        assert shown.contains(pane.scene.bounds()), pane.objectName()
        assert pane.zoom() > 0.4, pane.zoom()  # a small chart at a readable size
    kinds = {dialog.changes.item(i).text().split(":")[0] for i in range(dialog.changes.count())}
    assert kinds == {"New", "Removed", "Moved", "Changed"}
    after = marked(dialog.after_pane)
    assert after[kind_colour("added").name()] == 2  # m2 and en1
    assert after[kind_colour("moved").name()] == 1  # s4
    assert after[kind_colour("changed").name()] == 1  # s3
    assert marked(dialog.before_pane)[kind_colour("removed").name()] == 1  # s5
    summary = dialog.summary_view.toPlainText()
    assert "sellers per stage" in summary.lower() or "headcount" in summary.lower()
    # a click on a change shows the card on both sides and on the canvas (Proposal A is shown)
    row = next(
        i
        for i in range(dialog.changes.count())
        if dialog.changes.item(i).text().startswith("Moved")
    )
    rect = dialog.changes.visualItemRect(dialog.changes.item(row))
    QTest.mouseClick(dialog.changes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.after_pane.scene.selected_ids() == ["s4"]
    assert dialog.before_pane.scene.selected_ids() == ["s4"]
    assert window.scene.selected_ids() == ["s4"]
    grab_checked(dialog, picture_dir / "compare_view.png")
    # the proposal alone, its changes marked
    dialog.mode_box.setCurrentIndex(1)
    assert not dialog.before_pane.isVisible() and dialog.after_pane.isVisible()
    # an edit of the shown proposal is compared again
    window.document.chart.remove_position("en1")
    qtbot.waitUntil(lambda: marked(dialog.after_pane)[kind_colour("added").name()] == 1)
    # the reports
    dialog.write_report(tmp_path / "report.html")
    parts = Parts()
    parts.feed((tmp_path / "report.html").read_text(encoding="utf-8"))
    assert "table" in parts.tags and "script" not in parts.tags and "link" not in parts.tags
    text = " ".join(parts.text)
    assert "As-is" in text and "Proposal A" in text and "Headcount" in text
    dialog.write_report(tmp_path / "report.pdf")
    data = (tmp_path / "report.pdf").read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert (
        data.count(b"/Type /Page\n") + data.count(b"/Type /Page\r") + data.count(b"/Type /Page ")
        >= 3
        or data.count(b"/Type /Page") - data.count(b"/Type /Pages") >= 3
    )
