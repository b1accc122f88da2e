"""Choosing a family's language from Telegram's `language_code` hint.

The hint is optional and often only a language ("pt") or a script variant
("uz-Cyrl"): it picks the best catalog we have, or none (then the family
chooses from the menu, shown in DEFAULT_LOCALE). The family's own choice is
stored and always wins.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["RTL", "match_locale"]

RTL = frozenset({"ar", "fa"})

# Hints whose best catalog is not found by the rules below.
_ALIASES = {
    "uz_cyrl": "uz",  # Uzbek in Cyrillic script: our Uzbek catalog is Latin, closest still
    "pt": "pt_BR",
    "pt_pt": "pt_BR",
    "kz": "kk",
    "per": "fa",
    "prs": "fa",  # Dari
}


def match_locale(hint: str | None, available: Sequence[str]) -> str | None:
    """The catalog for a `language_code` hint, or None if we have none for it."""
    if not hint:
        return None
    wanted = hint.replace("-", "_").strip()
    by_lower = {code.lower(): code for code in available}
    lowered = wanted.lower()
    for candidate in (lowered, _ALIASES.get(lowered), _ALIASES.get(lowered.split("_")[0])):
        if candidate and candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    language = lowered.split("_")[0]
    if language in by_lower:
        return by_lower[language]
    return next((code for code in available if code.lower().split("_")[0] == language), None)
