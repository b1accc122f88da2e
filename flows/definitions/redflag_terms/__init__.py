"""Red-flag vocabulary per locale, kept as data (`flows.redflags` does the matching).

Each locale module (`en.py`, `ru.py`, ...) defines `TERMS`, `TEMPERATURE_WORDS`,
`NEGATIONS` and `PAST_MARKERS` (plus the optional lists of `LocaleTerms`) and
bundles them as `LOCALE`. Adding a language is one data file and one line in
`LOCALE_TERMS`. Every locale is checked against every message, because people
mix languages.

How entries are written
-----------------------
* Entries are regular-expression fragments over *normalised* text (see
  `flows.redflags.normalise`): case-folded, no diacritics (so Russian `й` is
  written `и` and `ё` is written `е`), no apostrophes (`can't` is `cant`),
  ASCII digits. A test checks that every entry is already normalised.
* Before matching, runs of the same letter are squeezed to one letter in both
  the message and the entry, so `bleeding` also finds `bleding`/`bleeeding`;
  write the natural spelling.
* A match always starts at the beginning of a word. Terms, temperature words,
  measure words, past and repeat markers are stems: they may end mid-word
  (`shiver` finds `shivers`, `судорог` finds `судорогами`); end an entry with
  `(?!\\w)` to match a whole word only. Negations, after-negations, clause
  breaks, scope stops and negative particles always end at a word boundary.
* Use `(?:...)` for groups; no back-references and no named groups.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

__all__ = ["LOCALE_TERMS", "Category", "LocaleTerms"]


class Category(StrEnum):
    """What kind of emergency a message describes (one row of red-flags.md)."""

    FEVER = "fever"
    BREATHING_CIRCULATION = "breathing"
    NEUROLOGICAL = "neuro"
    BLEEDING = "bleeding"
    OTHER_URGENT = "other_urgent"
    SELF_HARM = "self_harm"


@dataclass(frozen=True, eq=False)
class LocaleTerms:
    """One locale's red-flag vocabulary (see the module docstring for the syntax).

    terms: stems and phrases per category.
    temperature_words: make a neighbouring number a temperature ("temp 39").
    negations: "no fever": a negation up to two words before a term cancels it.
    past_markers: "in 2022 he had fever": the clause is history, not an emergency.
    negations_after: "fever: none", "судорог не было": a negation right after a term.
    clause_breaks: start a new clause ("but", "now"), ending negation and history.
    negation_stops: end a negation's reach inside a clause ("and", "if", "sure").
    repeat_markers: "again", "опять": a past reference no longer cancels anything.
    negative_particles: words that make a term negative in itself ("can't
        breathe", "не дышит"); a negation just before such a term does not cancel it.
    measure_units: after a number, make it not a temperature ("38 kg", "38 days").
    measure_labels: before a number, make it not a temperature ("age 38", "CD19 38").
    """

    terms: Mapping[Category, tuple[str, ...]]
    temperature_words: tuple[str, ...]
    negations: tuple[str, ...]
    past_markers: tuple[str, ...]
    negations_after: tuple[str, ...] = ()
    clause_breaks: tuple[str, ...] = ()
    negation_stops: tuple[str, ...] = ()
    repeat_markers: tuple[str, ...] = ()
    negative_particles: tuple[str, ...] = ()
    measure_units: tuple[str, ...] = ()
    measure_labels: tuple[str, ...] = ()


# The locale modules import `Category` and `LocaleTerms` from this package, so
# the import must come after both are defined.
from flows.definitions.redflag_terms import (  # noqa: E402
    am,
    ar,
    en,
    es,
    fa,
    fr,
    id,
    kk,
    pt_BR,
    ru,
    uz,
    vi,
)

LOCALE_TERMS: Mapping[str, LocaleTerms] = MappingProxyType(
    {
        "am": am.LOCALE,
        "ar": ar.LOCALE,
        "en": en.LOCALE,
        "es": es.LOCALE,
        "fa": fa.LOCALE,
        "fr": fr.LOCALE,
        "id": id.LOCALE,
        "kk": kk.LOCALE,
        "pt_BR": pt_BR.LOCALE,
        "ru": ru.LOCALE,
        "uz": uz.LOCALE,
        "vi": vi.LOCALE,
    }
)
