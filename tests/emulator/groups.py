"""Simulated group life: coordinators in a forum supergroup, and channel posts."""

from __future__ import annotations

from typing import Any

from tests.emulator.people import press_button
from tests.emulator.state import ChatRecord, State, StoredMessage, UserRecord


class GroupsMixin:
    """The test-facing actions in supergroups and channels; mixed into ``BotApiEmulator``."""

    state: State

    def add_supergroup(
        self,
        chat_id: int,
        *,
        title: str,
        is_forum: bool = True,
        member_ids: tuple[int, ...] = (),
        username: str | None = None,
    ) -> None:
        """Create a supergroup (a forum by default) where the bot is an administrator."""
        if chat_id >= 0:
            raise ValueError("supergroup ids are negative, e.g. -1001234567890")
        chat = ChatRecord(chat_id, "supergroup", title=title, is_forum=is_forum, username=username)
        chat.members[self.state.bot.id] = "administrator"
        self.state.chats[chat_id] = chat
        # message 1 opens every supergroup; in a forum it is the root of the General topic
        self.state.store_message(
            chat, sender=None, content={"supergroup_chat_created": True}, service=True
        )
        for user_id in member_ids:
            self.add_member(chat_id, user_id)

    def add_member(
        self, chat_id: int, user_id: int, *, first_name: str | None = None, status: str = "member"
    ) -> None:
        """Make ``user_id`` a member (or ``administrator``/``creator``) of a group."""
        if user_id not in self.state.users:
            self.state.users[user_id] = UserRecord(user_id, first_name or f"Member{user_id}")
        self.state.chats[chat_id].members[user_id] = status

    def remove_member(self, chat_id: int, user_id: int) -> None:
        """``user_id`` leaves the group."""
        self.state.chats[chat_id].members[user_id] = "left"

    def _member(self, chat_id: int, user_id: int) -> tuple[ChatRecord, UserRecord]:
        chat = self.state.chats.get(chat_id)
        if chat is None or chat.type != "supergroup":
            raise ValueError(f"no supergroup {chat_id}; call add_supergroup first")
        if chat.members.get(user_id, "left") in {"left", "kicked"}:
            raise ValueError(f"user {user_id} is not a member of {chat_id}; use add_member")
        return chat, self.state.users[user_id]

    def _thread(
        self, chat: ChatRecord, thread_id: int | None, reply_to: int | None
    ) -> tuple[int | None, StoredMessage | None]:
        replied = chat.live_message(reply_to) if reply_to is not None else None
        if reply_to is not None and replied is None:
            raise ValueError(f"message {reply_to} does not exist in chat {chat.id}")
        if thread_id is None and replied is not None:
            thread_id = replied.thread_id
            if thread_id is None and not chat.is_forum:
                thread_id = replied.message_id
        if thread_id is not None and chat.is_forum:
            topic = chat.live_topic(thread_id)
            if topic is None:
                raise ValueError(f"topic {thread_id} does not exist in chat {chat.id}")
            if topic.closed:
                raise ValueError(f"topic {thread_id} is closed; members cannot post in it")
        return thread_id, replied

    def member_sends_in_group(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        *,
        thread_id: int | None = None,
        reply_to: int | None = None,
    ) -> dict[str, Any]:
        """A group member writes in the group (in a topic with ``thread_id``)."""
        chat, user = self._member(chat_id, user_id)
        thread, replied = self._thread(chat, thread_id, reply_to)
        message = self.state.store_message(
            chat, sender=user.as_dict(), content={"text": text}, thread_id=thread, reply_to=replied
        )
        return self.state.updates.push({"message": dict(message.data)})

    def member_presses_in_group(
        self, chat_id: int, user_id: int, message_id: int, data: str
    ) -> dict[str, Any]:
        """A group member presses an inline button under a bot message in the group."""
        chat, user = self._member(chat_id, user_id)
        return press_button(self.state, chat, user, message_id, data)

    def channel_post(
        self, chat_id: int, text: str, *, title: str = "Channel", username: str | None = None
    ) -> dict[str, Any]:
        """A post in a channel where the bot is an administrator (created on first use)."""
        chat = self.state.chats.get(chat_id)
        if chat is None:
            chat = ChatRecord(chat_id, "channel", title=title, username=username)
            chat.members[self.state.bot.id] = "administrator"
            self.state.chats[chat_id] = chat
        message = self.state.store_message(chat, sender=None, content={"text": text})
        return self.state.updates.push({"channel_post": dict(message.data)})
