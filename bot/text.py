"""Turning `Msg` values into the text a family reads, in their language.

Formatting happens after lookup: the translated template is filled with
parameters, where `str` parameters (user text) are HTML-escaped, numbers are
formatted for the locale, `Msg` parameters are translated in turn, tuples are
joined with commas and `Lines` one per line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from babel.numbers import format_decimal

from bot.i18n import Translator
from flows.locales import RTL
from flows.text import Lines, Msg, ParamValue

__all__ = ["isolate_latin", "plain", "render"]

_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        # A translation with a placeholder the English lacks must not crash a
        # reply; `intakebot i18n check` reports it.
        return "{" + key + "}"


def _number(value: int | float, locale: str) -> str:
    try:
        return format_decimal(value, locale=locale, group_separator=False)
    except (ValueError, LookupError):
        return str(value)


def _param(value: ParamValue, locale: str, tr: Translator) -> str:
    if isinstance(value, Msg):
        return _render(value, locale, tr)
    if isinstance(value, Lines):
        return "\n".join(_param(v, locale, tr) for v in value.items)
    if isinstance(value, tuple):
        return ", ".join(_param(v, locale, tr) for v in value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return _number(value, locale)
    return html.escape(value, quote=False)


# A run of Latin letters, digits and the signs that belong with them
# ("CD19+CD22", "CAR-T", "90-93%", "03/2024", "n=47").
_LATIN_RUN = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9+\-/.,%=:#°]*(?: [A-Za-z0-9][A-Za-z0-9+\-/.,%=:#°]*)*"
)
_TAG_OR_ENTITY = re.compile(r"(<[^>]*>|&[#a-zA-Z0-9]+;)")
FSI, PDI = "\u2068", "\u2069"


def isolate_latin(text_html: str) -> str:
    """Wrap Latin runs in Unicode directional isolates (for RTL languages),
    leaving HTML tags and entities untouched."""
    parts = _TAG_OR_ENTITY.split(text_html)
    return "".join(
        part if index % 2 else _LATIN_RUN.sub(lambda m: f"{FSI}{m.group(0)}{PDI}", part)
        for index, part in enumerate(parts)
    )


def render(message: Msg, locale: str, tr: Translator) -> str:
    """`message` translated into `locale` and filled in, as Telegram HTML
    (Latin runs isolated in right-to-left languages)."""
    text = _render(message, locale, tr)
    return isolate_latin(text) if locale in RTL else text


def _render(message: Msg, locale: str, tr: Translator) -> str:
    template = tr.gettext(locale, message.key)
    if not message.params:
        return template
    params: Mapping[str, str] = _Params(
        {name: _param(value, locale, tr) for name, value in message.params}
    )
    try:
        return template.format_map(params)
    except (ValueError, IndexError):
        return message.key.format_map(params)


def plain(text_html: str) -> str:
    """Telegram HTML as plain text (for the terminal demo)."""
    return html.unescape(_TAG.sub("", text_html))
