"""Translation catalogs: read once at start from `locales/*/LC_MESSAGES/*.po`.

Catalogs are read straight from the .po files with Babel, so there is no
compile step between a clone and a running bot. A msgid missing from a
catalog falls back to English (the msgid itself); `intakebot i18n check`
makes sure that never happens in a release.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

__all__ = ["LOCALES_DIR", "Translator", "load_catalog", "load_translator"]

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
SOURCE_LOCALE = "en"


def load_catalog(path: Path, locale: str) -> Catalog:
    """One .po file as a Babel catalog."""
    with path.open("rb") as handle:
        return read_po(handle, locale=locale.replace("-", "_"))


@dataclass(frozen=True)
class Translator:
    """Looks msgids up per locale; knows which locales exist."""

    catalogs: dict[str, dict[str, str]]
    fallback: str = SOURCE_LOCALE

    @property
    def locales(self) -> tuple[str, ...]:
        """Locales with a catalog, English first, then alphabetical."""
        return tuple(sorted(self.catalogs, key=lambda c: (c != SOURCE_LOCALE, c)))

    def gettext(self, locale: str | None, msgid: str) -> str:
        """The translation of `msgid` in `locale`, else the msgid itself."""
        table = self.catalogs.get(locale or self.fallback) or {}
        return table.get(msgid) or msgid


def month_names(locales: Sequence[str]) -> dict[str, int]:
    """Month names people type, from Babel's CLDR data for `locales` (and
    English): wide and abbreviated, in both grammatical forms, case-folded."""
    names: dict[str, int] = {}
    for code in {"en", *locales}:
        try:
            locale = Locale.parse(code)
        except (ValueError, UnknownLocaleError):
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    names[str(name).casefold().rstrip(".")] = int(number)
    return names


def load_translator(directory: Path = LOCALES_DIR) -> Translator:
    """Every catalog under `directory` (fuzzy entries are not used)."""
    catalogs: dict[str, dict[str, str]] = {}
    for po in sorted(directory.glob("*/LC_MESSAGES/messages.po")):
        locale = po.parent.parent.name
        catalog = load_catalog(po, locale)
        catalogs[locale] = {
            str(m.id): str(m.string)
            for m in catalog
            if m.id and isinstance(m.id, str) and m.string and not m.fuzzy
        }
    if SOURCE_LOCALE not in catalogs:
        catalogs[SOURCE_LOCALE] = {}
    return Translator(catalogs)
