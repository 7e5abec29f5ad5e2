"""The figures panel: headcount, spans, layers and cost, live, and honest about missing cost."""

import csv
from importlib import resources

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from support.pictures import grab_checked

from orgeditor.analysis.figures import chart_figures
from orgeditor.io import read_chart
from orgeditor.model import Chart, Position
from orgeditor.ui.commands import AddPositionCommand, EditFieldsCommand
from orgeditor.ui.panels.figure_widgets import format_number
from orgeditor.ui.panels.figures_panel import FiguresPanel

NARROW = "\u202f"


@pytest.fixture
def make_panel(show_widget):
    """make(document) -> a shown FiguresPanel."""
    return lambda document: show_widget(FiguresPanel(document), 360, 700)


@pytest.fixture
def panel(make_panel, document):
    return make_panel(document)


@pytest.fixture
def open_document(make_document):
    """open(path) -> a Document of the chart read from path."""
    return lambda path: make_document(read_chart(path)[0])


def example(name: str):
    return resources.files("orgeditor.resources").joinpath("examples", name)


def tile_values(panel) -> dict[str, str]:
    return {caption: value for value, caption, _tip in panel.tiles.tiles()}


def shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def visible_cost_texts(panel) -> list[str]:
    """Every number the cost section shows (labels and bars that are visible)."""
    texts = []
    for label in (panel.cost_total_label, panel.cost_note_label):
        if shown(label):
            texts.append(label.text())
    for bars in (panel.team_bars, *panel.segment_bars.values()):
        if shown(bars):
            texts.extend(bars.texts())
    return texts


def test_headline_numbers_of_a_hand_made_chart(panel, document):
    assert panel.objectName() == "figuresPanel"
    assert tile_values(panel) == {
        "positions": "6",
        "sellers": "3",
        "open seats": "1",
        "layers": "4",
    }
    assert panel.status_bar.parts() == [
        ("Filled", 5, "#009E73"),
        ("Vacant", 1, "#E69F00"),
        ("Planned", 0, "#56B4E9"),
    ]
    assert dict(zip(panel.family_bars.labels(), panel.family_bars.texts(), strict=True)) == {
        "Sales": "3",
        "Leadership": "3",
    }
    stages = dict(zip(panel.stage_bars.labels(), panel.stage_bars.texts(), strict=True))
    assert stages == {
        "Lead generation": "1",
        "Closing": "1",
        "Retention": "1",
        "All stages (generalists)": "0",
    }
    assert "Sellers per manager: <b>3</b>" in panel.sellers_per_manager_label.text()
    assert "(3 sellers, 1 manager)" in panel.sellers_per_manager_label.text()


def test_spans_and_layers(panel):
    columns = {c.label: c.count for c in panel.span_histogram.columns()}
    # ceo 1 (vp), vp 1 (m1), m1 3 (s1, s2, s3)
    assert columns == {"1": 2, "2–4": 1, "5–7": 0, "8–10": 0, "11+": 0}
    text = panel.span_label.text()
    assert "Median <b>1</b>" in text and "range 1–3" in text
    assert "Widest: <b>Åse Bærum</b> (3 direct reports)" in text
    assert "Layers: <b>4</b>" in panel.shape_label.text()
    assert "top-level positions: <b>1</b>" in panel.shape_label.text()


def test_cost_totals_per_team_and_segment(panel):
    assert not shown(panel.no_cost_label)
    assert panel.cost_total_label.text() == f"Total: <b>850{NARROW}000</b>"
    assert panel.cost_note_label.text() == "5 of 6 positions have no cost and are not counted."
    assert dict(zip(panel.team_bars.labels(), panel.team_bars.texts(), strict=True)) == {
        "Pod North": f"850{NARROW}000"
    }
    region = panel.segment_bars["region"]
    assert shown(region) and shown(panel.segment_captions["region"])
    assert dict(zip(region.labels(), region.texts(), strict=True)) == {"North": f"850{NARROW}000"}
    assert not shown(panel.segment_bars["vertical"])  # no values: no section


def test_softuni_salary_total_and_widest_span(open_document, data_dir, make_panel):
    path = data_dir / "softuni_employees.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        salary_total = sum(int(row["salary"]) for row in csv.DictReader(handle))
    panel = make_panel(open_document(path))
    assert panel.cost_total_label.text() == f"Total: <b>{format_number(salary_total)}</b>"
    assert format_number(salary_total) == f"5{NARROW}421{NARROW}900"
    assert not shown(panel.cost_note_label)  # every position has a salary
    assert not shown(panel.team_bars)  # no teams in the file: no "by team" section
    assert "Widest: <b>Peter Krebs</b> (22 direct reports)" in panel.span_label.text()
    assert "range 1–22" in panel.span_label.text()
    assert tile_values(panel)["layers"] == "5"
    assert "top-level positions: <b>4</b>" in panel.shape_label.text()
    figures = panel.figures()
    assert (
        figures is not None and figures.spans.maximum == 22 and figures.cost.total == salary_total
    )


def test_northwind_says_it_has_no_cost_data(open_document, data_dir, make_panel):
    panel = make_panel(open_document(data_dir / "northwind_employees.csv"))
    assert shown(panel.no_cost_label)
    assert panel.no_cost_label.text() == "No cost data in this chart"
    assert visible_cost_texts(panel) == []  # no zeros anywhere in the cost section
    assert not shown(panel.cost_total_label) and not shown(panel.team_caption)
    assert all(not shown(caption) for caption in panel.segment_captions.values())


def test_live_update_after_an_edit(qtbot, panel, document):
    position = Position("s4", "Nora Lie", "Account Executive", cost=150000.0)
    document.undo_stack.push(AddPositionCommand(document.chart, position, "m1"))
    qtbot.waitUntil(lambda: tile_values(panel)["positions"] == "7", timeout=3000)
    assert tile_values(panel)["sellers"] == "4"
    assert panel.cost_total_label.text() == f"Total: <b>1{NARROW}000{NARROW}000</b>"
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: tile_values(panel)["positions"] == "6", timeout=3000)
    assert panel.cost_total_label.text() == f"Total: <b>850{NARROW}000</b>"


def test_a_burst_of_edits_refreshes_once(qtbot, panel, document):
    runs = []
    panel.figuresChanged.connect(runs.append)
    for i in range(5):
        document.undo_stack.push(EditFieldsCommand(document.chart, {"s1": {"cost": 1000.0 * i}}))
    assert runs == []  # debounced: editing is never blocked by figures
    qtbot.waitUntil(lambda: len(runs) == 1, timeout=3000)
    assert not panel.live.scheduled  # nothing else is waiting: no second refresh will come
    assert len(runs) == 1
    assert runs[0].cost.total == 4000


def test_removing_the_last_cost_shows_the_message(qtbot, panel, document):
    document.undo_stack.push(EditFieldsCommand(document.chart, {"s1": {"cost": None}}))
    qtbot.waitUntil(lambda: shown(panel.no_cost_label), timeout=3000)
    assert visible_cost_texts(panel) == []


def test_replaced_chart_refreshes_at_once(panel, document):
    chart = Chart()
    chart.add_position(Position("a", "Ann", "CEO", cost=100.0))
    document.replace_chart(chart, None)
    assert tile_values(panel)["positions"] == "1"  # no waiting for the debounce
    assert panel.cost_total_label.text() == "Total: <b>100</b>"
    assert shown(panel.no_sellers_label) and not shown(panel.stage_bars)
    assert "Nobody manages anyone yet." in panel.span_label.text()


def test_hidden_panel_catches_up_when_shown(qtbot, panel, document):
    panel.hide()
    document.undo_stack.push(AddPositionCommand(document.chart, Position("x", "X", "SDR"), "m1"))
    assert not panel.live.scheduled and panel.live.stale  # hidden: no work after edits
    assert tile_values(panel)["positions"] == "6"
    panel.show()
    assert tile_values(panel)["positions"] == "7"
    assert panel.figures() is chart_figures(document.chart)


def test_panel_labels_are_not_empty(panel):
    labels = [w for w in panel.findChildren(QLabel) if shown(w)]
    assert labels and all(label.text() for label in labels)


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("softuni", "data:softuni_employees.csv"),
        ("northwind", "data:northwind_employees.csv"),
        ("pod", "example:pod.csv"),
        ("assembly_line", "example:assembly_line.csv"),
    ],
)
def test_figures_png(qtbot, open_document, data_dir, png_dir, name, source, make_panel):
    kind, _, file_name = source.partition(":")
    path = data_dir / file_name if kind == "data" else example(file_name)
    document = open_document(path)
    panel = make_panel(document)
    assert tile_values(panel)["positions"] == str(len(document.chart))
    grab_checked(panel, png_dir / f"figures_{name}.png")
    grab_checked(panel.scroll.widget(), png_dir / f"figures_{name}_full.png")


def big_chart(size: int = 10_000) -> Chart:
    """A sales org of `size` positions: managers of 8, sellers with regions and costs."""
    chart = Chart()
    titles = ("Account Executive", "SDR", "Account Manager", "Engineer")
    regions = ("North", "South", "East", "West", "")
    with chart.quiet():
        chart.add_position(Position("p0", "Top", "CEO", cost=2e6))
        managers = ["p0"]
        for n in range(1, size):
            manager = managers[(n - 1) // 8]
            title = "Sales Manager" if n % 9 == 0 else titles[n % len(titles)]
            position = Position(
                f"p{n}",
                f"Person {n}",
                title,
                region=regions[n % len(regions)],
                cost=None if n % 7 == 0 else 600_000.0,
            )
            chart.add_position(position, manager)
            managers.append(f"p{n}")
    return chart


def test_refresh_on_ten_thousand_positions_follows_an_edit(make_panel, make_document):
    # how long this takes is measured by benchmarks/bench_panels.py, not asserted here
    doc = make_document(big_chart())
    panel = make_panel(doc)
    assert tile_values(panel)["positions"] == f"10{NARROW}000"
    before = panel.figures().cost.total
    doc.undo_stack.push(EditFieldsCommand(doc.chart, {"p5": {"cost": 1.0}}))
    panel.refresh_now()
    assert panel.figures().cost.total == before - 600_000.0 + 1.0
    assert not panel.live.scheduled
