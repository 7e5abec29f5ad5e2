"""management.*: over-managed sellers and too many layers, inside the sales scope."""

from support.chartspec import build, fired, sellers_line

from orgeditor.model import Position
from orgeditor.rules import default_config, run

ALL = default_config().with_overrides({"checks": {"scope": "all"}})


def managed(*teams: int, leader: str = "VP Sales"):
    """A sales leader `vp` over managers m1..mN with the given numbers of sellers."""
    lines = [f"vp: {leader}"]
    for n, count in enumerate(teams, 1):
        lines += [f"  m{n}: Sales Manager", "    " + sellers_line(f"m{n}s", count)]
    return build("\n".join(lines))


# ----- management.over_managed: >= 2 first-line managers and sellers / them < 3 -----------


def test_over_managed_fires_below_three_sellers_per_manager():
    (found,) = fired(run(managed(2, 3)), "management.over_managed")
    assert found.severity == "warning"
    assert found.message == (
        "5 sellers under 2 first-line sales managers: 2.5 sellers per manager, fewer than 3"
    )
    assert found.positions == ("m1", "m2")  # the managers whose teams could merge
    assert "Invest in simplicity" in found.practice


def test_over_managed_silent_at_three_per_manager():
    assert not fired(run(managed(3, 3)), "management.over_managed")
    assert not fired(run(managed(2, 4)), "management.over_managed")


def test_one_manager_is_never_over_managed():
    # the product's pitch: a head of sales with six sellers straight under them
    assert not fired(run(managed(1)), "management.over_managed")
    assert not fired(run(build("vp: Head of Sales\n  s*2: SDR")), "management.over_managed")


def test_a_leader_with_sellers_of_their_own_is_a_first_line_manager():
    chart = managed(2, 2)
    chart.add_position(Position("x", "X", "Account Executive"), "vp")
    (found,) = fired(run(chart), "management.over_managed")
    assert found.positions == ("m1", "m2", "vp")
    assert found.message.startswith("5 sellers under 3 first-line sales managers: 1.7")


def test_over_managed_threshold_is_a_setting():
    chart = managed(3, 3)
    chart.update_settings(
        rule_overrides={"management.over_managed": {"min_sellers_per_manager": 4}}
    )
    assert fired(run(chart), "management.over_managed")


def test_over_managed_respects_the_scope():
    # two store managers with a seller each, beside the sales unit (an HR export)
    chart = managed(4)
    for n in (1, 2):
        chart.add_position(Position(f"store{n}", f"Store {n}", "Store Manager"))
        chart.add_position(Position(f"c{n}", f"Cashier {n}", "Sales Representative"), f"store{n}")
    # the stores are outside the sales scope: one first-line manager inside it
    assert not fired(run(chart), "management.over_managed")
    (found,) = fired(run(chart, ALL), "management.over_managed")
    assert found.positions == ("m1", "store1", "store2")
    assert found.message.startswith("6 sellers under 3 first-line sales managers: 2.0")


# ----- management.too_many_layers: > 3 scope managers above a seller ----------------------

DEEP = """
    ceo: CEO | name=Ada
      vp: VP Sales | name=Vera
        d1: Sales Director | name=Dag
          m1: Sales Manager | name=Mia
            {lead}
              s*2: SDR
          m2: Sales Manager | name=Ola
            a*3: Account Executive
"""


def deep(extra_layer: bool):
    lead = "t1: Sales Team Lead | name=Tor" if extra_layer else "t1: Sales Manager | name=Tor"
    spec = DEEP.format(lead=lead)
    if not extra_layer:  # t1 is m1's only report; take it out: vp > d1 > m1 > sellers
        spec = spec.replace("            t1: Sales Manager | name=Tor\n", "").replace(
            "              s*2", "            s*2"
        )
    return build(spec)


def test_too_many_layers_fires_past_three():
    chart = deep(extra_layer=True)  # vp > d1 > m1 > t1 > s1: four inside the sales scope
    (found,) = fired(run(chart), "management.too_many_layers")
    assert found.severity == "warning"
    assert found.message == (
        "4 layers of management above seller S1 (Vera > Dag > Mia > Tor), more than 3; "
        "2 sellers sit below more than 3"
    )
    assert found.positions == ("vp", "d1", "m1", "t1")  # the chain, top first
    assert "Invest in simplicity" in found.practice


def test_too_many_layers_silent_at_three():
    chart = deep(extra_layer=False)  # vp > d1 > m1 > s1; the CEO is outside the sales scope
    assert chart.manager_of("s1") == "m1"
    assert not fired(run(chart), "management.too_many_layers")


def test_too_many_layers_counts_the_whole_chain_with_scope_all():
    chart = deep(extra_layer=False)
    (found,) = fired(run(chart, ALL), "management.too_many_layers")
    # of the sellers equally deep, the least id is named: a1, under Ola
    assert found.positions == ("ceo", "vp", "d1", "m2")
    assert found.message.startswith("4 layers of management above seller A1 (Ada > Vera > Dag")


def test_too_many_layers_threshold_is_a_setting():
    chart = deep(extra_layer=False)
    chart.update_settings(rule_overrides={"management.too_many_layers": {"max_layers": 2}})
    (found,) = fired(run(chart), "management.too_many_layers")
    assert found.message == (
        "3 layers of management above seller A1 (Vera > Dag > Ola), more than 2; "
        "5 sellers sit below more than 2"
    )


def test_layers_outside_the_sales_scope_are_not_counted():
    # a deep support tree beside sales: its sellers-by-title are not under a sales leader
    chart = deep(extra_layer=False)
    chart.add_position(Position("coo", "Coo", "COO"), "ceo")
    previous = "coo"
    for n in range(4):
        chart.add_position(Position(f"x{n}", f"X{n}", "Operations Manager"), previous)
        previous = f"x{n}"
    chart.add_position(Position("rep", "Rep", "Sales Representative"), previous)
    assert not fired(run(chart), "management.too_many_layers")
    (found,) = fired(run(chart, ALL), "management.too_many_layers")
    assert found.positions[-1] == "x3" and len(found.positions) == 6
