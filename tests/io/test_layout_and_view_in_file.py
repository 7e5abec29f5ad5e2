"""The chart's layout style and its view (folded branches, focus) are saved in the file."""

from __future__ import annotations

import json

import pytest

from orgeditor.io import OrgchartFormatError, load_orgchart, save_orgchart
from orgeditor.model import Chart, Position


def chart() -> Chart:
    c = Chart()
    c.add_position(Position("ceo", title="CEO"))
    c.add_position(Position("m", title="Sales Manager"), "ceo")
    c.add_position(Position("r", title="Account Executive"), "m")
    return c


def test_layout_and_view_come_back_after_save_and_open(tmp_path):
    c = chart()
    c.update_settings(layout="wide")
    c.set_view(collapsed={"m"}, focus="ceo")
    path = tmp_path / "plan.orgchart"
    save_orgchart(c, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["settings"]["layout"] == "wide"
    assert doc["view"] == {"collapsed": ["m"], "focus": "ceo"}
    again = load_orgchart(path)
    assert again.settings.layout == "wide"
    assert again.view.collapsed == {"m"} and again.view.focus == "ceo"


def test_a_file_without_them_opens_wide_as_it_was_saved_and_whole(tmp_path):
    path = tmp_path / "old.orgchart"
    save_orgchart(chart(), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    del doc["settings"]["layout"]
    del doc["view"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    again = load_orgchart(path)
    assert again.settings.layout == "wide"  # saved before compact existed: as it looked then
    assert again.view.collapsed == set() and again.view.focus is None


def test_view_ids_that_are_not_positions_are_dropped(tmp_path):
    path = tmp_path / "plan.orgchart"
    save_orgchart(chart(), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["view"] = {"collapsed": ["m", "gone"], "focus": "gone"}
    path.write_text(json.dumps(doc), encoding="utf-8")
    again = load_orgchart(path)
    assert again.view.collapsed == {"m"} and again.view.focus is None


@pytest.mark.parametrize(
    ("where", "value", "says"),
    [
        ("layout", "tall", "settings.layout: must be one of compact, wide"),
        ("view", {"collapsed": "m"}, "view.collapsed: must be a list of position ids"),
        ("view", {"focus": 3}, "view.focus: must be a position id"),
    ],
)
def test_a_bad_value_is_refused_naming_the_field(tmp_path, where, value, says):
    path = tmp_path / "bad.orgchart"
    save_orgchart(chart(), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    if where == "layout":
        doc["settings"]["layout"] = value
    else:
        doc["view"] = value
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(OrgchartFormatError) as caught:
        load_orgchart(path)
    assert says in str(caught.value)
    assert "bad.orgchart" in str(caught.value)
