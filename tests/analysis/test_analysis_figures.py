"""Headcount, spans, layers, cost, vacancies and segmentation facts."""

from support.chartspec import build

from orgeditor.analysis import (
    UNASSIGNED,
    ChartFacts,
    cost_totals,
    counts,
    facts_for,
    layers,
    segmentation,
    spans,
    vacancies,
)
from orgeditor.model import Position


def test_counts(org):
    figures = counts(org())
    assert figures.positions == 14
    assert figures.sellers == 5  # vacant and planned seats count
    assert figures.vacant_sellers == 2
    assert figures.enablement == 3  # specialist, VP of Sales Enablement, and the CRO
    assert figures.operations == 1
    assert figures.executive_sponsors == 2  # CRO and VP of Sales Enablement
    assert figures.by_family == {
        "leadership": 5,
        "seller": 5,
        "operations": 1,
        "enablement": 2,
        "other": 1,
    }
    assert figures.by_role["sdr"] == 2 and figures.by_role["generalist"] == 2
    assert figures.by_stage == {"lead_generation": 2, "closing": 1, "all": 2}
    assert figures.by_status == {"filled": 12, "vacant": 1, "planned": 1}
    assert (figures.filled, figures.open) == (12, 2)
    assert figures.summary() == {"positions": 14, "sellers": 5, "enablement": 3, "operations": 1}


def test_spans_are_solid_lines_only(org):
    chart = org()
    chart.add_dotted_line("cfo", "s1")
    assert spans(chart) == {"ceo": 2, "cro": 4, "vp": 2, "m1": 3, "m2": 2}


def test_layers(org):
    assert layers(build("")) == 0
    assert layers(build("ceo: CEO")) == 1  # a single root alone is one layer
    assert layers(build("a: CEO\nb: CFO")) == 1
    assert layers(org()) == 5


def test_cost_totals(org):
    totals = cost_totals(org())
    assert totals.total == 790
    assert totals.has_data and (totals.costed, totals.uncosted) == (7, 7)
    assert totals.by_team == {None: 590, "west": 200}
    assert totals.by_segment["region"] == {UNASSIGNED: 530, "West": 200, "East": 60}


def test_no_cost_data_is_none_not_zero():
    totals = cost_totals(build("ceo: CEO\n  a: SDR"))
    assert totals.total is None and not totals.has_data
    assert totals.by_team == {} and totals.by_segment == {}


def test_vacancies_in_chart_order(org):
    assert vacancies(org()) == ["a1", "g2"]


def test_segmentation_facts(org):
    facts = segmentation(org())
    assert facts.used_dimensions == ("region",)
    assert facts.values["region"] == ("East", "West")
    assert facts.seller_cells == {
        "s1": ("West",),
        "s2": ("West",),
        "a1": ("West",),
        "g1": ("East",),
        "g2": ("East",),
    }
    assert facts.cells == {("East",): ("g1", "g2"), ("West",): ("s1", "s2", "a1")}
    assert facts.primary == "region"


def test_primary_dimension_fewest_values_then_order():
    chart = build("""
        vp: VP Sales
          a: Sales Rep | region=N product_line=X vertical=V1
          b: Sales Rep | region=S product_line=Y vertical=V2
          c: Sales Rep | region=E product_line=X vertical=V1
    """)
    facts = segmentation(chart)
    assert facts.used_dimensions == ("region", "product_line", "vertical")
    assert facts.primary == "product_line"  # 2 values; vertical also has 2 but comes later
    assert facts.cells[("N", "X", "V1")] == ("a",)
    missing = build(
        "vp: VP Sales\n  a: Sales Rep | region=N\n  b: Sales Rep | region=S\n  c: Sales Rep"
    )
    assert segmentation(missing).seller_cells["c"] == (UNASSIGNED,)


def test_facts_are_kept_up_to_date_change_by_change(org):
    chart = org()
    first = facts_for(chart)
    sellers = first.sellers
    assert facts_for(chart) is first
    chart.add_position(Position("x", "X", "SDR"), "m2")
    second = facts_for(chart)
    assert second is first  # the same facts, brought up to date: not rebuilt
    assert second.sellers == sellers + 1 and second.revision == chart.revision
    assert second.records.keys() == ChartFacts(chart).records.keys()


def test_facts_asked_for_in_the_middle_of_a_notification_are_current(org):
    chart = org()
    seen = []
    # this listener hears of the change before the facts do
    chart.subscribe(lambda change: seen.append(facts_for(chart).sellers))
    facts_for(chart)
    chart.add_position(Position("y", "Y", "SDR"), "m2")
    assert seen == [ChartFacts(chart).sellers]
    assert facts_for(chart).sellers == ChartFacts(chart).sellers  # not counted twice


def test_a_listener_that_passes_the_change_gets_it_applied_not_a_rebuild(org, monkeypatch):
    chart = org()
    seen = []
    # hears of the change before the facts' own listener, and says which change it is
    chart.subscribe(lambda change: seen.append(facts_for(chart, change).sellers))
    first = facts_for(chart)
    rebuilds = []
    rebuild = ChartFacts.rebuild
    monkeypatch.setattr(
        ChartFacts, "rebuild", lambda self, c: rebuilds.append(1) or rebuild(self, c)
    )
    chart.add_position(Position("y", "Y", "SDR"), "m2")
    chart.update_position("y", title="Account Executive")
    assert rebuilds == []
    assert facts_for(chart) is first and first.revision == chart.revision
    fresh = ChartFacts(chart)
    assert seen == [fresh.sellers, fresh.sellers]
    assert first.records == fresh.records and first.stage_counts == fresh.stage_counts


def test_incremental_facts_match_a_rebuild(org):
    chart = org()
    facts = ChartFacts(chart)
    chart.subscribe(lambda change: facts.apply(chart, change))
    chart.update_team("west", region="North")
    chart.remove_position("m1")
    chart.update_position("g1", title="Account Manager", region="")
    fresh = ChartFacts(chart)
    assert facts.sellers == fresh.sellers and facts.spans == fresh.spans
    assert facts.segments.used == fresh.segments.used
    assert {c: set(m) for c, m in facts.segments.cells().items()} == {
        c: set(m) for c, m in fresh.segments.cells().items()
    }
    assert facts.teams.mixed == fresh.teams.mixed
