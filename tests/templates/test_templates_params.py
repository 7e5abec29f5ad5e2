"""Template parameters: managers per N sellers, support sizing, options, validation, describe."""

from dataclasses import replace

import pytest
from support.template_checks import assert_sane, max_span, rules_fired, warnings

from orgeditor.analysis import counts, infer_model
from orgeditor.io import dumps_orgchart, loads_orgchart
from orgeditor.model import chart_state
from orgeditor.templates import (
    TemplateError,
    TemplateParams,
    build_chart,
    default_params,
    describe,
    parse_segment,
    plan_support,
)


def roles(chart, role):
    return [pid for pid in chart.position_ids() if chart.position(pid).role == role]


# ----- managers and spans ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("per_manager", "managers"),
    [(12, 1), (10, 2), (8, 2), (4, 3), (3, 6), (2, 6), (1, 12)],
)
def test_assembly_line_has_a_manager_per_n_sellers(per_manager, managers):
    # 4 SDR, 4 AE, 4 AM: small neighbouring stages share a manager, large ones are split
    chart = build_chart(TemplateParams("assembly_line", sellers_per_manager=per_manager))
    assert len(roles(chart, "sales_manager")) == managers
    for manager in roles(chart, "sales_manager"):
        assert len(chart.reports_of(manager)) <= per_manager
    assert infer_model(chart).model == "assembly_line"  # the stage teams keep it a line


def test_sellers_per_manager_counts_per_copy():
    # seen in use: 4 regions of 2 SDR, 2 AE, 2 AM made 12 stage managers of 2 sellers each
    # (and 4 Sales Directors) for 24 sellers, and the checks said nothing
    params = replace(
        default_params("assembly_line", ("region", ("North", "South", "East", "West"))),
        sdr=2,
        ae=2,
        am=2,
    )
    chart = build_chart(params)
    managers = roles(chart, "sales_manager")
    assert managers == [f"{r}-sales-manager-1" for r in ("north", "south", "east", "west")]
    assert chart.position("east-sales-manager-1").title == (
        "Sales Manager, Lead Generation, Closing and Retention"
    )
    assert all(len(chart.reports_of(m)) == 6 for m in managers)
    assert all(chart.manager_of(m) == "sales-leader" for m in managers)  # no directors
    assert infer_model(chart).model == "assembly_line"
    assert warnings(chart) == []
    # a smaller setting is honoured per copy too, and the checks say what it costs
    small = build_chart(replace(params, sellers_per_manager=2))
    assert len(roles(small, "sales_manager")) == 12
    assert "management.over_managed" in rules_fired(small)


def test_more_sellers_more_managers_and_never_a_span_over_ten():
    previous = 0
    for n in (4, 10, 20, 40, 80, 160):
        chart = build_chart(TemplateParams("assembly_line", sdr=n, ae=n, am=n))
        managers = len(roles(chart, "sales_manager"))
        assert managers >= previous
        previous = managers
        assert max_span(chart) <= 10
        assert_sane(chart)
        assert warnings(chart) == []
    assert previous == 3 * 20


def test_many_first_line_managers_get_sales_directors_in_between():
    chart = build_chart(TemplateParams("pod", pods=15))
    directors = [pid for pid in chart.reports_of("sales-leader") if pid.startswith("director-")]
    assert len(directors) == 2
    assert sorted(len(chart.reports_of(d)) for d in directors) == [7, 8]
    assert max_span(chart) <= 10
    assert warnings(chart) == []


def test_island_team_leads_per_n_generalists():
    chart = build_chart(TemplateParams("island", generalists=10, sellers_per_manager=5))
    leads = roles(chart, "sales_manager")
    assert leads == ["team-1-lead", "team-2-lead"]
    assert [chart.team(t).name for t in ("team-1", "team-2")] == ["Team 1", "Team 2"]
    assert all(len(chart.reports_of(lead)) == 5 for lead in leads)


def test_a_pod_larger_than_a_pod_lead_takes_is_refused():
    with pytest.raises(TemplateError, match="pod of 5 sellers"):
        build_chart(TemplateParams("pod", pod_ae=3, sellers_per_manager=4))


# ----- support functions ----------------------------------------------------------------------


def test_sixty_sellers_have_an_executive_sponsor_and_no_enablement_findings():
    chart = build_chart(TemplateParams("assembly_line", sdr=20, ae=20, am=10, csm=10))
    assert counts(chart).sellers == 60
    assert roles(chart, "vp_enablement") == ["enablement-vp"]
    assert chart.manager_of("enablement-vp") == "sales-leader"
    assert rules_fired(chart, "enablement.") == set()
    assert rules_fired(chart, "operations.") == set()
    assert warnings(chart) == []


def test_enablement_grows_from_specialist_to_sponsor_and_director():
    small = build_chart(TemplateParams("island", generalists=2))
    assert roles(small, "enablement_specialist") == ["enablement-specialist-1"]
    assert roles(small, "enablement_program_manager") == []  # 2 open seats, fewer than 3
    big = build_chart(TemplateParams("pod", pods=30, pod_ae=1))  # 90 sellers
    assert len(roles(big, "enablement_specialist")) == 2
    assert roles(big, "director_enablement") == []
    assert roles(big, "vp_enablement") == ["enablement-vp"]
    bigger = build_chart(TemplateParams("assembly_line", sdr=40, ae=40, am=40))
    assert roles(bigger, "director_enablement") == ["enablement-director"]
    assert len(roles(bigger, "enablement_program_manager")) == 2  # one for onboarding
    assert bigger.position("enablement-pm-2").title.endswith("Onboarding")
    assert bigger.manager_of("enablement-director") == "enablement-vp"
    for chart in (small, big, bigger):
        assert rules_fired(chart, "enablement.") == set()


@pytest.mark.parametrize("sellers", [0, 1, 2, 3, 7, 8, 19, 20, 49, 50, 51, 99, 100, 101, 250, 999])
def test_support_plan_keeps_the_rules_quiet(sellers):
    plan = plan_support(sellers, sellers)
    assert plan.sales_ops >= 1
    assert plan.specialists >= 1
    staff = plan.enablement_staff
    assert sellers / staff <= 50
    if staff >= 3 or sellers >= 50:
        assert plan.sponsor
    # every template seat is open: 3 open seats call for a program manager (onboarding)
    assert (plan.program_managers >= 1) == (sellers >= 3)
    if plan.director:
        assert plan.sponsor


def test_without_support_functions_the_checks_say_so():
    params = TemplateParams("pod", include_sales_ops=False, include_enablement=False)
    chart = build_chart(params)
    assert roles(chart, "sales_ops") == []
    assert not [t for t in chart.teams() if t.kind in ("operations", "enablement")]
    assert rules_fired(chart) >= {"operations.missing", "enablement.missing"}
    assert infer_model(chart).model == "pod"


def test_three_or_more_sales_ops_get_a_manager():
    chart = build_chart(TemplateParams("pod", pods=15, pod_ae=1))  # 45 sellers: 2 ops
    assert [p for p in chart.reports_of("sales-leader") if p.startswith("sales-ops")] == [
        "sales-ops-1",
        "sales-ops-2",
    ]
    chart = build_chart(TemplateParams("pod", pods=20))  # 80 sellers: 4 ops
    assert "sales-ops-lead" in chart.reports_of("sales-leader")
    assert len(chart.reports_of("sales-ops-lead")) == 3


def test_cro_as_sponsor_sits_on_top_when_a_sponsor_is_needed():
    params = TemplateParams("assembly_line", sdr=20, ae=20, am=20, enablement_sponsor="cro")
    big = build_chart(params)
    assert big.roots() == ["cro"]
    assert big.reports_of("cro")[0] == "sales-leader"
    assert roles(big, "vp_enablement") == []
    assert rules_fired(big, "enablement.") == set()
    assert warnings(big) == []
    small = build_chart(TemplateParams("pod", enablement_sponsor="cro"))
    assert small.roots() == ["sales-leader"]  # 12 sellers need no sponsor
    assert roles(small, "cro") == []


def test_cro_leads_sales_where_a_vp_below_it_would_be_a_layer_too_many():
    # 15 pods need Sales Directors: CRO > VP > director > pod lead would be 4 layers
    big = build_chart(TemplateParams("pod", pods=15, enablement_sponsor="cro"))
    assert big.roots() == ["cro"]
    assert "sales-leader" not in big  # the CRO runs sales, operations and enablement
    assert roles(big, "sales_leader") == ["director-1", "director-2", "director-3"]
    assert "enablement-specialist-1" in big.reports_of("cro")
    assert max_span(big) <= 10
    assert rules_fired(big, "enablement.") == set()
    assert warnings(big) == []


def test_many_copies_share_sales_directors_instead_of_a_layer_more():
    values = tuple(f"R{n}" for n in range(1, 13))
    chart = build_chart(default_params("assembly_line", ("region", values)))
    heads = chart.reports_of("sales-leader")
    directors = [pid for pid in heads if pid.startswith("sales-director-")]
    assert directors and len(heads) <= 10
    assert chart.position(directors[0]).title == "Sales Director, R1, R2, R3, R4 and R5"
    assert warnings(chart) == []


# ----- names, titles, language ----------------------------------------------------------------


def test_norwegian_titles_and_names():
    params = TemplateParams("assembly_line", language="nb", segment=("region", ("Nord", "Sør")))
    chart = build_chart(params)
    assert_sane(chart)  # titles infer their roles in Norwegian too
    assert chart.position("sales-leader").title == "Salgsdirektør"
    assert chart.position("nord-head").title == "Salgsdirektør Nord"
    assert chart.position("sør-sdr-1").title == "Salgsutvikler (SDR)"
    assert chart.team("sør-retention").name == "Kundeoppfølging Sør"
    assert chart.settings.name == "Salgsteam: samlebånd"


def test_name_and_leader_title():
    chart = build_chart(TemplateParams("island", name="Acme sales", leader_title="Head of Sales"))
    assert chart.settings.name == "Acme sales"
    leader = chart.position("sales-leader")
    assert (leader.title, leader.role) == ("Head of Sales", "sales_leader")


def test_value_slugs_stay_unique():
    chart = build_chart(TemplateParams("island", segment=("region", ("Nord Vest", "nord-vest"))))
    assert_sane(chart)
    assert {"nord-vest-rep-1", "nord-vest-2-rep-1"} <= set(chart.position_ids())


def test_orgchart_round_trip_keeps_everything():
    chart = build_chart(default_params("pod", ("product_line", ("A", "B"))))
    again = loads_orgchart(dumps_orgchart(chart))
    assert chart_state(again) == chart_state(chart)
    assert warnings(again) == []


# ----- validation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (TemplateParams("matrix"), "unknown model"),
        (TemplateParams("pod", pods=0), "1 or more pods"),
        (TemplateParams("pod", pod_sdr=0, pod_ae=0, pod_am=0), "1 or more sellers"),
        (TemplateParams("island", generalists=0), "needs 1 or more sellers"),
        (TemplateParams("island", generalists=-1), "generalists must be a whole number"),
        (TemplateParams("island", sellers_per_manager=0), "sellers_per_manager"),
        (TemplateParams("island", language="de"), "language"),
        (TemplateParams("island", enablement_sponsor="ceo"), "sponsor"),
        (TemplateParams("island", segment=("colour", ("a", "b"))), "unknown segment dimension"),
        (TemplateParams("island", segment=("region", ("a", "A"))), "given twice"),
        (TemplateParams("island", segment=("region", ("a", " "))), "non-empty"),
        (TemplateParams("assembly_line", sdr=5000), "at most 5000"),
    ],
)
def test_bad_parameters_are_refused_by_name(params, message):
    with pytest.raises(TemplateError, match=message):
        build_chart(params)


def test_parse_segment():
    assert parse_segment("region=North, South") == ("region", ("North", "South"))
    assert parse_segment("Product-Line=A,B") == ("product_line", ("A", "B"))
    for bad in ("region", "=a,b", "region=", "size=S,M"):
        with pytest.raises(TemplateError):
            parse_segment(bad)


def test_default_params_refuses_an_unknown_model():
    with pytest.raises(TemplateError, match="unknown model"):
        default_params("matrix")


# ----- describe -------------------------------------------------------------------------------


def test_describe_is_one_line_with_the_figures():
    text = describe(default_params("pod"))
    assert "\n" not in text
    assert text == (
        "Pod: 3 pods of 1 SDR, 2 AE, 1 AM with a pod lead each – 12 sellers, 19 positions "
        "(4 managers, 1 in sales operations, 2 in enablement); no warnings"
    )
    segmented = describe(default_params("assembly_line", ("region", ("North", "South"))))
    assert segmented.startswith("Assembly line, one per region (North, South): 4 SDR, 4 AE, 4 AM")
    assert "24 sellers" in segmented


def test_describe_names_the_warnings_to_expect():
    text = describe(replace(default_params("island"), generalists=20))
    assert text.endswith("the checks will warn: model.island_scale")


def test_describe_in_bokmaal():
    text = describe(default_params("pod"), "nb")
    assert text == (
        "Pod: 3 poder med 1 SDR, 2 AE, 1 AM og en podleder hver – 12 selgere, 19 stillinger "
        "(4 ledere, 1 i salgsoperasjoner, 2 i salgsaktivering); ingen advarsler"
    )
    segmented = describe(default_params("island", ("region", ("Nord", "Sør"))), "nb")
    assert segmented.startswith("Øy, én per region (Nord, Sør): ")
    warned = describe(replace(default_params("island"), generalists=20), "nb")
    assert warned.endswith("sjekkene vil advare: model.island_scale")
