"""The model refuses numbers no saved chart could hold or no renderer could draw, so that a chart
being edited can always be saved and opened again."""

import pytest

from orgeditor.model import Chart, InvalidFieldError, Position
from orgeditor.model.limits import MAX_COORDINATE, MAX_COST


def chart_with_one() -> Chart:
    chart = Chart()
    chart.add_position(Position("a", "Ada", "Account Executive"))
    return chart


@pytest.mark.parametrize("cost", [MAX_COST, -MAX_COST, 0.0, 85_000])
def test_costs_within_the_range_are_taken(cost):
    chart = chart_with_one()
    chart.update_position("a", cost=cost)
    assert chart.position("a").cost == cost


@pytest.mark.parametrize("cost", [MAX_COST * 10, -MAX_COST * 10, 10**400])
def test_costs_beyond_the_range_are_refused_in_one_line(cost):
    chart = chart_with_one()
    with pytest.raises(InvalidFieldError) as caught:
        chart.update_position("a", cost=cost)
    assert chart.position("a").cost is None
    message = str(caught.value)
    assert "\n" not in message and len(message) < 120


def test_card_places_beyond_the_range_are_refused():
    chart = chart_with_one()
    chart.update_position("a", xy=(MAX_COORDINATE, -MAX_COORDINATE))
    with pytest.raises(InvalidFieldError, match="within"):
        chart.update_position("a", xy=(1e308, 0.0))
    assert chart.position("a").xy == (MAX_COORDINATE, -MAX_COORDINATE)
    with pytest.raises(InvalidFieldError):
        chart.add_position(Position("b", "Bo", "SDR", xy=(0.0, 2 * MAX_COORDINATE)))
    assert "b" not in chart
