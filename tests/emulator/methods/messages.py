"""Text messages and their life: send, edit, delete, copy, forward, callbacks, actions."""

from __future__ import annotations

from typing import Any

from tests.emulator import formatting, validation
from tests.emulator.errors import NOT_MODIFIED, QUERY_TOO_OLD, bad_request
from tests.emulator.markup import check_reply_markup
from tests.emulator.methods.sending import Handler, bot_message, send, text_content, thread_of
from tests.emulator.params import Params
from tests.emulator.state import ChatRecord, State, StoredMessage

CALLBACK_ANSWER_LIMIT = 200
COPIED_FIELDS = (
    "text",
    "entities",
    "caption",
    "caption_entities",
    "document",
    "photo",
    "sticker",
    "voice",
    "location",
)


async def send_message(state: State, params: Params) -> Any:
    """sendMessage."""
    text, entities = formatting.message_text(params)
    markup = check_reply_markup(params.obj("reply_markup"))
    chat = state.chat_for(params.values.get("chat_id"))
    return send(state, chat, params, text_content(text, entities), markup).data


def _edit_target(state: State, params: Params) -> tuple[ChatRecord, StoredMessage]:
    if params.has("inline_message_id"):
        raise bad_request("MESSAGE_ID_INVALID")  # inline mode is not emulated
    chat = state.chat_for(params.values.get("chat_id"))
    return chat, bot_message(state, chat, params, "edit")


def _apply_edit(
    state: State, message: StoredMessage, content: dict[str, Any], markup: dict[str, Any] | None
) -> dict[str, Any]:
    current = {key: message.data.get(key) for key in content}
    if current == content and message.reply_markup == markup:
        raise bad_request(NOT_MODIFIED.removeprefix("Bad Request: "))
    for key, value in content.items():
        if value is None:
            message.data.pop(key, None)
        else:
            message.data[key] = value
    message.reply_markup = markup
    if markup:
        message.data["reply_markup"] = markup
    else:
        message.data.pop("reply_markup", None)  # an edit without markup removes the keyboard
    message.data["edit_date"] = state.now()
    return message.data


async def edit_message_text(state: State, params: Params) -> Any:
    """editMessageText."""
    text, entities = formatting.message_text(params)
    markup = check_reply_markup(params.obj("reply_markup"), inline_only=True)
    _, message = _edit_target(state, params)
    if "text" not in message.data:
        raise bad_request("there is no text in the message to edit")
    return _apply_edit(state, message, {"text": text, "entities": entities or None}, markup)


async def edit_message_caption(state: State, params: Params) -> Any:
    """editMessageCaption."""
    text, entities = formatting.caption(params)
    markup = check_reply_markup(params.obj("reply_markup"), inline_only=True)
    _, message = _edit_target(state, params)
    if "text" in message.data:
        raise bad_request("there is no caption in the message to edit")
    content = {"caption": text or None, "caption_entities": entities or None}
    return _apply_edit(state, message, content, markup)


async def edit_message_reply_markup(state: State, params: Params) -> Any:
    """editMessageReplyMarkup."""
    markup = check_reply_markup(params.obj("reply_markup"), inline_only=True)
    _, message = _edit_target(state, params)
    return _apply_edit(state, message, {}, markup)


async def delete_message(state: State, params: Params) -> Any:
    """deleteMessage."""
    chat = state.chat_for(params.values.get("chat_id"))
    message = chat.live_message(params.req_int("message_id", "message identifier is not specified"))
    if message is None:
        raise bad_request("message to delete not found")
    if chat.type == "channel" and not message.by_bot:
        raise bad_request("message can't be deleted")
    message.deleted = True
    if message.message_id in chat.pinned:
        chat.pinned.remove(message.message_id)
    return True


async def delete_messages(state: State, params: Params) -> Any:
    """deleteMessages: deletes those that exist, like Telegram."""
    chat = state.chat_for(params.values.get("chat_id"))
    ids = params.obj("message_ids")
    if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
        raise bad_request("message_ids must be a list of 1-100 message identifiers")
    for message_id in ids:
        message = chat.live_message(message_id) if isinstance(message_id, int) else None
        if message is not None:
            message.deleted = True
    return True


PAST = {"copy": "copied", "forward": "forwarded"}


def _source(state: State, params: Params, verb: str) -> StoredMessage:
    source_chat = state.chat_for(params.values.get("from_chat_id"), sending=False)
    source = source_chat.live_message(params.req_int("message_id", f"message to {verb} not found"))
    if source is None:
        raise bad_request(f"message to {verb} not found")
    if source.service or source.data.get("has_protected_content"):
        raise bad_request(f"message can't be {PAST[verb]}")
    return source


async def copy_message(state: State, params: Params) -> Any:
    """copyMessage: returns only the new MessageId."""
    markup = check_reply_markup(params.obj("reply_markup"))
    source = _source(state, params, "copy")
    chat = state.chat_for(params.values.get("chat_id"))
    content = {key: source.data[key] for key in COPIED_FIELDS if key in source.data}
    if "caption" in params.values:
        if "text" in content:
            raise bad_request("there is no caption in the message to copy")
        text, entities = formatting.caption(params)
        content.pop("caption", None)
        content.pop("caption_entities", None)
        content.update(text_content(text, entities, "caption"))
    copied = send(state, chat, params, content, markup)
    return {"message_id": copied.message_id}


async def forward_message(state: State, params: Params) -> Any:
    """forwardMessage: the copy carries ``forward_origin``."""
    source = _source(state, params, "forward")
    chat = state.chat_for(params.values.get("chat_id"))
    content = {key: source.data[key] for key in COPIED_FIELDS if key in source.data}
    sender = source.data.get("from")
    origin: dict[str, Any] = {"date": source.data["date"]}
    if sender is not None:
        origin.update(type="user", sender_user=sender)
    else:
        origin.update(type="channel", chat=source.data["chat"], message_id=source.message_id)
    content["forward_origin"] = origin
    return send(state, chat, params, content, None).data


async def answer_callback_query(state: State, params: Params) -> Any:
    """answerCallbackQuery: each query can be answered once."""
    query_id = params.opt_str("callback_query_id")
    record = state.callbacks.get(query_id or "")
    if record is None or record.answered:
        raise bad_request(QUERY_TOO_OLD.removeprefix("Bad Request: "))
    text = params.opt_str("text") or ""
    if len(text) > CALLBACK_ANSWER_LIMIT:
        raise bad_request("MESSAGE_TOO_LONG")
    record.answered = True
    record.answer = {
        "text": text or None,
        "show_alert": params.flag("show_alert"),
        "url": params.opt_str("url"),
    }
    return True


async def send_chat_action(state: State, params: Params) -> Any:
    """sendChatAction."""
    validation.chat_action(params.req_str("action", 'parameter "action" is required'))
    chat = state.chat_for(params.values.get("chat_id"))
    thread_of(chat, params)
    return True


HANDLERS: dict[str, Handler] = {
    "sendMessage": send_message,
    "editMessageText": edit_message_text,
    "editMessageCaption": edit_message_caption,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
    "deleteMessages": delete_messages,
    "copyMessage": copy_message,
    "forwardMessage": forward_message,
    "answerCallbackQuery": answer_callback_query,
    "sendChatAction": send_chat_action,
}
