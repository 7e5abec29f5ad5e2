"""enablement.*: at each threshold and one past it."""

import pytest
from support.chartspec import fired, sales_org

from orgeditor.model import Position
from orgeditor.rules import run

# ----- enablement.missing: sellers >= 8 and no enablement staff --------------------------


def test_missing_fires_at_eight_sellers():
    (found,) = fired(run(sales_org(8)), "enablement.missing")
    assert found.severity == "warning"
    assert found.message.startswith("8 sellers and no sales enablement role")
    assert found.positions == ("vp",)  # the sales leader who would make the hire


def test_missing_silent_at_seven_sellers():
    assert not fired(run(sales_org(7)), "enablement.missing")


@pytest.mark.parametrize("title", ["Sales Enablement Specialist", "Chief Revenue Officer"])
def test_missing_silent_with_enablement_staff(title):
    assert not fired(run(sales_org(14, f"e1: {title}")), "enablement.missing")


def test_missing_counts_open_seats():
    assert fired(run(sales_org(8, status="vacant")), "enablement.missing")


# ----- enablement.unowned: 6 <= sellers < 8 and no enablement staff ------------------------


def test_unowned_fires_from_six_sellers():
    (found,) = fired(run(sales_org(6)), "enablement.unowned")
    assert found.severity == "info"
    assert found.message == (
        "6 sellers and nobody owns onboarding and training: no sales enablement role yet "
        "(one is needed from 8 sellers)"
    )
    assert found.positions == ("vp",)  # the top of the sales scope
    assert found.practice.endswith('Invest in sales enablement ("Invester i salg aktivering")')


def test_unowned_silent_at_five_sellers():
    assert not fired(run(sales_org(5)), "enablement.unowned")


def test_unowned_hands_over_to_missing_at_eight_sellers():
    findings = run(sales_org(7))
    assert fired(findings, "enablement.unowned") and not fired(findings, "enablement.missing")
    findings = run(sales_org(8))
    assert fired(findings, "enablement.missing") and not fired(findings, "enablement.unowned")


def test_unowned_silent_with_enablement_staff():
    assert not fired(run(sales_org(6, "e1: Sales Enablement Specialist")), "enablement.unowned")


def test_unowned_follows_both_thresholds():
    chart = sales_org(4)
    chart.update_settings(rule_overrides={"enablement.unowned": {"owner_min_sellers": 4}})
    assert fired(run(chart), "enablement.unowned")
    chart.update_settings(rule_overrides={"enablement.missing": {"enablement_min_sellers": 4}})
    findings = run(chart)
    assert fired(findings, "enablement.missing") and not fired(findings, "enablement.unowned")


def test_unowned_names_the_top_of_the_sales_scope_not_the_ceo():
    chart = sales_org(6)
    chart.add_position(Position("ceo", "Ada", "CEO"))
    chart.set_manager("vp", "ceo")
    chart.add_position(Position("d1", "Bo", "Sales Director"), "vp")
    chart.set_manager("s1", "d1")
    (found,) = fired(run(chart), "enablement.unowned")
    assert found.positions == ("vp",)


# ----- enablement.understaffed: sellers / staff > 50 -------------------------------------


def test_understaffed_silent_at_fifty_per_enabler():
    chart = sales_org(50, "e1: Sales Enablement Specialist")
    assert not fired(run(chart), "enablement.understaffed")


def test_understaffed_fires_at_fifty_one_per_enabler():
    chart = sales_org(51, "e1: Sales Enablement Specialist")
    (found,) = fired(run(chart), "enablement.understaffed")
    assert found.severity == "warning"
    assert "51 sellers for 1 enablement staff" in found.message
    assert "51.0 per person (more than 50)" in found.message
    assert found.positions == ("e1",)


def test_understaffed_ratio_with_two_enablers():
    assert not fired(
        run(sales_org(100, "e*2: Sales Enablement Specialist")), "enablement.understaffed"
    )
    assert fired(run(sales_org(101, "e*2: Sales Enablement Specialist")), "enablement.understaffed")


# ----- enablement.no_executive: (staff >= 3 or sellers >= 50) and no sponsor --------------


def test_no_executive_fires_at_three_staff():
    chart = sales_org(5, "e*3: Sales Enablement Specialist")
    (found,) = fired(run(chart), "enablement.no_executive")
    assert found.severity == "warning"
    assert found.message.startswith("3 enablement staff (3 or more)")
    assert found.positions == ("vp",)


def test_no_executive_silent_at_two_staff():
    assert not fired(
        run(sales_org(5, "e*2: Sales Enablement Specialist")), "enablement.no_executive"
    )


def test_no_executive_fires_at_fifty_sellers():
    chart = sales_org(50, "e1: Sales Enablement Specialist")
    (found,) = fired(run(chart), "enablement.no_executive")
    assert "50 sellers (50 or more)" in found.message


def test_no_executive_silent_at_forty_nine_sellers():
    assert not fired(
        run(sales_org(49, "e1: Sales Enablement Specialist")), "enablement.no_executive"
    )


@pytest.mark.parametrize(
    "sponsor", ["Chief Enablement Officer", "VP of Sales Enablement", "Chief Revenue Officer"]
)
def test_no_executive_silent_with_a_sponsor(sponsor):
    chart = sales_org(60, f"x: {sponsor}\n  e*3: Sales Enablement Specialist")
    assert not fired(run(chart), "enablement.no_executive")


def test_no_executive_lists_the_enablement_director():
    chart = sales_org(5, "d: Director of Sales Enablement\n  e*2: Sales Enablement Specialist")
    (found,) = fired(run(chart), "enablement.no_executive")
    assert found.positions == ("d",)


# ----- enablement.no_program_manager: (sellers >= 20 or open seats >= 3) and no PM --------


def test_no_program_manager_fires_at_twenty_sellers():
    (found,) = fired(run(sales_org(20)), "enablement.no_program_manager")
    assert found.severity == "info"
    assert found.message.startswith("20 sellers (20 or more)")


def test_no_program_manager_silent_at_nineteen_sellers():
    assert not fired(run(sales_org(19)), "enablement.no_program_manager")


def test_no_program_manager_fires_at_three_open_seats():
    chart = sales_org(4, "o*3: Account Executive | status=planned")
    (found,) = fired(run(chart), "enablement.no_program_manager")
    assert "3 open seller seats to onboard (3 or more)" in found.message


def test_no_program_manager_silent_at_two_open_seats():
    chart = sales_org(4, "o*2: Account Executive | status=vacant")
    assert not fired(run(chart), "enablement.no_program_manager")


def test_no_program_manager_silent_with_one():
    chart = sales_org(30, "pm: Sales Enablement Program Manager")
    assert not fired(run(chart), "enablement.no_program_manager")
