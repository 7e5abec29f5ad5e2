"""The segmentation panel: sellers per cell of the used dimensions, thin cells, activation of a
cell's sellers, and the colour-by choice with its legend."""

from importlib import resources

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QTableView
from support.pictures import grab_checked

from orgeditor.analysis.segments import UNASSIGNED
from orgeditor.drawing.segment_colours import NOT_SET, assign_colours
from orgeditor.io import read_chart
from orgeditor.model import Chart, Position
from orgeditor.ui.commands import AddPositionCommand, EditFieldsCommand
from orgeditor.ui.panels.legend_colours import legend_colours
from orgeditor.ui.panels.segmentation_model import THIN_FILL, THIN_ROLE
from orgeditor.ui.panels.segmentation_panel import SegmentationPanel

# region x product line; "" = no value. Two dimensions used: region (2 values), product (3).
SELLERS = [
    ("n1", "North", "Cloud"),
    ("n2", "North", "Cloud"),
    ("n3", "North", "Cloud"),
    ("n4", "North", "Data"),
    ("n5", "North", "Security"),
    ("n6", "North", "Security"),
    ("s1", "South", "Cloud"),
    ("s2", "South", "Cloud"),
    ("s3", "South", "Data"),
    ("s4", "South", "Data"),
    ("s5", "South", "Data"),
    ("s6", "South", "Data"),
    ("u1", "", "Security"),
]


def grid_chart() -> Chart:
    chart = Chart()
    chart.add_position(Position("vp", "Vera Paulsen", "VP Sales"))
    for pid, region, product in SELLERS:
        position = Position(
            pid, f"Seller {pid}", "Account Executive", region=region, product_line=product
        )
        chart.add_position(position, "vp")
    chart.add_position(Position("ops", "Olav Ops", "Sales Analyst", region="West"), "vp")
    return chart


@pytest.fixture
def grid_document(make_document):
    return make_document(grid_chart())


@pytest.fixture
def make_panel(show_widget):
    """make(document) -> a shown SegmentationPanel."""
    return lambda document: show_widget(SegmentationPanel(document), 360, 700)


@pytest.fixture
def panel(make_panel, grid_document):
    return make_panel(grid_document)


def matrix_view(panel) -> QTableView:
    view = panel.findChild(QTableView, "segmentationMatrix")
    assert view is not None
    return view


def table_text(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() or "" for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def headers(view: QTableView, orientation) -> list[str]:
    model = view.model()
    count = model.columnCount() if orientation == Qt.Orientation.Horizontal else model.rowCount()
    return [model.headerData(i, orientation) for i in range(count)]


def click_cell(view: QTableView, row: int, column: int) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_summary_names_the_used_dimensions(panel):
    assert panel.objectName() == "segmentationPanel"
    text = panel.summary_label.text()
    assert "Used: <b>region</b> (2 values), <b>product line</b> (3 values)" in text
    assert "13 sellers in 6 occupied cells" in text and "2 thin cells" in text
    assert panel.axes_label.text() == "Rows: region (primary) · columns: product line"


def test_matrix_counts_sellers_per_cell(panel):
    view = matrix_view(panel)
    assert headers(view, Qt.Orientation.Vertical) == ["North", "South", UNASSIGNED, "Total"]
    assert headers(view, Qt.Orientation.Horizontal) == ["Cloud", "Data", "Security", "Total"]
    assert table_text(view) == [
        ["3", "1", "2", "6"],
        ["2", "4", "", "6"],  # an empty cell is blank, not 0
        ["", "", "1", "1"],
        ["5", "5", "3", "13"],
    ]


def test_thin_cells_are_marked(panel):
    model = matrix_view(panel).model()
    thin = {
        (r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data(THIN_ROLE)
    }
    assert thin == {(0, 1), (2, 2)}  # North x Data (n4), unassigned x Security (u1)
    index = model.index(0, 1)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == THIN_FILL
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("1 seller: nobody to cover")
    assert "Seller n4" in index.data(Qt.ItemDataRole.ToolTipRole)
    busy = model.index(1, 1)
    assert busy.data(Qt.ItemDataRole.BackgroundRole) != THIN_FILL
    assert busy.data(Qt.ItemDataRole.ToolTipRole).startswith("4 sellers")
    assert model.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) is None  # empty: plain


def test_clicking_a_cell_activates_its_sellers(qtbot, panel):
    view = matrix_view(panel)
    with qtbot.waitSignal(panel.sellersActivated) as blocker:
        click_cell(view, 1, 1)  # South x Data
    assert blocker.args == [["s3", "s4", "s5", "s6"]]
    with qtbot.waitSignal(panel.sellersActivated) as thin:
        click_cell(view, 0, 1)  # North x Data
    assert thin.args == [["n4"]]
    with qtbot.waitSignal(panel.sellersActivated) as total:
        click_cell(view, 3, 2)  # the Security column's total
    assert total.args == [["n5", "n6", "u1"]]


def test_clicking_an_empty_cell_activates_nothing(qtbot, panel):
    activated = []
    panel.sellersActivated.connect(activated.append)
    click_cell(matrix_view(panel), 1, 2)  # South x Security: nobody (a click is delivered at once)
    assert activated == []


def test_clicking_a_row_header_activates_the_row(qtbot, panel):
    view = matrix_view(panel)
    header = view.verticalHeader()
    y = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    with qtbot.waitSignal(panel.sellersActivated) as blocker:
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, y))
    assert blocker.args == [["u1"]]


def test_matrix_follows_edits(qtbot, panel, grid_document):
    grid_document.undo_stack.push(
        EditFieldsCommand(grid_document.chart, {"u1": {"region": "South"}})
    )
    view = matrix_view(panel)
    qtbot.waitUntil(lambda: headers(view, Qt.Orientation.Vertical) == ["North", "South", "Total"])
    assert table_text(view) == [["3", "1", "2", "6"], ["2", "4", "1", "7"], ["5", "5", "3", "13"]]
    position = Position("n7", "New", "SDR", region="North", product_line="Data")
    grid_document.undo_stack.push(AddPositionCommand(grid_document.chart, position, "vp"))
    qtbot.waitUntil(lambda: table_text(view)[0] == ["3", "2", "2", "7"])
    assert not view.model().index(0, 1).data(THIN_ROLE)  # North x Data has cover now


def test_one_dimension_shows_one_row_or_one_column(qtbot, data_dir, make_panel, make_document):
    chart, _problems = read_chart(data_dir / "northwind_employees.csv")
    panel = make_panel(make_document(chart))
    view = matrix_view(panel)
    m = panel.matrix()
    assert m is not None and m.layout == "row" and m.column_dimension == "region"
    counts = dict(zip(m.columns, (cell.count for cell in m.grid[0]), strict=True))
    assert counts == {"Eastern": 2, "Northern": 1, "Southern": 1, "Western": 2}
    panel.resize(900, 700)  # wide: one row of cells
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    assert headers(view, Qt.Orientation.Horizontal) == list(m.columns)
    assert table_text(view) == [["2", "1", "1", "2"]]
    panel.resize(240, 700)  # a narrow dock: the same cells down the side
    qtbot.waitUntil(lambda: view.model().rowCount() == 4)
    assert headers(view, Qt.Orientation.Vertical) == list(m.columns)
    assert table_text(view) == [["2"], ["1"], ["1"], ["2"]]
    with qtbot.waitSignal(panel.sellersActivated) as blocker:
        click_cell(view, 1, 0)
    assert blocker.args == [list(m.grid[0][1].sellers)]


def test_three_dimensions_list_the_occupied_cells(qtbot, make_panel, make_document):
    chart = Chart()
    chart.add_position(Position("vp", "V", "VP Sales"))
    rows = [
        ("a", "N", "X", "V1"),
        ("b", "S", "Y", "V2"),
        ("c", "N", "X", "V1"),
        ("d", "", "Y", "V2"),
    ]
    for pid, region, product, vertical in rows:
        position = Position(
            pid, pid.upper(), "SDR", region=region, product_line=product, vertical=vertical
        )
        chart.add_position(position, "vp")
    panel = make_panel(make_document(chart))
    view = matrix_view(panel)
    assert headers(view, Qt.Orientation.Horizontal) == [
        "Region",
        "Product line",
        "Vertical",
        "Sellers",
    ]
    assert table_text(view) == [
        ["N", "X", "V1", "2"],
        ["S", "Y", "V2", "1"],
        [UNASSIGNED, "Y", "V2", "1"],
    ]
    assert [view.model().index(r, 3).data(THIN_ROLE) for r in range(3)] == [
        False,
        True,
        True,
    ]
    with qtbot.waitSignal(panel.sellersActivated) as blocker:
        click_cell(view, 0, 1)  # any column of a row stands for its cell
    assert blocker.args == [["a", "c"]]


def test_no_segmentation_hides_the_matrix(data_dir, make_panel, make_document):
    chart, _problems = read_chart(data_dir / "softuni_employees.csv")
    panel = make_panel(make_document(chart))
    assert "No segmentation" in panel.summary_label.text()
    assert not matrix_view(panel).isVisibleTo(panel)


def test_colour_by_emits_the_dimension(qtbot, panel):
    combo = panel.findChild(QComboBox, "colourByCombo")
    assert combo is not None
    assert [combo.itemData(i) for i in range(combo.count())] == [
        None,
        "region",
        "product_line",
        "customer_size",
        "vertical",
    ]
    with qtbot.waitSignal(panel.colourByChanged) as blocker:
        combo.setCurrentIndex(1)
    assert blocker.args == ["region"]
    assert panel.colour_by() == "region"
    with qtbot.waitSignal(panel.colourByChanged) as back:
        panel.set_colour_by(None)
    assert back.args == [None]
    assert not panel.legend.isVisibleTo(panel)


def test_legend_uses_the_canvas_colours(qtbot, panel):
    panel.set_colour_by("region")
    assert panel.legend.isVisibleTo(panel)
    expected = assign_colours(["North", "South", "West"])
    entries = panel.legend.entries()
    assert entries == [
        ("North", 6, expected["North"]),
        ("South", 6, expected["South"]),
        ("West", 1, expected["West"]),
        (UNASSIGNED, 2, NOT_SET),  # the VP and u1: grey cards
    ]
    # the matrix's row headers carry the same colours
    model = matrix_view(panel).model()
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is not None
    # the scene's own (sticky) legend wins when the panel is told it
    panel.set_colour_legend([("North", "#123456"), ("South", "#654321"), ("", NOT_SET)])
    assert panel.legend.entries()[0] == ("North", 6, "#123456")
    assert panel.colours()["South"] == "#654321"


def test_legend_colours_agree_with_the_canvas():
    colours = legend_colours(["South", "North", "", UNASSIGNED])
    fresh = assign_colours(["North", "South"])
    assert colours == {
        "South": fresh["South"],
        "North": fresh["North"],
        "": NOT_SET,
        UNASSIGNED: NOT_SET,
    }
    assert all(QColor(c).isValid() for c in colours.values())


def test_replaced_chart_refreshes_at_once(panel, grid_document):
    chart = Chart()
    chart.add_position(Position("a", "A", "SDR", region="X"))
    chart.add_position(Position("b", "B", "SDR", region="Y"))
    grid_document.replace_chart(chart, None)
    m = panel.matrix()
    assert m is not None and m.layout == "row" and m.columns == ("X", "Y")


def example(name: str):
    return resources.files("orgeditor.resources").joinpath("examples", name)


@pytest.mark.parametrize(
    ("name", "colour_by"),
    [
        ("grid", "region"),
        ("softuni", None),
        ("northwind", "region"),
        ("pod", "vertical"),
        ("assembly_line", "region"),
    ],
)
def test_segmentation_png(qtbot, data_dir, png_dir, name, colour_by, make_panel, make_document):
    if name == "grid":
        chart = grid_chart()
    elif name in ("softuni", "northwind"):
        chart, _problems = read_chart(data_dir / f"{name}_employees.csv")
    else:
        chart, _problems = read_chart(example(f"{name}.csv"))
    panel = make_panel(make_document(chart))
    panel.set_colour_by(colour_by)
    grab_checked(panel, png_dir / f"segmentation_{name}.png")


def test_refresh_on_ten_thousand_positions_follows_an_edit(make_panel, make_document):
    # how long this takes is measured by benchmarks/bench_panels.py, not asserted here
    chart = Chart()
    regions = ("North", "South", "East", "West", "")
    products = ("Cloud", "Data", "Security")
    with chart.quiet():
        chart.add_position(Position("vp", "Top", "VP Sales"))
        for n in range(1, 10_000):
            manager = "vp" if n <= 8 else f"p{(n - 1) // 8}"
            position = Position(
                f"p{n}",
                f"Person {n}",
                "Account Executive",
                region=regions[n % 5],
                product_line=products[n % 3],
            )
            chart.add_position(position, manager)
    doc = make_document(chart)
    panel = make_panel(doc)
    panel.set_colour_by("region")
    m = panel.matrix()
    assert m is not None and m.layout == "grid" and m.sellers == 9_999

    def north(matrix) -> int:
        return sum(cell.count for key, cell in matrix.cells.items() if "North" in key)

    before = north(m)
    doc.undo_stack.push(EditFieldsCommand(doc.chart, {"p5": {"region": "South"}}))  # was North
    panel.refresh_now()
    after = panel.matrix()
    assert after.sellers == 9_999
    assert north(after) == before - 1
