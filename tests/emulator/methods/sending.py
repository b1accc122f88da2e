"""What every sending method shares: target chat, topic, reply, and storing the message."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from tests.emulator.errors import bad_request
from tests.emulator.params import Params
from tests.emulator.state import ChatRecord, State, StoredMessage

Handler = Callable[[State, Params], Awaitable[Any]]
GENERAL_TOPIC = 1


def thread_of(chat: ChatRecord, params: Params) -> int | None:
    """Resolve ``message_thread_id``: a live forum topic, or a reply thread in a group."""
    thread_id = params.opt_int("message_thread_id")
    if thread_id is None or chat.type in {"private", "channel"}:
        return None  # ignored outside supergroups
    if chat.is_forum:
        if thread_id == GENERAL_TOPIC:
            return None
        if chat.live_topic(thread_id) is None:
            raise bad_request("message thread not found")
        return thread_id
    if chat.live_message(thread_id) is None:
        raise bad_request("message thread not found")
    return thread_id


def reply_target(chat: ChatRecord, params: Params) -> StoredMessage | None:
    """Resolve ``reply_parameters`` (or the older ``reply_to_message_id``)."""
    reply = params.obj("reply_parameters")
    if reply is not None and not isinstance(reply, dict):
        raise bad_request("can't parse reply parameters JSON object")
    if isinstance(reply, dict):
        message_id, allow = reply.get("message_id"), bool(reply.get("allow_sending_without_reply"))
    else:
        message_id = params.opt_int("reply_to_message_id")
        allow = params.flag("allow_sending_without_reply")
    if message_id is None:
        return None
    target = chat.live_message(message_id) if isinstance(message_id, int) else None
    if target is None and not allow:
        raise bad_request("message to be replied not found")
    return target


def place(chat: ChatRecord, params: Params) -> tuple[int | None, StoredMessage | None]:
    """Return the thread and replied-to message of a new message in ``chat``."""
    thread_id = thread_of(chat, params)
    reply_to = reply_target(chat, params)
    if reply_to is not None and thread_id is None and chat.type == "supergroup":
        # a reply lands in the replied message's topic (or starts a reply thread)
        thread_id = reply_to.thread_id
        if thread_id is None and not chat.is_forum:
            thread_id = reply_to.message_id
    return thread_id, reply_to


def send(
    state: State,
    chat: ChatRecord,
    params: Params,
    content: dict[str, Any],
    reply_markup: dict[str, Any] | None,
) -> StoredMessage:
    """Store a message from the bot in ``chat`` where the parameters put it."""
    thread_id, reply_to = place(chat, params)
    if params.flag("protect_content"):
        content = {**content, "has_protected_content": True}
    return state.store_message(
        chat,
        sender=state.bot.as_dict(),
        content=content,
        thread_id=thread_id,
        reply_to=reply_to,
        reply_markup=reply_markup,
    )


def text_content(text: str, entities: list[dict[str, Any]], field: str = "text") -> dict[str, Any]:
    """Return ``{"text": ..., "entities": [...]}`` (or caption fields), omitting empties."""
    if not text:
        return {}
    content: dict[str, Any] = {field: text}
    if entities:
        content["entities" if field == "text" else f"{field}_entities"] = entities
    return content


def bot_message(state: State, chat: ChatRecord, params: Params, verb: str) -> StoredMessage:
    """Find a message the bot may change; ``verb`` names the action in errors."""
    message_id = params.opt_int("message_id")
    if message_id is None:
        raise bad_request("message identifier is not specified")
    message = chat.live_message(message_id)
    if message is None:
        raise bad_request(f"message to {verb} not found")
    if not message.by_bot or message.service:
        raise bad_request("message can't be edited")
    return message
