"""What JSON can hold but a saved chart cannot: checks run on a .orgchart document as read.

json.loads turns a number too large for a float (1e400) into infinity, and a lone surrogate
escape ("\\ud800") into a string no UTF-8 file can hold; unknown fields keep such values as
they are, so a chart would open and then never save. Values nested hundreds of levels deep
make the recursive copies and writers overflow Python's stack. Each check names the place
("positions[3].name") so a hand-edited file can be repaired.

All walks are iterative (no recursion on deep input) and run only when a cheap test says there
may be something to find, so loading a 20,000-position file stays fast.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from math import inf, isfinite
from typing import Any

MAX_DEPTH = 64  # levels of lists and objects an unknown field's value may nest
TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep (lists or objects inside each other)"

# A surrogate escape in the raw JSON text, a valid pair (as json.dumps writes an emoji) as one
# match: only a match that is not a pair, or a pair after a backslash (in the JSON text
# \\ud83d\ude00 is a backslash, "ud83d" and a lone low surrogate), may decode to a lone one.
_SURROGATE_ESCAPE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[dD][89a-fA-F]"
)
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # json joins valid pairs: any left is lone

# a place in the document as a linked list (parent, key): built cheaply, formatted on a hit
Place = tuple[Any, str | int] | None


class FloatReader:
    """json.loads' parse_float hook (and, as `integer`, its parse_int hook): notes whether any
    number became infinite."""

    __slots__ = ("overflowed",)

    def __init__(self) -> None:
        self.overflowed = False

    def __call__(self, text: str) -> float:
        value = float(text)
        if not isfinite(value):
            self.overflowed = True
        return value

    def integer(self, text: str) -> int | float:
        """A whole number; one of more digits than int() reads (4,300 by default, where json
        would stop with advice to call sys.set_int_max_str_digits) is far beyond a float:
        infinity, which infinite_number() then reports with its place."""
        try:
            return int(text)
        except ValueError:
            self.overflowed = True
            return inf


def place_name(place: Place) -> str:
    """'positions[3].name' for (((None, 'positions'), 3), 'name')."""
    parts: list[str] = []
    while place is not None:
        place, key = place
        if isinstance(key, int):
            parts.append(f"[{key}]")
        elif key.isidentifier():
            parts.append(f".{key}")
        else:
            parts.append(f"[{_quoted(key)}]")
    return "".join(reversed(parts)).lstrip(".")


def _quoted(key: str) -> str:
    shown = key if len(key) <= 40 else key[:39] + "…"
    return '"' + shown.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _children(value: object, place: Place) -> list[tuple[object, Place]]:
    """A container's items with their places, in document order."""
    if isinstance(value, dict):
        return [(item, (place, key)) for key, item in value.items()]
    if isinstance(value, list):
        return [(item, (place, i)) for i, item in enumerate(value)]
    return []


def _walk(document: object) -> Iterator[tuple[object, Place]]:
    """Every value of the document with its place, depth first in document order."""
    stack: list[tuple[object, Place]] = [(document, None)]
    while stack:
        value, place = stack.pop()
        yield value, place
        children = _children(value, place)
        children.reverse()
        stack.extend(children)


def invalid_unicode(text: str, document: object) -> str | None:
    """Where the document holds text that is not valid Unicode (a lone surrogate), as a
    message, or None. `text` is the JSON the document was read from (scanned first)."""
    if not _may_hold_lone_surrogate(text):
        return None
    # the scan may match where nothing is wrong (\\ud800 is a backslash and text): confirm on
    # the decoded strings with the C encoder (~3 times faster than the walk) before walking
    try:
        if _SURROGATE.search(json.dumps(document, ensure_ascii=False)) is None:
            return None
    except RecursionError:  # nested too deep for the encoder: the walk below is iterative
        pass
    for value, place in _walk(document):
        if isinstance(value, str) and _SURROGATE.search(value):
            return f"{_at(place)}text that is not valid Unicode ({_escape(value)})"
        if isinstance(value, dict):  # names are checked before any value below them is named
            for key in value:
                if _SURROGATE.search(key):
                    where = place_name(place) or "the top level"
                    return f"{where}: a field name that is not valid Unicode ({_escape(key)})"
    return None


def _may_hold_lone_surrogate(text: str) -> bool:
    """A cheap scan of the raw text (a few ms for 20,000 positions), which may say yes
    where the decoded document turns out to be fine, but never no where it is not."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a surrogate itself, in text given by code (files are UTF-8)
        return True
    for match in _SURROGATE_ESCAPE.finditer(text):
        start = match.start()
        if match.end() - start < 12 or text[start - 1 : start] == "\\":
            return True
    return False


def _escape(text: str) -> str:
    match = _SURROGATE.search(text)
    return f"a lone \\u{ord(match.group()):04x}" if match else "?"


def infinite_number(document: object) -> str | None:
    """Where the document holds a number too large for a float (read as infinity), as a
    message, or None. Call it only when FloatReader.overflowed says there is one."""
    for value, place in _walk(document):
        if isinstance(value, float) and not isfinite(value):
            return f"{_at(place)}a number too large to hold (beyond ±1.8e308)"
    return None


def too_deep(value: object, limit: int = MAX_DEPTH) -> bool:
    """Whether lists and objects nest more than `limit` levels in `value`."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth >= limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _at(place: Place) -> str:
    name = place_name(place)
    return f"{name}: " if name else ""
