"""model.*: the sales-model rules, at their thresholds."""

from support.chartspec import build, fired, sellers_line

from orgeditor.analysis import infer_model
from orgeditor.model import Position
from orgeditor.rules import run


def assembly(sdr: int, ae: int, am: int, **settings):
    """Stage teams: one manager per specialism."""
    lines = ["vp: VP Sales"]
    for n, (count, prefix, title) in enumerate(
        ((sdr, "sdr", "SDR"), (ae, "ae", "Account Executive"), (am, "am", "Account Manager"))
    ):
        if count:
            lines += [f"  m{n}: Sales Manager", f"    {prefix}*{count}: {title}"]
    return build("\n".join(lines), **settings)


# ----- model.island_scale: island and sellers > 12 ---------------------------------------


def test_island_scale_fires_at_13_sellers():
    chart = build(f"vp: VP Sales\n  {sellers_line('s', 13)}")
    (found,) = fired(run(chart), "model.island_scale")
    assert found.severity == "warning"
    assert found.message == (
        "Island model (inferred: 13 of 13 sellers are generalists) with 13 sellers (more than 12)"
    )
    assert found.positions == ("vp",)


def test_island_scale_silent_at_12_sellers():
    assert not fired(run(build(f"vp: VP Sales\n  {sellers_line('s', 12)}")), "model.island_scale")


def test_island_scale_follows_the_declared_model():
    chart = build(f"vp: VP Sales\n  {sellers_line('s', 13)}", declared_model="pod")
    assert not fired(run(chart), "model.island_scale")


# ----- model.assembly_line_small: assembly line and sellers < 6 ---------------------------


def test_assembly_line_small_fires_at_five_sellers():
    (found,) = fired(run(assembly(2, 2, 1)), "model.assembly_line_small")
    assert found.severity == "warning"
    assert found.message.startswith("Assembly line (inferred: 5 of 5 specialists sit in")
    assert found.message.endswith("with 5 sellers (fewer than 6)")


def test_assembly_line_small_silent_at_six_sellers():
    assert not fired(run(assembly(2, 2, 2)), "model.assembly_line_small")


# ----- model.assembly_line_gap ------------------------------------------------------------


def test_gap_for_the_whole_chart():
    (found,) = fired(run(assembly(3, 3, 0)), "model.assembly_line_gap")
    assert found.message == (
        "The assembly line has no retention seller (AM/CSM) among its 6 sellers"
    )
    assert found.positions == ("vp",)


def test_no_gap_with_every_stage():
    assert not fired(run(assembly(2, 2, 2)), "model.assembly_line_gap")


def test_declared_assembly_line_without_sellers_has_three_gaps():
    findings = run(build("vp: VP Sales", declared_model="assembly_line"))
    assert len(fired(findings, "model.assembly_line_gap")) == 3
    assert fired(findings, "model.assembly_line_small")


def test_gap_per_value_of_the_primary_dimension():
    chart = build("""
        vp: VP Sales
          m1: Sales Manager
            ws*2: SDR | region=West
            es*2: SDR | region=East
          m2: Sales Manager
            wa*2: Account Executive | region=West
            ea*2: Account Executive | region=East
          m3: Sales Manager
            wm*2: Account Manager | region=West
    """)
    (found,) = fired(run(chart), "model.assembly_line_gap")
    assert found.message == "Region East has no retention seller (AM/CSM) among its 4 sellers"
    assert found.positions == ("ea1", "ea2", "es1", "es2")


def test_a_generalist_covers_every_stage():
    chart = assembly(3, 3, 0)
    chart.add_position(Position("g", "G", "Sales Representative"), "vp")
    assert infer_model(chart).model == "assembly_line"
    assert not fired(run(chart), "model.assembly_line_gap")


def test_gap_silent_for_other_models():
    chart = assembly(3, 3, 0)
    chart.update_settings(declared_model="pod")
    assert not fired(run(chart), "model.assembly_line_gap")


# ----- model.pod_incomplete ---------------------------------------------------------------

PODS = """
    vp: VP Sales
      m1: Sales Manager
        p1s: SDR | team=p1
        p1a: Account Executive | team=p1
        p1m: Customer Success Manager | team=p1
      m2: Sales Manager
        p2s: SDR | team=p2
        p2a: Account Executive | team=p2
"""


def test_pod_incomplete_fires_per_pod():
    chart = build(PODS, teams={"p1": {"kind": "pod"}, "p2": {"kind": "pod", "name": "Nord"}})
    (found,) = fired(run(chart), "model.pod_incomplete")
    assert found.severity == "warning"
    assert found.message == "Pod Nord (2 members) lacks retention (AM/CSM)"
    assert found.positions == ("p2a", "p2s")


def test_pod_complete_is_silent():
    chart = build(
        PODS.replace("p2a: Account Executive", "p2a: Account Manager")
        + "        p2x: Account Executive | team=p2",
        teams={"p1": {"kind": "pod"}, "p2": {"kind": "pod"}},
    )
    assert not fired(run(chart), "model.pod_incomplete")


def test_mixed_manager_teams_are_pods():
    chart = build("""
        vp: VP Sales
          m1: Sales Manager | name=Ola
            s1: SDR
            a1: Account Executive
          m2: Sales Manager | name=Kari
            s2: SDR
            a2: Account Executive
            c2: Account Manager
    """)
    (found,) = fired(run(chart), "model.pod_incomplete")
    assert found.message == "The team of Ola (2 members) lacks retention (AM/CSM)"
    assert found.positions == ("a1", "s1")


def test_one_mixed_manager_team_is_no_pod():
    # RULES.md: one mixed group on its own is a single team working stage by stage
    chart = build("""
        vp: VP Sales
          m1: Sales Manager | name=Ola
            s1: SDR
            a1: Account Executive
    """)
    findings = run(chart)
    assert not fired(findings, "model.pod_incomplete")
    assert infer_model(chart).model == "assembly_line"
    (gap,) = fired(findings, "model.assembly_line_gap")
    assert gap.message.startswith("The assembly line has no retention seller")


def test_an_empty_pod_lacks_everything():
    chart = build(
        PODS, teams={"p1": {"kind": "pod"}, "p2": {"kind": "other"}, "p3": {"kind": "pod"}}
    )
    found = fired(run(chart), "model.pod_incomplete")
    assert [f.message for f in found] == [
        "Pod p3 (0 members) lacks lead generation (SDR/BDR), closing (AE), retention (AM/CSM)",
        "Pod p2 (2 members) lacks retention (AM/CSM)",  # mixed, though not of kind pod
    ]
    assert found[0].positions == ()


def test_pod_incomplete_silent_for_other_models():
    chart = build(
        PODS, teams={"p1": {"kind": "pod"}, "p2": {"kind": "pod"}}, declared_model="island"
    )
    assert not fired(run(chart), "model.pod_incomplete")


def test_generalists_do_not_fill_a_pod_stage():
    chart = build(
        PODS + "        p2g: Sales Representative | team=p2",
        teams={"p1": {"kind": "pod"}, "p2": {"kind": "pod"}},
    )
    assert fired(run(chart), "model.pod_incomplete")


# ----- model.relationship_handoffs --------------------------------------------------------


def test_relationship_industry_fires():
    (found,) = fired(
        run(assembly(2, 2, 2, industry="Retail Banking")), "model.relationship_handoffs"
    )
    assert found.severity == "info"
    assert "relationship-driven industry (Retail Banking)" in found.message


def test_norwegian_industry_term():
    assert fired(run(assembly(2, 2, 2, industry="Eiendomsmegling")), "model.relationship_handoffs")


def test_other_industry_is_silent():
    assert not fired(run(assembly(2, 2, 2, industry="Software")), "model.relationship_handoffs")


def test_most_common_vertical_fires():
    chart = assembly(2, 2, 2)
    for pid in ("sdr1", "sdr2", "ae1", "ae2"):
        chart.update_position(pid, vertical="Insurance")
    chart.update_position("am1", vertical="Retail")
    (found,) = fired(run(chart), "model.relationship_handoffs")
    assert "most common vertical (Insurance, 4 of 6 sellers)" in found.message


def test_minority_vertical_is_silent():
    chart = assembly(2, 2, 2)
    chart.update_position("sdr1", vertical="Insurance")
    for pid in ("sdr2", "ae1"):
        chart.update_position(pid, vertical="Retail")
    assert not fired(run(chart), "model.relationship_handoffs")


def test_relationship_silent_for_island():
    chart = assembly(2, 2, 2, industry="banking", declared_model="island")
    assert not fired(run(chart), "model.relationship_handoffs")
