"""Simulated people: families in private chats, coordinators in a forum group, channels.

Each action stores the message as Telegram would and queues the update the
bot receives; it returns that update (with its ``update_id``).
"""

from __future__ import annotations

from typing import Any

from tests.emulator.files import image_size, photo_sizes
from tests.emulator.markup import callback_data_of
from tests.emulator.methods.forum import delete_topic
from tests.emulator.state import CallbackRecord, ChatRecord, State, StoredMessage, UserRecord


def press_button(
    state: State, chat: ChatRecord, user: UserRecord, message_id: int, data: str
) -> dict[str, Any]:
    """Queue the callback_query of ``user`` pressing a button that really is on the message."""
    message = chat.live_message(message_id)
    if message is None:
        raise ValueError(f"message {message_id} does not exist in chat {chat.id}")
    offered = callback_data_of(message.reply_markup)
    if data not in offered:
        raise ValueError(f"message {message_id} offers no button with data {data!r}: {offered}")
    query_id = str(4_000_000_000_000_000_000 + state.serial())
    state.callbacks[query_id] = CallbackRecord(query_id, user.id, chat.id, message_id, data)
    query = {
        "id": query_id,
        "from": user.as_dict(),
        "message": dict(message.data),
        "chat_instance": str(abs(chat.id) * 7919 % 10**18),
        "data": data,
    }
    return state.updates.push({"callback_query": query})


class PeopleMixin:
    """The test-facing actions of people; mixed into ``BotApiEmulator``."""

    state: State

    # --- private chats ---------------------------------------------------------------------

    def _person(
        self, user_id: int, first_name: str | None, language_code: str | None
    ) -> UserRecord:
        user = self.state.users.get(user_id)
        if user is None:
            user = UserRecord(user_id, first_name or f"User{user_id}")
            self.state.users[user_id] = user
        elif first_name:
            user.first_name = first_name
        if language_code is not None:
            user.language_code = language_code or None
        return user

    def _private(self, user: UserRecord) -> ChatRecord:
        chat = self.state.chats.get(user.id)
        if chat is None:
            chat = ChatRecord(
                user.id,
                "private",
                first_name=user.first_name,
                username=user.username,
                members={user.id: "member"},
            )
            self.state.chats[user.id] = chat
        return chat

    def _user_message(
        self,
        user_id: int,
        content: dict[str, Any],
        *,
        first_name: str | None = None,
        language_code: str | None = None,
        reply_to: int | None = None,
    ) -> dict[str, Any]:
        user = self._person(user_id, first_name, language_code)
        chat = self._private(user)
        if chat.blocked:
            chat.blocked = False  # writing to the bot again unblocks it
            self._membership_update(chat, user, "kicked", "member")
        replied = self._existing(chat, reply_to) if reply_to is not None else None
        message = self.state.store_message(
            chat, sender=user.as_dict(), content=content, reply_to=replied
        )
        return self.state.updates.push({"message": dict(message.data)})

    def _existing(self, chat: ChatRecord, message_id: int) -> StoredMessage:
        message = chat.live_message(message_id)
        if message is None:
            raise ValueError(f"message {message_id} does not exist in chat {chat.id}")
        return message

    def user_sends_text(
        self,
        user_id: int,
        text: str,
        *,
        first_name: str | None = None,
        language_code: str | None = None,
        reply_to: int | None = None,
    ) -> dict[str, Any]:
        """A person writes ``text`` to the bot in their private chat (created on first use)."""
        return self._user_message(
            user_id,
            {"text": text},
            first_name=first_name,
            language_code=language_code,
            reply_to=reply_to,
        )

    def user_sends_command(
        self,
        user_id: int,
        command: str,
        args: str = "",
        *,
        first_name: str | None = None,
        language_code: str | None = None,
    ) -> dict[str, Any]:
        """A person sends ``/command [args]``, with the bot_command entity Telegram adds."""
        name = command if command.startswith("/") else f"/{command}"
        text = f"{name} {args}".rstrip()
        entity = {"type": "bot_command", "offset": 0, "length": len(name.encode("utf-16-le")) // 2}
        return self._user_message(
            user_id,
            {"text": text, "entities": [entity]},
            first_name=first_name,
            language_code=language_code,
        )

    def user_sends_document(
        self,
        user_id: int,
        *,
        file_name: str,
        mime_type: str,
        content: bytes,
        caption: str | None = None,
    ) -> dict[str, Any]:
        """A person sends a file as a document."""
        stored = self.state.add_file(
            content, kind="document", file_name=file_name, mime_type=mime_type
        )
        document = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(content),
        }
        body: dict[str, Any] = {"document": document}
        if caption:
            body["caption"] = caption
        return self._user_message(user_id, body)

    def user_sends_photo(
        self, user_id: int, content: bytes, *, caption: str | None = None
    ) -> dict[str, Any]:
        """A person sends a photo; ``content`` must be PNG, JPEG, GIF or WebP bytes."""
        if image_size(content) is None:
            raise ValueError("user_sends_photo needs real image bytes (PNG, JPEG, GIF or WebP)")
        stored = self.state.add_file(content, kind="photo", mime_type="image/jpeg")
        stored.sizes = photo_sizes(self.state, stored)
        body: dict[str, Any] = {"photo": stored.sizes}
        if caption:
            body["caption"] = caption
        return self._user_message(user_id, body)

    def user_sends_sticker(self, user_id: int, emoji: str = "👍") -> dict[str, Any]:
        """A person sends a sticker."""
        stored = self.state.add_file(b"RIFF\0\0\0\0WEBP", kind="sticker", mime_type="image/webp")
        sticker = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "file_size": len(stored.content),
        }
        return self._user_message(user_id, {"sticker": sticker})

    def user_sends_voice(
        self, user_id: int, content: bytes = b"OggS voice", *, duration: int = 3
    ) -> dict[str, Any]:
        """A person sends a voice note."""
        stored = self.state.add_file(content, kind="voice", mime_type="audio/ogg")
        voice = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": len(content),
        }
        return self._user_message(user_id, {"voice": voice})

    def user_sends_location(
        self, user_id: int, latitude: float, longitude: float
    ) -> dict[str, Any]:
        """A person shares a location."""
        return self._user_message(
            user_id, {"location": {"latitude": latitude, "longitude": longitude}}
        )

    def user_edits_message(self, user_id: int, message_id: int, new_text: str) -> dict[str, Any]:
        """A person edits one of their text messages (an ``edited_message`` update)."""
        chat = self.state.chats.get(user_id)
        if chat is None:
            raise ValueError(f"user {user_id} has no chat with the bot yet")
        message = self._existing(chat, message_id)
        if message.data.get("from", {}).get("id") != user_id or "text" not in message.data:
            raise ValueError(f"message {message_id} is not a text message of user {user_id}")
        message.data.update(text=new_text, edit_date=self.state.now())
        message.data.pop("entities", None)
        return self.state.updates.push({"edited_message": dict(message.data)})

    def user_presses(self, user_id: int, message_id: int, data: str) -> dict[str, Any]:
        """A person presses the inline button with ``data`` under a bot message."""
        chat = self.state.chats.get(user_id)
        if chat is None:
            raise ValueError(f"user {user_id} has no chat with the bot yet")
        return press_button(self.state, chat, self._person(user_id, None, None), message_id, data)

    def user_presses_button(
        self, user_id: int, label: str, *, message_id: int | None = None
    ) -> dict[str, Any]:
        """A person presses the button whose text contains ``label`` (latest keyboard first)."""
        chat = self.state.chats.get(user_id)
        if chat is None:
            raise ValueError(f"user {user_id} has no chat with the bot yet")
        candidates = sorted(chat.messages.values(), key=lambda m: -m.message_id)
        for message in candidates:
            if message.deleted or (message_id is not None and message.message_id != message_id):
                continue
            for row in (message.reply_markup or {}).get("inline_keyboard", []):
                for button in row:
                    if label in button["text"] and "callback_data" in button:
                        return self.user_presses(
                            user_id, message.message_id, button["callback_data"]
                        )
        raise ValueError(f"no inline button containing {label!r} in chat {user_id}")

    def user_blocks_bot(self, user_id: int) -> dict[str, Any]:
        """A person blocks the bot: later sends get 403, and a my_chat_member update arrives."""
        chat = self.state.chats.get(user_id)
        if chat is None:
            raise ValueError(f"user {user_id} has no chat with the bot yet")
        chat.blocked = True
        return self._membership_update(chat, self._person(user_id, None, None), "member", "kicked")

    def _membership_update(
        self, chat: ChatRecord, user: UserRecord, old: str, new: str
    ) -> dict[str, Any]:
        bot = self.state.bot.as_dict()
        change = {
            "chat": chat.as_dict(),
            "from": user.as_dict(),
            "date": self.state.now(),
            "old_chat_member": {
                "status": old,
                "user": bot,
                **({"until_date": 0} if old == "kicked" else {}),
            },
            "new_chat_member": {
                "status": new,
                "user": bot,
                **({"until_date": 0} if new == "kicked" else {}),
            },
        }
        return self.state.updates.push({"my_chat_member": change})

    def push_raw_update(self, body: dict[str, Any]) -> dict[str, Any]:
        """Queue any update body (e.g. an update type the bot does not know)."""
        return self.state.updates.push({k: v for k, v in body.items() if k != "update_id"})

    def delete_topic(self, chat_id: int, thread_id: int) -> None:
        """A coordinator deletes a forum topic by hand (no update reaches the bot)."""
        delete_topic(self.state.chats[chat_id], thread_id)
