"""The bot's commands and their descriptions, registered per language."""

from __future__ import annotations

from bot.i18n import Translator
from bot.telegram.render import Reply
from flows.text import N_

__all__ = ["COMMANDS", "command_replies"]

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", N_("Start or continue")),
    ("help", N_("How this bot works")),
    ("language", N_("Change the language")),
    ("learn", N_("Learn about dual-target CAR-T")),
    ("status", N_("Where my case is")),
    ("todo", N_("Reports to ask my doctor for")),
    ("privacy", N_("What we store and why")),
    ("mydata", N_("Get a copy of my data")),
    ("delete", N_("Erase my data")),
    ("restart", N_("Start again from the beginning")),
)


def command_replies(tr: Translator, default_locale: str) -> list[Reply]:
    """setMyCommands calls: one per language (ISO 639-1 code), plus the default."""
    replies: list[Reply] = []
    seen: set[str] = set()
    for locale in tr.locales:
        language = locale.split("_")[0].lower()
        if language in seen:
            continue
        seen.add(language)
        replies.append(
            Reply("setMyCommands", {"commands": _commands(tr, locale), "language_code": language})
        )
    replies.append(Reply("setMyCommands", {"commands": _commands(tr, default_locale)}))
    return replies


def _commands(tr: Translator, locale: str) -> list[dict[str, str]]:
    return [{"command": name, "description": tr.gettext(locale, text)} for name, text in COMMANDS]
