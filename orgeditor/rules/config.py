"""Rule settings: rules.toml defaults < a --config TOML file < the chart's rule_overrides.

A config file has the shape of rules.toml (one table per rule id). Every rule accepts
`enabled` (bool), `severity`, `advice` and `practice` (strings) and its own settings, which
keep the type of their default (numbers: int or float; lists: of strings).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

SEVERITIES = ("error", "warning", "info")
_COMMON = {"enabled", "severity", "advice", "practice"}


class ConfigError(ValueError):
    """A rule configuration that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class RuleSettings:
    rule: str
    enabled: bool
    severity: str
    values: Mapping[str, Any]  # the rule's own settings (thresholds, industry list)
    advice: str
    practice: str

    def __getitem__(self, name: str) -> Any:
        return self.values[name]


class RuleConfig(Mapping[str, RuleSettings]):
    """Settings for every rule id, immutable; with_overrides() returns a new config."""

    def __init__(self, rules: dict[str, RuleSettings]) -> None:
        self._rules = rules

    def __getitem__(self, rule_id: str) -> RuleSettings:
        return self._rules[rule_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RuleConfig) and self._rules == other._rules

    __hash__ = None  # type: ignore[assignment]

    def with_overrides(
        self, overrides: Mapping[str, Any], source: str = "overrides", strict: bool = True
    ) -> RuleConfig:
        """Merge {rule_id: {setting: value}}. strict: raise ConfigError naming `source` and
        the bad key; otherwise skip bad entries (a chart's settings must not stop the checks)."""
        if not overrides:
            return self
        rules = dict(self._rules)
        for rule_id, table in overrides.items():
            try:
                rules[rule_id] = _merge(rules.get(rule_id), rule_id, table, source, strict)
            except ConfigError:
                if strict:
                    raise
        return RuleConfig(rules)


def override_problems(overrides: Mapping[str, Any], source: str = "chart settings") -> list[str]:
    """What is wrong with a set of overrides (for the UI), one message per bad entry."""
    problems = []
    base = default_config()
    for rule_id, table in overrides.items():
        if not isinstance(table, Mapping):
            problems.append(f"{source}: [{rule_id}] must be a table of settings")
            continue
        for key, value in table.items():
            try:
                base.with_overrides({rule_id: {key: value}}, source)
            except ConfigError as error:
                problems.append(str(error))
    return problems


def _merge(
    current: RuleSettings | None, rule_id: str, table: Any, source: str, strict: bool
) -> RuleSettings:
    if current is None:
        raise ConfigError(f"{source}: unknown rule id {rule_id!r}")
    if not isinstance(table, Mapping):
        raise ConfigError(f"{source}: [{rule_id}] must be a table of settings")
    changes: dict[str, Any] = {}
    values = dict(current.values)
    for key, value in table.items():
        try:
            if key == "enabled":
                changes[key] = _check_type(source, rule_id, key, value, True)
            elif key == "severity":
                if value not in SEVERITIES:
                    raise ConfigError(
                        f"{source}: [{rule_id}] severity must be one of "
                        f"{', '.join(SEVERITIES)}, not {value!r}"
                    )
                changes[key] = value
            elif key in ("advice", "practice"):
                changes[key] = _check_type(source, rule_id, key, value, "")
            elif key in values:
                values[key] = _check_type(source, rule_id, key, value, values[key])
            else:
                raise ConfigError(f"{source}: [{rule_id}] unknown setting {key!r}")
        except ConfigError:
            if strict:
                raise
    return replace(current, values=MappingProxyType(values), **changes)


def _check_type(source: str, rule_id: str, key: str, value: Any, default: Any) -> Any:
    def bad(expected: str) -> ConfigError:
        return ConfigError(f"{source}: [{rule_id}] {key} must be {expected}, not {value!r}")

    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise bad("true or false")
    elif isinstance(default, (int, float)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad("a number")
    elif isinstance(default, str):
        if not isinstance(value, str):
            raise bad("a string")
    elif isinstance(default, (list, tuple)):
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise bad("a list of strings")
        return tuple(value)
    return value


@cache
def default_config() -> RuleConfig:
    """rules.toml as shipped."""
    text = resources.files("orgeditor.resources").joinpath("rules.toml").read_text("utf-8")
    data = tomllib.loads(text)
    rules = {}
    for rule_id, table in data.items():
        values = {
            k: tuple(v) if isinstance(v, list) else v for k, v in table.items() if k not in _COMMON
        }
        rules[rule_id] = RuleSettings(
            rule=rule_id,
            enabled=table.get("enabled", True),
            severity=table["severity"],
            values=MappingProxyType(values),
            advice=table["advice"],
            practice=table["practice"],
        )
    return RuleConfig(rules)


def load_config(path: str | os.PathLike[str] | None = None) -> RuleConfig:
    """The defaults, merged with a TOML file of the same shape when a path is given.

    Raises ConfigError (a ValueError) naming the file, and the bad key where there is one."""
    config = default_config()
    if path is None:
        return config
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        reason = error.strerror or error
        raise ConfigError(f"{name}: cannot read the rule configuration ({reason})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{name}: not valid TOML ({error})") from None
    return config.with_overrides(data, source=name, strict=True)


def effective_config(base: RuleConfig, overrides: Mapping[str, Any] | None) -> RuleConfig:
    """A config with a chart's rule_overrides applied leniently (bad entries are skipped)."""
    if not overrides:
        return base
    return base.with_overrides(overrides, "chart settings", strict=False)
