"""Scenarios in .orgchart files (format version 3): several charts in one file, the shown one
remembered; a file of one keeps its chart at the top; version-2 files open as "As-is"."""

from __future__ import annotations

import json

import pytest

from orgeditor.io import (
    OrgchartFormatError,
    dumps_orgchart,
    dumps_scenarios,
    load_orgchart,
    load_scenarios,
    loads_orgchart,
    loads_scenarios,
    save_scenarios,
)
from orgeditor.model import Chart, Position, chart_state
from orgeditor.model.scenarios import FIRST_NAME, Scenarios, copy_chart


def as_is() -> Chart:
    chart = Chart()
    chart.add_position(Position("ceo", "Kari", "CEO"))
    for n in range(3):
        chart.add_position(Position(f"s{n}", f"Seller {n}", "Account Executive"), "ceo")
    return chart


def three() -> Scenarios:
    proposal = copy_chart(as_is())
    proposal.add_position(Position("en1", "", "Sales Enablement Specialist"), "ceo")
    other = copy_chart(as_is())
    other.remove_position("s2")
    scenarios = Scenarios(as_is())
    scenarios.add("Proposal A", proposal)
    scenarios.add("Proposal B", other)
    scenarios.show("Proposal A")
    return scenarios


def test_scenarios_round_trip_in_order_with_the_shown_one(tmp_path) -> None:
    path = tmp_path / "reorg.orgchart"
    scenarios = three()
    save_scenarios(scenarios, path)
    read = load_scenarios(path)
    assert read.names() == [FIRST_NAME, "Proposal A", "Proposal B"]
    assert read.current == "Proposal A"
    for name, chart in scenarios:
        assert chart_state(read.chart(name)) == chart_state(chart), name
    # the command line and anything that reads one chart get the shown scenario
    assert set(load_orgchart(path).position_ids()) == {"ceo", "s0", "s1", "s2", "en1"}
    # saving what was read gives the same bytes
    assert dumps_scenarios(read) == path.read_text(encoding="utf-8")


def test_a_file_of_several_lists_them_each_with_its_name(tmp_path) -> None:
    document = json.loads(dumps_scenarios(three()))
    assert document["version"] == 3 and document["current"] == "Proposal A"
    assert [body["name"] for body in document["scenarios"]] == [
        FIRST_NAME,
        "Proposal A",
        "Proposal B",
    ]
    assert "positions" not in document  # the charts are in the list
    assert all("positions" in body for body in document["scenarios"])


def test_a_file_of_one_keeps_its_chart_at_the_top() -> None:
    document = json.loads(dumps_orgchart(as_is()))
    assert document["version"] == 3
    assert "scenarios" not in document and "scenario" not in document
    assert [p["id"] for p in document["positions"]] == ["ceo", "s0", "s1", "s2"]
    named = Scenarios(as_is(), "Today")
    document = json.loads(dumps_scenarios(named))
    assert document["scenario"] == "Today"
    assert loads_scenarios(json.dumps(document)).names() == ["Today"]


def test_a_version_2_file_opens_as_the_one_scenario_as_is() -> None:
    document = json.loads(dumps_orgchart(as_is()))
    document["version"] = 2
    document["scenarios"] = "a key version 2 did not know"
    scenarios = loads_scenarios(json.dumps(document), "old.orgchart")
    assert scenarios.names() == [FIRST_NAME]
    assert chart_state(scenarios.current_chart)["positions"] == chart_state(as_is())["positions"]
    # the unknown key is kept, out of the way of the new one
    kept = json.loads(dumps_scenarios(scenarios))
    assert kept["extra_v2"] == {"scenarios": "a key version 2 did not know"}
    assert "scenarios" not in kept


def test_unknown_top_level_keys_of_a_file_of_several_are_kept() -> None:
    document = json.loads(dumps_scenarios(three()))
    document["made_by"] = "another tool"
    again = json.loads(dumps_scenarios(loads_scenarios(json.dumps(document))))
    assert again["made_by"] == "another tool"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(scenarios=[]), "scenarios: must be a list of at least one"),
        (lambda d: d["scenarios"][1].pop("name"), "scenarios[1]: needs a name (text)"),
        (
            lambda d: d["scenarios"][2].update(name="Proposal A"),
            "scenarios: there is already a scenario named 'Proposal A'",
        ),
        (
            lambda d: d["scenarios"][2]["positions"][1].update(manager="nobody"),
            "scenario 'Proposal B': ",
        ),
    ],
)
def test_a_bad_file_of_several_names_the_scenario(change, message) -> None:
    document = json.loads(dumps_scenarios(three()))
    change(document)
    with pytest.raises(OrgchartFormatError) as caught:
        loads_scenarios(json.dumps(document), "/home/me/reorg.orgchart")
    assert str(caught.value).startswith(f"reorg.orgchart: {message}")


def test_the_position_limit_holds_for_each_scenario() -> None:
    text = dumps_scenarios(three())
    assert len(loads_scenarios(text, max_positions=5)) == 3
    with pytest.raises(OrgchartFormatError, match="more than 4"):
        loads_orgchart(text, "big.orgchart", max_positions=4)


def test_a_shown_scenario_no_scenario_has_falls_back_to_the_first() -> None:
    document = json.loads(dumps_scenarios(three()))
    document["current"] = "Gone"
    assert loads_scenarios(json.dumps(document)).current == FIRST_NAME
    document["current"] = "  Proposal   B "  # names are kept with single spaces
    assert loads_scenarios(json.dumps(document)).current == "Proposal B"


def test_unknown_fields_stay_when_a_file_goes_down_to_one_scenario() -> None:
    document = json.loads(dumps_scenarios(three()))
    document["made_by"] = "another tool"
    scenarios = loads_scenarios(json.dumps(document))
    scenarios.remove("Proposal A")
    scenarios.remove("Proposal B")
    assert json.loads(dumps_scenarios(scenarios))["made_by"] == "another tool"
