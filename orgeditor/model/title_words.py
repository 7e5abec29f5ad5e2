"""The vocabulary for reading job titles (resources/title_words.toml), loaded once.

The data says which words mean what; orgeditor/model/title_inference.py holds the reading. Every
key is normalised here the way a title is, so the file can be written as people write titles.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

CUE_TABLES = ("vetoes", "roles", "function_heads", "heads", "functions", "qualifiers", "connectors")

_KEEP = frozenset("æøå")  # Norwegian letters are letters of their own, not accented a/o
_NON_WORD = re.compile(r"[^\w]+|_+")


def fold(text: str) -> str:
    """Lower case with accents dropped, except on æ, ø and å ('Gründer' -> 'grunder')."""
    text = text.casefold()
    if text.isascii():
        return text
    out = []
    for char in text:
        if char in _KEEP:
            out.append(char)
        else:
            out.append("".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii()))
    return "".join(out)


def words_of(text: str) -> tuple[str, ...]:
    """A key or value of the vocabulary as words: 'Pre-Sales' -> ('pre', 'sales')."""
    return tuple(_NON_WORD.sub(" ", fold(text).replace("&", " and ")).split())


@dataclass(frozen=True)
class Cue:
    """What a word or phrase of a title means.

    kind: veto, head, function, qualifier or connector. value: the veto's function, the head
    kind (manager, rep, exec, ...), the function (sales, ae, ...), the qualifier (chief, team,
    end) or the connector (of, to, and). function: the function a head word names itself
    ("account executive" is a head that says "ae"). text: the words as read.
    """

    kind: str
    value: str
    text: str
    function: str | None = None


@dataclass(frozen=True)
class TitleWords:
    abbreviations: dict[str, tuple[str, ...]]
    nb_phrases: dict[tuple[str, ...], tuple[str, ...]]
    nb_words: dict[str, tuple[str, ...]]
    nb_parts: dict[str, tuple[str, ...]]  # the parts compounds are split into
    compound_heads: tuple[str, ...]  # longest first
    head_first: frozenset[str]
    cues: dict[tuple[str, ...], Cue]
    longest_cue: int
    sales_functions: frozenset[str]
    combined_order: dict[str, int]
    specific_before_sales: frozenset[str]
    decide: dict[str, dict[str, str]]
    rank: dict[str, int]

    @classmethod
    def from_toml(cls, data: dict[str, Any]) -> TitleWords:
        norwegian = data["norwegian"]
        nb_words = {_one_word(k): words_of(v) for k, v in norwegian["words"].items()}
        parts = {_one_word(k): words_of(v) for k, v in norwegian.get("parts", {}).items()}
        cues = _cues(data)
        # English words go into compounds too ("salgssupport", "kundesuksessmanager"); connectors
        # and short words do not, so that no Norwegian word falls apart into "in" and "to"
        english_parts = {
            phrase[0]: phrase
            for phrase, cue in cues.items()
            if len(phrase) == 1 and len(phrase[0]) >= 3 and cue.kind in ("head", "function", "veto")
        }
        families = data["families"]
        return cls(
            abbreviations={_one_word(k): words_of(v) for k, v in data["abbreviations"].items()},
            nb_phrases={words_of(k): words_of(v) for k, v in norwegian["phrases"].items()},
            nb_words=nb_words,
            nb_parts={**english_parts, **nb_words, **parts},
            compound_heads=tuple(
                sorted((fold(h) for h in norwegian["compound_heads"]), key=len, reverse=True)
            ),
            head_first=frozenset(fold(w) for w in norwegian["head_first"]),
            cues=cues,
            longest_cue=max(len(k) for k in cues),
            sales_functions=frozenset(families["sales"]),
            combined_order={f: i for i, f in enumerate(families["combined"])},
            specific_before_sales=frozenset(families["specific_before_sales"]),
            decide={k: dict(v) for k, v in data["decide"].items()},
            rank=dict(data["rank"]),
        )


def _one_word(key: str) -> str:
    words = words_of(key)
    if len(words) != 1:
        raise ValueError(f"title_words.toml: {key!r} must be one word")
    return words[0]


def _cues(data: dict[str, Any]) -> dict[tuple[str, ...], Cue]:
    """Every phrase of the cue tables; a phrase in two tables is an error in the file."""
    cues: dict[tuple[str, ...], Cue] = {}
    for table in CUE_TABLES:
        for key, value in data[table].items():
            phrase = words_of(key)
            text = " ".join(phrase)
            if table == "function_heads":
                function, kind = value
                cue = Cue("head", kind, text, function)
            elif table == "roles":
                cue = Cue("head", value, text)
            else:
                cue = Cue(_KIND[table], value, text)
            if phrase in cues:
                raise ValueError(f"title_words.toml: {text!r} is in two tables")
            cues[phrase] = cue
    return cues


_KIND = {
    "vetoes": "veto",
    "heads": "head",
    "functions": "function",
    "qualifiers": "qualifier",
    "connectors": "connector",
}


@cache
def title_words() -> TitleWords:
    text = resources.files("orgeditor.resources").joinpath("title_words.toml").read_text("utf-8")
    return TitleWords.from_toml(tomllib.loads(text))
