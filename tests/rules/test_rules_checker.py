"""The incremental Checker always agrees with a full run(chart), whatever the edits."""

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.chartspec import build, fired, sales_org

from orgeditor.analysis import ChartFacts, compute_scope, facts_for
from orgeditor.model import Chart, ImportProblem, Position, Team
from orgeditor.rules import (
    Checker,
    Finding,
    default_config,
    effective_config,
    load_config,
    run,
)

TITLES = [
    "CEO",
    "Chief Revenue Officer",
    "VP Sales",
    "Sales Manager",
    "SDR",
    "Account Executive",
    "Account Manager",
    "Customer Success Manager",
    "Sales Representative",
    "Sales Analyst",
    "VP of Sales Enablement",
    "Sales Enablement Program Manager",
    "Enablement Coordinator",
    "Marketing Manager",
    "Engineer",
    "",
]
ROLES = [None, "sdr", "ae", "am", "generalist", "sales_ops", "cro", "other"]
VALUES = ["", "", "West", "East", "North"]
VERTICALS = ["", "Retail", "Banking", "Insurance"]
FIELDS = {
    "title": st.sampled_from(TITLES),
    "explicit_role": st.sampled_from(ROLES),
    "status": st.sampled_from(["filled", "vacant", "planned"]),
    "region": st.sampled_from(VALUES),
    "product_line": st.sampled_from(["", "Core", "Cloud"]),
    "customer_size": st.sampled_from(["", "SMB", "Enterprise"]),
    "vertical": st.sampled_from(VERTICALS),
    "name": st.sampled_from(["", "Ada", "Bo"]),
    "cost": st.sampled_from([None, 1000.0]),
}
OVERRIDES = [
    {},
    {"span.too_wide": {"span_max": 2}},
    {"enablement.missing": {"enabled": False}, "model.island_scale": {"island_max_sellers": 3}},
    {"segmentation.excessive": {"min_sellers_per_cell": 1}, "span.too_narrow": {"enabled": False}},
    {"checks": {"scope": "all"}, "management.too_many_layers": {"max_layers": 1}},
    {
        "management.over_managed": {"min_sellers_per_manager": 5},
        "management.too_many_layers": {"max_layers": 2},
        "enablement.unowned": {"owner_min_sellers": 2},
    },
]


def same_facts(incremental: ChartFacts, chart: Chart) -> None:
    fresh = ChartFacts(chart)
    assert incremental.sellers == fresh.sellers
    assert incremental.vacant_sellers == fresh.vacant_sellers
    assert incremental.stage_counts == fresh.stage_counts
    assert incremental.spans == fresh.spans
    assert set(incremental.roots) == set(fresh.roots)
    assert {k: set(v) for k, v in incremental.ids_by_role.items() if v} == {
        k: set(v) for k, v in fresh.ids_by_role.items() if v
    }
    assert incremental.teams.mixed == fresh.teams.mixed
    assert incremental.teams.specialists_in_mixed == fresh.teams.specialists_in_mixed
    assert incremental.teams.stages == fresh.teams.stages
    assert incremental.teams.kinds == fresh.teams.kinds
    assert incremental.teams.mixed_kinds == fresh.teams.mixed_kinds
    assert incremental.segments.used == fresh.segments.used
    assert {c: set(m) for c, m in incremental.segments.cells().items()} == {
        c: set(m) for c, m in fresh.segments.cells().items()
    }


def edit(chart: Chart, data: st.DataObject, serial: list[int]) -> None:
    ids = sorted(chart.position_ids())
    teams = sorted(t.id for t in chart.teams())
    action = data.draw(
        st.sampled_from(
            [
                "add",
                "add",
                "remove",
                "reparent",
                "reparent",
                "field",
                "field",
                "team",
                "team_field",
                "team_field",
                "team_remove",
                "settings",
                "dotted",
            ]
        )
    )
    if action == "add" or not ids:
        serial[0] += 1
        chart.add_position(
            Position(
                f"p{serial[0]}",
                title=data.draw(FIELDS["title"]),
                status=data.draw(FIELDS["status"]),
                region=data.draw(FIELDS["region"]),
                vertical=data.draw(FIELDS["vertical"]),
                team=data.draw(st.sampled_from([None, *teams])),
            ),
            data.draw(st.sampled_from([None, *ids])),
        )
    elif action == "remove":
        chart.remove_position(data.draw(st.sampled_from(ids)))
    elif action == "reparent":
        pid = data.draw(st.sampled_from(ids))
        manager = data.draw(st.sampled_from([None, *ids]))
        if manager is None or not chart.would_cycle(pid, manager):
            chart.set_manager(pid, manager)
    elif action == "field":
        pid = data.draw(st.sampled_from(ids))
        name = data.draw(st.sampled_from([*FIELDS, "team"]))
        value = data.draw(st.sampled_from([None, *teams]) if name == "team" else FIELDS[name])
        chart.update_position(pid, **{name: value})
    elif action == "team":
        serial[0] += 1
        chart.add_team(
            Team(
                f"team{serial[0]}",
                kind=data.draw(st.sampled_from(["pod", "other"])),
                region=data.draw(FIELDS["region"]),
            )
        )
    elif action == "team_field" and teams:
        chart.update_team(
            data.draw(st.sampled_from(teams)),
            kind=data.draw(st.sampled_from(["pod", "stage", "other"])),
            region=data.draw(FIELDS["region"]),
            name=data.draw(st.sampled_from(["", "North pod"])),
        )
    elif action == "team_remove" and teams:
        chart.remove_team(data.draw(st.sampled_from(teams)))
    elif action == "settings":
        chart.update_settings(
            declared_model=data.draw(
                st.sampled_from([None, None, "pod", "island", "assembly_line"])
            ),
            industry=data.draw(st.sampled_from(["", "banking", "software"])),
            rule_overrides=data.draw(st.sampled_from(OVERRIDES)),
        )
    elif action == "dotted" and len(ids) > 1:
        a, b = data.draw(st.sampled_from(ids)), data.draw(st.sampled_from(ids))
        if a != b:
            chart.add_dotted_line(a, b)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_checker_equals_run_after_random_edits(data):
    random_edits(data, start_chart())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_checker_equals_run_after_random_edits_in_a_pod_chart(data):
    """The pod model holds from the start: model.pod_incomplete is re-checked team by team."""
    chart = start_chart()
    chart.update_settings(declared_model="pod")
    random_edits(data, chart)


def start_chart() -> Chart:
    return build(
        """
        vp: VP Sales
          m1: Sales Manager
            s*3: SDR | region=West
            g1: Sales Representative
          m2: Sales Manager
            a*2: Account Executive | team=t1
            c1: Account Manager | team=t1 region=East
          m3: Sales Manager
            k*2: Account Manager | region=East
    """,
        teams={"t1": {"kind": "pod", "region": "North"}},
    )


def random_edits(data: st.DataObject, chart: Chart) -> None:
    checker = Checker(chart)
    facts_for(chart)  # from here on kept up to date from the changes, like the Checker's own
    follower = DeltaFollower(checker)
    serial = [0]
    for _ in range(data.draw(st.integers(1, 25))):
        if data.draw(st.integers(0, 9)) == 0:
            with chart.quiet():  # a bulk change arrives as one RESET
                for _ in range(3):
                    edit(chart, data, serial)
        else:
            edit(chart, data, serial)
        if data.draw(st.integers(0, 3)):  # mostly look after each edit, sometimes after several
            assert checker.findings() == run(chart)
            if data.draw(st.booleans()):  # the changes, taken now or after several looks
                follower.follow()
            same_facts(checker.facts, chart)
            same_facts(facts_for(chart), chart)
            same_scopes(checker, chart)
    assert checker.findings() == run(chart)
    follower.follow()
    same_facts(facts_for(chart), chart)
    same_facts(checker.facts, chart)
    same_scopes(checker, chart)


class DeltaFollower:
    """A consumer that keeps its copy of the findings from Checker.changes() alone."""

    def __init__(self, checker: Checker) -> None:
        self.checker = checker
        self.held: Counter[Finding] = Counter()

    def follow(self) -> None:
        delta = self.checker.changes()
        current = Counter(self.checker.findings())
        if delta.full:
            self.held = current
            return
        for finding in delta.removed:
            assert self.held[finding] > 0, finding
            self.held[finding] -= 1
        self.held.update(delta.added)
        assert +self.held == current
        assert not set(delta.removed) & set(delta.added)


def same_scopes(checker: Checker, chart: Chart) -> None:
    """The scopes the Checker kept up to date change by change equal fresh walks."""
    fresh = ChartFacts(chart)
    mode = effective_config(default_config(), chart.settings.rule_overrides).scope
    assert checker.scope == compute_scope(chart, fresh, mode)
    for tracked_mode, tracker in checker._trackers.items():  # the sales scope, kept as well
        assert tracker.current(chart, checker.facts) == compute_scope(chart, fresh, tracked_mode)


def test_checker_sees_import_problems_and_in_place_overrides():
    chart = sales_org(3)
    checker = Checker(chart)
    assert checker.findings() == run(chart)
    chart.import_problems = [ImportProblem("unknown_manager", "row 2", ("s1",), 2, "Bob")]
    chart.set_manager("s1", None)
    assert fired(checker.findings(), "structure.unknown_manager")
    chart.settings.rule_overrides["span.too_wide"] = {"span_max": 1}  # no notification
    assert fired(checker.findings(), "span.too_wide")
    assert checker.findings() == run(chart)


def test_checker_config_and_close(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('["span.too_wide"]\nspan_max = 2\n', encoding="utf-8")
    chart = sales_org(3)
    checker = Checker(chart, load_config(path))
    assert fired(checker.findings(), "span.too_wide")
    checker.set_config(None)
    assert not fired(checker.findings(), "span.too_wide")
    checker.close()
    chart.add_position(Position("x", "X", "SDR"), "vp")
    # no longer listening, but a look still catches up (the revision moved on)
    assert checker.findings() == run(chart)


def test_findings_are_copies():
    checker = Checker(sales_org(8))
    first = checker.findings()
    first.clear()
    assert checker.findings()


SCENARIO = """
    vp: VP Sales
      m1: Sales Manager
        s*2: SDR | region=West
        o*2: Account Executive | region=West status=vacant
      m2: Sales Manager
        p*2: Account Executive | team=t1
      m3: Sales Manager
        only: Account Manager | region=East
"""

EDITS = [
    ("open seat", lambda c: c.update_position("s1", status="planned")),
    ("seat filled", lambda c: c.update_position("o1", status="filled")),
    ("team region", lambda c: c.update_team("t1", region="North")),
    ("team kind", lambda c: c.update_team("t1", kind="pod")),
    ("team name", lambda c: c.update_team("t1", name="Nord")),
    ("only report renamed", lambda c: c.update_position("only", name="Kari")),
    ("manager retitled", lambda c: c.update_position("m3", name="", title="Team Lead")),
    ("explicit role", lambda c: c.update_position("p1", explicit_role="sdr")),
    ("team dissolved", lambda c: c.remove_team("t1")),
    ("dotted line", lambda c: c.add_dotted_line("m1", "only")),
    ("declared model", lambda c: c.update_settings(declared_model="pod")),
    ("industry", lambda c: c.update_settings(industry="Banking")),
    ("manager removed", lambda c: c.remove_position("m2")),
    ("reparent", lambda c: c.set_manager("only", "m1")),
    ("vertical", lambda c: c.update_position("s2", vertical="Insurance")),
    ("cost only", lambda c: c.update_position("s2", cost=5.0)),
    # the scope: its tops, its managers and their layers
    ("leader demoted", lambda c: c.update_position("vp", title="Chief Executive Officer")),
    ("a CRO above", lambda c: c.add_position(Position("cro", "Ada", "Chief Revenue Officer"))),
    ("CRO takes the top", lambda c: c.set_manager("vp", "cro")),
    ("a layer more", lambda c: c.add_position(Position("lead", "Bo", "Team Lead"), "m1")),
    ("sellers under it", lambda c: [c.set_manager(pid, "lead") for pid in ("s1", "s2")]),
    ("an HR tree beside", lambda c: c.add_position(Position("hr", "Cy", "HR Director"))),
    ("whole-chart scope", lambda c: c.update_settings(rule_overrides={"checks": {"scope": "all"}})),
]


def test_checker_after_each_kind_of_edit():
    chart = build(SCENARIO, teams={"t1": {"kind": "other"}})
    checker = Checker(chart)
    assert checker.findings() == run(chart)
    for label, apply in EDITS:
        apply(chart)
        assert checker.findings() == run(chart), label


def test_a_failing_rule_leaves_the_checker_whole(monkeypatch):
    from orgeditor.rules import checker as checker_module

    chart = sales_org(4)
    checker = Checker(chart)
    checker.findings()
    checker.changes()
    real = checker_module.evaluate

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in a rule")

    monkeypatch.setattr(checker_module, "evaluate", broken)
    chart.add_position(Position("x", "X", "SDR"), "vp")
    with pytest.raises(RuntimeError):
        checker.findings()
    monkeypatch.setattr(checker_module, "evaluate", real)
    chart.remove_position("x")
    assert checker.findings() == run(chart)
    assert checker.changes().full  # whoever follows the changes starts over


def test_the_checker_shares_the_charts_facts():
    """One ChartFacts per chart: the checks, the figures and the status bar read the same."""
    chart = sales_org(3)
    checker = Checker(chart)
    assert checker.facts is facts_for(chart)
    chart.add_position(Position("shared1", "S", "SDR"), "vp")
    assert checker.findings() == run(chart)
    assert checker.facts is facts_for(chart) and checker.facts.revision == chart.revision
    checker.close()
