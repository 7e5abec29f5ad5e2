"""Property test: any chart the model accepts, with its costs and card places within the ranges
of io/limits.py, comes back from every format we both write and read as the same chart, less
what that format is documented not to carry (round_trip_limits).

Charts are built through the model API: random forests of reporting lines in random sibling
order, text with formula triggers, quotes, delimiters, line breaks, odd whitespace, Norwegian
letters, emoji and control characters, explicit or inferred roles, statuses, segments, costs,
locations, custom fields, teams, dotted lines, hand placements, settings and import problems.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from support.round_trip_limits import carried, clean

from orgeditor.io import MAX_COORDINATE, MAX_COST, WRITABLE_SUFFIXES, read_chart, write_chart
from orgeditor.model import (
    SALES_MODELS,
    SEGMENT_DIMENSIONS,
    STATUSES,
    TEAM_KINDS,
    Chart,
    ChartSettings,
    ImportProblem,
    Position,
    Team,
    catalogue,
    chart_state,
)
from orgeditor.model.problems import PROBLEM_KINDS

# ORGEDITOR_TEST_SCALE=30 runs thirty times the examples: a deeper search than CI's
SCALE = int(os.environ.get("ORGEDITOR_TEST_SCALE", "1"))

# the formats read_chart reads back (image formats are written only)
FORMATS = WRITABLE_SUFFIXES
_LOSSY = tuple(s for s in FORMATS if s != ".orgchart")

# whole values that have broken spreadsheet and XML round trips elsewhere
_TRICKY = (
    "",
    " ",
    "=1+2",
    '=HYPERLINK("http://x","y")',
    "+47 22 33 44 55",
    "-5000",
    "@SUM(A1)",
    "'=x",
    "''",
    '"',
    'say "hi"',
    "Smith, John",
    "a;b;c",
    "a\\;b",
    "line\nbreak",
    "cr\rlf\r\n",
    "\ttab",
    "  padded  ",
    "Åse Ødegård",
    "Ærlig Blåbærsyltetøy",
    "👩🏽‍💼 Leader",
    "#",
    "## comment",
    "# label: %name%",
    "sep=;",
    "id",
    "title",
    "name",
    "manager id",
    "12.0",
    "1,234",
    "TRUE",
    "null",
    "NaN",
    "<b>&amp;</b>",
    "]]>",
    "\ufeffbom",
    "\u2028sep\x85",
    "custom:x",
    "\x00nul\x1b",
)
_CHARS = st.one_of(
    st.characters(exclude_categories=("Cs",)),  # lone surrogates cannot be saved as UTF-8
    st.sampled_from("=+-@'\",;:#\\\n\r\t \u00a0æøåÆØÅ😀"),
)
TEXT = st.one_of(st.text(_CHARS, max_size=12), st.sampled_from(_TRICKY))


_CLEANED = tuple(
    (lambda text, suffix=suffix: clean(text, suffix)) for suffix in (".csv", ".xlsx", ".graphml")
)


def _ids(min_size: int, max_size: int) -> st.SearchStrategy[list[str]]:
    """Ids that stay distinct and non-empty in every format (a writer drops characters, Excel
    turns CR into LF): distinct once cleaned for each format, not only for all of them."""
    one = TEXT.filter(lambda t: all(cleaned(t) for cleaned in _CLEANED))
    return st.lists(one, min_size=min_size, max_size=max_size, unique_by=_CLEANED)


# within io/limits.py's ranges: a cost or place beyond them is refused or kept as text when read
# (tests/io/test_hostile_input.py), though the model accepts it
COSTS = st.one_of(
    st.none(),
    st.integers(-(10**15), 10**15),
    st.floats(min_value=-MAX_COST, max_value=MAX_COST),
    st.sampled_from([0, -0.0, 12.345, 85000.5, 1e15, -1e15, 2**49 + 1, -5000, 0.1]),
)
PLACES = st.one_of(
    st.none(), st.tuples(*[st.floats(min_value=-MAX_COORDINATE, max_value=MAX_COORDINATE)] * 2)
)
ROLES = st.one_of(st.none(), st.sampled_from(sorted(catalogue().roles)))
JSON_VALUES = st.one_of(
    st.booleans(), st.integers(-1000, 1000), st.floats(allow_nan=False, allow_infinity=False), TEXT
)
# fields of a newer .orgchart that this version keeps without knowing them (`extra`)
EXTRAS = st.one_of(
    st.just({}),
    st.dictionaries(
        TEXT.map("x-{}".format),
        st.recursive(
            st.none() | JSON_VALUES,
            lambda inner: st.lists(inner, max_size=2) | st.dictionaries(TEXT, inner, max_size=2),
            max_leaves=4,
        ),
        max_size=2,
    ),
)


@st.composite
def charts(draw: st.DrawFn) -> Chart:
    chart = Chart(ChartSettings(extra=draw(EXTRAS)))
    chart.extra = draw(EXTRAS)
    chart.update_settings(
        name=draw(TEXT),
        declared_model=draw(st.none() | st.sampled_from(SALES_MODELS)),
        industry=draw(TEXT),
        rule_overrides=draw(
            st.dictionaries(TEXT, st.dictionaries(TEXT, JSON_VALUES, max_size=2), max_size=2)
        ),
        auto_layout=draw(st.booleans()),
    )
    team_ids = draw(_ids(0, 3))
    for team_id in team_ids:
        segments = {d: draw(TEXT) for d in SEGMENT_DIMENSIONS}
        chart.add_team(
            Team(
                team_id,
                draw(TEXT),
                draw(st.sampled_from(TEAM_KINDS)),
                draw(st.none() | st.sampled_from(SALES_MODELS)),
                **segments,
                extra=draw(EXTRAS),
            ),
            index=draw(st.none() | st.integers(0, 3)),
        )
    custom_keys = draw(_ids(0, 4) | st.just(["", " x ", "x", "title"]))
    ids = draw(_ids(0, 10))
    for i, position_id in enumerate(ids):
        keys = draw(
            st.lists(st.sampled_from(custom_keys), unique=True) if custom_keys else st.just([])
        )
        position = Position(
            position_id,
            name=draw(TEXT),
            title=draw(TEXT),
            explicit_role=draw(ROLES),
            status=draw(st.sampled_from(STATUSES)),
            team=draw(st.none() | st.sampled_from(team_ids)) if team_ids else None,
            cost=draw(COSTS),
            location=draw(TEXT),
            custom={key: draw(TEXT) for key in keys},
            xy=draw(PLACES),
            extra=draw(EXTRAS),
            **{d: draw(TEXT) for d in SEGMENT_DIMENSIONS},
        )
        manager = draw(st.none() | st.sampled_from(ids[:i])) if i else None
        chart.add_position(position, manager, draw(st.none() | st.integers(0, 4)))
    if len(ids) > 1:
        pairs = st.tuples(st.sampled_from(ids), st.sampled_from(ids)).filter(lambda p: p[0] != p[1])
        for manager, report in draw(st.lists(pairs, max_size=4)):
            chart.add_dotted_line(manager, report)
    chart.import_problems = draw(
        st.lists(
            st.builds(
                ImportProblem,
                st.sampled_from(PROBLEM_KINDS),
                TEXT,
                st.lists(st.sampled_from(ids) if ids else TEXT, max_size=2).map(tuple),
                st.none() | st.integers(1, 10**6),
                TEXT,
                EXTRAS,
            ),
            max_size=2,
        )
    )
    return chart


@settings(
    max_examples=100 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@pytest.mark.parametrize("suffix", FORMATS)
@given(chart=charts())
def test_generated_charts_round_trip(tmp_path, suffix: str, chart: Chart) -> None:
    note(f"chart_state: {chart_state(chart)!r}")
    path = tmp_path / f"chart{suffix}"
    write_chart(chart, path)
    back, problems = read_chart(path)
    assert problems == []
    assert carried(chart_state(back), suffix) == carried(chart_state(chart), suffix)
    if suffix == ".orgchart":  # and custom fields in their order (CSV and GraphML: column order)
        assert [list(p.custom) for p in back.positions()] == [
            list(chart.position(p.id).custom) for p in back.positions()
        ]


def round_trip(chart: Chart, path) -> Chart:
    write_chart(chart, path)
    back, problems = read_chart(path)
    assert problems == []
    assert carried(chart_state(back), path.suffix) == carried(chart_state(chart), path.suffix)
    return back


# ----- what the generator found, kept as plain tests -------------------------------------------


@pytest.mark.parametrize("suffix", FORMATS)
def test_custom_fields_named_like_standard_fields(tmp_path, suffix: str) -> None:
    """GraphML put the title into a custom field called "title" (and lost the title)."""
    chart = Chart()
    custom = {"title": "t", "role": "r", "name": "n", "id": "i", "cost": "c"}
    chart.add_position(Position("1", "Ada", "Account Executive", cost=5.0, custom=custom))
    back = round_trip(chart, tmp_path / f"fields{suffix}")
    position = back.position("1")
    assert (position.name, position.title, position.role, position.cost) == (
        "Ada",
        "Account Executive",
        "ae",
        5.0,
    )
    expected = {f"{k} (2)": v for k, v in custom.items()} if suffix in (".csv", ".xlsx") else custom
    assert position.custom == expected


@pytest.mark.parametrize("suffix", FORMATS)
def test_dotted_manager_ids_ending_in_dropped_characters(tmp_path, suffix: str) -> None:
    """CSV wrote the dotted-line manager "4" + U+001F (a control character that is also
    whitespace) as "4\\": the backslash that escaped it stayed when the character was
    dropped, and the line was lost."""
    chart = Chart()
    for position_id in ("4\x1f", "5", "6 \x0b"):
        chart.add_position(Position(position_id, position_id.strip(), "AE"))
    chart.add_dotted_line("4\x1f", "5")
    chart.add_dotted_line("6 \x0b", "5")
    back = round_trip(chart, tmp_path / f"dotted{suffix}")
    assert len(back.dotted_lines()) == 2


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_a_delimiter_in_every_row_does_not_fool_the_csv_reader(tmp_path, delimiter) -> None:
    """Every line of this export holds 17 semicolons (tabs) outside quotes, one more column than
    its commas make: the reader took ';' for the delimiter and found no name column."""
    chart = Chart()
    text = delimiter * 17
    chart.add_position(Position("1", f"a{text}b", "AE", custom={f"k{text}": "v"}))
    back = round_trip(chart, tmp_path / "delimiters.csv")
    assert back.position("1").name == f"a{text}b"


def test_the_comparison_sees_every_carried_field() -> None:
    """carried() hides only the documented losses: a change anywhere else still shows."""
    chart = Chart()
    chart.add_team(Team("t", "Pod", "pod"))
    chart.add_position(Position("1", "Ada", "AE", cost=1.0, team="t", custom={"k": "v"}))
    chart.add_position(Position("2", "Bo", "SDR", location="Oslo"), "1")
    chart.add_dotted_line("2", "1")
    edits = [
        lambda c: c.update_position("1", name="Ida"),
        lambda c: c.update_position("2", title="AE"),
        lambda c: c.update_position("2", explicit_role="sdr"),
        lambda c: c.update_position("2", status="vacant"),
        lambda c: c.update_position("2", region="Nord"),
        lambda c: c.update_position("2", location=""),
        lambda c: c.update_position("1", cost=1.5),
        lambda c: c.update_position("1", custom={"k": "w"}),
        lambda c: c.update_position("2", team="t"),
        lambda c: c.update_team("t", name="Pod 2"),
        lambda c: c.update_team("t", kind="stage"),
        lambda c: c.set_manager("2", None),
        lambda c: c.remove_dotted_line("2", "1"),
    ]
    for suffix in FORMATS:
        before = carried(chart_state(chart), suffix)
        for edit in edits:
            changed = chart.copy()
            edit(changed)
            assert carried(chart_state(changed), suffix) != before
    placed = chart.copy()
    placed.update_position("1", xy=(1.0, 2.0))
    assert carried(chart_state(placed), ".graphml") != carried(chart_state(chart), ".graphml")
    assert carried(chart_state(placed), ".csv") == carried(chart_state(chart), ".csv")
