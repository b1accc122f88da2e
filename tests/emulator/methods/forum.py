"""Forum topics: create, edit, close, reopen, delete."""

from __future__ import annotations

from typing import Any

from tests.emulator import validation
from tests.emulator.errors import bad_request
from tests.emulator.methods.sending import Handler
from tests.emulator.params import Params
from tests.emulator.state import ChatRecord, State, TopicRecord


def _forum(state: State, params: Params) -> ChatRecord:
    chat = state.chat_for(params.values.get("chat_id"))
    if chat.type != "supergroup" or not chat.is_forum:
        raise bad_request("the chat is not a forum")
    return chat


def _topic(chat: ChatRecord, params: Params) -> TopicRecord:
    topic = chat.live_topic(params.req_int("message_thread_id", "message thread not found"))
    if topic is None:
        raise bad_request("message thread not found")
    return topic


def _service(state: State, chat: ChatRecord, thread_id: int, content: dict[str, Any]) -> None:
    state.store_message(
        chat, sender=state.bot.as_dict(), content=content, thread_id=thread_id, service=True
    )


async def create_forum_topic(state: State, params: Params) -> Any:
    """createForumTopic: the thread id is the id of the creating service message."""
    name = validation.topic_name(params.opt_str("name"), required=True)
    assert name is not None
    color = validation.topic_color(params.opt_int("icon_color"))
    chat = _forum(state, params)
    thread_id = chat.last_message_id + 1
    created = {"name": name, "icon_color": color}
    emoji = params.opt_str("icon_custom_emoji_id")
    if emoji:
        created["icon_custom_emoji_id"] = emoji
    topic = TopicRecord(thread_id, name, color, emoji)
    chat.topics[thread_id] = topic
    _service(state, chat, thread_id, {"forum_topic_created": created})
    return topic.as_dict()


async def edit_forum_topic(state: State, params: Params) -> Any:
    """editForumTopic."""
    name = validation.topic_name(params.opt_str("name"), required=False)
    chat = _forum(state, params)
    topic = _topic(chat, params)
    emoji = params.opt_str("icon_custom_emoji_id")
    changed: dict[str, Any] = {}
    if name is not None and name != topic.name:
        topic.name = changed["name"] = name
    if emoji is not None and emoji != (topic.icon_custom_emoji_id or ""):
        topic.icon_custom_emoji_id = emoji or None
        changed["icon_custom_emoji_id"] = emoji
    if not changed:
        raise bad_request("TOPIC_NOT_MODIFIED")
    _service(state, chat, topic.thread_id, {"forum_topic_edited": changed})
    return True


async def close_forum_topic(state: State, params: Params) -> Any:
    """closeForumTopic."""
    chat = _forum(state, params)
    topic = _topic(chat, params)
    if topic.closed:
        raise bad_request("TOPIC_NOT_MODIFIED")
    topic.closed = True
    _service(state, chat, topic.thread_id, {"forum_topic_closed": {}})
    return True


async def reopen_forum_topic(state: State, params: Params) -> Any:
    """reopenForumTopic."""
    chat = _forum(state, params)
    topic = _topic(chat, params)
    if not topic.closed:
        raise bad_request("TOPIC_NOT_MODIFIED")
    topic.closed = False
    _service(state, chat, topic.thread_id, {"forum_topic_reopened": {}})
    return True


async def delete_forum_topic(state: State, params: Params) -> Any:
    """deleteForumTopic: the topic and all its messages go."""
    chat = _forum(state, params)
    topic = _topic(chat, params)
    delete_topic(chat, topic.thread_id)
    return True


def delete_topic(chat: ChatRecord, thread_id: int) -> None:
    """Mark a topic and its messages deleted (also used by the test API)."""
    topic = chat.topics[thread_id]
    topic.deleted = True
    for message in chat.messages.values():
        if message.thread_id == thread_id:
            message.deleted = True
            if message.message_id in chat.pinned:
                chat.pinned.remove(message.message_id)


HANDLERS: dict[str, Handler] = {
    "createForumTopic": create_forum_topic,
    "editForumTopic": edit_forum_topic,
    "closeForumTopic": close_forum_topic,
    "reopenForumTopic": reopen_forum_topic,
    "deleteForumTopic": delete_forum_topic,
}
