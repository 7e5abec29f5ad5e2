"""The role catalogue (resources/roles.toml) and inference of a role from a job title."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

SELLER_STAGES = ("lead_generation", "closing", "retention")
# counted as enablement staff (RULES.md): the enablement family plus the CRO, the article's sponsor
EXECUTIVE_SPONSORS = frozenset({"cro", "chief_enablement_officer", "vp_enablement"})


@dataclass(frozen=True)
class Role:
    key: str
    family: str
    stage: str | None  # lead_generation, closing, retention, "all" for generalists, None
    label_en: str
    label_nb: str
    priority: int
    patterns: tuple[re.Pattern[str], ...]

    @property
    def is_seller(self) -> bool:
        return self.family == "seller"

    @property
    def is_enablement(self) -> bool:
        return self.family == "enablement" or self.key == "cro"

    @property
    def is_operations(self) -> bool:
        return self.family == "operations"


@dataclass(frozen=True)
class Inference:
    role: str
    pattern: str | None  # the pattern that matched, None when nothing did ("other")


_NON_WORD = re.compile(r"[^\w]+|_+")


def normalise_title(title: str) -> str:
    """Lower case, '&' as 'and', runs of non-letters as one space, padded with spaces."""
    text = _NON_WORD.sub(" ", title.casefold().replace("&", " and "))
    return f" {' '.join(text.split())} "


class RoleCatalogue:
    def __init__(self, data: dict) -> None:
        roles = [
            Role(
                key=r["key"],
                family=r["family"],
                stage=r.get("stage"),
                label_en=r["label_en"],
                label_nb=r["label_nb"],
                priority=r["priority"],
                patterns=tuple(
                    re.compile(p) for p in [*r.get("patterns_en", []), *r.get("patterns_nb", [])]
                ),
            )
            for r in data["role"]
        ]
        self.roles: dict[str, Role] = {r.key: r for r in roles}  # catalogue order
        self.families: dict[str, dict[str, str]] = data["family"]
        self.stages: dict[str, dict[str, str]] = data["stage"]
        self._by_priority = sorted(roles, key=lambda r: r.priority)
        self._cache: dict[str, Inference] = {}

    def infer(self, title: str) -> Inference:
        """The role a title implies. Cached: real charts repeat few distinct titles."""
        found = self._cache.get(title)
        if found is None:
            found = self._cache[title] = self._infer(title)
        return found

    def _infer(self, title: str) -> Inference:
        text = normalise_title(title)
        if text.strip():
            for role in self._by_priority:
                for pattern in role.patterns:
                    if pattern.search(text):
                        return Inference(role.key, pattern.pattern)
        return Inference("other", None)

    def role(self, key: str) -> Role:
        return self.roles[key]

    def keys_in_family(self, family: str) -> list[str]:
        return [k for k, r in self.roles.items() if r.family == family]

    def label(self, key: str, language: str = "en") -> str:
        role = self.roles[key]
        return role.label_nb if language == "nb" else role.label_en


@cache
def catalogue() -> RoleCatalogue:
    text = resources.files("orgeditor.resources").joinpath("roles.toml").read_text("utf-8")
    return RoleCatalogue(tomllib.loads(text))
