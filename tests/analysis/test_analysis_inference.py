"""Model inference: each model, the precedence, and the reason shown to the user."""

import pytest
from chartspec import build

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


def test_mixed_teams_are_pods():
    assert infer_model(build(PODS)) == ModelInference(
        "pod", "inferred: 6 of 6 specialists sit in mixed teams", False
    )


def test_the_example_reason():
    chart = build(
        PODS
        + """
      m3: Sales Manager
        x1: SDR
        x2: Account Executive
        x3: Account Manager
      m4: Sales Manager
        y*3: Account Executive
    """
    )
    assert infer_model(chart).reason == "inferred: 9 of 12 specialists sit in mixed teams"


def test_single_stage_teams_are_an_assembly_line():
    assert infer_model(build(STAGES)) == ModelInference(
        "assembly_line",
        "inferred: 6 of 6 specialists sit in single-stage teams, covering 2 stages",
        False,
    )


@pytest.mark.parametrize(
    ("spec", "model"),
    [
        # 3 of 6 specialists in a mixed team: exactly half, a pod
        (
            "m1: Sales Manager\n  x1: SDR\n  x2: Account Executive\n  x3: SDR\n"
            "m2: Sales Manager\n  s*3: SDR",
            "pod",
        ),
        # 2 of 6: fewer than half, and 4 of 6 in single-stage teams: an assembly line
        (
            "m1: Sales Manager\n  x1: SDR\n  x2: Account Executive\nm2: Sales Manager\n  s*4: SDR",
            "assembly_line",
        ),
    ],
)
def test_half_in_mixed_teams_is_enough_for_pod(spec, model):
    assert infer_model(build(spec)).model == model


def test_declared_model_wins():
    chart = build(STAGES, declared_model="pod")
    assert infer_model(chart) == ModelInference("pod", "declared in the chart's settings", True)


def test_precedence_pod_before_island():
    # RULES.md's precedence, read literally: a pod among many generalists makes a pod chart
    chart = build("""
        vp: VP Sales
          g*10: Sales Representative
          m1: Sales Manager
            s1: SDR
            a1: Account Executive
    """)
    assert infer_model(chart).model == "pod"


def test_generalists_do_not_make_a_team_mixed():
    chart = build("""
        vp: VP Sales
          m1: Sales Manager
            g*3: Sales Representative
            a1: Account Executive
          m2: Sales Manager
            s1: SDR
    """)
    assert infer_model(chart).model == "assembly_line"


def test_team_value_groups_sellers_across_managers():
    chart = build(
        STAGES.replace("SDR", "SDR | team=t1").replace(
            "Account Executive", "Account Executive | team=t1"
        ),
        teams={"t1": {}},
    )
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
