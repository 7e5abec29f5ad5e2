"""SVG export: well-formed XML with the chart's name as title, a viewBox of the chart's
rectangle, and the people's names as text (vector, searchable)."""

import pytest
from defusedxml import ElementTree
from support.export_text import names, squeeze

from orgeditor.render import render_svg

SVG = "{http://www.w3.org/2000/svg}"


def svg_text(root) -> str:
    return squeeze(" ".join("".join(node.itertext()) for node in root.iter(f"{SVG}text")))


@pytest.mark.parametrize("name", ["northwind", "softuni"])
def test_svg_has_title_viewbox_and_names(request, tmp_path, name):
    chart = request.getfixturevalue(name)
    path = tmp_path / "chart.svg"
    done = render_svg(chart, path)
    root = ElementTree.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text == chart.settings.name
    assert root.get("viewBox") == f"0 0 {done.width} {done.height}"
    text = svg_text(root)
    missing = [n for n in names(chart) if n not in text]
    assert not missing


def test_svg_of_a_selection_names_only_the_selected(sales, tmp_path):
    path = tmp_path / "part.svg"
    chosen = ["m1", "a1", "a2"]
    done = render_svg(sales, path, ids=chosen)
    assert done.positions == 3
    text = svg_text(ElementTree.parse(path).getroot())
    for name in names(sales, chosen):
        assert name in text
    for name in names(sales) - names(sales, chosen):
        assert name not in text
    assert "Pod North".upper() in text.upper()  # the team box around the two


def test_svg_background(sales, tmp_path):
    path = tmp_path / "white.svg"
    render_svg(sales, path, background="white")
    assert "#ffffff" in path.read_text(encoding="utf-8").lower()
    with pytest.raises(ValueError):
        render_svg(sales, tmp_path / "bad.svg", background="nope")
