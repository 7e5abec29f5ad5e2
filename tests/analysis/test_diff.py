"""analysis.diff: position matching (id, name, title) and every change kind; findings fixed,
introduced and unchanged (analysis.diff_findings)."""

import pytest
from support.chartspec import build

from orgeditor.analysis.diff import diff_charts, match_positions
from orgeditor.analysis.diff_findings import diff_findings
from orgeditor.rules import Finding, run

BEFORE = """
    vp: VP Sales | name="Vera Vik"
      m1: Sales Manager | name="Mona Berg"
        a1: Account Executive | name="Ann Dahl" region=West cost=100
        a2: Account Executive | name="Bo Lie" region=West
        s1: SDR | name="Siri Ek"
      m2: Sales Manager | name="Per Holm"
        g1: Sales Representative | name="Gro Nes" team=t1 location=Oslo
      x1: Sales Analyst | name="Xan Ro"
"""

# a1 moved to m2 (and its cost rose); a2 retitled (title and role change); s1 segment;
# g1 team and location; x1 removed; n1 added; vp, m1, m2 unchanged
AFTER = """
    vp: VP Sales | name="Vera Vik"
      m1: Sales Manager | name="Mona Berg"
        a2: Account Manager | name="Bo Lie" region=West
        s1: SDR | name="Siri Ek" region=North
      m2: Sales Manager | name="Per Holm"
        a1: Account Executive | name="Ann Dahl" region=West cost=120
        g1: Sales Representative | name="Gro Nes" team=t2 location=Bergen
        n1: SDR | name="Nils Moe"
"""


def pair():
    before = build(BEFORE, teams={"t1": {"name": "Team One"}})
    after = build(AFTER, teams={"t2": {"name": "Team Two"}})
    return before, after


def by_id(diff):
    return {c.id: c for c in diff.changes}


def test_every_change_kind_by_id():
    before, after = pair()
    diff = diff_charts(before, after)
    changes = by_id(diff)
    assert set(changes) == {"a1", "a2", "s1", "g1", "x1", "n1"}
    assert diff.tally() == {"added": 1, "removed": 1, "moved": 1, "changed": 3}
    moved = changes["a1"]
    assert (moved.kind, moved.from_manager, moved.to_manager) == ("moved", "m1", "m2")
    assert moved.fields == {"cost": (100.0, 120.0)}  # a move carries its field changes too
    assert changes["a2"].kind == "changed"
    assert changes["a2"].fields == {
        "title": ("Account Executive", "Account Manager"),
        "role": ("ae", "am"),
    }
    assert changes["a2"].from_manager == changes["a2"].to_manager == "m1"
    assert changes["s1"].fields == {"region": ("", "North")}
    assert changes["g1"].fields == {
        "team": ("Team One", "Team Two"),
        "location": ("Oslo", "Bergen"),
    }
    added, removed = changes["n1"], changes["x1"]
    assert (added.kind, added.from_manager, added.to_manager, added.before_id) == (
        "added",
        None,
        "m2",
        None,
    )
    assert (removed.kind, removed.name, removed.from_manager, removed.to_manager) == (
        "removed",
        "Xan Ro",
        "vp",
        None,
    )
    assert diff.matched_by == {"id": 7, "name": 0, "title": 0}
    assert diff.after_kinds()["a1"] == "moved" and "x1" not in diff.after_kinds()
    assert diff.before_kinds()["x1"] == "removed" and "n1" not in diff.before_kinds()
    # JSON form: fields as [old, new] lists
    assert changes["a1"].to_dict() == {
        "kind": "moved",
        "id": "a1",
        "name": "Ann Dahl",
        "from_manager": "m1",
        "to_manager": "m2",
        "fields": {"cost": [100.0, 120.0]},
    }


def test_identical_charts_have_no_changes():
    before, _ = pair()
    again, _ = pair()
    diff = diff_charts(before, again)
    assert diff.changes == []
    assert diff.tally() == {"added": 0, "removed": 0, "moved": 0, "changed": 0}


def test_removed_manager_makes_its_reports_moved():
    before = build("vp: VP Sales\n  m1: Sales Manager\n    a1: Account Executive")
    after = build("vp: VP Sales\n  a1: Account Executive")
    changes = by_id(diff_charts(before, after))
    assert changes["m1"].kind == "removed"
    assert (changes["a1"].kind, changes["a1"].from_manager, changes["a1"].to_manager) == (
        "moved",
        "m1",
        "vp",
    )


def renumbered():
    before = build(
        """
        e1: VP Sales | name="Vera Vik"
          e2: Sales Manager | name="Mona Berg"
            e3: Account Executive | name="Ann Dahl"
            e4: Account Executive | name=""
            e5: SDR | name=""
        """
    )
    # e1 and e2 keep their ids and people; Ann is now 103; the vacant AE seat is 104 (its
    # title is the only vacant AE left); the SDR seat is 5 under another id and a new name
    after = build(
        """
        e1: VP Sales | name="vera  VIK"
          e2: Sales Manager | name="Mona Berg"
            103: Account Executive | name="Ann Dahl"
            104: Account Executive | name=""
            105: SDR | name="Sam New"
            e4: Sales Analyst | name="Olga Ops"
        """
    )
    return before, after


def test_match_by_name_then_title_and_counts():
    before, after = renumbered()
    matching = match_positions(before, after, by="name")
    # e4 exists on both sides but is not the same seat (a vacant AE, a named analyst)
    assert matching.pairs == {"e1": "e1", "e2": "e2", "e3": "103", "e4": "104", "e5": "105"}
    assert matching.matched_by == {"id": 2, "name": 1, "title": 2}
    diff = diff_charts(before, after, by="name")
    changes = by_id(diff)
    assert changes["105"].kind == "changed"
    assert changes["105"].before_id == "e5"
    assert changes["105"].fields == {"name": ("", "Sam New")}
    assert changes["e4"].kind == "added"  # the analyst
    assert changes["e1"].fields == {"name": ("Vera Vik", "vera  VIK")}
    assert "103" not in changes  # same person, same manager, same fields
    assert diff.tally() == {"added": 1, "removed": 0, "moved": 0, "changed": 2}


def test_match_by_id_pairs_ids_only():
    before, after = renumbered()
    matching = match_positions(before, after)
    assert matching.pairs == {"e1": "e1", "e2": "e2", "e4": "e4"}
    assert matching.matched_by == {"id": 3, "name": 0, "title": 0}


def test_ambiguous_names_and_titles_stay_unmatched():
    before = build("vp: VP Sales\n  a*2: Account Executive | name=Kim")
    after = build("vp: VP Sales\n  b*2: Account Executive | name=Kim")
    matching = match_positions(before, after, by="name")
    assert matching.pairs == {"vp": "vp"}
    assert diff_charts(before, after, by="name").tally()["added"] == 2


def test_unknown_match_mode():
    before, after = pair()
    with pytest.raises(ValueError, match="unknown matching"):
        match_positions(before, after, by="email")


def finding(rule, *positions, message="m"):
    return Finding(rule, "warning", message, tuple(positions), "advice", "practice")


def test_findings_pair_by_rule_and_matched_positions_not_message():
    matching = match_positions(*renumbered(), by="name")
    before = [
        finding("span.too_narrow", "e2", message="Mona has 1 report"),
        finding("model.pod_incomplete", "e3", "e4", message="Pod A lacks closing"),
        finding("enablement.missing", "e1", message="12 sellers and no enablement"),
        finding("span.too_wide", "e2"),
    ]
    after = [
        finding("span.too_narrow", "e2", message="Mona Berg has 1 report"),  # message changed
        finding("model.pod_incomplete", "103", "105", message="Pod A lacks closing"),  # overlap
        finding("enablement.missing", "e2", message="14 sellers"),  # chart rule: pairs anyway
        finding("span.too_wide", "105"),  # another manager: introduced
        finding("operations.missing", "e1"),
    ]
    result = diff_findings(before, after, matching)
    assert [f.rule for f in result.unchanged] == [
        "span.too_narrow",
        "model.pod_incomplete",
        "enablement.missing",
    ]
    assert result.unchanged[0].message == "Mona Berg has 1 report"  # the after side's
    assert [f.positions for f in result.fixed] == [("e2",)]
    assert [f.rule for f in result.fixed] == ["span.too_wide"]
    assert [f.rule for f in result.introduced] == ["span.too_wide", "operations.missing"]
    assert set(result.to_dict()) == {"fixed", "introduced", "unchanged"}


def test_findings_of_real_runs():
    before, after = pair()
    result = diff_findings(run(before), run(after), match_positions(before, after))
    found = {f.rule for f in result.fixed} | {f.rule for f in result.introduced}
    total = len(result.fixed) + len(result.introduced) + 2 * len(result.unchanged)
    assert total == len(run(before)) + len(run(after))
    # m1 kept two reports; m2 went from one report (too narrow) to three
    assert "span.too_narrow" in {f.rule for f in result.fixed}
    assert "span.too_narrow" not in {f.rule for f in result.introduced}
    assert found
