"""Fields this version of the .orgchart format does not know survive a load and a save, at
every level, inside the model (not beside it); known fields stay strictly checked."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_orgchart_format import full_chart

from orgeditor.io import (
    WRITABLE_SUFFIXES,
    ChartFileError,
    OrgchartFormatError,
    dumps_orgchart,
    load_orgchart,
    loads_orgchart,
    read_chart,
    save_orgchart,
    write_chart,
)
from orgeditor.io.orgchart_schema import (
    POSITION_FILE_KEYS,
    PROBLEM_KEYS,
    SETTINGS_KEYS,
    TOP_KEYS,
)
from orgeditor.model import Chart, ChartSettings, ImportProblem, Position, Team, chart_state
from orgeditor.model.state import TEAM_KEYS


def document_with_unknown_fields() -> dict:
    """full_chart() as a file, with fields a newer orgeditor might write at every level."""
    document = json.loads(dumps_orgchart(full_chart()))
    document["layout_cache"] = {"ceo": [1, 2], "zoom": 1.5}
    document["extra"] = "a top-level field named like the model's attribute"
    document["settings"]["theme"] = {"dark": True, "accent": None}
    ceo = document["positions"][0]
    ceo["hr_id"] = "E-17"
    ceo["titel"] = "a typo is kept too, and the real title still counts"
    ceo["extra"] = ["named like the model's attribute"]
    document["positions"][3]["notes"] = [1, {"a": None}, "ø"]
    document["teams"][0]["colour"] = "#ff0000"
    document["import_problems"][1]["severity"] = "high"
    return document


def test_unknown_fields_at_every_level_are_kept_in_the_model(tmp_path) -> None:
    document = document_with_unknown_fields()
    path = tmp_path / "newer.orgchart"
    path.write_text(json.dumps(document), encoding="utf-8")
    chart = load_orgchart(path)
    assert chart.extra == {
        "layout_cache": {"ceo": [1, 2], "zoom": 1.5},
        "extra": "a top-level field named like the model's attribute",
    }
    assert chart.settings.extra == {"theme": {"dark": True, "accent": None}}
    assert chart.position("ceo").extra == {
        "hr_id": "E-17",
        "titel": "a typo is kept too, and the real title still counts",
        "extra": ["named like the model's attribute"],
    }
    assert chart.position("ceo").title == "Daglig leder"
    sdr = document["positions"][3]["id"]
    assert chart.position(sdr).extra == {"notes": [1, {"a": None}, "ø"]}
    assert chart.team("pod-1").extra == {"colour": "#ff0000"}
    assert chart.import_problems[1].extra == {"severity": "high"}
    assert chart.import_problems[0].extra == {}
    # and written back exactly where they were
    save_orgchart(chart, path)
    assert json.loads(path.read_text(encoding="utf-8")) == document
    first = path.read_bytes()
    save_orgchart(load_orgchart(path), path)
    assert path.read_bytes() == first


def test_unknown_fields_are_part_of_the_chart_state() -> None:
    chart = loads_orgchart(json.dumps(document_with_unknown_fields()))
    plain = full_chart()
    assert chart_state(chart) != chart_state(plain)
    state = chart_state(chart)
    assert state["extra"]["layout_cache"] == {"ceo": [1, 2], "zoom": 1.5}
    assert state["teams"][0]["extra"] == {"colour": "#ff0000"}
    for level in (state, state["settings"], *state["positions"], *state["teams"]):
        level["extra"] = {}
    for problem in state["import_problems"]:
        problem["extra"] = {}
    assert state == chart_state(plain)  # nothing else differs


def test_a_copy_of_the_chart_keeps_them() -> None:
    chart = loads_orgchart(json.dumps(document_with_unknown_fields()))
    copy = chart.copy()
    assert chart_state(copy) == chart_state(chart)
    assert dumps_orgchart(copy) == dumps_orgchart(chart)
    copy.extra["layout_cache"]["ceo"].append(3)  # deep copies: the original is not touched
    copy.position("ceo").extra["hr_id"] = "changed"
    copy.settings.extra["theme"]["dark"] = False
    assert chart.extra["layout_cache"]["ceo"] == [1, 2]
    assert chart.position("ceo").extra["hr_id"] == "E-17"
    assert chart.settings.extra["theme"]["dark"] is True


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["positions"][0].update(hr_id=1, status="open"), "positions[0].status"),
        (lambda d: d["teams"][0].update(colour=[], kind="tribe"), "teams[0].kind"),
        (lambda d: d["settings"].update(theme=1, auto_layout="yes"), "settings.auto_layout"),
        (
            lambda d: d["import_problems"][0].update(severity=2, row="7"),
            "import_problems[0].row",
        ),
        (lambda d: d.update(layout_cache=[], teams={}), "teams: must be a list"),
    ],
)
def test_known_fields_beside_unknown_ones_are_still_checked(change, message: str) -> None:
    document = json.loads(dumps_orgchart(full_chart()))
    change(document)
    with pytest.raises(OrgchartFormatError) as caught:
        loads_orgchart(json.dumps(document), "plan.orgchart")
    assert str(caught.value).startswith(f"plan.orgchart: {message}")


def test_field_names_differing_only_in_case_are_unknown_not_known() -> None:
    document = json.loads(dumps_orgchart(full_chart()))
    document["positions"][0]["Name"] = 42  # not a text: it would fail if read as "name"
    chart = loads_orgchart(json.dumps(document))
    assert chart.position("ceo").name == "Kari Nordmann"
    assert chart.position("ceo").extra == {"Name": 42}


@pytest.mark.parametrize(
    ("where", "name"),
    [
        ("chart", "version"),
        ("chart", "positions"),
        ("settings", "name"),
        ("position", "title"),
        ("position", "manager"),
        ("team", "kind"),
        ("problem", "message"),
    ],
)
def test_an_unknown_field_cannot_shadow_a_known_one(tmp_path, where: str, name: str) -> None:
    """Only code can make such a chart (a file's unknown fields are unknown by definition);
    saving it is refused rather than writing a file whose known field is overwritten."""
    chart = full_chart()
    owner = {
        "chart": chart,
        "settings": chart.settings,
        "position": chart.position("ceo"),
        "team": chart.team("pod-1"),
    }.get(where)
    if owner is None:
        problem = chart.import_problems[0]
        chart.import_problems[0] = ImportProblem(
            problem.kind, problem.message, problem.position_ids, problem.row, extra={name: "x"}
        )
    else:
        owner.extra[name] = "x"
    path = tmp_path / "plan.orgchart"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(ChartFileError, match=re.escape(f"unknown field {name!r} has the name")):
        save_orgchart(chart, path)
    assert path.read_text(encoding="utf-8") == "old"


def test_a_value_json_cannot_hold_is_a_save_error(tmp_path) -> None:
    chart = Chart()
    chart.add_position(Position("a", extra={"tags": {"a", "b"}}))
    with pytest.raises(ChartFileError, match=r"plan\.orgchart: could not save: .*not JSON"):
        save_orgchart(chart, tmp_path / "plan.orgchart")


@pytest.mark.parametrize("suffix", [s for s in WRITABLE_SUFFIXES if s != ".orgchart"])
def test_exports_do_not_carry_them(tmp_path, suffix: str) -> None:
    """CSV and GraphML are documented not to carry settings and the like; unknown .orgchart
    fields are among those things: the rest of the chart comes back as without them."""
    chart = loads_orgchart(json.dumps(document_with_unknown_fields()))
    path = tmp_path / f"export{suffix}"
    write_chart(chart, path)
    back, _ = read_chart(path)
    assert back.extra == {} and all(p.extra == {} for p in back.positions())
    assert all(t.extra == {} for t in back.teams())
    write_chart(full_chart(), tmp_path / f"plain{suffix}")
    plain, _ = read_chart(tmp_path / f"plain{suffix}")
    assert chart_state(back) == chart_state(plain)


# ----- property: any unknown fields with any JSON values, custom fields in any order ----------

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)


def _extras(known: tuple[str, ...]) -> st.SearchStrategy[dict]:
    names = st.text(max_size=8).filter(lambda name: name not in known)
    return st.dictionaries(names, _JSON, max_size=3)


@st.composite
def charts(draw: st.DrawFn) -> Chart:
    chart = Chart(ChartSettings(name=draw(st.text(max_size=5)), extra=draw(_extras(SETTINGS_KEYS))))
    chart.extra = draw(_extras(TOP_KEYS))
    chart.add_team(Team("t", "Team", extra=draw(_extras(TEAM_KEYS))))
    for i in range(draw(st.integers(1, 4))):
        names = draw(st.lists(st.text(max_size=6), unique=True, max_size=4))
        custom = {name: draw(st.text(max_size=4)) for name in names}
        extra = draw(_extras(POSITION_FILE_KEYS))
        manager = f"p{draw(st.integers(0, i - 1))}" if i and draw(st.booleans()) else None
        chart.add_position(Position(f"p{i}", team="t", custom=custom, extra=extra), manager)
    chart.import_problems = [
        ImportProblem("cycle", "m", ("p0",), extra=draw(_extras(PROBLEM_KEYS)))
        for _ in range(draw(st.integers(0, 2)))
    ]
    return chart


@settings(deadline=None, max_examples=60)
@given(chart=charts())
def test_any_unknown_fields_and_custom_order_round_trip(chart: Chart) -> None:
    text = dumps_orgchart(chart)
    back = loads_orgchart(text)
    assert chart_state(back) == chart_state(chart)
    orders = {p.id: list(p.custom) for p in chart.positions()}
    assert {p.id: list(p.custom) for p in back.positions()} == orders
    assert dumps_orgchart(back) == text
