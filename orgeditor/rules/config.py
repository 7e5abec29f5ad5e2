"""Rule settings: rules.toml defaults < a --config TOML file < the chart's rule_overrides.

A config file has the shape of rules.toml (one table per rule id). Every rule accepts
`enabled` (bool), `severity`, `advice` and `practice` (strings, English) and `advice_nb` and
`practice_nb` (Bokmål), and its own settings, which keep the type of their default (numbers: int
or float; lists: of strings). An override of `advice` (or `practice`) without its `_nb` twin in
the same table serves both languages: the user's own words win over the shipped translation.

A config also carries the language findings are written in (`language`: "en", the default, or
"nb"; with_language()); it is no setting of a file.

One table is not a rule: [checks] holds settings of the checks as a whole (today `scope`:
"sales" or "all", RULES.md "The sales scope"). It merges the same way.
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

from orgeditor.analysis.scope import SCOPE_MODES
from orgeditor.rules.messages import DEFAULT_LANGUAGE, LANGUAGES, normalise_language

SEVERITIES = ("error", "warning", "info")
_TEXTS = ("advice", "practice", "advice_nb", "practice_nb")
_COMMON = {"enabled", "severity", *_TEXTS}
CHECKS_TABLE = "checks"  # the [checks] table: settings of the checks as a whole, not a rule
# the [checks] settings and their allowed values (the first is the default where rules.toml
# says nothing)
CHECKS_CHOICES: dict[str, tuple[str, ...]] = {"scope": SCOPE_MODES}


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
    advice_nb: str = ""  # empty: the English advice serves (an override without its twin)
    practice_nb: str = ""

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def texts(self, language: str = "en") -> tuple[str, str]:
        """(advice, practice) in `language`."""
        if language == "nb":
            return self.advice_nb or self.advice, self.practice_nb or self.practice
        return self.advice, self.practice


class RuleConfig(Mapping[str, RuleSettings]):
    """Settings for every rule id, immutable; with_overrides() returns a new config.

    Iterating gives the rule ids; `checks` holds the [checks] table."""

    def __init__(
        self,
        rules: dict[str, RuleSettings],
        checks: Mapping[str, Any] | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        self._rules = rules
        self.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        defaults = {key: choices[0] for key, choices in CHECKS_CHOICES.items()}
        self.checks: Mapping[str, Any] = MappingProxyType({**defaults, **(checks or {})})

    @property
    def scope(self) -> str:
        """checks.scope: "sales" (span and management rules look at the sales scope) or
        "all" (every manager)."""
        return str(self.checks["scope"])

    def __getitem__(self, rule_id: str) -> RuleSettings:
        return self._rules[rule_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, RuleConfig)
            and self._rules == other._rules
            and self.checks == other.checks
            and self.language == other.language
        )

    __hash__ = None  # type: ignore[assignment]

    def with_language(self, language: str | None) -> RuleConfig:
        """The same settings, findings written in `language` ("en" or "nb"; others read as
        rules.messages.normalise_language reads them)."""
        wanted = normalise_language(language)
        if wanted == self.language:
            return self
        return RuleConfig(self._rules, self.checks, wanted)

    def with_overrides(
        self, overrides: Mapping[str, Any], source: str = "overrides", strict: bool = True
    ) -> RuleConfig:
        """Merge {rule_id: {setting: value}}. strict: raise ConfigError naming `source` and
        the bad key; otherwise skip bad entries (a chart's settings must not stop the checks)."""
        if not overrides:
            return self
        rules = dict(self._rules)
        checks = dict(self.checks)
        for rule_id, table in overrides.items():
            try:
                if rule_id == CHECKS_TABLE:
                    checks.update(_merge_checks(table, source, strict))
                else:
                    rules[rule_id] = _merge(rules.get(rule_id), rule_id, table, source, strict)
            except ConfigError:
                if strict:
                    raise
        return RuleConfig(rules, checks, self.language)


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


def _merge_checks(table: Any, source: str, strict: bool) -> dict[str, Any]:
    """The good entries of a [checks] table; strict: ConfigError for the first bad one."""
    if not isinstance(table, Mapping):
        raise ConfigError(f"{source}: [{CHECKS_TABLE}] must be a table of settings")
    good = {}
    for key, value in table.items():
        try:
            choices = CHECKS_CHOICES.get(key)
            if choices is None:
                raise ConfigError(f"{source}: [{CHECKS_TABLE}] unknown setting {key!r}")
            if value not in choices:
                raise ConfigError(
                    f"{source}: [{CHECKS_TABLE}] {key} must be one of "
                    f"{', '.join(repr(c) for c in choices)}, not {value!r}"
                )
            good[key] = value
        except ConfigError:
            if strict:
                raise
    return good


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
            elif key in _TEXTS:
                changes[key] = _check_type(source, rule_id, key, value, "")
                twin = f"{key}_nb"
                if twin in _TEXTS and twin not in table:
                    changes[twin] = ""  # the user's own words serve both languages
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
    checks = _merge_checks(data.pop(CHECKS_TABLE, {}), "rules.toml", strict=True)
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
            advice_nb=table.get("advice_nb", ""),
            practice_nb=table.get("practice_nb", ""),
        )
    return RuleConfig(rules, checks)


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
