"""Running the rules: every enabled rule over one ChartFacts, findings in a stable order."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from orgeditor.analysis import (
    ChartFacts,
    Scope,
    compute_scope,
    describe_scope,
    facts_for,
    scope_for,
)
from orgeditor.model import Chart
from orgeditor.rules import (
    enablement,
    management,
    model,
    operations,
    segmentation,
    span,
    structure,
)
from orgeditor.rules.config import RuleConfig, default_config, effective_config
from orgeditor.rules.finding import Finding
from orgeditor.rules.registry import Rule, RuleContext, registered

# importing the rule modules registers them; keep the names referenced for linters
_MODULES = (structure, enablement, operations, segmentation, model, span, management)


def _check_catalogue() -> tuple[str, ...]:
    """Registered rules and rules.toml must agree: a rule without settings, or settings
    without a rule, is a programming error caught at import."""
    ids = tuple(default_config())
    registered_ids = {r.id for r in registered()}
    if set(ids) != registered_ids:
        raise RuntimeError(
            f"rules.toml and the registered rules differ: {sorted(set(ids) ^ registered_ids)}"
        )
    return ids


RULE_IDS: tuple[str, ...] = _check_catalogue()


def scopes(
    chart: Chart, facts: ChartFacts, config: RuleConfig, cached: bool = False
) -> tuple[Scope, Scope]:
    """(the scope span.* and management.* check, the sales scope) for config's checks.scope.
    cached: the facts are facts_for(chart), so the per-revision cache may answer."""

    def get(mode: str) -> Scope:
        return scope_for(chart, mode) if cached else compute_scope(chart, facts, mode)

    sales = get("sales")
    return (sales if config.scope == "sales" else get(config.scope)), sales


def evaluate(
    chart: Chart,
    facts: ChartFacts,
    config: RuleConfig,
    rules: Iterable[Rule] | None = None,
    scope: tuple[Scope, Scope] | None = None,
) -> list[Finding]:
    """Findings of the given (default: all) rules, unsorted. `config` is final (overrides
    already merged); `scope`: what scopes() gives (computed here when left out)."""
    checked, sales = scope if scope is not None else scopes(chart, facts, config)
    found: list[Finding] = []
    for item in registered() if rules is None else rules:
        settings = config[item.id]
        if settings.enabled:
            ctx = RuleContext(chart, facts, settings, config, checked, sales)
            found.extend(item.check(ctx))
    return found


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Errors, warnings, infos; then rule id; then the positions concerned."""
    findings.sort(key=Finding.sort_key)
    return findings


def run(
    chart: Chart, config: RuleConfig | None = None, language: str | None = None
) -> list[Finding]:
    """Check a chart against every rule. `config` defaults to rules.toml; the chart's own
    settings.rule_overrides are applied on top (bad entries there are skipped). `language`
    ("en" or "nb"): the language of messages, advice and practice; None: the config's
    (English unless config.with_language() said otherwise)."""
    base = config if config is not None else default_config()
    if language is not None:
        base = base.with_language(language)
    merged = effective_config(base, chart.settings.rule_overrides)
    facts = facts_for(chart)
    return sort_findings(
        evaluate(chart, facts, merged, scope=scopes(chart, facts, merged, cached=True))
    )


def checked_scope(chart: Chart, config: RuleConfig | None = None) -> tuple[str, Scope]:
    """(checks.scope as in force for the chart, the scope span.* and management.* look at):
    `config` (default rules.toml) with the chart's own overrides, as run() uses them."""
    base = config if config is not None else default_config()
    mode = effective_config(base, chart.settings.rule_overrides).scope
    return mode, scope_for(chart, mode)


def scope_summary(chart: Chart, config: RuleConfig | None = None) -> dict[str, Any]:
    """The scope the checks looked at, as plain data (for `orgeditor check --format json`):
    {"setting": "sales" | "all", "basis": "sales_leaders" | "seller_managers" | "whole",
    "description": "Checking the sales unit under Vera Berg (VP Sales), 212 positions",
    "tops": [ids], "positions": 212, "whole": false}."""
    mode, scope = checked_scope(chart, config)
    return {
        "setting": mode,
        "basis": scope.basis,
        "description": describe_scope(chart, scope),
        "tops": list(scope.tops),
        "positions": len(scope.positions),
        "whole": scope.whole,
    }
