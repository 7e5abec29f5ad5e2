"""BadgeIndex, kept from the findings that changed, always equals badges_by_position of all."""

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.drawing.findings import BadgeIndex, badges_by_position
from orgeditor.rules import Finding, FindingsDelta

IDS = ["a", "b", "c", "d", "e"]
findings_st = st.builds(
    lambda rule, severity, positions, n: Finding(rule, severity, f"m{n}", positions, "", ""),
    st.sampled_from(["r.one", "r.two"]),
    st.sampled_from(["error", "warning", "info", "odd"]),
    st.lists(st.sampled_from(IDS), max_size=3).map(tuple),
    st.integers(0, 2),
)


def badges_of(findings) -> dict:
    return badges_by_position(findings)


@settings(max_examples=200, deadline=None)
@given(st.lists(findings_st, max_size=8), st.lists(st.lists(findings_st, max_size=8), max_size=6))
def test_badge_index_follows_changes(start, steps):
    index = BadgeIndex(start)
    held = list(start)
    assert index.badges == badges_of(held)
    for new in steps:
        # what went and came, as the Checker's changes give them (net multisets)
        delta = FindingsDelta()
        delta.add(held, new)
        before = badges_of(held)
        changed = index.apply(delta.removed, delta.added)
        after = badges_of(new)
        assert index.badges == after
        assert changed == {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
        for pid in IDS:
            assert Counter(index.findings_of(pid)) == Counter(
                f for f in new for p in f.positions if p == pid
            )
        held = new
    assert index.reset(start) == {
        p
        for p in badges_of(held).keys() | badges_of(start).keys()
        if badges_of(held).get(p) != badges_of(start).get(p)
    }
    assert index.badges == badges_of(start)


def test_badges_worst_severity_and_count():
    findings = [
        Finding("r", "info", "x", ("a", "b"), "", ""),
        Finding("r", "error", "y", ("a",), "", ""),
        Finding("r", "bogus", "z", ("b",), "", ""),
    ]
    assert badges_by_position(findings) == {"a": ("error", 2), "b": ("info", 2)}
    assert BadgeIndex(findings).badges == {"a": ("error", 2), "b": ("info", 2)}
