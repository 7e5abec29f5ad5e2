"""span.*: too many or only one direct report (solid lines only)."""

from support.chartspec import build, fired, sellers_line

from orgeditor.model import Position
from orgeditor.rules import run


def team(reports: int):
    return build(f"""
        m: Sales Manager | name="Kari Nordmann"
          {sellers_line("s", reports)}
    """)


def test_too_wide_fires_at_eleven_reports():
    (found,) = fired(run(team(11)), "span.too_wide")
    assert found.severity == "warning"
    assert found.message == "Manager Kari Nordmann has 11 direct reports (more than 10)"
    assert found.positions == ("m",)


def test_too_wide_silent_at_ten_reports():
    assert not fired(run(team(10)), "span.too_wide")


def test_too_narrow_fires_at_one_report():
    (found,) = fired(run(team(1)), "span.too_narrow")
    assert found.severity == "info"
    assert found.message == "Manager Kari Nordmann has 1 direct report (S1)"
    assert found.positions == ("m",)


def test_too_narrow_silent_at_two_reports_and_at_none():
    assert not fired(run(team(2)), "span.too_narrow")
    assert not fired(run(build("m: Sales Manager")), "span")


def test_dotted_lines_do_not_count():
    chart = team(10)
    chart.add_position(Position("x", "X", "Sales Rep"))
    chart.add_dotted_line("m", "x")
    assert not fired(run(chart), "span.too_wide")


def test_vacant_manager_is_named_by_title():
    chart = build(f"""
        m: Sales Manager | status=vacant name=""
          {sellers_line("s", 11)}
    """)
    (found,) = fired(run(chart), "span.too_wide")
    assert found.message.startswith("Manager Sales Manager (m) has 11")
