"""Spot messages that describe an emergency (shared/content/red-flags.md).

`detect(text)` returns the red flags a message raises, or `()`. It is called on
every message, so every pattern is compiled once, at import. The vocabulary is
data, one module per locale, in `flows.definitions.redflag_terms`; every
locale is checked against every message because families mix languages.

How a message is read:
1. `normalise` it (case, diacritics, digits, decimal comma, stretched letters),
   then squeeze doubled letters so spelling slips match ("bleding").
2. Find each category's stems and phrases. A match is dropped when a negation
   governs it ("no fever", "судорог не было") or its clause is clearly history
   ("in 2022 he had seizures"), unless the message says it is happening again.
   Self-harm is never dropped.
3. Read the numbers: 38.0-42.9 (°C) or 100.4-108 (°F) next to a temperature
   word or unit is a fever; so is a bare reading such as "38.4". Units and
   labels ("38 kg", "age 38", "CD19 38%", "day +38") and dates never are.
When in doubt it fires: a false alarm costs a coordinator a minute, a missed
emergency costs far more.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from flows.definitions.redflag_terms import LOCALE_TERMS, Category, LocaleTerms

__all__ = ["Category", "RedFlag", "detect", "normalise"]


@dataclass(frozen=True)
class RedFlag:
    """One reason a message is an emergency; `rule` names our pattern, never the user's text."""

    category: Category
    rule: str


# --- normalisation ---------------------------------------------------------

# Before NFKD: marks that NFKD would turn into letters or spaces.
_BEFORE_NFKD = str.maketrans(
    {"º": "°", "˚": "°", "´": "", "`": "", "'": "", "’": "", "‘": "", "ʼ": ""}
)
_AFTER_NFKD = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
        # Tatweel only stretches a word; the joiners and soft hyphen are invisible.
        **dict.fromkeys("\u0640\u200b\u200c\u200d\u00ad", ""),
        # Arabic decimal point and punctuation, so numbers and clauses read the same.
        **dict(zip("\u066b\u060c\u061b\u061f\u066a", ".,;?%", strict=True)),
        # Persian and Arabic spellings of one letter; letters NFKD does not take apart.
        **dict(zip("یىکđðłøıħ", "ييكddloih", strict=True)),
        **dict.fromkeys("‐‑‒–—−", "-"),
    }
)
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")
_DOUBLED = re.compile(r"([^\W\d_])\1+")
_SPACES = re.compile(r"[^\S\n]+")


def normalise(text: str) -> str:
    """Fold `text` into the form the term lists are written in.

    Case-folds; strips diacritics, Arabic harakat and tatweel; maps Arabic-Indic
    and Persian digits to ASCII and a decimal comma to a point; drops
    apostrophes; collapses a letter typed three or more times:
    "Температура 38,5°С" -> "температура 38.5°с", "feeeever" -> "fever",
    "can’t" -> "cant", "٣٨٫٥" -> "38.5".
    """
    text = unicodedata.normalize("NFKD", text.translate(_BEFORE_NFKD)).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = unicodedata.normalize("NFC", text).translate(_AFTER_NFKD)
    text = _DECIMAL_COMMA.sub(".", text)
    text = _STRETCHED.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def _squeeze(text: str) -> str:
    # Doubled letters are squeezed in both message and terms, so "bleeding",
    # "bleding" and "bleeeding" meet; digits are left alone ("100.4").
    return _DOUBLED.sub(r"\1", text)


# --- compiled vocabulary ---------------------------------------------------


def _all(pick: Iterable[tuple[str, ...]]) -> str:
    entries = {_squeeze(entry) for group in pick for entry in group}
    # Longest first, so "blood in urine" wins over a shorter stem at the same place.
    return "|".join(f"(?:{e})" for e in sorted(entries, key=lambda e: (-len(e), e)))


def _words(pick: Iterable[tuple[str, ...]]) -> str:
    """Whole-word alternation of the entries."""
    return rf"(?<!\w)(?:{_all(pick)})(?!\w)"


def _stems(pick: Iterable[tuple[str, ...]]) -> str:
    """Word-start alternation of the entries."""
    return rf"(?<!\w)(?:{_all(pick)})"


_LOCALES: tuple[LocaleTerms, ...] = tuple(LOCALE_TERMS.values())
_CODES: tuple[str, ...] = tuple(LOCALE_TERMS)


def _category_pattern(category: Category) -> tuple[re.Pattern[str], tuple[str, ...]]:
    rules: list[str] = []
    groups: list[tuple[int, str]] = []
    for code, locale in zip(_CODES, _LOCALES, strict=True):
        for term in locale.terms.get(category, ()):
            groups.append((len(groups), _squeeze(term)))
            rules.append(f"{code}:{term}")
    groups.sort(key=lambda g: -len(g[1]))  # the longer, more specific phrase names the rule
    body = "|".join(f"(?P<g{i}>{t})" for i, t in groups) or r"(?!x)x"  # (?!x)x: never matches
    return re.compile(rf"(?<!\w)(?:{body})"), tuple(rules)


_TERMS = {c: _category_pattern(c) for c in Category}
_NEGATION = _words(loc.negations for loc in _LOCALES)
_STOP = _words(loc.negation_stops + loc.clause_breaks for loc in _LOCALES)
# A negation up to two words before the term, with no "and"/"if"/"but" between.
_NEG_BEFORE = re.compile(rf"{_NEGATION}(?:\W+(?!{_STOP})\w+){{0,2}}\W*$")
_NEG_AFTER = re.compile(rf"\w*(?:\W+\w+)?\W+{_words(loc.negations_after for loc in _LOCALES)}")
_NEGATIVE_TERM = re.compile(rf"{_NEGATION}|{_words(loc.negative_particles for loc in _LOCALES)}")
_PAST = re.compile(_stems(loc.past_markers for loc in _LOCALES))
_REPEAT = re.compile(_stems(loc.repeat_markers for loc in _LOCALES))
_CLAUSE_END = re.compile(
    rf"[!?;\n,]|\.(?!\d)|(?<=\s)-(?=\s)|(?={_words(loc.clause_breaks for loc in _LOCALES)})"
)

_NUMBER = re.compile(r"(?<![\d.:/])\d{2,3}(?:\.\d{1,2})?(?![\d/]|[.:]\d)")
_SENTENCE_END = re.compile(r"[!?\n]|\.(?!\d)")
_TOKEN = re.compile(r"[\w.]+")
_TEMP_WORD = re.compile(_stems(loc.temperature_words for loc in _LOCALES) + r"[^\W\d_]*")
_LABEL = re.compile(_stems(loc.measure_labels for loc in _LOCALES) + r"[^\W\d_]*")
_UNIT = re.compile(r"\s*(?:°\s*([cfсф](?![^\W\d_]))?|([cfсф])(?![^\W\d_]))")
_TEMP_AFTER = re.compile(
    rf"(?:[^\w.]+[\w.]+)?[^\w.]+{_stems(loc.temperature_words for loc in _LOCALES)}"
)
_NOT_TEMP_AFTER = re.compile(rf"\s*(?:%|{_stems(loc.measure_units for loc in _LOCALES)})")
# red-flags.md: 38.0 to 42 °C (a reading of 42.5 still counts) or 100.4 to 108 °F.
_CELSIUS = (38.0, 42.99)
_LATIN_UNIT = str.maketrans("сф", "cf")  # Cyrillic "38 С" is as common as Latin "38 C"
_FAHRENHEIT = (100.4, 108.0)


# --- detection --------------------------------------------------------------


class _Clauses:
    """Clause boundaries of one message: negation and history do not reach past them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.bounds = [0, *(m.start() for m in _CLAUSE_END.finditer(text)), len(text)]
        self.repeated = _REPEAT.search(text) is not None
        self._history: dict[int, bool] = {}  # per clause: a long clause is searched once

    def around(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.bounds, pos) - 1
        return self.bounds[i], self.bounds[min(i + 1, len(self.bounds) - 1)]

    def is_history(self, pos: int) -> bool:
        if self.repeated:
            return False
        start, end = self.around(pos)
        if start not in self._history:
            self._history[start] = _PAST.search(self.text, start, end) is not None
        return self._history[start]

    def is_negated(self, start: int, end: int) -> bool:
        begin, stop = self.around(start)
        if _NEGATIVE_TERM.search(self.text, start, end):
            return False  # "no energy, can't breathe": the term carries its own "not"
        before = self.text[max(begin, start - 80) : start]
        after = self.text[end : min(stop, end + 40)]
        return bool(_NEG_BEFORE.search(before) or _NEG_AFTER.match(after))


def _keyword_flags(clauses: _Clauses) -> Iterator[tuple[int, RedFlag]]:
    for category, (pattern, rules) in _TERMS.items():
        for m in pattern.finditer(clauses.text):
            if category is not Category.SELF_HARM and (
                clauses.is_history(m.start()) or clauses.is_negated(m.start(), m.end())
            ):
                continue
            # Each alternative is one named group with no groups inside (a test
            # checks), so `lastgroup` names the term that matched.
            yield m.start(), RedFlag(category, rules[int(str(m.lastgroup)[1:])])


def _last(pattern: re.Pattern[str], window: str, max_tokens: int) -> int | None:
    """Start of the last match in `window` within `max_tokens` words of its end."""
    found = None
    for m in pattern.finditer(window):
        if len(_TOKEN.findall(window, m.end())) <= max_tokens:
            found = m.start()
    return found


def _reading(text: str, m: re.Match[str]) -> str | None:
    """The rule that makes the number `m` a fever, or None."""
    start, end, value = m.start(), m.end(), float(m.group())
    if _NOT_TEMP_AFTER.match(text, end):
        return None
    window = text[max(0, start - 60) : start]
    window = window[max((e.end() for e in _SENTENCE_END.finditer(window)), default=0) :]
    temp, label = _last(_TEMP_WORD, window, 4), _last(_LABEL, window, 2)
    unit = _UNIT.match(text, end)
    scale = ((unit.group(1) or unit.group(2) or "") if unit else "").translate(_LATIN_UNIT)
    if label is not None and (temp is None or label > temp):
        return None
    glued = start > 0 and text[start - 1].isalpha()
    has_context = bool(unit or temp is not None or _TEMP_AFTER.match(text, end))
    if glued and temp is None:
        return None  # "cd38", "b12"
    if not has_context and "." not in m.group():
        return None  # a bare "38" is an age, a count or a weight
    low_c, high_c = _CELSIUS
    low_f, high_f = _FAHRENHEIT
    if scale != "f" and low_c <= value <= high_c:
        return "temperature:celsius" if has_context else "temperature:reading"
    if scale != "c" and low_f <= value <= high_f:
        return "temperature:fahrenheit" if has_context else "temperature:reading"
    return None


def _temperature_flags(clauses: _Clauses) -> Iterator[tuple[int, RedFlag]]:
    for m in _NUMBER.finditer(clauses.text):
        rule = _reading(clauses.text, m)
        if rule is not None and not clauses.is_history(m.start()):
            yield m.start(), RedFlag(Category.FEVER, rule)


def detect(text: str) -> tuple[RedFlag, ...]:
    """The red flags `text` raises, in the order they appear; `()` when there are none."""
    clauses = _Clauses(_squeeze(normalise(text)))
    found = sorted([*_keyword_flags(clauses), *_temperature_flags(clauses)], key=lambda hit: hit[0])
    return tuple(dict.fromkeys(flag for _, flag in found))
