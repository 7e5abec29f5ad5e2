"""The rule registry: each rule module registers its checks with @rule("group.name")."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from orgeditor.analysis import ChartFacts, Scope, TeamKey
from orgeditor.model import Chart
from orgeditor.rules.config import RuleConfig, RuleSettings
from orgeditor.rules.finding import Finding, sort_ids
from orgeditor.rules.messages import render


@dataclass(frozen=True)
class RuleContext:
    """What a check sees: the chart (for names and settings), its facts, the rule's settings,
    the whole configuration (for a threshold another rule owns), and two scopes: `scope`, the
    managers span.* and management.* look at (checks.scope: the sales scope, or the whole
    chart), and `sales_scope`, whose tops own chart-wide decisions (RULES.md "The sales
    scope"). They are the same object unless checks.scope is "all"."""

    chart: Chart
    facts: ChartFacts
    settings: RuleSettings
    config: RuleConfig
    scope: Scope
    sales_scope: Scope

    def __getitem__(self, name: str) -> Any:
        return self.settings.values[name]

    def setting(self, rule_id: str, name: str) -> Any:
        """Another rule's setting (e.g. enablement.unowned stops where enablement.missing
        starts)."""
        return self.config[rule_id].values[name]

    def finding(
        self,
        message_id: str,
        params: Mapping[str, Any],
        positions: Iterable[str] = (),
        keep_order: bool = False,
    ) -> Finding:
        """A finding of this rule, its message rendered from the template `message_id` with
        `params` (rules/messages.py) in the config's language; position ids sorted naturally
        unless keep_order."""
        s = self.settings
        language = self.config.language
        ids = tuple(positions) if keep_order else sort_ids(positions)
        message = render(message_id, params, language)
        advice, practice = s.texts(language)
        return Finding(s.rule, s.severity, message, ids, advice, practice, message_id, params)


Check = Callable[[RuleContext], Iterable[Finding]]
LocalCheck = Callable[[RuleContext, str], "Finding | None"]
TeamCheck = Callable[[RuleContext, TeamKey], "Finding | None"]
Gate = Callable[[RuleContext], bool]
Teams = Callable[[RuleContext], Iterable[TeamKey]]


@dataclass(frozen=True)
class Rule:
    id: str
    group: str  # the part before the dot: structure, enablement, ... (also the module name)
    check: Check
    # for rules about one manager at a time: the Checker re-checks only the managers a change
    # touched instead of all of them
    per_manager: LocalCheck | None = None
    # for rules about one team at a time (analysis TeamKey): the Checker re-checks only the
    # teams a change touched while gate(ctx) holds and stays so; teams(ctx) lists them all
    per_team: TeamCheck | None = None
    teams: Teams | None = None
    gate: Gate | None = None


_RULES: dict[str, Rule] = {}


def rule(rule_id: str) -> Callable[[Check], Check]:
    """Register a check under a rule id (which must have a table in rules.toml)."""

    def register(check: Check) -> Check:
        if rule_id in _RULES:
            raise ValueError(f"rule {rule_id!r} registered twice")
        _RULES[rule_id] = Rule(rule_id, rule_id.split(".", 1)[0], check)
        return check

    return register


def manager_rule(rule_id: str) -> Callable[[LocalCheck], LocalCheck]:
    """Register a check of one manager (at most one finding each). Only managers inside
    ctx.scope are checked (RULES.md "The sales scope"); the whole-chart check runs it for every
    position with direct reports."""

    def register(local: LocalCheck) -> LocalCheck:
        def scoped(ctx: RuleContext, manager: str) -> Finding | None:
            return local(ctx, manager) if manager in ctx.scope else None

        def check(ctx: RuleContext) -> Iterator[Finding]:
            for manager in ctx.facts.spans:
                found = scoped(ctx, manager)
                if found is not None:
                    yield found

        if rule_id in _RULES:
            raise ValueError(f"rule {rule_id!r} registered twice")
        _RULES[rule_id] = Rule(rule_id, rule_id.split(".", 1)[0], check, scoped)
        return local

    return register


def team_rule(rule_id: str, gate: Gate, teams: Teams) -> Callable[[TeamCheck], TeamCheck]:
    """Register a check of one team (at most one finding each), asked only while gate(ctx)
    holds; the whole-chart check runs it for every team teams(ctx) lists."""

    def register(local: TeamCheck) -> TeamCheck:
        def check(ctx: RuleContext) -> Iterator[Finding]:
            if not gate(ctx):
                return
            for key in teams(ctx):
                found = local(ctx, key)
                if found is not None:
                    yield found

        if rule_id in _RULES:
            raise ValueError(f"rule {rule_id!r} registered twice")
        group = rule_id.split(".", 1)[0]
        _RULES[rule_id] = Rule(rule_id, group, check, per_team=local, teams=teams, gate=gate)
        return local

    return register


def registered() -> Iterator[Rule]:
    return iter(_RULES.values())


def get(rule_id: str) -> Rule:
    return _RULES[rule_id]
