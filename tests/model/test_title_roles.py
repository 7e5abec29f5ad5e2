"""Roles remembered per title (ChartSettings.title_roles): the model, the file, the check."""

from __future__ import annotations

import json

import pytest

from orgeditor.cli import main
from orgeditor.io import read_chart
from orgeditor.io.errors import ChartFileError
from orgeditor.io.orgchart_format import dumps_orgchart, load_orgchart, save_orgchart
from orgeditor.model import (
    Chart,
    InvalidFieldError,
    Position,
    apply_title_roles,
    title_key,
    title_rows,
)


def chart_of(titles: list[str]) -> Chart:
    chart = Chart()
    chart.add_position(Position(id="top", name="Top", title="CEO"), None)
    for i, title in enumerate(titles):
        chart.add_position(Position(id=f"p{i}", name=f"Person {i}", title=title), "top")
    return chart


def test_title_key_is_lower_case_with_single_spaces() -> None:
    assert title_key("  Salgs  Konsulent\t") == "salgs konsulent"


def test_rows_list_uncertain_titles_first_then_by_count() -> None:
    # "Ninja": no word points anywhere; "SDR / BDR": one of two readings won
    chart = chart_of(["Salgskonsulent"] * 3 + ["Ninja"] + ["SDR / BDR"] * 2 + ["AE"] * 5)
    rows = title_rows(chart)
    assert [r.title for r in rows] == ["Ninja", "SDR / BDR", "AE", "Salgskonsulent", "CEO"]
    first = rows[0]
    assert first.uncertain and first.inferred == "other" and first.count == 1
    assert rows[1].uncertain and not rows[2].uncertain
    assert rows[3].reason and rows[3].ids == ("p0", "p1", "p2")


def test_apply_sets_only_positions_without_an_explicit_role() -> None:
    chart = chart_of(["Salgskonsulent", " salgskonsulent ", "Salgskonsulent", "AE"])
    chart.update_position("p2", explicit_role="sdr")
    chart.update_settings(title_roles={"salgskonsulent": "ae"})
    assert apply_title_roles(chart) == {"p0": "ae", "p1": "ae"}
    assert chart.position("p2").role == "sdr"
    assert apply_title_roles(chart) == {}  # nothing left to set


@pytest.mark.parametrize(
    "mapping",
    [{"salgskonsulent": "nonsense"}, {"Salgskonsulent": "ae"}, {"": "ae"}, ["ae"]],
)
def test_the_model_refuses_bad_mappings(mapping) -> None:
    chart = Chart()
    with pytest.raises(InvalidFieldError):
        chart.update_settings(title_roles=mapping)
    assert chart.settings.title_roles == {}


def test_the_mapping_is_copied_with_the_chart() -> None:
    chart = chart_of(["Salgskonsulent"])
    chart.update_settings(title_roles={"salgskonsulent": "ae"})
    copy = chart.copy()
    assert copy.settings.title_roles == {"salgskonsulent": "ae"}
    copy.settings.title_roles["x"] = "sdr"
    assert "x" not in chart.settings.title_roles


def test_the_mapping_is_saved_and_loaded(tmp_path) -> None:
    chart = chart_of(["Salgskonsulent"])
    chart.update_settings(title_roles={"salgskonsulent": "ae", "rådgiver": "sdr"})
    path = tmp_path / "chart.orgchart"
    save_orgchart(chart, path)
    assert json.loads(path.read_text("utf-8"))["settings"]["title_roles"] == {
        "rådgiver": "sdr",
        "salgskonsulent": "ae",
    }
    loaded = load_orgchart(path)
    assert loaded.settings.title_roles == {"salgskonsulent": "ae", "rådgiver": "sdr"}
    assert dumps_orgchart(loaded) == path.read_text("utf-8")  # the same bytes again


def test_a_hand_written_title_is_normalised_on_reading(tmp_path) -> None:
    document = json.loads(dumps_orgchart(chart_of(["Salgskonsulent"])))
    document["settings"]["title_roles"] = {"  SALGSKONSULENT ": "ae"}
    path = tmp_path / "hand.orgchart"
    path.write_text(json.dumps(document), "utf-8")
    assert load_orgchart(path).settings.title_roles == {"salgskonsulent": "ae"}


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"salgskonsulent": "nonsense"}, "settings.title_roles"),
        ({"salgskonsulent": 3}, "unknown role"),
        ({"Salgskonsulent": "ae", "salgskonsulent": "sdr"}, "another spelling"),
        ({" ": "ae"}, "must not be empty"),
        (["ae"], "must be an object"),
    ],
)
def test_the_file_schema_checks_the_mapping(tmp_path, mapping, message) -> None:
    document = json.loads(dumps_orgchart(chart_of(["Salgskonsulent"])))
    document["settings"]["title_roles"] = mapping
    path = tmp_path / "bad.orgchart"
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(ChartFileError, match=message):
        read_chart(path)


def test_check_uses_the_remembered_roles_of_an_orgchart(tmp_path, capsys) -> None:
    # "Rådgiver" reads as "other"; the chart remembers it as an account executive (a seller)
    chart = chart_of(["Rådgiver"] * 6)
    path = tmp_path / "before.orgchart"
    save_orgchart(chart, path)
    main(["check", str(path), "--format", "json", "--fail-on", "never"])
    before = json.loads(capsys.readouterr().out)["counts"]
    chart.update_settings(title_roles={"rådgiver": "ae"})  # remembered, not yet set on anyone
    assert all(p.explicit_role is None for p in chart.positions())
    path = tmp_path / "after.orgchart"
    save_orgchart(chart, path)
    main(["check", str(path), "--format", "json", "--fail-on", "never"])
    after = json.loads(capsys.readouterr().out)["counts"]
    assert (before["sellers"], after["sellers"]) == (0, 6)
