""".orgchart versions: the 1 -> 2 migration (custom fields keep their order), the chain of
one-step migrations, and what happens to files from versions this orgeditor cannot read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgeditor.io import (
    ChartFileError,
    OrgchartFormatError,
    dumps_orgchart,
    load_orgchart,
    loads_orgchart,
    orgchart_format,
    save_orgchart,
)
from orgeditor.model import Chart, ChartSettings, ImportProblem, Position, Team, chart_state

# written by the previous release (format version 1) from v1_chart() below, after it had read
# a file with the unknown top-level key "layout_cache"
V1_FILE = Path(__file__).parent / "data" / "v1_chart.orgchart"


def v1_chart() -> Chart:
    chart = Chart(
        ChartSettings(
            name="Salg Vest",
            declared_model="pod",
            industry="Retail",
            rule_overrides={"span.too_wide": {"span_max": 9}},
            auto_layout=False,
            layout="wide",  # saved before the compact layout: opens as it looked
        )
    )
    chart.add_team(
        Team("pod-1", "Pod Bergen", "pod", "pod", "Vest", "Cloud", "Mid-market", "Retail")
    )
    chart.add_position(
        Position(
            "ceo",
            "Kari Nordmann",
            "Daglig leder",
            explicit_role="executive",
            cost=2_000_000,
            location="Bergen",
            # version 1 wrote custom fields in name order: that is the order they come back in
            custom={"Desk": "A1", "Employee no": "0001", "Start date": "2019-03-01"},
            xy=(12.5, -4.0),
        )
    )
    chart.add_position(
        Position(
            "ae-1",
            "Åse",
            "Account Executive",
            team="pod-1",
            region="Vest",
            custom={"Employee no": "0042", "Quota": "4 MNOK"},
        ),
        "ceo",
    )
    chart.add_position(
        Position("sdr-1", "", "SDR", status="vacant", team="pod-1", cost=550000.5), "ceo"
    )
    chart.add_position(Position("ops-1", "Per", "Sales Ops Analyst"), "ceo")
    chart.add_dotted_line("ops-1", "ae-1")
    chart.import_problems = [
        ImportProblem(
            "unknown_manager",
            "staff.csv, row 6: manager 'Boss' is not in the file",
            ("sdr-1",),
            6,
            reference="Boss",
        )
    ]
    chart.extra = {"layout_cache": {"ceo": [0, 0]}}
    return chart


def custom_orders(chart: Chart) -> dict[str, list[str]]:
    return {p.id: list(p.custom) for p in chart.positions()}


def test_the_fixture_is_a_version_1_file() -> None:
    document = json.loads(V1_FILE.read_text(encoding="utf-8"))
    assert document["version"] == 1
    assert document["positions"][0]["custom"] == {
        "Desk": "A1",
        "Employee no": "0001",
        "Start date": "2019-03-01",
    }


def test_a_version_1_file_loads_exactly(tmp_path) -> None:
    before = V1_FILE.read_bytes()
    chart = load_orgchart(V1_FILE)
    assert V1_FILE.read_bytes() == before  # reading never writes
    expected = v1_chart()
    assert chart_state(chart) == chart_state(expected)
    assert custom_orders(chart) == custom_orders(expected)
    assert chart.extra == {"layout_cache": {"ceo": [0, 0]}}
    # saved again, it is a version-2 file that reads back the same, byte-stable
    text = dumps_orgchart(chart)
    document = json.loads(text)
    assert document["version"] == 3
    assert document["positions"][1]["custom"] == [["Employee no", "0042"], ["Quota", "4 MNOK"]]
    assert document["layout_cache"] == {"ceo": [0, 0]}
    again = loads_orgchart(text, "again.orgchart")
    assert chart_state(again) == chart_state(expected)
    assert dumps_orgchart(again) == text


def test_version_1_custom_fields_keep_the_order_of_the_object() -> None:
    chart = loads_orgchart(
        '{"format": "orgeditor.chart", "version": 1, "positions": [{"id": "a", "custom": '
        '{"Zeta": "z", "Alpha": "a", "Mid": ""}}]}',
        "hand.orgchart",
    )
    assert list(chart.position("a").custom.items()) == [("Zeta", "z"), ("Alpha", "a"), ("Mid", "")]
    written = json.loads(dumps_orgchart(chart))["positions"][0]["custom"]
    assert written == [["Zeta", "z"], ["Alpha", "a"], ["Mid", ""]]


def test_custom_field_order_survives_saving(tmp_path) -> None:
    chart = Chart()
    chart.add_position(Position("a", custom={"Start date": "2020", "Quota": "4", "Desk": "B2"}))
    chart.add_position(Position("b", custom={"Quota": "1", "Start date": "2021"}), "a")
    path = tmp_path / "order.orgchart"
    save_orgchart(chart, path)
    first = path.read_bytes()
    loaded = load_orgchart(path)
    assert custom_orders(loaded) == {
        "a": ["Start date", "Quota", "Desk"],
        "b": ["Quota", "Start date"],
    }
    save_orgchart(loaded, path)
    assert path.read_bytes() == first  # an unchanged chart saves to the same bytes


def test_csv_column_order_survives_a_save(tmp_path, import_text) -> None:
    chart, _ = import_text("id,name,Zeta,Alpha,Start date\n1,Ann,z,a,2020\n2,Bo,,b,2021\n")
    assert list(chart.position("1").custom) == ["Zeta", "Alpha", "Start date"]
    save_orgchart(chart, tmp_path / "staff.orgchart")
    loaded = load_orgchart(tmp_path / "staff.orgchart")
    assert custom_orders(loaded) == custom_orders(chart)
    assert list(loaded.position("1").custom) == ["Zeta", "Alpha", "Start date"]


def test_every_older_version_has_a_migration() -> None:
    assert sorted(orgchart_format.MIGRATIONS) == list(range(1, orgchart_format.VERSION))


# ----- the chain ------------------------------------------------------------------------------


@pytest.fixture
def version_3(monkeypatch) -> list[int]:
    """A pretend version 3 whose step 2 -> 3 upper-cases titles; returns the steps run."""
    steps: list[int] = []
    to_2 = orgchart_format.MIGRATIONS[1]

    def step_1(document: dict) -> dict:
        steps.append(1)
        return to_2(document)

    def step_2(document: dict) -> dict:
        steps.append(2)
        assert isinstance(document["positions"][0]["custom"], list)  # step 1 ran first
        for position in document["positions"]:
            position["title"] = position.get("title", "").upper()
        return document

    monkeypatch.setattr(orgchart_format, "VERSION", 3)
    monkeypatch.setitem(orgchart_format.MIGRATIONS, 1, step_1)
    monkeypatch.setitem(orgchart_format.MIGRATIONS, 2, step_2)
    return steps


V1_TEXT = (
    '{"format": "orgeditor.chart", "version": 1, "positions": '
    '[{"id": "a", "title": "ceo", "custom": {"b": "2", "a": "1"}}]}'
)


def test_a_version_1_file_goes_through_every_step(version_3: list[int]) -> None:
    chart = loads_orgchart(V1_TEXT, "old.orgchart")
    assert version_3 == [1, 2]
    assert chart.position("a").title == "CEO"
    assert list(chart.position("a").custom) == ["b", "a"]
    assert json.loads(dumps_orgchart(chart))["version"] == 3


def test_a_file_runs_only_the_steps_it_needs(version_3: list[int]) -> None:
    v2 = V1_TEXT.replace('"version": 1', '"version": 2').replace(
        '{"b": "2", "a": "1"}', '[["b", "2"]]'
    )
    assert loads_orgchart(v2).position("a").title == "CEO"
    assert version_3 == [2]
    version_3.clear()
    v3 = v2.replace('"version": 2', '"version": 3')
    assert loads_orgchart(v3).position("a").title == "ceo"
    assert version_3 == []


def test_a_missing_step_is_a_clear_error(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(orgchart_format, "VERSION", 4)
    path = tmp_path / "old.orgchart"
    path.write_text(V1_TEXT, encoding="utf-8")
    with pytest.raises(OrgchartFormatError) as caught:
        load_orgchart(path)
    assert str(caught.value) == (
        "old.orgchart: cannot upgrade format version 3 to 4: no migration for it"
    )
    assert path.read_text(encoding="utf-8") == V1_TEXT


def test_a_failing_step_is_a_message_not_a_traceback(monkeypatch) -> None:
    def broken(document: dict) -> dict:
        return {**document, "teams": document["teams_v1"]}

    monkeypatch.setitem(orgchart_format.MIGRATIONS, 1, broken)
    with pytest.raises(ChartFileError) as caught:
        loads_orgchart(V1_TEXT, "old.orgchart")
    assert str(caught.value) == "old.orgchart: cannot upgrade format version 1 to 2: 'teams_v1'"


def test_a_newer_file_is_refused_and_left_alone(tmp_path) -> None:
    path = tmp_path / "new.orgchart"
    text = V1_TEXT.replace('"version": 1', '"version": 7')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OrgchartFormatError) as caught:
        load_orgchart(path)
    assert str(caught.value) == (
        "new.orgchart: made by a newer version of orgeditor (format version 7); "
        "this version reads up to 3"
    )
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    ("positions", "message"),
    [
        ('[{"id": "a", "custom": {"n": 1}}]', "positions[0].custom[0]: must be a [name, value]"),
        ('[{"id": "a", "custom": 5}]', "positions[0].custom: must be a list of [name, value]"),
        ('[{"id": "a", "custom": null}]', "positions[0].custom: must be a list"),
        ('["a"]', "positions[0]: must be an object, not a text"),
        ('{"a": {}}', "positions: must be a list, not an object"),
    ],
)
def test_damaged_version_1_files_get_a_message(positions: str, message: str) -> None:
    text = f'{{"format": "orgeditor.chart", "version": 1, "positions": {positions}}}'
    with pytest.raises(OrgchartFormatError) as caught:
        loads_orgchart(text, "old.orgchart")
    assert str(caught.value).startswith(f"old.orgchart: {message}")
