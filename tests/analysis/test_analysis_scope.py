"""The sales scope (RULES.md "The sales scope") and what the management rules read from it."""

import pytest
from support.chartspec import build

from orgeditor.analysis import SCOPE_MODES, scope_description, scope_for
from orgeditor.model import Position

COMPANY = """
    ceo: CEO | name="Ada Berg"
      cfo: CFO | name=Bo
        acc*2: Accountant
      vp: VP Sales | name="Vera Berg"
        cro: Chief Revenue Officer | name=Cy
        m1: Sales Manager | name=Mia
          s*3: SDR
        m2: Sales Manager | name=Ola
          a*2: Account Executive
          t1: Sales Team Lead | name=Tor
            c1: Account Manager
      hr: HR Director
        rec*2: Recruiter
"""


def test_the_highest_sales_leader_is_the_top():
    chart = build(COMPANY)
    scope = scope_for(chart)
    assert scope.basis == "sales_leaders"
    assert scope.tops == ("vp",)  # the CRO below the VP is inside, not a second top
    assert set(scope.positions) == {
        *("vp", "cro", "m1", "m2", "t1"),
        *("s1", "s2", "s3", "a1", "a2", "c1"),
    }
    assert "ceo" not in scope and "hr" not in scope
    assert not scope.whole
    assert scope_description(chart) == (
        "Checking the sales unit under Vera Berg (VP Sales), 11 positions"
    )


def test_first_line_managers_and_layers():
    chart = build(COMPANY)
    scope = scope_for(chart)
    assert scope.first_line_managers == ("m1", "m2", "t1")
    # vp > m1 > s*: 2; vp > m2 > a*: 2; vp > m2 > t1 > c1: 3
    assert scope.seller_layers == ((2, 5), (3, 1))
    assert scope.deepest_seller == "c1"
    assert scope.deepest_chain(chart) == ("vp", "m2", "t1")
    assert scope.max_layers == 3
    assert scope.sellers_below(2) == 1


def test_the_whole_chart_measured_the_same_way():
    chart = build(COMPANY)
    scope = scope_for(chart, "all")
    assert scope.basis == "whole" and scope.whole
    assert scope.tops == ("ceo",)
    assert scope.deepest_chain(chart) == ("ceo", "vp", "m2", "t1")
    assert scope_description(chart, "all") == "Checking the whole chart, 18 positions"


def test_several_sales_units():
    chart = build("""
        ceo: CEO
          emea: VP Sales EMEA | name=Eva
            s*2: SDR
          us: VP Sales US | name=Ulf
            a*2: Account Executive
          cfo: CFO
    """)
    scope = scope_for(chart)
    assert scope.tops == ("emea", "us")
    assert scope_description(chart) == (
        "Checking the sales units under Eva (VP Sales EMEA) and Ulf (VP Sales US), 6 positions"
    )


def test_without_sales_leaders_the_managers_of_sellers():
    chart = build("""
        ceo: CEO
          ops: Operations Director
            lead: Team Lead | name=Tina
              s*4: Sales Representative
              sub: Team Lead
                s5: Sales Representative
          hr: HR Director
            rec*3: Recruiter
    """)
    scope = scope_for(chart)
    assert scope.basis == "seller_managers"
    assert scope.tops == ("lead",)  # sub is below lead: inside, not a second top
    assert set(scope.positions) == {"lead", "sub", "s1", "s2", "s3", "s4", "s5"}
    assert scope_description(chart) == (
        "Checking the sales team under Tina (Team Lead), 7 positions"
    )


def test_without_sellers_the_whole_chart():
    chart = build("ceo: CEO\n  cfo: CFO\n  hr: HR Director")
    scope = scope_for(chart)
    assert scope.basis == "whole" and scope.whole
    assert scope.tops == ("ceo",)
    assert scope_description(chart) == "Checking the whole chart, 3 positions"
    assert scope_description(build("")) == "Checking the whole chart, 0 positions"


def test_sellers_nobody_manages_leave_the_whole_chart():
    chart = build("s1: Sales Representative\ns2: Sales Representative\nceo: CEO\n  cfo: CFO")
    scope = scope_for(chart)
    assert scope.basis == "whole" and scope.tops == ("s1", "s2", "ceo")
    assert scope_description(chart) == "Checking the whole chart, 4 positions"


def test_a_sales_leader_at_the_root_scopes_the_whole_chart():
    chart = build("vp: VP Sales\n  s*3: SDR")
    scope = scope_for(chart)
    assert scope.tops == ("vp",) and scope.whole
    assert scope_description(chart) == "Checking the whole chart, 4 positions"


def test_the_scope_follows_edits():
    chart = build(COMPANY)
    assert scope_for(chart).tops == ("vp",)
    chart.add_position(Position("x", "Xia", "Chief Revenue Officer"), "ceo")
    chart.set_manager("vp", "x")
    assert scope_for(chart).tops == ("x",)
    chart.update_position("x", title="COO")
    assert scope_for(chart).tops == ("vp",)


def test_modes():
    assert SCOPE_MODES == ("sales", "all")
    with pytest.raises(ValueError, match="unknown scope"):
        scope_for(build("vp: VP Sales"), "sellers")


def test_the_tracker_follows_removals_without_walking_again(monkeypatch):
    from orgeditor.analysis import ChartFacts, ScopeTracker, compute_scope
    from orgeditor.analysis import scope as scope_module

    chart = build(COMPANY)
    facts = ChartFacts(chart)
    tracker = ScopeTracker("sales")
    tracker.current(chart, facts)
    tracker.take_changes()
    walks = []
    real = scope_module.compute_scope
    monkeypatch.setattr(scope_module, "compute_scope", lambda *a: walks.append(a) or real(*a))

    for pid in ("s2", "m2", "rec1"):  # a seller; a manager (its reports move up); outside
        changes = []
        chart.subscribe(changes.append)
        chart.remove_position(pid)
        chart.unsubscribe(changes.append)
        for change in changes:
            facts.apply(chart, change)
            tracker.apply(chart, facts, change)
        assert tracker.current(chart, facts) == compute_scope(chart, ChartFacts(chart))
    assert not walks
    _tops, members, _shape = tracker.take_changes()
    assert members == {"s2", "m2"}
