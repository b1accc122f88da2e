"""Telegram updates (as plain dicts) to channel-neutral events.

Both runtimes hand their library's update object over as the Bot API's own
JSON shape, so this translation is written once. Anything that is not for
the family's conversation (groups, channels, edits, membership changes,
unknown kinds) is ignored on purpose, with a reason for the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.telegram.callback import decode
from flows.events import ChatRef, Event, FileRef

__all__ = ["CHANNEL", "FamilyBlocked", "Ignored", "Incoming", "parse_update"]

CHANNEL = "telegram"


@dataclass(frozen=True)
class Incoming:
    """An event for the service, plus what the runtime must answer itself."""

    event: Event
    chat_id: int
    callback_query_id: str | None = None
    message_id: int | None = None


@dataclass(frozen=True)
class FamilyBlocked:
    """The family blocked the bot (their coordinators should know)."""

    chat: ChatRef


@dataclass(frozen=True)
class Ignored:
    """An update deliberately not handled, and why (ids only, for the log)."""

    reason: str


def _file(message: dict[str, Any]) -> FileRef | None:
    if document := message.get("document"):
        return FileRef(
            str(document["file_id"]),
            str(document.get("file_name") or "document"),
            str(document.get("mime_type") or "application/octet-stream"),
            int(document.get("file_size") or 0),
        )
    if photos := message.get("photo"):
        largest = max(photos, key=lambda p: (p.get("file_size") or 0, p.get("width", 0)))
        return FileRef(
            str(largest["file_id"]),
            "photo.jpg",
            "image/jpeg",
            int(largest.get("file_size") or 0),
            kind="photo",
        )
    return None


def _message(update_id: int, message: dict[str, Any], now: datetime) -> Incoming | Ignored:
    chat = message.get("chat") or {}
    if chat.get("type") != "private":
        return Ignored("not a private chat")
    chat_id = int(chat["id"])
    sender = message.get("from") or {}
    hint = sender.get("language_code")
    ref = ChatRef(CHANNEL, str(chat_id))
    message_id = message.get("message_id")
    text = message.get("text")
    if isinstance(text, str):
        entities = message.get("entities") or []
        if text.startswith("/") and any(
            e.get("type") == "bot_command" and e.get("offset") == 0 for e in entities
        ):
            head, _, arg = text[1:].partition(" ")
            name = head.split("@", 1)[0].lower()
            event = Event(
                ref,
                "command",
                now,
                text=arg.strip(),
                code=name,
                update_id=update_id,
                locale_hint=hint,
            )
        else:
            event = Event(
                ref,
                "text",
                now,
                text=text,
                update_id=update_id,
                locale_hint=hint,
                message_id=message_id,
            )
        return Incoming(event, chat_id, message_id=message_id)
    file = _file(message)
    if file is not None:
        event = Event(
            ref,
            "file",
            now,
            file=file,
            text=str(message.get("caption") or ""),
            update_id=update_id,
            locale_hint=hint,
            message_id=message_id,
        )
        return Incoming(event, chat_id, message_id=message_id)
    event = Event(ref, "unsupported", now, update_id=update_id, locale_hint=hint)
    return Incoming(event, chat_id, message_id=message_id)


def _callback(update_id: int, query: dict[str, Any], now: datetime) -> Incoming | Ignored:
    message = query.get("message") or {}
    chat = message.get("chat") or {}
    if chat.get("type") != "private":
        return Ignored("callback outside a private chat")
    chat_id = int(chat["id"])
    data = decode(query.get("data"))
    ref = ChatRef(CHANNEL, str(chat_id))
    hint = (query.get("from") or {}).get("language_code")
    # Undecodable data is a press from a format we no longer use: version -1
    # makes it stale, so the family gets the current question again.
    event = Event(
        ref,
        "choice",
        now,
        code=data.code if data else "",
        version=data.version if data else -1,
        update_id=update_id,
        locale_hint=hint,
    )
    return Incoming(
        event, chat_id, callback_query_id=str(query["id"]), message_id=message.get("message_id")
    )


def _edited(update_id: int, message: dict[str, Any], now: datetime) -> Incoming | Ignored:
    chat = message.get("chat") or {}
    text = message.get("text")
    if chat.get("type") != "private" or not isinstance(text, str):
        return Ignored("edited message outside a private chat, or not text")
    ref = ChatRef(CHANNEL, str(chat["id"]))
    event = Event(
        ref,
        "text",
        now,
        text=text,
        code="edited",
        update_id=update_id,
        message_id=message.get("message_id"),
    )
    return Incoming(event, int(chat["id"]), message_id=message.get("message_id"))


def parse_update(
    update: dict[str, Any], now: datetime | None = None
) -> Incoming | Ignored | FamilyBlocked:
    """The event in a Telegram update, or why it is ignored."""
    now = now or datetime.now(UTC)
    update_id = int(update.get("update_id", 0))
    if message := update.get("message"):
        return _message(update_id, message, now)
    if query := update.get("callback_query"):
        return _callback(update_id, query, now)
    if edited := update.get("edited_message"):
        return _edited(update_id, edited, now)
    if "channel_post" in update or "edited_channel_post" in update:
        return Ignored("channel post")
    if member := update.get("my_chat_member"):
        chat = member.get("chat") or {}
        status = (member.get("new_chat_member") or {}).get("status")
        if chat.get("type") == "private" and status == "kicked":
            return FamilyBlocked(ChatRef(CHANNEL, str(chat["id"])))
        return Ignored("membership change")
    return Ignored("unhandled update kind")
