"""structure.*: import problems stand while they still apply; several roots are reported."""

from support.chartspec import build, fired

from orgeditor.model import ImportProblem
from orgeditor.rules import run


def chart_with(*problems: ImportProblem):
    chart = build("""
        vp: VP Sales
          a: Account Executive
          b: Account Executive
        c: Account Executive
    """)
    chart.import_problems = list(problems)
    return chart


def test_duplicate_id_stands_while_its_positions_exist():
    problem = ImportProblem("duplicate_id", "people.csv, row 7: id 'a' is used twice", ("a", "c"))
    chart = chart_with(problem)
    (found,) = fired(run(chart), "structure.duplicate_id")
    assert found.severity == "error"
    assert found.positions == ("a", "c")
    assert found.message == (
        "Id 'a' was used by more than one position: people.csv, row 7: id 'a' is used twice"
    )
    chart.remove_position("c")
    assert not fired(run(chart), "structure.duplicate_id")


def test_duplicate_id_without_positions_always_stands():
    chart = chart_with(ImportProblem("duplicate_id", "row 3: duplicate id"))
    (found,) = fired(run(chart), "structure.duplicate_id")
    assert found.positions == ()
    assert found.message == "Id was used by more than one position: row 3: duplicate id"


def test_unknown_manager_stands_until_the_position_has_a_manager():
    problem = ImportProblem("unknown_manager", "row 5: no manager 'Bob'", ("c",), 5, "Bob")
    chart = chart_with(problem)
    (found,) = fired(run(chart), "structure.unknown_manager")
    assert found.severity == "error"
    assert found.positions == ("c",)
    assert found.message == "C has no manager: row 5: no manager 'Bob'"
    chart.import_problems = [ImportProblem("unknown_manager", "", ("c",), 5, "Bob")]
    (found,) = fired(run(chart), "structure.unknown_manager")
    assert found.message == (
        "C has no manager: the reference 'Bob' matches no id and no unique name"
    )
    chart.set_manager("c", "vp")
    assert not fired(run(chart), "structure.unknown_manager")


def test_unknown_manager_gone_with_its_position():
    chart = chart_with(ImportProblem("unknown_manager", "row 5", ("c",), 5, "Bob"))
    chart.remove_position("c")
    assert not fired(run(chart), "structure.unknown_manager")


def test_cycle_stands_while_a_member_lacks_a_manager():
    # the importer broke a -> b -> c -> a by dropping c's line (c became a root)
    chart = build("""
        vp: VP Sales
          a: Account Executive
            b: Account Executive
        c: Account Executive
    """)
    chart.import_problems = [ImportProblem("cycle", "", ("c", "a", "b"))]
    (found,) = fired(run(chart), "structure.cycle")
    assert found.severity == "error"
    assert found.positions == ("c", "a", "b")  # the cycle's own order
    assert found.message == (
        "Reporting lines formed a cycle through 3 positions (c -> a -> b -> c); "
        "one line was dropped to break it"
    )
    chart.set_manager("c", "b")
    assert not fired(run(chart), "structure.cycle")


def test_multiple_roots_fires_above_one_root():
    chart = chart_with()
    (found,) = fired(run(chart), "structure.multiple_roots")
    assert found.severity == "info"
    assert found.positions == ("c", "vp")
    assert found.message.startswith("2 positions have no manager")
    chart.set_manager("c", "vp")
    assert not fired(run(chart), "structure.multiple_roots")


def test_empty_chart_has_no_findings():
    assert run(build("")) == []
