"""The one rule for which dotted lines a user may add, and how a refusal reads."""

import pytest

from orgeditor.model import (
    Chart,
    DottedRefusal,
    Position,
    dotted_line_refusal,
    refusal_message,
)


@pytest.fixture
def chart() -> Chart:
    """boss -> (a, b); a has a dotted line to b."""
    chart = Chart()
    chart.add_position(Position("boss", "Bo", "VP Sales"))
    chart.add_position(Position("a", "Ada", "Account Executive"), "boss")
    chart.add_position(Position("b", "", "Sales Manager", status="vacant"), "boss")
    chart.add_dotted_line("b", "a")
    return chart


def test_a_new_dotted_line_is_allowed(chart):
    assert dotted_line_refusal(chart, "a", "b") is None  # the other way round is new
    assert dotted_line_refusal(chart, "b", "boss") is None  # upwards is allowed too


@pytest.mark.parametrize(
    ("manager", "report", "refusal", "message"),
    [
        ("a", "a", DottedRefusal.SELF, "A position cannot have a dotted line to itself."),
        ("boss", "a", DottedRefusal.SOLID, "Ada already reports to Bo."),
        ("b", "a", DottedRefusal.DUPLICATE, "Ada already has a dotted line to Sales Manager."),
    ],
)
def test_refusals_and_their_messages(chart, manager, report, refusal, message):
    assert dotted_line_refusal(chart, manager, report) is refusal
    assert refusal_message(refusal, chart, manager, report) == message


def test_the_chart_itself_still_stores_what_the_rule_refuses(chart):
    # files may hold a dotted line beside a solid one: the rule is for gestures, not for loading
    chart.add_dotted_line("boss", "a")
    assert ("boss", "a") in chart.dotted_lines()


def test_a_translated_template_is_filled_in_one_pass(chart):
    chart.update_position("a", name="100%2 Ada")  # a name that looks like a placeholder
    text = refusal_message(DottedRefusal.SOLID, chart, "boss", "a", "%1 rapporterer til %2.")
    assert text == "100%2 Ada rapporterer til Bo."
