"""Effects to Bot API calls, as values: shared by every runtime.

`render` turns the family's effects into `Reply` values (method + params):
HTML parse mode with user text escaped (see `bot.text`), inline keyboards
with versioned callback data, and texts over Telegram's 4096-character limit
split at paragraph boundaries.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.i18n import Translator
from bot.telegram.callback import encode
from bot.text import plain, render
from flows.effects import Ask, Button, CopyFromCoordinators, Outgoing, Say, SendFile

__all__ = ["MAX_TEXT", "Reply", "Upload", "keyboard", "render_effects", "split_text"]

MAX_TEXT = 4096


@dataclass(frozen=True)
class Upload:
    """A file to upload with a call: the parameter name, file name, bytes."""

    param: str
    filename: str
    content: bytes


@dataclass(frozen=True)
class Reply:
    """One Bot API call: its method, JSON-ready parameters, optional upload."""

    method: str
    params: dict[str, Any] = field(default_factory=dict)
    upload: Upload | None = None


def _visible_length(text_html: str) -> int:
    return len(plain(text_html))


def split_text(text_html: str, limit: int = MAX_TEXT) -> list[str]:
    """`text_html` in parts of at most `limit` visible characters.

    Splits at paragraph breaks, then at line breaks (our templates close
    every tag within its line); a single line longer than the limit is cut
    as plain text.
    """
    parts: list[str] = []
    current = ""
    for paragraph in text_html.split("\n\n"):
        candidate = f"{current}\n\n{paragraph}" if current else paragraph
        if _visible_length(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
            current = ""
        for line in paragraph.split("\n"):
            candidate = f"{current}\n{line}" if current else line
            if _visible_length(candidate) <= limit:
                current = candidate
                continue
            if current:
                parts.append(current)
            flat = plain(line)
            while len(flat) > limit:
                parts.append(html.escape(flat[:limit], quote=False))
                flat = flat[limit:]
            current = line if _visible_length(line) <= limit else html.escape(flat, quote=False)
    if current:
        parts.append(current)
    return parts


def _label(button: Button, locale: str, tr: Translator) -> str:
    label = button.label if isinstance(button.label, str) else render(button.label, locale, tr)
    return plain(label)


def keyboard(ask: Ask, locale: str, tr: Translator) -> dict[str, Any]:
    """The inline keyboard of a question, each press carrying the version."""
    return {
        "inline_keyboard": [
            [
                {"text": _label(b, locale, tr), "callback_data": encode(ask.version, b.code)}
                for b in row
            ]
            for row in ask.buttons
        ]
    }


def _messages(chat_id: int, text_html: str, markup: dict[str, Any] | None) -> list[Reply]:
    parts = split_text(text_html)
    replies = [
        Reply("sendMessage", {"chat_id": chat_id, "text": part, "parse_mode": "HTML"})
        for part in parts
    ]
    if markup is not None and markup["inline_keyboard"]:
        replies[-1].params["reply_markup"] = markup
    return replies


def render_effects(
    effects: Sequence[Outgoing],
    chat_id: int,
    locale: str,
    tr: Translator,
    coordinator_chat_id: int | None = None,
) -> list[Reply]:
    """The Bot API calls that show `effects` to the family."""
    replies: list[Reply] = []
    for effect in effects:
        match effect:
            case Say(text=text, locale=override):
                body = "\n\n".join(render(m, override or locale, tr) for m in text)
                replies.extend(_messages(chat_id, body, None))
            case Ask(text=text):
                body = "\n\n".join(render(m, locale, tr) for m in text)
                replies.extend(_messages(chat_id, body, keyboard(effect, locale, tr)))
            case CopyFromCoordinators(message_id=message_id) if coordinator_chat_id is not None:
                copy = {"from_chat_id": coordinator_chat_id, "message_id": message_id}
                replies.append(Reply("copyMessage", {"chat_id": chat_id, **copy}))
            case SendFile(filename=filename, content=content, caption=caption):
                params = {
                    "chat_id": chat_id,
                    "caption": render(caption, locale, tr),
                    "parse_mode": "HTML",
                }
                replies.append(
                    Reply("sendDocument", params, Upload("document", filename, content.encode()))
                )
    return replies
