"""Pictures of the canvas: a small chart and a real one (SoftUni's 293 employees).

The PNGs land in the test's temporary folder ($ORGEDITOR_PICTURE_DIR keeps them) for a person
to look at; the tests check that they are not blank.
"""

import csv
from pathlib import Path

from PySide6.QtGui import QImage
from support.canvas_helpers import small_chart

from orgeditor.drawing.style import BACKGROUND
from orgeditor.model import Chart, Position


class FakeFinding:
    def __init__(self, severity, positions):
        self.severity, self.positions = severity, tuple(positions)


def chart_from_csv(path: Path) -> Chart:
    """id,name,title,manager_id,salary -> positions with cost (managers may come later)."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    chart = Chart()
    with chart.quiet():
        for row in rows:
            chart.add_position(
                Position(row["id"], row["name"], row["title"], cost=float(row["salary"] or 0))
            )
        for row in rows:
            if row["manager_id"]:
                chart.set_manager(row["id"], row["manager_id"])
    return chart


def share_of_ink(image: QImage) -> float:
    """The share of sampled pixels that are not the canvas background."""
    background = BACKGROUND.rgb()
    samples = [
        image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
    ]
    return sum(1 for p in samples if p != background) / len(samples)


def test_small_chart_picture(screenshots, canvas_factory):
    chart = small_chart()
    for i in range(5):
        chart.add_position(
            Position(
                f"s{i}",
                f"Seller {i}",
                "Account Executive",
                region="North",
                customer_size="Enterprise",
            ),
            "m2",
        )
    canvas = canvas_factory(chart)
    canvas.scene.set_findings([FakeFinding("error", ["m1"]), FakeFinding("warning", ["b1", "m1"])])
    canvas.scene.select_ids(["cro"])
    canvas.view.fit()
    image = canvas.view.grab().toImage()
    image.save(str(screenshots / "canvas_small.png"))
    assert 0.05 < share_of_ink(image) < 0.9
    canvas.view.set_zoom(1.0)
    canvas.view.centre_on_ids(["m2"])
    image = canvas.view.grab().toImage()
    image.save(str(screenshots / "canvas_small_100.png"))
    assert share_of_ink(image) > 0.05


def test_softuni_picture(screenshots, data_dir, canvas_factory):
    chart = chart_from_csv(data_dir / "softuni_employees.csv")
    assert len(chart) == 293
    canvas = canvas_factory(chart)
    canvas.view.resize(1400, 900)
    canvas.view.fit()
    assert canvas.card_ids() == set(chart.position_ids())
    image = canvas.view.grab().toImage()
    image.save(str(screenshots / "canvas_softuni_fit.png"))
    assert share_of_ink(image) > 0.03
    canvas.view.set_zoom(1.0)
    canvas.view.centre_on_ids([chart.roots()[0]])
    image = canvas.view.grab().toImage()
    image.save(str(screenshots / "canvas_softuni_100.png"))
    assert share_of_ink(image) > 0.05
