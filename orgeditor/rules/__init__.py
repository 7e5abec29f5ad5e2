"""Qt-free check engine: the rules of RULES.md over a chart.

run(chart, config=None) -> list[Finding]   # sorted: severity, rule id, positions
load_config(path | None) -> RuleConfig       # rules.toml < TOML file; ConfigError if bad
Checker(chart, config=None).findings()       # incremental, for the live checks panel
Checker.changes() -> FindingsDelta           # findings gone and come since last asked
RULE_IDS                                     # every rule id, in rules.toml order
scope_summary(chart, config=None) -> dict    # what span.* and management.* looked at
"""

from orgeditor.rules.checker import Checker
from orgeditor.rules.config import (
    SEVERITIES,
    ConfigError,
    RuleConfig,
    RuleSettings,
    default_config,
    effective_config,
    load_config,
    override_problems,
)
from orgeditor.rules.engine import RULE_IDS, checked_scope, run, scope_summary
from orgeditor.rules.finding import SEVERITY_ORDER, Finding, FindingsDelta

__all__ = [
    "RULE_IDS",
    "SEVERITIES",
    "SEVERITY_ORDER",
    "Checker",
    "ConfigError",
    "Finding",
    "FindingsDelta",
    "RuleConfig",
    "RuleSettings",
    "checked_scope",
    "default_config",
    "effective_config",
    "load_config",
    "override_problems",
    "run",
    "scope_summary",
]
