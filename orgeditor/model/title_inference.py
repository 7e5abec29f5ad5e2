"""Reading a job title as a role: words to cues, the head word and its function, then a role key.

The steps are described at the top of resources/title_words.toml, which holds every word; this
module holds only the reading. RoleCatalogue.infer (roles.py) caches the result per title and
adds the role's label to the reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from orgeditor.model.title_words import Cue, TitleWords, fold

# "/" and brackets open an alternative reading ("SDR / BDR (lead generation)"); a comma, a colon,
# a dash between spaces or an en/em dash open a qualifier ("Sales Director, North").
_PIECE = re.compile(
    r"(?P<alt>[/(\[{|])|(?P<close>[)\]}])|(?P<cut>\s-+\s|[,;:–—])|(?P<word>[^\W_]+)"
)
_APOSTROPHES = str.maketrans("", "", "'’`´")
_SEAT_HEADS = frozenset({"foreign", "engineer"})  # jobs of another function whatever the words
# heads that lead people: their kind of selling is not specialised by the words after them
_LEADING = frozenset({"exec", "chief", "vp", "director", "head", "manager", "lead"})
_WORD_CACHE_LIMIT = 100_000  # words repeat far more than titles; the cap only guards memory


@dataclass(frozen=True)
class Segment:
    kind: str  # main (the first), alt (after "/" or in brackets) or qual (after a comma or dash)
    cues: tuple[Cue, ...]


@dataclass(frozen=True)
class Reading:
    """One segment read: what decides its role, and the role."""

    role: str
    why: str  # 'head word "manager" with "sales"', without the role's label
    words: str | None  # the words that decided, None when none pointed anywhere
    function: str | None
    kind: str  # the head kind, "bare" without a head word
    head_text: str = ""  # the head word as read ("manager")
    function_text: str = ""  # the function words as read, quoted ('"sales"')


@dataclass(frozen=True)
class TitleReading:
    role: str
    why: str
    words: str | None
    read_as: str  # the title as the English words it was read as; "" when as written


class TitleReader:
    """Reads titles with one vocabulary; caches the reading of single words."""

    def __init__(self, words: TitleWords) -> None:
        self.words = words
        self._word_cache: dict[str, tuple[str, ...]] = {}

    # ----- words ------------------------------------------------------------------------------

    def segments(self, title: str) -> list[tuple[str, list[str]]]:
        """The title cut into (kind, raw words) segments; empty segments dropped."""
        text = fold(title).translate(_APOSTROPHES).replace("&", " and ").replace("+", " and ")
        segments: list[tuple[str, list[str]]] = [("main", [])]
        for match in _PIECE.finditer(f" {text} "):
            if match.lastgroup == "word":
                segments[-1][1].append(match.group())
            else:
                segments.append(("alt" if match.lastgroup == "alt" else "qual", []))
        kept = [(kind, words) for kind, words in segments if words]
        if kept:  # the first non-empty segment is the main one even after a leading bracket
            kept[0] = ("main", kept[0][1])
        return kept

    def english(self, raw: Sequence[str]) -> list[str]:
        """Raw words of one segment as English words: Norwegian phrases, abbreviations,
        Norwegian words and compounds."""
        words = self.words
        raw = _replace_phrases(list(raw), words.nb_phrases)
        if len(raw) > 1 and raw[0] in words.head_first:  # "Leder salgsoperasjoner"
            raw = ["head", "of", *raw[1:]]
        out: list[str] = []
        for token in raw:
            out.extend(self.word(token))
        return out

    def word(self, token: str) -> tuple[str, ...]:
        found = self._word_cache.get(token)
        if found is None:
            if len(self._word_cache) >= _WORD_CACHE_LIMIT:
                self._word_cache.clear()
            found = self._word_cache[token] = self._word(token)
        return found

    def _word(self, token: str) -> tuple[str, ...]:
        words = self.words
        expanded = words.abbreviations.get(token)
        if expanded is not None:
            return tuple(w for part in expanded for w in words.nb_words.get(part, (part,)))
        if token in words.nb_words:
            return words.nb_words[token]
        if (token,) in words.cues:  # an English word is never split as a Norwegian compound
            return (token,)
        parts = self.split_compound(token)
        if parts is None:
            return (token,)
        return tuple(w for part in parts for w in words.nb_parts.get(part, (part,)))

    def split_compound(self, token: str) -> tuple[str, ...] | None:
        """A Norwegian compound in known parts ('regionsalgssjef' -> region, salg, sjef), or an
        unknown part and a known head ('bilselger' -> bil, selger); None when neither."""
        whole = _split_known(token, self.words.nb_parts)
        if whole is not None and (len(whole) > 1 or whole[0] != token):  # "salgs-", "teams"
            return whole
        for head in self.words.compound_heads:
            if token.endswith(head) and len(token) > len(head) + 1:
                prefix = token[: -len(head)]
                known = _split_known(prefix, self.words.nb_parts)
                return (*(known or (prefix,)), head)
        return None

    def cues(self, english: Sequence[str]) -> tuple[Cue, ...]:
        """English words as the fewest cues, so the longest phrases win wherever they start
        ("inside | sales development representative", not "inside sales | development | ...");
        unknown words stay plain words."""
        table, longest = self.words.cues, self.words.longest_cue
        n = len(english)
        best: list[tuple[Cue, ...] | None] = [None] * (n + 1)
        best[n] = ()
        for i in range(n - 1, -1, -1):
            for size in range(min(longest, n - i), 0, -1):  # longer first: they win ties
                phrase = tuple(english[i : i + size])
                cue = table.get(phrase)
                if cue is None and size == 1:
                    cue = Cue("word", english[i], english[i])
                rest = best[i + size]
                shorter = rest is not None and (best[i] is None or len(rest) + 1 < len(best[i]))
                if cue is not None and rest is not None and shorter:
                    best[i] = (cue, *rest)
        return best[0] or ()

    # ----- reading ----------------------------------------------------------------------------

    def key(self, title: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """What a reading depends on: 'Sales Mgr.' and 'sales mgr' read alike."""
        return tuple((kind, tuple(raw)) for kind, raw in self.segments(title))

    def read(self, title: str) -> TitleReading:
        return self.read_key(self.key(title))

    def read_key(self, key: tuple[tuple[str, tuple[str, ...]], ...]) -> TitleReading:
        english_segments = [(kind, self.english(raw)) for kind, raw in key]
        changed = any(
            tuple(words) != raw for (_, words), (_, raw) in zip(english_segments, key, strict=True)
        )
        read_as = ", ".join(" ".join(words) for _, words in english_segments) if changed else ""
        segments: list[Segment] = []
        for kind, english in english_segments:
            for n, part in enumerate(_split_and(self.cues(english))):
                segments.append(Segment(kind if n == 0 else "alt", part))
        if not segments:
            return TitleReading("other", "no title", None, "")
        reading = self._read_segments(segments)
        return TitleReading(reading.role, reading.why, reading.words, read_as)

    def _read_segments(self, segments: list[Segment]) -> Reading:
        main_at = _main_index(segments)
        main = segments[main_at]
        qualifiers = [s for i, s in enumerate(segments) if i != main_at and s.kind == "qual"]
        has_sales = any(
            _function_of(c) in self.words.sales_functions for s in segments for c in s.cues
        )
        best = self._read(main.cues, qualifiers, has_sales)
        for i, segment in enumerate(segments):
            if i == main_at or segment.kind == "qual":  # "Sales/Marketing Manager": "sales" too
                continue
            alternative = self._read(segment.cues, [], has_sales, inherit=best)
            if self.words.rank[alternative.role] > self.words.rank[best.role]:
                best = alternative
        return best

    def _read(
        self,
        cues: tuple[Cue, ...],
        qualifiers: list[Segment],
        has_sales: bool,
        inherit: Reading | None = None,
    ) -> Reading:
        """One segment: a veto, else its head word and function; qualifier segments lend a
        function the segment lacks; an alternative inherits what it lacks from the main reading."""
        veto = next((c for c in cues if c.kind == "veto"), None)
        if veto is not None:
            return Reading("other", f'"{veto.text}" names another function', veto.text, None, "")
        cues = _cut(cues)
        head_at = _head_index(cues)
        head = cues[head_at] if head_at is not None else None
        chief = any(c.kind == "qualifier" and c.value == "chief" for c in cues)
        team = any(c.kind == "qualifier" and c.value == "team" for c in cues)
        if head is None:
            before, after = list(cues), []
        else:
            before, after = list(cues[:head_at]), list(cues[head_at + 1 :])

        function, used = self._function_before(before)
        own = head.function if head is not None else None
        of_form = False
        if own is not None and (function is None or own != "sales"):
            function, used = own, [head]  # "Sales Closer": the head word names the function
        kind = head.value if head is not None else "bare"
        if chief and kind in ("bare", "officer", "executive"):
            kind = "chief"
        elif kind == "officer":
            kind = "rep"
        if function is None or (function == "sales" and kind not in _LEADING):
            # no function before the head ("Teamleder innesalg", "Vice President, Sales"), or a
            # seller whose kind of selling follows ("Selger nysalg", "Sales Exec - New Business")
            for later_cues in [after, *(list(s.cues) for s in qualifiers)]:
                later, later_used = self._function_after(later_cues)
                if later is None:
                    continue
                if function is None:
                    function, used, of_form = later, later_used, True
                elif later in self.words.specific_before_sales:
                    function, used = later, [*used, *later_used]
                break
        if function == "training":  # sales training is enablement; other training is HR
            function = "enablement" if has_sales else "foreign"
        borrowed = False
        if inherit is not None:  # an alternative: "(VP / Head of Sales)", "(CEO-nivå)"
            if head is None and not chief:
                kind, borrowed = inherit.kind, True
            if function is None:
                function, borrowed = inherit.function, True
        if head is None and function is None and not chief:
            return Reading("other", "no sales words", None, None, "bare")
        role = self._decide(function, kind, of_form or team)
        names = ", ".join(f'"{c.text}"' for c in used if c is not head)
        head_text = head.text if head is not None else ""
        if borrowed and inherit is not None:  # say what the alternative added to the main reading
            text = " ".join(c.text for c in cues)
            head_text = head_text or inherit.head_text
            names = names or inherit.function_text
            why = f'head word "{head_text}" with {names}'
            words = f"{names.replace(chr(34), '')} {head_text}".strip()
            if head is None and not used:  # only a level: "(CEO-nivå)"
                why, words = f'{why}, and "{text}"', f"{words} {text}"
            return Reading(role, why, words, function, kind, head_text, names)
        why = _why(head, used, function, kind)
        return Reading(role, why, _words(head, used), function, kind, head_text, names)

    def _decide(self, function: str | None, kind: str, of_form: bool) -> str:
        if kind in _SEAT_HEADS:
            return "other"
        if kind == "cro":
            return "cro"
        table = self.words.decide[function or "none"]
        if of_form and f"{kind}.of" in table:
            return table[f"{kind}.of"]
        return table.get(kind, table["default"])

    def _function_before(self, cues: list[Cue]) -> tuple[str | None, list[Cue]]:
        """The function nearest before the head: a run joined by "and" gives the broadest
        ("Sales & Marketing"); a specific sales function right before "sales" names the kind
        of sales ("Renewal Sales")."""
        at = [i for i, c in enumerate(cues) if _function_of(c) is not None]
        if not at:
            return None, []
        last = at[-1]
        group = [last]
        i = last - 1
        while True:
            i = _skip_words(cues, i, -1)
            if i < 0 or not _is_and(cues[i]):
                break
            j = _skip_words(cues, i - 1, -1)
            if j < 0 or _function_of(cues[j]) is None:
                break
            group.insert(0, j)
            i = j - 1
        if len(group) > 1:
            return self._broadest([cues[k] for k in group])
        function = _function_of(cues[last])
        if function == "sales" and last > 0:
            before = _function_of(cues[last - 1])
            if before in self.words.specific_before_sales:
                return before, [cues[last - 1], cues[last]]
        return function, [cues[last]]

    def _function_after(self, cues: list[Cue]) -> tuple[str | None, list[Cue]]:
        """The first function after the head ("Director of Sales Operations"), with any joined
        to it by "and" ("Direktør salg og marked")."""
        at = next((i for i, c in enumerate(cues) if _function_of(c) is not None), None)
        if at is None:
            return None, []
        group = [at]
        i = at + 1
        while True:
            i = _skip_words(cues, i, 1)
            if i >= len(cues) or not _is_and(cues[i]):
                break
            j = _skip_words(cues, i + 1, 1)
            if j >= len(cues) or _function_of(cues[j]) is None:
                break
            group.append(j)
            i = j + 1
        if len(group) > 1:
            return self._broadest([cues[k] for k in group])
        first = _function_of(cues[at])
        then = _function_of(cues[at + 1]) if at + 1 < len(cues) else None
        if first in self.words.specific_before_sales and then == "sales":
            return first, [cues[at], cues[at + 1]]
        return first, [cues[at]]

    def _broadest(self, group: list[Cue]) -> tuple[str, list[Cue]]:
        order = self.words.combined_order
        best = min(group, key=lambda c: order.get(_function_of(c) or "", len(order)))
        return _function_of(best) or "foreign", group


# ----- small helpers ---------------------------------------------------------------------------


def _replace_phrases(raw: list[str], phrases: dict[tuple[str, ...], tuple[str, ...]]) -> list[str]:
    """Multi-word Norwegian expressions ('daglig leder') replaced, longest first."""
    if len(raw) < 2:
        return raw
    out: list[str] = []
    i = 0
    while i < len(raw):
        for size in (3, 2):
            replacement = phrases.get(tuple(raw[i : i + size]))
            if replacement is not None:
                out.extend(replacement)
                i += size
                break
        else:
            out.append(raw[i])
            i += 1
    return out


def _split_known(token: str, parts: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The fewest known parts that make the token, a linking "s" allowed after a part
    ('salgssjef' -> salg, sjef); None when it cannot be made of known parts."""
    n = len(token)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[n] = ()
    for i in range(n - 2, -1, -1):
        for j in range(i + 2, n + 1):
            piece = token[i:j]
            if piece not in parts:
                continue
            nexts = [j, j + 1] if j < n and token[j] == "s" else [j]
            for k in nexts:
                rest = best[k]
                if rest is not None and (best[i] is None or len(rest) + 1 < len(best[i])):
                    best[i] = (piece, *rest)
    return best[0]


def _split_and(cues: tuple[Cue, ...]) -> list[tuple[Cue, ...]]:
    """'CEO & Founder' is two readings, each with a head word; 'Sales and Marketing Manager'
    is one reading with two function words."""
    parts: list[list[Cue]] = [[]]
    for cue in cues:
        if _is_and(cue):
            parts.append([])
        else:
            parts[-1].append(cue)
    if len(parts) > 1 and all(any(c.kind == "head" for c in part) for part in parts):
        return [tuple(part) for part in parts]
    return [cues]


def _main_index(segments: list[Segment]) -> int:
    """The first segment with a head word; else with a function or veto; else the first."""
    for wanted in ({"head"}, {"function", "veto"}):
        for i, segment in enumerate(segments):
            if any(c.kind in wanted for c in segment.cues):
                return i
    return 0


def _cut(cues: tuple[Cue, ...]) -> tuple[Cue, ...]:
    """Drop what follows "to" (whom the job serves) and a place after the job ("in Norway")."""
    seen_head = seen_any = False  # "business to business sales rep" is not cut
    for i, cue in enumerate(cues):
        if cue.kind == "connector" and cue.value == "to" and seen_head:
            return cues[:i]
        if cue.kind == "qualifier" and cue.value == "end" and seen_any:
            return cues[:i]
        seen_head = seen_head or cue.kind == "head"
        seen_any = seen_any or cue.kind in ("head", "function")
    return cues


def _head_index(cues: tuple[Cue, ...]) -> int | None:
    """The head word: the last one before "of" ("Head of Sales"), else the last one
    ("Kundeansvarlig regnskapsfører" is an accountant)."""
    heads = [i for i, c in enumerate(cues) if c.kind == "head"]
    if not heads:
        return None
    of = next(
        (
            i
            for i, c in enumerate(cues)
            if c.kind == "connector" and c.value == "of" and i > heads[0]
        ),
        None,
    )
    if of is not None:
        return max(i for i in heads if i < of)
    return heads[-1]


def _function_of(cue: Cue) -> str | None:
    if cue.kind == "function":
        return cue.value
    if cue.kind == "head":
        return cue.function
    return None


def _is_and(cue: Cue) -> bool:
    return cue.kind == "connector" and cue.value == "and"


def _skip_words(cues: Sequence[Cue], i: int, step: int) -> int:
    while 0 <= i < len(cues) and cues[i].kind == "word":
        i += step
    return i


def _why(head: Cue | None, used: list[Cue], function: str | None, kind: str) -> str:
    names = ", ".join(f'"{c.text}"' for c in used if c is not head)
    if head is None:
        if kind == "chief":
            return f'"chief" with {names}' if names else '"chief" and no sales words'
        return f"{names} without a head word"
    if (head.value in ("exec", "cro") and function is None) or (
        used == [head] and head.function is not None
    ):
        return f'matched "{head.text}"'
    said = f'head word "{head.text}"' + (" (chief)" if kind == "chief" else "")
    if head.value in _SEAT_HEADS:
        return f"{said} is a job of another function"
    if function is None:
        return f"{said} and no sales words"
    if function == "foreign":
        return f"{said} with {names}, not a sales function"
    return f"{said} with {names}" if names else said


def _words(head: Cue | None, used: list[Cue]) -> str | None:
    if head is not None and head.value in _SEAT_HEADS:  # the accountant, not the words before
        return head.text
    cues = list(used) + ([head] if head is not None and head not in used else [])
    return " ".join(c.text for c in cues) or None
