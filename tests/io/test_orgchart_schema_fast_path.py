"""The schema's quick look at a usual position record (_plain_position) never changes what is
accepted or what a refusal says: every record below gives the same answer with the quick look
as with the full checks alone."""

from __future__ import annotations

import copy
import json

import pytest

from orgeditor.io import OrgchartFormatError, loads_orgchart, orgchart_schema
from orgeditor.model import chart_state

GOOD = {
    "id": "b",
    "name": "Bo",
    "title": "Account Executive",
    "status": "filled",
    "explicit_role": "ae",
    "team": "t1",
    "cost": 85000.0,
    "custom": [["Email", "bo@example.com"], ["Desk", "4"]],
    "xy": [10.0, -20.5],
    "manager": "a",
}
CHANGES = [
    {},
    {"id": "a"},  # used twice
    {"id": ""},
    {"id": 7},
    {"name": 3},
    {"location": None},
    {"status": "gone"},
    {"status": None},
    {"explicit_role": "no_such_role"},
    {"explicit_role": ["ae"]},
    {"explicit_role": None},
    {"team": "nope"},
    {"team": 1},
    {"team": None},
    {"cost": "85 000"},
    {"cost": True},
    {"cost": 1e30},
    {"cost": 12},
    {"cost": 10**400},
    {"cost": None},
    {"custom": {"Email": "x"}},
    {"custom": [["Email"]]},
    {"custom": [["Email", 5]]},
    {"custom": [["Email", "x"], ["Email", "y"]]},
    {"custom": [("Email", "x", "z")]},
    {"custom": []},
    {"xy": [1.0]},
    {"xy": [1.0, "2"]},
    {"xy": [1.0, 1e12]},
    {"xy": [1, 2]},
    {"xy": None},
    {"manager": 5},
    {"manager": "nobody"},
    {"manager": None},
    {"manager": "b"},  # itself: a cycle
    {"unknown_field": {"kept": True}},
]


def document(change: dict) -> str:
    record = copy.deepcopy(GOOD)
    record.update(change)
    doc = {
        "format": "orgeditor.chart",
        "version": 2,
        "teams": [{"id": "t1", "name": "Pod", "kind": "pod"}],
        "positions": [{"id": "a", "name": "Ada", "title": "CEO"}, record],
    }
    return json.dumps(doc)


def outcome(text: str) -> object:
    try:
        return chart_state(loads_orgchart(text))
    except OrgchartFormatError as error:
        return str(error)


@pytest.mark.parametrize("change", CHANGES, ids=[json.dumps(c)[:40] for c in CHANGES])
def test_the_quick_look_answers_as_the_full_checks(change, monkeypatch) -> None:
    text = document(change)
    quick = outcome(text)
    monkeypatch.setattr(orgchart_schema, "_plain_position", lambda *_args: False)
    assert quick == outcome(text)


def test_a_repeated_id_is_named_with_its_first_place() -> None:
    with pytest.raises(OrgchartFormatError, match=r"positions\[1\]\.id: 'a' is used twice"):
        loads_orgchart(document({"id": "a"}))


def test_the_usual_record_takes_the_quick_look() -> None:
    from orgeditor.model import catalogue

    assert orgchart_schema._plain_position(GOOD, catalogue().roles, {"t1"})
