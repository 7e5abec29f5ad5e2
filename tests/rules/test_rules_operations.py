"""operations.missing: sellers >= 8 and no sales_ops."""

from support.chartspec import build, fired, sales_org, sellers_line

from orgeditor.rules import run


def test_fires_at_eight_sellers():
    (found,) = fired(run(sales_org(8)), "operations.missing")
    assert found.severity == "warning"
    assert found.message.startswith("8 sellers and no sales operations role")
    assert found.positions == ("vp",)


def test_silent_at_seven_sellers():
    assert not fired(run(sales_org(7)), "operations.missing")


def test_silent_with_sales_operations():
    assert not fired(run(sales_org(20, "ops: Revenue Operations Analyst")), "operations.missing")


def test_positions_fall_back_to_sales_managers_then_executives():
    chart = build(f"""
        ceo: CEO
          m1: Sales Manager
            {sellers_line("s", 8)}
    """)
    assert fired(run(chart), "operations.missing")[0].positions == ("m1",)
    chart = build(f"""
        ceo: CEO
          {sellers_line("s", 8)}
    """)
    assert fired(run(chart), "operations.missing")[0].positions == ("ceo",)
