"""The cell rules shared by the CSV writer and the table readers (orgeditor/io/cells.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgeditor.io.cells import (
    escape_cell,
    join_ids,
    needs_quote,
    number_text,
    read_cell,
    split_ids,
)
from orgeditor.io.values import parse_amount
from orgeditor.model.limits import MAX_COST

INJECTIONS = ['=HYPERLINK("http://evil.example","click")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_formula_triggers_are_neutralised_and_restored(value: str) -> None:
    cell = escape_cell(value)
    assert cell == "'" + value
    assert read_cell(cell) == value


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("'abc", "'abc"),  # a real leading quote before a harmless character stays as it is
        ("'=x", "''=x"),  # ... before a trigger, it gets a second quote
        ("''+1", "'''+1"),
        ("'", "'"),
        ("", ""),
        ("Ada", "Ada"),
        ("a=b", "a=b"),  # only the first character counts
        (" lead", "' lead"),  # whitespace the reader would trim is protected as well
        ("trail ", "'trail "),
        ("5-3", "5-3"),
    ],
)
def test_escape_examples(value: str, cell: str) -> None:
    assert escape_cell(value) == cell
    assert read_cell(cell) == value


def test_plain_cells_are_trimmed_as_before() -> None:
    assert read_cell("  Ada  ") == "Ada"
    assert read_cell(" Ada   Lovelace ", collapse=True) == "Ada Lovelace"
    assert read_cell("'abc") == "'abc"


def test_names_keep_odd_whitespace_only_when_escaped() -> None:
    assert escape_cell("Ada  Lovelace") == "Ada  Lovelace"  # not a name: nothing to protect
    assert escape_cell("Ada  Lovelace", collapse=True) == "'Ada  Lovelace"
    assert read_cell("'Ada  Lovelace", collapse=True) == "Ada  Lovelace"


@given(st.text(), st.booleans())
def test_every_string_round_trips(value: str, collapse: bool) -> None:
    assert read_cell(escape_cell(value, collapse), collapse) == value


@given(st.text(), st.booleans())
def test_the_rule_is_closed_under_a_leading_quote(value: str, collapse: bool) -> None:
    assert needs_quote("'" + value, collapse) == needs_quote(value, collapse)


@given(st.text())
def test_escaped_cells_never_start_a_formula(value: str) -> None:
    cell = escape_cell(value)
    assert cell[:1] not in {"=", "+", "-", "@", "\t", "\r"}


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (12.0, "12"),
        (85000, "85000"),
        (-5000.0, "-5000"),
        (85000.5, "85000.5"),
        (12.345, "12.3450"),  # never a thousands separator
        (0.125, "0.125"),
        (1e-05, "0.00001"),
        (1e20, "100000000000000000000"),
        (float("nan"), ""),
        (float("inf"), ""),
    ],
)
def test_number_text(value: float, text: str) -> None:
    assert number_text(value) == text


@given(st.floats(min_value=-MAX_COST, max_value=MAX_COST))
def test_number_text_parses_back_exactly(value: float) -> None:
    assert parse_amount(number_text(value)) == value


@given(st.floats(allow_nan=False, allow_infinity=False).filter(lambda v: abs(v) > MAX_COST))
def test_a_number_beyond_the_cost_range_is_not_an_amount(value: float) -> None:
    """The writers still write it (number_text); every reader keeps it as text."""
    assert parse_amount(number_text(value)) is None


@given(st.lists(st.text(min_size=1), max_size=6))
def test_id_lists_round_trip(ids: list[str]) -> None:
    assert split_ids(join_ids(ids)) == ids


def test_id_lists_by_hand() -> None:
    assert join_ids(["a", "b;c", "d\\e"]) == "a;b\\;c;d\\\\e"
    assert split_ids("a; b ;;c") == ["a", "b", "c"]
    assert split_ids("") == []


@given(st.text(), st.booleans())
def test_a_cell_without_a_quote_is_only_tidied(raw: str, collapse: bool) -> None:
    # read_cell's short cut for the usual cell: what the full rule gives when no ' is in it
    raw = raw.replace("'", "")
    assert read_cell(raw, collapse) == (" ".join(raw.split()) if collapse else raw.strip())
