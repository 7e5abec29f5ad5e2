"""The role catalogue (resources/roles.toml) and inference of a role from a job title.

The title is read by orgeditor/model/title_inference.py with the words of
resources/title_words.toml; this module caches the reading and words its reason.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from orgeditor.model.title_inference import TitleReader
from orgeditor.model.title_words import TitleWords, title_words

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
    # the title's words that decided ("key account manager", "pre sales"); None when no word of
    # the title pointed anywhere. Kept under its old name: the ui shows it as the cue.
    pattern: str | None
    # for people: 'head word "manager" with "sales" → Sales manager / team lead'
    reason: str = ""


_NON_WORD = re.compile(r"[^\w]+|_+")


def normalise_title(title: str) -> str:
    """Lower case, '&' as 'and', runs of non-letters as one space, padded with spaces."""
    text = _NON_WORD.sub(" ", title.casefold().replace("&", " and "))
    return f" {' '.join(text.split())} "


# a cap on each cache: an import of a million distinct titles must not keep them all
_CACHE_LIMIT = 50_000


class RoleCatalogue:
    def __init__(self, data: dict, words: TitleWords | None = None) -> None:
        roles = [
            Role(
                key=r["key"],
                family=r["family"],
                stage=r.get("stage"),
                label_en=r["label_en"],
                label_nb=r["label_nb"],
                priority=r["priority"],
            )
            for r in data["role"]
        ]
        self.roles: dict[str, Role] = {r.key: r for r in roles}  # catalogue order
        self.families: dict[str, dict[str, str]] = data["family"]
        self.stages: dict[str, dict[str, str]] = data["stage"]
        self._reader = TitleReader(words or title_words())
        # per title as written and per normalised title: imports repeat titles in many spellings
        self._cache: dict[str, Inference] = {}
        self._by_key: dict[tuple, Inference] = {}

    def infer(self, title: str) -> Inference:
        """The role a title implies, with the words that decided and a reason to show."""
        found = self._cache.get(title)
        if found is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            found = self._cache[title] = self._infer_key(self._reader.key(title))
        return found

    def _infer_key(self, key: tuple) -> Inference:
        found = self._by_key.get(key)
        if found is None:
            if len(self._by_key) >= _CACHE_LIMIT:
                self._by_key.clear()
            found = self._by_key[key] = self._infer(key)
        return found

    def _infer(self, key: tuple) -> Inference:
        reading = self._reader.read_key(key)
        reason = f"{reading.why} → {self.roles[reading.role].label_en}"
        if reading.read_as:
            reason = f'read as "{reading.read_as}": {reason}'
        return Inference(reading.role, reading.words, reason)

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
