"""Findings fixed, introduced and unchanged between two charts.

Findings pair by rule and by the positions they concern (before ids taken through the position
matching), never by message text: a message carries numbers that move with every edit. Three
passes, each over the findings the earlier ones left:
1. same rule, the same positions;
2. same rule, overlapping positions (a pod that gained a member still lacks retention), the
   largest overlap first;
3. same rule, for the rules that judge the chart as a whole (CHART_RULES: their positions
   name the top of the sales scope, which a reorganisation may replace), one each side.
Unpaired before findings are fixed, unpaired after ones introduced; an unchanged finding is
reported as the after side has it.
"""

from __future__ import annotations

from dataclasses import dataclass

from orgeditor.analysis.diff import Matching
from orgeditor.rules import Finding

# rules that fire at most once per chart
CHART_RULES = frozenset(
    {
        "enablement.missing",
        "enablement.understaffed",
        "enablement.no_executive",
        "enablement.no_program_manager",
        "enablement.unowned",
        "operations.missing",
        "model.island_scale",
        "model.assembly_line_small",
        "model.relationship_handoffs",
        "segmentation.excessive",
        "structure.multiple_roots",
        "management.over_managed",
        "management.too_many_layers",
    }
)


@dataclass(frozen=True)
class FindingsDiff:
    fixed: list[Finding]  # before side's findings
    introduced: list[Finding]  # after side's
    unchanged: list[Finding]  # after side's

    def to_dict(self) -> dict[str, list[dict]]:
        return {
            "fixed": [f.to_dict() for f in self.fixed],
            "introduced": [f.to_dict() for f in self.introduced],
            "unchanged": [f.to_dict() for f in self.unchanged],
        }


def _mapped(finding: Finding, matching: Matching) -> frozenset[str]:
    """A before finding's positions as after ids; an unmatched one stays apart ('\\0' + id)."""
    pairs = matching.pairs
    return frozenset(pairs.get(pid, "\0" + pid) for pid in finding.positions)


def diff_findings(before: list[Finding], after: list[Finding], matching: Matching) -> FindingsDiff:
    """Sort two runs' findings into fixed, introduced and unchanged (module docstring)."""
    olds = [(f, _mapped(f, matching)) for f in before]
    news = [(f, frozenset(f.positions)) for f in after]
    kept: dict[int, int] = {}  # after index -> before index
    # 1: same rule, same positions (a dict: linear in the findings)
    waiting: dict[tuple[str, frozenset[str]], list[int]] = {}
    for i, (finding, key) in enumerate(olds):
        waiting.setdefault((finding.rule, key), []).append(i)
    for j, (finding, key) in enumerate(news):
        queue = waiting.get((finding.rule, key))
        if queue:
            kept[j] = queue.pop(0)
    # 2 and 3: per rule, over what is left (few findings by then)
    used = set(kept.values())
    by_rule_old: dict[str, list[int]] = {}
    for i, (finding, _) in enumerate(olds):
        if i not in used:
            by_rule_old.setdefault(finding.rule, []).append(i)
    by_rule_new: dict[str, list[int]] = {}
    for j, (finding, _) in enumerate(news):
        if j not in kept:
            by_rule_new.setdefault(finding.rule, []).append(j)
    for rule, old_left in by_rule_old.items():
        new_left = by_rule_new.get(rule, [])
        overlap = sorted(
            (-len(olds[i][1] & news[j][1]), i, j)
            for i in old_left
            for j in new_left
            if olds[i][1] & news[j][1]
        )
        for _, i, j in overlap:
            if i in old_left and j in new_left:
                old_left.remove(i)
                new_left.remove(j)
                kept[j] = i
        if rule in CHART_RULES and len(old_left) == 1 and len(new_left) == 1:
            kept[new_left.pop()] = old_left.pop()
    used = set(kept.values())
    return FindingsDiff(
        fixed=[f for i, (f, _) in enumerate(olds) if i not in used],
        introduced=[f for j, (f, _) in enumerate(news) if j not in kept],
        unchanged=[news[j][0] for j in sorted(kept)],
    )
