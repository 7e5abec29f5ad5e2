""".orgchart files JSON can hold but a saved chart cannot: numbers beyond a float, lone
surrogates, values nested hundreds of levels deep. Each used to open and then fail every save
(or raise OverflowError / RecursionError out of the reader); now the reader refuses it with a
message naming the place, and whatever it does open can be saved again.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import orgeditor.io.json_guard as json_guard
import orgeditor.io.orgchart_format as orgchart_format
from orgeditor.io import OrgchartFormatError, dumps_orgchart, load_orgchart, loads_orgchart
from orgeditor.io.json_guard import MAX_DEPTH
from orgeditor.model import chart_state


def text_of(position: str = '{"id": "a"}', top: str = "", version: int = 2) -> str:
    """A one-position file, the position (and extra top-level members) written by hand."""
    return (
        f'{{"format": "orgeditor.chart", "version": {version}, {top}'
        f'"positions": [{{"id": "root"}}, {position}]}}'
    )


def refused(text: str) -> str:
    """The message (after the file name) loads_orgchart refuses `text` with."""
    with pytest.raises(OrgchartFormatError) as caught:
        loads_orgchart(text, "hand.orgchart")
    assert str(caught.value).startswith("hand.orgchart: ")
    return caught.value.detail


def saves_again(text: str) -> None:
    """The text opens, saves, and opens again to the same chart."""
    chart = loads_orgchart(text)
    back = loads_orgchart(dumps_orgchart(chart))
    assert chart_state(back) == chart_state(chart)


# ----- numbers too large for a float --------------------------------------------------------

TOO_LARGE = "a number too large to hold (beyond ±1.8e308)"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (text_of('{"id": "a", "future_score": 1e400}'), "positions[1].future_score"),
        (text_of('{"id": "a", "future": [0, {"k": -1e400}]}'), "positions[1].future[1].k"),
        (text_of(top='"zoom": 1e400, '), "zoom"),
        (text_of(top='"settings": {"zoom": 2e308}, '), "settings.zoom"),
        (text_of(top='"teams": [{"id": "t", "weight": 1e999}], '), "teams[0].weight"),
        (text_of(top='"odd key": 1.5e309, '), '["odd key"]'),
        (text_of('{"id": "a", "cost": 1E+400}'), "positions[1].cost"),
        (text_of('{"id": "a", "xy": [0.5, -1e400]}'), "positions[1].xy[1]"),
    ],
)
def test_a_number_beyond_a_float_is_refused_naming_its_place(text: str, place: str) -> None:
    assert refused(text) == f"{place}: {TOO_LARGE}"


@pytest.mark.parametrize("field", ['"xy": [1' + "0" * 400 + ", 0]", '"cost": -1' + "0" * 400])
def test_a_whole_number_beyond_a_float_is_refused_where_the_model_needs_a_float(
    field: str,
) -> None:
    """float() of it raised OverflowError out of the reader (xy), or the chart held an int no
    cost figure could use."""
    detail = refused(text_of(f'{{"id": "a", {field}}}'))
    name = field.split('"')[1]
    assert detail.startswith(f"positions[1].{name}: must be ") and "…" in detail
    assert len(detail) < 120  # the 400 digits are clipped


def test_numbers_a_float_holds_still_load_and_save() -> None:
    """Within the ranges of io/limits.py (costs and places beyond them: test_hostile_input)."""
    big = "1" + "0" * 400  # an unknown field may hold any whole number JSON can
    text = text_of(f'{{"id": "a", "cost": -1e15, "xy": [1e-400, -1e8], "serial": {big}}}')
    saves_again(text)
    position = loads_orgchart(text).position("a")
    assert (position.cost, position.xy, position.extra) == (
        -1e15,
        (0.0, -1e8),
        {"serial": int(big)},
    )


# ----- text that is not valid Unicode ---------------------------------------------------------


NOT_UNICODE = "text that is not valid Unicode"


@pytest.mark.parametrize(
    ("position", "top", "detail"),
    [
        (
            '{"id": "a", "name": "Ann \\ud800"}',
            "",
            f"positions[1].name: {NOT_UNICODE} (a lone \\ud800)",
        ),
        (
            '{"id": "a", "note": ["x", "\\uDBFF"]}',
            "",
            f"positions[1].note[1]: {NOT_UNICODE} (a lone \\udbff)",
        ),
        (
            '{"id": "a", "note": "\\udc00 low"}',
            "",
            f"positions[1].note: {NOT_UNICODE} (a lone \\udc00)",
        ),
        (
            '{"id": "a", "note": "\\ud800\\ud83d\\ude00"}',
            "",
            f"positions[1].note: {NOT_UNICODE} (a lone \\ud800)",
        ),
        (
            '{"id": "a", "custom": [["k", "\\ud800"]]}',
            "",
            f"positions[1].custom[0][1]: {NOT_UNICODE} (a lone \\ud800)",
        ),
        ('{"id": "\\udfff"}', "", f"positions[1].id: {NOT_UNICODE} (a lone \\udfff)"),
        (
            '{"id": "a"}',
            '"settings": {"name": "\\ud800"}, ',
            f"settings.name: {NOT_UNICODE} (a lone \\ud800)",
        ),
        (
            '{"id": "a", "\\ud800": 1}',
            "",
            "positions[1]: a field name that is not valid Unicode (a lone \\ud800)",
        ),
        (
            '{"id": "a"}',
            '"\\ud800x": 1, ',
            "the top level: a field name that is not valid Unicode (a lone \\ud800)",
        ),
    ],
)
def test_a_lone_surrogate_is_refused_naming_its_place(position: str, top: str, detail: str) -> None:
    assert refused(text_of(position, top)) == detail


def test_a_lone_surrogate_in_a_version_1_file_is_refused_before_the_upgrade() -> None:
    text = text_of('{"id": "a", "custom": {"k\\udc01": "v"}}', version=1)
    assert refused(text) == (
        "positions[1].custom: a field name that is not valid Unicode (a lone \\udc01)"
    )


def test_a_lone_surrogate_after_an_escaped_backslash_is_found() -> None:
    """In the JSON text \\\\ud83d\\ude00 is a backslash, "ud83d" and a lone low surrogate: the
    two escapes look like a pair to a scan that ignores the backslash before them."""
    assert refused(text_of('{"id": "a", "name": "\\\\ud83d\\ude00"}')) == (
        "positions[1].name: text that is not valid Unicode (a lone \\ude00)"
    )


def test_a_surrogate_in_text_given_by_code_is_refused() -> None:
    assert refused(text_of('{"id": "a", "title": "\ud800"}')).startswith("positions[1].title: ")


def test_valid_pairs_and_backslashes_still_load_and_save_without_a_walk(monkeypatch) -> None:
    """An emoji as json.dumps writes it (two escapes) and a backslash before "ud800" are
    fine; the cheap scan of the text lets them through without walking the document."""

    def walk(_document: object) -> None:
        raise AssertionError("the document was walked")

    monkeypatch.setattr(json_guard, "_walk", walk)
    text = text_of('{"id": "a", "name": "\\ud83d\\ude00 \\uD83D\\uDE00", "note": "\\\\ud800"}')
    saves_again(text)
    position = loads_orgchart(text).position("a")
    assert (position.name, position.extra) == ("😀 😀", {"note": "\\ud800"})


_PIECES = ["\\ud800", "\\uDBFF", "\\udc00", "\\uDFFF", "\\ud83d\\ude00", "\\\\", "u", "d83d", "ø"]


@settings(deadline=None, max_examples=300)  # ~1 s
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=8), where=st.sampled_from(["v", "k"]))
def test_a_file_is_refused_exactly_when_its_text_decodes_to_a_lone_surrogate(
    pieces: list[str], where: str
) -> None:
    raw = "".join(pieces)
    decoded = json.loads(f'"{raw}"')
    lone = any("\ud800" <= c <= "\udfff" for c in decoded)
    field = f'"note": "{raw}"' if where == "v" else f'"{raw}x": 1'
    text = text_of(f'{{"id": "a", {field}}}')
    if lone:
        assert "not valid Unicode" in refused(text)
    else:
        saves_again(text)


# ----- values nested too deep ------------------------------------------------------------------


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize(
    ("position", "top", "place"),
    [
        (f'{{"id": "a", "future": {nested(MAX_DEPTH + 1)}}}', "", "positions[1].future"),
        ('{"id": "a"}', f'"future": {nested(700)}, ', "future"),
        ('{"id": "a"}', f'"settings": {{"theme": {nested(900)}}}, ', "settings.theme"),
        ('{"id": "a"}', f'"teams": [{{"id": "t", "x": [1, {nested(80)}]}}], ', "teams[0].x"),
        (
            '{"id": "a"}',
            f'"import_problems": [{{"kind": "cycle", "message": "m", "y": {nested(500)}}}], ',
            "import_problems[0].y",
        ),
        (
            '{"id": "a"}',
            f'"settings": {{"rule_overrides": {{"r": {{"k": {nested(700)}}}}}}}, ',
            "settings.rule_overrides.r.k",
        ),
    ],
)
def test_a_value_nested_too_deep_is_refused_naming_its_field(
    position: str, top: str, place: str
) -> None:
    """The model deep-copies these values: 500 levels raised RecursionError out of the reader
    (unknown fields), or out of the first copy of the settings (rule overrides)."""
    assert refused(text_of(position, top)) == (
        f"{place}: nested more than {MAX_DEPTH} levels deep (lists or objects inside each other)"
    )


def test_objects_count_as_levels_too() -> None:
    deep = '{"k": ' * (MAX_DEPTH + 1) + "1" + "}" * (MAX_DEPTH + 1)
    assert refused(text_of(f'{{"id": "a", "future": {deep}}}')).startswith("positions[1].future:")


def test_a_value_nested_to_the_limit_loads_and_saves(tmp_path) -> None:
    text = text_of(
        f'{{"id": "a", "future": {nested(MAX_DEPTH)}}}',
        f'"settings": {{"rule_overrides": {{"r": {{"k": {nested(MAX_DEPTH)}}}}}}}, ',
    )
    saves_again(text)
    chart = loads_orgchart(text)
    chart.settings.copy()  # the model's recursive copy copes
    path = tmp_path / "deep.orgchart"
    path.write_text(dumps_orgchart(chart), encoding="utf-8")
    assert load_orgchart(path).position("a").extra == chart.position("a").extra


def test_a_recursion_error_anywhere_in_the_reader_is_a_format_error(monkeypatch) -> None:
    """A backstop for depths no check foresaw: never a traceback."""

    def overflow(_state: dict) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(orgchart_format, "chart_from_state", overflow)
    assert refused(text_of()) == "nested too deeply to read (lists or objects inside each other)"
