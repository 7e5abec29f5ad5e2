"""Each template at its defaults, with and without segmentation: clean checks, right model."""

import pytest
from support.template_checks import assert_sane, max_span, run, sellers, warnings

from orgeditor.analysis import counts, infer_model, segmentation
from orgeditor.model import chart_state
from orgeditor.templates import TEMPLATE_MODELS, build_chart, default_params

# model -> positions, sellers, and the positions per role of the default chart
DEFAULTS = {
    "assembly_line": (
        18,
        12,
        {
            "sales_leader": 1,
            # a manager per 8 sellers: lead generation and closing (8) share one
            "sales_manager": 2,
            "sdr": 4,
            "ae": 4,
            "am": 4,
            "sales_ops": 1,
            "enablement_program_manager": 1,
            "enablement_specialist": 1,
        },
    ),
    "pod": (
        19,
        12,
        {
            "sales_leader": 1,
            "sales_manager": 3,
            "sdr": 3,
            "ae": 6,
            "am": 3,
            "sales_ops": 1,
            "enablement_program_manager": 1,
            "enablement_specialist": 1,
        },
    ),
    "island": (
        11,
        6,
        {
            "sales_leader": 1,
            "sales_manager": 1,
            "generalist": 6,
            "sales_ops": 1,
            "enablement_program_manager": 1,
            "enablement_specialist": 1,
        },
    ),
}

SEGMENTED = [
    ("pod", "product_line", ("A", "B", "C")),
    ("assembly_line", "region", ("North", "South")),
    ("island", "region", ("North", "South", "West")),
    ("pod", "region", ("North", "South")),
    ("assembly_line", "customer_size", ("SMB", "Mid-market", "Enterprise")),
    ("island", "vertical", ("Retail", "Industry")),
]


@pytest.mark.parametrize("model", TEMPLATE_MODELS)
def test_defaults_have_no_warnings_and_the_right_model(model):
    chart = build_chart(default_params(model))
    assert warnings(chart) == []
    assert run(chart) == []  # not even an info: spans, program manager, segments all fine
    inference = infer_model(chart)
    assert inference.model == model
    assert not inference.declared
    assert chart.settings.declared_model is None


@pytest.mark.parametrize("model", TEMPLATE_MODELS)
def test_default_counts(model):
    positions, seller_count, by_role = DEFAULTS[model]
    figures = counts(build_chart(default_params(model)))
    assert figures.positions == positions
    assert figures.sellers == seller_count
    assert figures.by_role == by_role
    assert figures.vacant_sellers == seller_count  # every seat is planned
    assert figures.by_status == {"filled": 0, "vacant": 0, "planned": positions}


@pytest.mark.parametrize("model", TEMPLATE_MODELS)
def test_defaults_are_sane_and_stable(model):
    chart = build_chart(default_params(model))
    assert_sane(chart)
    assert chart.roots() == ["sales-leader"]
    assert chart.position("sales-leader").title == "VP Sales"
    assert max_span(chart) <= 10
    assert chart_state(chart) == chart_state(build_chart(default_params(model)))


@pytest.mark.parametrize(("model", "dimension", "values"), SEGMENTED)
def test_segmented_defaults_have_no_warnings(model, dimension, values):
    params = default_params(model, (dimension, values))
    chart = build_chart(params)
    assert warnings(chart) == []
    assert infer_model(chart).model == model
    assert_sane(chart)
    assert max_span(chart) <= 10


# values a user may type for each dimension the wizard offers (None: no segmentation)
SEGMENT_VALUES = {
    None: (),
    "region": ("North", "South", "East", "West"),
    "product_line": ("Core", "Cloud", "Payments", "Analytics"),
    "customer_size": ("SMB", "Mid-market", "Enterprise", "Strategic"),
    "vertical": ("Retail", "Banking", "Industry", "Public"),
}


SEGMENT_OPTIONS = [(None, 0)] + [
    (dimension, count) for dimension in SEGMENT_VALUES if dimension for count in (1, 2, 3, 4)
]


@pytest.mark.parametrize("model", TEMPLATE_MODELS)
@pytest.mark.parametrize(("dimension", "count"), SEGMENT_OPTIONS)
def test_every_model_and_segment_option_at_defaults_has_no_warnings(model, dimension, count):
    segment = (dimension, SEGMENT_VALUES[dimension][:count]) if dimension else None
    chart = build_chart(default_params(model, segment))
    assert warnings(chart) == []
    assert infer_model(chart).model == model
    # the rules of RULES.md's revision say nothing either, not even an info
    assert not [f for f in run(chart) if f.rule.startswith(("management.", "enablement."))]


@pytest.mark.parametrize("model", ["assembly_line", "pod"])
@pytest.mark.parametrize("count", [6, 9, 12, 20])
def test_many_segment_values_at_defaults_have_no_warnings(model, count):
    # island cannot: its sellers grow with the values past model.island_scale (tested below)
    values = tuple(f"Region {n}" for n in range(1, count + 1))
    chart = build_chart(default_params(model, ("region", values)))
    assert warnings(chart) == []
    assert max_span(chart) <= 10


@pytest.mark.parametrize(("model", "dimension", "values"), SEGMENTED)
def test_one_copy_of_the_structure_per_value(model, dimension, values):
    params = default_params(model, (dimension, values))
    chart = build_chart(params)
    facts = segmentation(chart)
    assert facts.used_dimensions == (dimension,)
    assert facts.values[dimension] == tuple(sorted(values))
    per_value = {cell: len(ids) for cell, ids in facts.cells.items()}
    assert per_value == {(v,): params.sellers_per_copy for v in values}
    for pid in sellers(chart):
        assert chart.effective_segment(pid, dimension) in values
    # the copies share one sales leader and the support functions, which belong to no segment
    shared = ["sales-leader", *chart.team_members("sales-ops"), *chart.team_members("enablement")]
    assert chart.roots() == ["sales-leader"]
    assert all(chart.effective_segment(pid, dimension) == "" for pid in shared)


def test_assembly_line_per_region_has_stage_teams_and_a_director_each():
    chart = build_chart(default_params("assembly_line", ("region", ("North", "South"))))
    stage_teams = [t for t in chart.teams() if t.kind == "stage"]
    assert sorted(t.id for t in stage_teams) == sorted(
        f"{r}-{s}" for r in ("north", "south") for s in ("lead-generation", "closing", "retention")
    )
    assert {t.region for t in stage_teams} == {"North", "South"}
    assert chart.reports_of("sales-leader")[:2] == ["north-head", "south-head"]
    north = chart.position("north-head")
    assert (north.title, north.role, north.region) == (
        "Sales Director, North",
        "sales_leader",
        "North",
    )
    assert chart.reports_of("north-head") == ["north-sales-manager-1", "north-retention-manager-1"]
    shared = chart.position("north-sales-manager-1")
    assert (shared.title, shared.team) == ("Sales Manager, Lead Generation and Closing", None)
    assert chart.position("north-retention-manager-1").team == "north-retention"
    assert chart.manager_of("south-ae-3") == "south-sales-manager-1"
    assert chart.position("south-ae-3").team == "south-closing"


def test_pod_per_product_line_is_one_pod_per_value():
    chart = build_chart(default_params("pod", ("product_line", ("A", "B", "C"))))
    pods = [t for t in chart.teams() if t.kind == "pod"]
    assert [(t.id, t.name, t.product_line) for t in pods] == [
        ("a-pod-1", "Pod A", "A"),
        ("b-pod-1", "Pod B", "B"),
        ("c-pod-1", "Pod C", "C"),
    ]
    # one pod lead per value: no director in between
    assert chart.reports_of("sales-leader")[:3] == ["a-pod-1-lead", "b-pod-1-lead", "c-pod-1-lead"]
    members = chart.team_members("b-pod-1")
    assert sorted(chart.position(m).role for m in members) == [
        "ae",
        "ae",
        "am",
        "sales_manager",
        "sdr",
    ]


def test_unsegmented_pods_are_named_by_number():
    chart = build_chart(default_params("pod"))
    assert [(t.id, t.name) for t in chart.teams() if t.kind == "pod"] == [
        ("pod-1", "Pod 1"),
        ("pod-2", "Pod 2"),
        ("pod-3", "Pod 3"),
    ]
    assert chart.manager_of("pod-2-ae-2") == "pod-2-lead"


@pytest.mark.parametrize(
    ("values", "per_value"),
    [(("N", "S"), 6), (("N", "S", "W"), 4), (("N", "S", "W", "E"), 3)],
)
def test_segmented_island_stays_within_island_scale(values, per_value):
    params = default_params("island", ("region", values))
    assert params.generalists == per_value
    chart = build_chart(params)
    assert counts(chart).sellers <= 12
    assert warnings(chart) == []
    assert {t.kind for t in chart.teams()} == {"other", "operations", "enablement"}


def test_island_with_too_many_values_cannot_avoid_warnings():
    params = default_params("island", ("region", ("A", "B", "C", "D", "E")))
    assert params.generalists == 3  # the fewest a segment may have (segmentation.excessive)
    assert {f.rule for f in warnings(build_chart(params))} == {"model.island_scale"}
