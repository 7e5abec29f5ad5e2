"""CSV export safe for Excel in every list-separator locale (io/cells.py, "Fragments").

Excel in a ';' locale (Norway, Germany) splits our comma-separated lines at every ';', and a
line break ends its row even inside a quoted cell that does not start the line there; so a
formula may start after any ; , tab CR or LF in a cell, not only at its start. The check below
is stricter than any one locale: it splits the whole file at every one of those characters,
ignoring quotes, and no piece may begin (after spaces and double quotes) with = + - or @ unless
it is a plain number (a cost). And read_csv still gives back every value exactly.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.io import dumps_csv, read_csv, write_csv
from orgeditor.io.cells import escape_cell, guard_fragments, read_cell, unguard_fragments
from orgeditor.model import Chart, Position, chart_state

PAYLOAD = "x;=cmd|' /C calc'!A0"
_PIECES = re.compile(r"[;,\t\r\n]")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def unsafe_pieces(text: str) -> list[str]:
    """The pieces of `text`, split at every separator of any locale, that a spreadsheet could
    take for a formula."""
    found = []
    for piece in _PIECES.split(text):
        start = piece.lstrip(' "')
        if start[:1] in ("=", "+", "-", "@") and not _NUMBER.fullmatch(start):
            found.append(piece)
    return found


def chart_of(value: str) -> Chart:
    chart = Chart()
    chart.add_position(
        Position("1", value, value, region=value, location=value, custom={"note": value})
    )
    chart.add_position(Position(value or "2", "Bo", "AE", cost=-5000.0), "1")
    return chart


def test_the_finding_is_neutralised_for_a_semicolon_locale(tmp_path) -> None:
    text = dumps_csv(chart_of(PAYLOAD))
    assert "x;'=cmd|' /C calc'!A0" in text
    assert unsafe_pieces(text) == []
    path = tmp_path / "evil.csv"
    write_csv(chart_of(PAYLOAD), path)
    back, problems = read_csv(path)
    assert problems == []
    assert chart_state(back) == chart_state(chart_of(PAYLOAD))


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("x;=cmd", "x;'=cmd"),
        ("a,+1", "a,'+1"),
        ("Notes:\n- first\n- second", "Notes:\n'- first\n'- second"),
        ("a; =b", "a;' =b"),  # spaces Excel may skip
        ('a;"=b"', 'a;\'"=b"'),  # a quote that opens a quoted field there
        ("a;\t=b", "a;\t'=b"),  # the guard goes after the last separator
        ("=a;=b", "'=a;'=b"),  # the whole cell and the fragment
        ("a;'=b", "a;''=b"),  # a real quote before a formula gets a second one
        ("a;'b", "a;'b"),  # ... before anything else it stays as it is
        ("a-b;c@d", "a-b;c@d"),  # triggers inside a fragment are harmless
        ("5-3", "5-3"),
    ],
)
def test_guard_examples(value: str, cell: str) -> None:
    assert escape_cell(value) == cell
    assert read_cell(cell) == value


def test_hand_written_guards_are_read_as_ours() -> None:
    """A ' after a separator and before a formula character is taken for our guard."""
    assert read_cell("Oslo;'=x") == "Oslo;=x"
    assert read_cell("Oslo;'x") == "Oslo;'x"


TRICKY = st.text(alphabet="=+-@;,\t\r\n \"'ab1", max_size=14)


@given(TRICKY)
def test_the_fragment_guard_round_trips(value: str) -> None:
    assert unguard_fragments(guard_fragments(value)) == value
    assert unguard_fragments(guard_fragments("'" + value)) == "'" + value


@settings(max_examples=200, deadline=None)
@given(TRICKY, st.booleans())
def test_every_escaped_cell_is_safe_in_every_locale(value: str, collapse: bool) -> None:
    cell = escape_cell(value, collapse)
    assert unsafe_pieces(cell) == []
    assert read_cell(cell, collapse) == value


@settings(max_examples=60, deadline=None)
@given(st.lists(TRICKY.filter(lambda t: t.strip()), min_size=1, max_size=4, unique=True))
def test_every_exported_file_is_safe_and_reads_back(tmp_path_factory, values) -> None:
    chart = Chart()
    for i, value in enumerate(values):
        chart.add_position(Position(f"p{i}{value}", value, value, custom={value or "k": value}))
    text = dumps_csv(chart)
    assert unsafe_pieces(text) == []
    path = tmp_path_factory.mktemp("guard") / "chart.csv"
    write_csv(chart, path)
    back, _problems = read_csv(path)
    assert [(p.id, p.name, p.title) for p in back.positions()] == [
        (p.id, p.name, p.title) for p in chart.positions()
    ]
