"""Parameter checks that are not about message text or markup."""

from __future__ import annotations

import re
from typing import Any

from tests.emulator.errors import bad_request

COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
LANGUAGE_CODE = re.compile(r"[a-z]{2}")
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
SCOPES_WITHOUT_CHAT = frozenset(
    {"default", "all_private_chats", "all_group_chats", "all_chat_administrators"}
)
TOPIC_COLORS = frozenset({0x6FB9F0, 0xFFD67E, 0xCB86DB, 0x8EEE98, 0xFF93B2, 0xFB6F5F})
MENU_BUTTON_TYPES = frozenset({"commands", "web_app", "default"})


def commands(raw: Any) -> list[dict[str, str]]:
    """Check a setMyCommands list: names ``^[a-z0-9_]{1,32}$``, descriptions 1-256 chars."""
    if raw is None:
        raise bad_request('parameter "commands" is required')
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise bad_request("can't parse commands JSON object")
    if len(raw) > 100:
        raise bad_request("too many commands specified")
    checked = []
    for item in raw:
        name, description = item.get("command"), item.get("description")
        if not isinstance(name, str) or not COMMAND_NAME.fullmatch(name):
            raise bad_request("BOT_COMMAND_INVALID")
        if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        checked.append({"command": name, "description": description})
    return checked


def scope_key(raw: Any) -> tuple[str, Any, Any]:
    """Return (type, chat_id, user_id) of a BotCommandScope; None means the default scope."""
    if raw is None:
        return "default", None, None
    if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
        raise bad_request("can't parse BotCommandScope JSON object")
    kind = raw["type"]
    if kind in SCOPES_WITHOUT_CHAT:
        return kind, None, None
    if kind in {"chat", "chat_administrators"}:
        return kind, raw.get("chat_id"), None
    if kind == "chat_member":
        if not isinstance(raw.get("user_id"), int):
            raise bad_request("user not found")
        return kind, raw.get("chat_id"), raw["user_id"]
    raise bad_request("wrong BotCommandScope type specified")


def language_code(raw: str | None) -> str:
    """Check a two-letter ISO 639-1 code (empty for all languages)."""
    if raw is None or raw == "":
        return ""
    if not LANGUAGE_CODE.fullmatch(raw):
        raise bad_request("invalid language code specified")
    return raw


def chat_action(raw: str) -> str:
    """Check a sendChatAction ``action``."""
    if raw not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return raw


def webhook_url(raw: str) -> str:
    """Check a webhook URL. Plain http is allowed here so tests can listen on 127.0.0.1."""
    if not raw.lower().startswith(("https://", "http://")) or len(raw) > 2048:
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    return raw


def secret_token(raw: str | None) -> str | None:
    """Check a webhook ``secret_token``: 1-256 of ``A-Z a-z 0-9 _ -``."""
    if raw is None or raw == "":
        return None
    if not SECRET_TOKEN.fullmatch(raw):
        raise bad_request("secret token contains unallowed characters")
    return raw


def topic_name(raw: str | None, *, required: bool) -> str | None:
    """Check a forum topic name (1-128 characters)."""
    if raw is None or raw == "":
        if required:
            raise bad_request("TOPIC_TITLE_EMPTY")
        return None
    if len(raw) > 128:
        raise bad_request("TOPIC_TITLE_INVALID")
    return raw


def topic_color(raw: int | None) -> int:
    """Check a forum topic icon colour (one of Telegram's six)."""
    if raw is None:
        return 0x6FB9F0
    if raw not in TOPIC_COLORS:
        raise bad_request("TOPIC_ICON_COLOR_INVALID")
    return raw


def menu_button(raw: Any) -> dict[str, Any]:
    """Check a MenuButton object."""
    if raw is None:
        return {"type": "default"}
    if not isinstance(raw, dict) or raw.get("type") not in MENU_BUTTON_TYPES:
        raise bad_request("can't parse menu button JSON object")
    if raw["type"] == "web_app":
        web_app = raw.get("web_app")
        if not isinstance(raw.get("text"), str) or not isinstance(web_app, dict):
            raise bad_request("can't parse menu button JSON object")
        if not str(web_app.get("url", "")).startswith("https://"):
            raise bad_request("BUTTON_URL_INVALID")
    return dict(raw)
