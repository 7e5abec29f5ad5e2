"""Qt-free helpers of the inspector."""

import pytest

from orgeditor.ui.panels.field_values import (
    MIXED,
    custom_rows,
    format_cost,
    parse_cost,
    shared,
    used_values,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("  ", None),
        ("850000", 850000.0),
        ("850 000", 850000.0),
        ("1234,5", 1234.5),
        ("1,234.50", 1234.5),
        ("1,234,567", 1234567.0),
    ],
)
def test_parse_cost(text, value):
    assert parse_cost(text) == value


def test_parse_cost_rejects_words():
    with pytest.raises(ValueError):
        parse_cost("lots")


def test_format_cost():
    assert format_cost(None) == ""
    assert format_cost(850000.0) == "850000"
    assert format_cost(1234.5) == "1234.5"


def test_shared():
    assert shared([]) is None
    assert shared(["a", "a"]) == "a"
    assert shared(["a", "b"]) is MIXED


def test_custom_rows_and_used_values(chart_factory):
    chart = chart_factory()
    positions = [chart.position("s1"), chart.position("s2")]
    assert custom_rows(positions) == [("Employee no", MIXED), ("Quota", MIXED)]
    assert used_values(chart, "region") == ["North", "South"]
