"""Model inference: each model, the precedence, and the reason shown to the user
(RULES.md "Which model a chart follows")."""

import pytest
from support.chartspec import build

from orgeditor.analysis import ModelInference, infer_model, infer_team_model

PODS = """
    vp: VP Sales
      m1: Sales Manager
        s1: SDR
        a1: Account Executive
        c1: Customer Success Manager
      m2: Sales Manager
        s2: SDR
        a2: Account Executive
        c2: Account Manager
"""
STAGES = """
    vp: VP Sales
      m1: Sales Manager
        s*3: SDR
      m2: Sales Manager
        a*3: Account Executive
"""


def test_no_sellers_is_none():
    assert infer_model(build("ceo: CEO\n  cfo: CFO")) == ModelInference(
        "none", "inferred: no sellers", False
    )


def test_generalists_are_an_island():
    chart = build("vp: VP Sales\n  g*6: Sales Representative")
    assert infer_model(chart) == ModelInference(
        "island", "inferred: 6 of 6 sellers are generalists", False
    )


def test_one_stage_is_an_island():
    chart = build("vp: VP Sales\n  s*5: SDR")
    assert infer_model(chart) == ModelInference(
        "island", "inferred: only one stage (lead generation) is present", False
    )


def test_two_mixed_groups_are_pods():
    # no `team` anywhere: the groups are the managers' reports, and the reason says so
    assert infer_model(build(PODS)) == ModelInference(
        "pod", "inferred: 6 of 6 specialists sit in 2 mixed groups (by manager)", False
    )


def test_the_example_reason():
    # RULES.md's example, with `team`s: the reason says teams
    lines = ["vp: VP Sales", "  m1: Sales Manager"]
    for team in ("t1", "t2", "t3"):
        lines += [
            f"    {team}s: SDR | team={team}",
            f"    {team}a: Account Executive | team={team}",
            f"    {team}m: Account Manager | team={team}",
        ]
    lines += ["  m2: Sales Manager", "    y*3: Account Executive"]
    chart = build("\n".join(lines), teams={"t1": {}, "t2": {}, "t3": {}})
    assert infer_model(chart) == ModelInference(
        "pod", "inferred: 9 of 12 specialists sit in 3 mixed teams", False
    )


def test_the_reason_counts_teams_and_groups_apart():
    chart = build(
        PODS.replace("s1: SDR", "s1: SDR | team=t1").replace(
            "a1: Account Executive", "a1: Account Executive | team=t1"
        ),
        teams={"t1": {}},
    )
    # t1 (s1, a1) is a mixed team; m1's c1 alone is single-stage; m2 is a mixed group
    assert infer_model(chart).reason == (
        "inferred: 5 of 6 specialists sit in 1 mixed team and 1 mixed group (by manager)"
    )


def test_single_stage_groups_are_an_assembly_line():
    assert infer_model(build(STAGES)) == ModelInference(
        "assembly_line",
        "inferred: 6 of 6 specialists sit in 2 single-stage groups (by manager), covering 2 stages",
        False,
    )


def test_pitch_case_one_mixed_group_is_an_assembly_line():
    # a head of sales with 2 SDRs, 2 AEs and 2 AMs straight under them, no team at all
    chart = build("""
        vp: Head of Sales
          s*2: SDR
          a*2: Account Executive
          m*2: Account Manager
    """)
    assert infer_model(chart) == ModelInference(
        "assembly_line",
        "inferred: 6 specialists cover 3 stages in 1 mixed group (by manager), "
        "a single team working stage by stage",
        False,
    )


def test_one_mixed_team_of_kind_other_is_an_assembly_line():
    chart = build(
        "vp: VP Sales\n  s1: SDR | team=t1\n  a1: Account Executive | team=t1",
        teams={"t1": {"kind": "other"}},
    )
    assert infer_model(chart).model == "assembly_line"


def test_one_pod_team_is_a_pod():
    chart = build(
        """
        vp: VP Sales
          lead: Sales Team Lead
            s1: SDR | team=p1
            a1: Account Executive | team=p1
            c1: Account Manager | team=p1
        """,
        teams={"p1": {"kind": "pod", "name": "Pod North"}},
    )
    assert infer_model(chart) == ModelInference(
        "pod",
        "inferred: 3 of 3 specialists sit in 1 mixed team; Pod North is a team of kind pod",
        False,
    )


def test_an_empty_pod_team_does_not_make_a_pod():
    chart = build(
        "vp: Head of Sales\n  s*2: SDR\n  a*2: Account Executive", teams={"p": {"kind": "pod"}}
    )
    assert infer_model(chart).model == "assembly_line"


@pytest.mark.parametrize(
    ("spec", "model"),
    [
        # 4 of 8 specialists in two mixed groups: exactly half, a pod
        (
            "m1: Sales Manager\n  x1: SDR\n  x2: Account Executive\n"
            "m2: Sales Manager\n  y1: SDR\n  y2: Account Executive\n"
            "m3: Sales Manager\n  s*4: SDR",
            "pod",
        ),
        # 4 of 9: fewer than half, and 5 of 9 in single-stage groups: an assembly line
        (
            "m1: Sales Manager\n  x1: SDR\n  x2: Account Executive\n"
            "m2: Sales Manager\n  y1: SDR\n  y2: Account Executive\n"
            "m3: Sales Manager\n  s*5: SDR",
            "assembly_line",
        ),
        # 3 of 6 in one mixed group: half, but one group alone is an assembly line
        (
            "m1: Sales Manager\n  x1: SDR\n  x2: Account Executive\n  x3: SDR\n"
            "m2: Sales Manager\n  s*3: SDR",
            "assembly_line",
        ),
    ],
)
def test_half_in_mixed_groups_is_enough_for_pod(spec, model):
    assert infer_model(build(spec)).model == model


def test_declared_model_wins():
    chart = build(STAGES, declared_model="pod")
    assert infer_model(chart) == ModelInference("pod", "declared in the chart's settings", True)


def test_precedence_island_before_pod():
    # RULES.md: declared, island, pod, assembly line. Pods among more generalists: an island
    chart = build("""
        vp: VP Sales
          g*6: Sales Representative
          m1: Sales Manager
            s1: SDR
            a1: Account Executive
          m2: Sales Manager
            s2: SDR
            a2: Account Executive
    """)
    assert infer_model(chart) == ModelInference(
        "island", "inferred: 6 of 10 sellers are generalists", False
    )
    for pid in ("g4", "g5", "g6"):  # 3 of 7: fewer than half, and two mixed groups
        chart.remove_position(pid)
    assert infer_model(chart).model == "pod"


def test_one_stage_among_fewer_generalists_is_an_island():
    chart = build("vp: VP Sales\n  g*2: Sales Representative\n  s*3: SDR")
    assert infer_model(chart) == ModelInference(
        "island", "inferred: only one stage (lead generation) is present", False
    )


def test_generalists_do_not_make_a_group_mixed():
    chart = build("""
        vp: VP Sales
          m1: Sales Manager
            g1: Sales Representative
            a*2: Account Executive
          m2: Sales Manager
            g2: Sales Representative
            s*2: SDR
    """)
    # were generalists a stage, m1 and m2 would be two mixed groups: a pod
    assert infer_model(chart).model == "assembly_line"


def test_team_value_groups_sellers_across_managers():
    chart = build(
        """
        vp: VP Sales
          m1: Sales Manager
            s1: SDR | team=t1
            s2: SDR | team=t2
          m2: Sales Manager
            a1: Account Executive | team=t1
            a2: Account Executive | team=t2
        """,
        teams={"t1": {}, "t2": {}},
    )
    # by manager these are single-stage groups; the teams make two mixed ones
    assert infer_model(chart).model == "pod"


def test_seller_without_team_or_manager_is_a_team_of_one():
    chart = build("s1: SDR\na1: Account Executive\nc1: Account Manager")
    assert infer_model(chart).model == "assembly_line"


def test_team_model_declared_and_inferred():
    chart = build(
        """
        vp: VP Sales
          m1: Sales Manager
            s1: SDR | team=t1
            a1: Account Executive | team=t1
          m2: Sales Manager
            s2: SDR | team=t2
          m3: Sales Manager
            a2: Account Executive | team=t2
        """,
        teams={"t1": {"declared_model": "pod", "name": "North"}, "t2": {}},
    )
    assert infer_team_model(chart, "t1") == ModelInference("pod", "declared for team North", True)
    # inside a team, sellers are grouped by manager: two single-stage groups
    assert infer_team_model(chart, "t2").model == "assembly_line"


def test_team_model_of_one_mixed_group_depends_on_the_teams_kind():
    spec = """
        vp: VP Sales
          m1: Sales Manager
            s1: SDR | team=t1
            a1: Account Executive | team=t1
            c1: Account Manager | team=t1
    """
    chart = build(spec, teams={"t1": {"name": "North"}})
    # one mixed group inside the unit: a single team working stage by stage
    assert infer_team_model(chart, "t1").model == "assembly_line"
    chart = build(spec, teams={"t1": {"name": "North", "kind": "pod"}})
    assert infer_team_model(chart, "t1") == ModelInference(
        "pod",
        "inferred: 3 of 3 specialists sit in 1 mixed group (by manager); "
        "North is a team of kind pod",
        False,
    )
