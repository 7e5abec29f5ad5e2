"""Running the rules: every enabled rule over one ChartFacts, findings in a stable order."""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.analysis import ChartFacts, facts_for
from orgeditor.model import Chart
from orgeditor.rules import enablement, model, operations, segmentation, span, structure
from orgeditor.rules.config import RuleConfig, default_config, effective_config
from orgeditor.rules.finding import Finding
from orgeditor.rules.registry import Rule, RuleContext, registered

# importing the rule modules registers them; keep the names referenced for linters
_MODULES = (structure, enablement, operations, segmentation, model, span)


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


def evaluate(
    chart: Chart, facts: ChartFacts, config: RuleConfig, rules: Iterable[Rule] | None = None
) -> list[Finding]:
    """Findings of the given (default: all) rules, unsorted. `config` is final (overrides
    already merged)."""
    found: list[Finding] = []
    for item in registered() if rules is None else rules:
        settings = config[item.id]
        if settings.enabled:
            found.extend(item.check(RuleContext(chart, facts, settings)))
    return found


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Errors, warnings, infos; then rule id; then the positions concerned."""
    findings.sort(key=Finding.sort_key)
    return findings


def run(chart: Chart, config: RuleConfig | None = None) -> list[Finding]:
    """Check a chart against every rule. `config` defaults to rules.toml; the chart's own
    settings.rule_overrides are applied on top (bad entries there are skipped)."""
    base = config if config is not None else default_config()
    merged = effective_config(base, chart.settings.rule_overrides)
    return sort_findings(evaluate(chart, facts_for(chart), merged))
