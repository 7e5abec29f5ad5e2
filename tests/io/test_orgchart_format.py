"""The native .orgchart format: lossless, deterministic, and strict about what it reads."""

from __future__ import annotations

import json
import os
import re

import pytest

from orgeditor.io import (
    FORMAT,
    VERSION,
    ChartFileError,
    OrgchartFormatError,
    dumps_orgchart,
    extra_keys,
    load_orgchart,
    loads_orgchart,
    read_chart,
    save_orgchart,
)
from orgeditor.model import (
    Chart,
    ChartSettings,
    ImportProblem,
    Position,
    Team,
    chart_state,
)


def full_chart() -> Chart:
    """A chart with every field of every part set to something other than its default."""
    chart = Chart(
        ChartSettings(
            name="Salg Norge 2026",
            declared_model="pod",
            industry="Banking",
            rule_overrides={
                "span.too_wide": {"span_max": 8, "severity": "info"},
                "model.island_scale": {"enabled": False},
            },
            auto_layout=False,
        )
    )
    chart.add_team(
        Team("pod-1", "Pod Øst", "pod", "pod", "Øst", "Platform", "Enterprise", "Finance")
    )
    chart.add_team(Team("ops", "Sales Ops", "operations"))
    chart.add_position(
        Position(
            "ceo",
            "Kari Nordmann",
            "Daglig leder",
            explicit_role="executive",
            cost=2_500_000.5,
            location="Oslo",
            custom={"Employee no": "0001", "note": "«founder»"},
            xy=(10.5, -20.0),
        )
    )
    chart.add_position(Position("vp", "Ola", "VP Sales", region="Nordics"), "ceo")
    chart.add_position(
        Position(
            "sdr-1",
            "",
            "SDR",
            explicit_role="sdr",
            status="vacant",
            region="Øst",
            product_line="Platform",
            customer_size="Enterprise",
            vertical="Finance",
            team="pod-1",
            cost=550000,
            location="Oslo",
        ),
        "vp",
    )
    chart.add_position(Position("ae-1", "Åse", "AE", status="planned", team="pod-1"), "vp", 0)
    chart.add_position(Position("ops-1", "Per", "Sales Ops Analyst", team="ops"), "ceo")
    chart.add_position(Position("consultant", "Liv", "Consultant", xy=(300.0, 40.25)))
    chart.add_dotted_line("ops-1", "ae-1")
    chart.add_dotted_line("vp", "consultant")
    chart.import_problems = [
        ImportProblem("duplicate_id", "staff.csv, row 4: id '5' is used again", ("5", "5~2"), 4),
        ImportProblem("unknown_manager", "staff.csv, row 9: ...", ("x",), 9, reference="Boss"),
        ImportProblem("cycle", "staff.csv, row 2: cycle", ("a", "b"), 2),
    ]
    return chart


def test_full_chart_round_trip(tmp_path) -> None:
    chart = full_chart()
    path = tmp_path / "plan.orgchart"
    save_orgchart(chart, path)
    loaded = load_orgchart(path)
    assert chart_state(loaded) == chart_state(chart)
    # spot checks on the loaded model, not only on the state
    assert loaded.position("ceo").xy == (10.5, -20.0)
    assert loaded.position("ceo").custom["note"] == "«founder»"
    assert loaded.reports_of("vp") == ["ae-1", "sdr-1"]
    assert loaded.roots() == ["ceo", "consultant"]
    assert loaded.team_members("pod-1") == ["ae-1", "sdr-1"]
    assert loaded.team("pod-1").declared_model == "pod"
    assert loaded.settings.rule_overrides["span.too_wide"] == {"span_max": 8, "severity": "info"}
    assert loaded.settings.auto_layout is False
    assert loaded.import_problems == chart.import_problems
    assert sorted(loaded.dotted_lines()) == [("ops-1", "ae-1"), ("vp", "consultant")]
    assert loaded.position("sdr-1").role == "sdr" and loaded.position("ae-1").status == "planned"


def test_text_is_deterministic_and_readable(tmp_path) -> None:
    chart = full_chart()
    text = dumps_orgchart(chart)
    assert dumps_orgchart(chart) == text
    assert dumps_orgchart(loads_orgchart(text, "x.orgchart")) == text
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "«founder»" in text and "Øst" in text  # not \u-escaped
    assert text.startswith('{\n  "dotted_lines": [')  # sorted keys, two-space indent
    document = json.loads(text)
    assert (document["format"], document["version"]) == (FORMAT, VERSION) == ("orgeditor.chart", 3)
    assert document["positions"][0]["custom"] == [["Employee no", "0001"], ["note", "«founder»"]]
    assert [p["id"] for p in document["positions"]] == [
        "ceo",
        "vp",
        "ae-1",
        "sdr-1",
        "ops-1",
        "consultant",
    ]
    path = tmp_path / "a.orgchart"
    save_orgchart(chart, path)
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    "name", ["northwind_employees.csv", "softuni_employees.csv", "drawio_orgchart_example.txt"]
)
def test_real_files_round_trip(data_dir, tmp_path, name: str) -> None:
    chart, _ = read_chart(data_dir / name)
    path = tmp_path / "real.orgchart"
    save_orgchart(chart, path)
    loaded, problems = read_chart(path)
    assert problems == []
    assert chart_state(loaded) == chart_state(chart)
    assert dumps_orgchart(loaded) == path.read_text(encoding="utf-8")


def test_import_problems_survive_saving(tmp_path, import_text) -> None:
    chart, problems = import_text("id,name,manager_id\n1,A,9\n1,B,\n")
    save_orgchart(chart, tmp_path / "p.orgchart")
    assert load_orgchart(tmp_path / "p.orgchart").import_problems == problems


def test_save_is_atomic_and_leaves_no_temporary_file(tmp_path, monkeypatch) -> None:
    path = tmp_path / "plan.orgchart"
    path.write_text("old content", encoding="utf-8")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    message = re.escape("plan.orgchart: could not save: the disk is full")
    with pytest.raises(ChartFileError, match=message):
        save_orgchart(full_chart(), path)
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.orgchart"]
    save_orgchart(full_chart(), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.orgchart"]


def test_save_refuses_nan(tmp_path) -> None:
    chart = Chart()
    chart.add_position(Position("a"))
    chart.position("a").cost = float("nan")  # past the model's own check, which refuses it
    with pytest.raises(ChartFileError, match="could not save"):
        save_orgchart(chart, tmp_path / "nan.orgchart")
    assert not (tmp_path / "nan.orgchart").exists()


def test_save_refuses_text_that_is_not_unicode(tmp_path) -> None:
    chart = Chart()
    chart.add_position(Position("a", name="Ola \ud800"))
    with pytest.raises(ChartFileError, match="not valid Unicode"):
        save_orgchart(chart, tmp_path / "bad.orgchart")
    assert list(tmp_path.iterdir()) == []  # no temporary file left either


def test_unknown_top_level_keys_are_kept() -> None:
    document = json.loads(dumps_orgchart(full_chart()))
    document["layout_cache"] = {"ceo": [1, 2]}
    chart = loads_orgchart(json.dumps(document), "x.orgchart")
    assert chart.extra == extra_keys(chart) == {"layout_cache": {"ceo": [1, 2]}}
    assert json.loads(dumps_orgchart(chart))["layout_cache"] == {"ceo": [1, 2]}
    assert json.loads(dumps_orgchart(chart.copy()))["layout_cache"] == {"ceo": [1, 2]}


def test_minimal_hand_written_file() -> None:
    chart = loads_orgchart(
        '{"format": "orgeditor.chart", "version": 1, "positions": ['
        '{"id": "b", "name": "Bo", "manager": "a"}, {"id": "a", "title": "CEO"}]}',
        "hand.orgchart",
    )
    assert chart.roots() == ["a"] and chart.reports_of("a") == ["b"]
    assert chart.position("b").status == "filled" and chart.position("a").title == "CEO"


# ----- what the reader refuses ----------------------------------------------------------------


def _doc(**changes: object) -> str:
    document = json.loads(dumps_orgchart(full_chart()))
    document.update(changes)
    return json.dumps(document, indent=2)


def _position_doc(index: int, **changes: object) -> str:
    document = json.loads(dumps_orgchart(full_chart()))
    document["positions"][index].update(changes)
    return json.dumps(document)


def _error(text: str) -> OrgchartFormatError:
    with pytest.raises(OrgchartFormatError) as caught:
        loads_orgchart(text, "/home/me/plan.orgchart")
    assert isinstance(caught.value, ChartFileError)
    return caught.value


def test_malformed_json_names_line_and_column() -> None:
    error = _error('{\n  "format": "orgeditor.chart",\n  "version": 1\n  "positions": []\n}\n')
    assert str(error) == "plan.orgchart, line 4, column 3: not valid JSON: Expecting ',' delimiter"
    assert (error.row, error.column) == (4, 3)


def test_empty_file() -> None:
    assert str(_error("")) == "plan.orgchart: the file is empty"


def test_nan_is_not_json() -> None:
    assert "not valid JSON" in str(_error('{"format": "orgeditor.chart", "cost": NaN}'))


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "something else", "positions": []}',
        '{"format": "drawio", "version": 1}',
        "[1, 2, 3]",
        '"orgeditor.chart"',
    ],
)
def test_foreign_json(text: str) -> None:
    assert str(_error(text)) == (
        'plan.orgchart: not an orgeditor chart (no "format": "orgeditor.chart" in it)'
    )


def test_newer_version() -> None:
    assert str(_error(_doc(version=4))) == (
        "plan.orgchart: made by a newer version of orgeditor (format version 4); "
        "this version reads up to 3"
    )


@pytest.mark.parametrize("version", [0, "1", None, True, 1.5])
def test_bad_version(version: object) -> None:
    assert "version: must be a whole number" in str(_error(_doc(version=version)))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"format": "orgeditor.chart", "version": 1}', "missing 'positions'"),
        (_doc(positions={}), "positions: must be a list, not an object"),
        (_doc(teams="none"), "teams: must be a list, not a text"),
        (_doc(settings=[]), "settings: must be an object, not a list"),
        (
            _doc(settings={"declared_model": "tribe"}),
            "settings.declared_model: must be one of assembly_line, pod, island, not 'tribe'",
        ),
        (_doc(settings={"auto_layout": "yes"}), "settings.auto_layout: must be true or false"),
        (
            _doc(settings={"rule_overrides": {"span.too_wide": 8}}),
            "settings.rule_overrides.span.too_wide: must be an object, not a number",
        ),
        (
            _position_doc(3, status="open"),
            "positions[3].status: must be one of filled, vacant, planned, not 'open'",
        ),
        (_position_doc(1, id=""), "positions[1].id: must be a non-empty text, not ''"),
        (_position_doc(1, id=7), "positions[1].id: must be a non-empty text, not 7"),
        (_position_doc(2, id="ceo"), "positions[2].id: 'ceo' is used twice (also positions[0])"),
        (_position_doc(2, manager="nobody"), "positions[2].manager: no position with id 'nobody'"),
        (
            _position_doc(0, manager="sdr-1"),
            "positions: reporting lines form a cycle: ceo → sdr-1 → vp → ceo",
        ),
        (
            _position_doc(4, manager="ops-1"),
            "positions: reporting lines form a cycle: ops-1 → ops-1",
        ),
        (_position_doc(0, cost="85 000"), "positions[0].cost: must be a number or null"),
        (_position_doc(0, cost=True), "positions[0].cost: must be a number or null"),
        (_position_doc(0, name=None), "positions[0].name: must be a text, not None"),
        (
            _position_doc(0, custom={"a": "b"}),
            "positions[0].custom: must be a list of [name, value] pairs, not an object",
        ),
        (
            _position_doc(0, custom=[["a", 1]]),
            "positions[0].custom[0]: must be a [name, value] pair of texts",
        ),
        (
            _position_doc(0, custom=[["a", "b", "c"]]),
            "positions[0].custom[0]: must be a [name, value] pair of texts",
        ),
        (_position_doc(0, custom=["a"]), "positions[0].custom[0]: must be a [name, value] pair"),
        (
            _position_doc(0, custom=[["Quota", "1"], ["Desk", "A"], ["Quota", "2"]]),
            "positions[0].custom[2]: 'Quota' is used twice (also positions[0].custom[0])",
        ),
        (_position_doc(0, xy=[1]), "positions[0].xy: must be [x, y] or null, not [1]"),
        (_position_doc(0, explicit_role="wizard"), "positions[0].explicit_role: must be one of"),
        (_position_doc(0, team="pod-9"), "positions[0].team: no team with id 'pod-9'"),
        (_doc(positions=[{"name": "A"}]), "positions[0]: missing 'id'"),
        (_doc(positions=["a"]), "positions[0]: must be an object, not a text"),
        (
            _doc(teams=[{"id": "t", "kind": "tribe"}], positions=[]),
            "teams[0].kind: must be one of pod, stage, enablement, operations, other, not 'tribe'",
        ),
        (
            _doc(teams=[{"id": "t"}, {"id": "t"}], positions=[]),
            "teams[1].id: 't' is used twice (also teams[0])",
        ),
        (_doc(dotted_lines=[["ceo", "ghost"]]), "dotted_lines[0]: no position with id 'ghost'"),
        (_doc(dotted_lines=[["ceo"]]), "dotted_lines[0]: must be a pair of position ids"),
        (_doc(dotted_lines=[["vp", "vp"]]), "dotted_lines[0]: 'vp' cannot have a dotted line"),
        (
            _doc(import_problems=[{"kind": "typo", "message": "m"}]),
            "import_problems[0].kind: must be one of duplicate_id, unknown_manager, cycle",
        ),
        (_doc(import_problems=[{"kind": "cycle"}]), "import_problems[0]: missing 'message'"),
        (
            _doc(import_problems=[{"kind": "cycle", "message": "m", "row": "7"}]),
            "import_problems[0].row: must be a whole number or null, not '7'",
        ),
    ],
)
def test_structural_errors_name_what_is_wrong(text: str, message: str) -> None:
    error = str(_error(text))
    assert error.startswith(f"plan.orgchart: {message}"), error


def test_not_utf8(tmp_path) -> None:
    path = tmp_path / "latin.orgchart"
    path.write_bytes('{"format": "orgeditor.chart", "name": "Bjørn"}'.encode("cp1252"))
    with pytest.raises(ChartFileError, match=re.escape("latin.orgchart: not an orgeditor chart")):
        load_orgchart(path)
