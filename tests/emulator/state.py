"""What the emulated Telegram knows: people, chats, topics, messages, files, calls."""

from __future__ import annotations

import itertools
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from tests.emulator.errors import bad_request, forbidden
from tests.emulator.params import UploadedFile
from tests.emulator.updates import UpdateQueue


@dataclass
class UserRecord:
    """A Telegram account the emulator has seen."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    is_bot: bool = False

    def as_dict(self) -> dict[str, Any]:
        """Return the Bot API ``User`` object."""
        user: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for name in ("last_name", "username", "language_code"):
            if getattr(self, name) is not None:
                user[name] = getattr(self, name)
        return user


@dataclass
class TopicRecord:
    """A forum topic; its thread id is the id of the message that created it."""

    thread_id: int
    name: str
    icon_color: int
    icon_custom_emoji_id: str | None = None
    closed: bool = False
    deleted: bool = False

    def as_dict(self) -> dict[str, Any]:
        """Return the Bot API ``ForumTopic`` object."""
        topic: dict[str, Any] = {
            "message_thread_id": self.thread_id,
            "name": self.name,
            "icon_color": self.icon_color,
        }
        if self.icon_custom_emoji_id:
            topic["icon_custom_emoji_id"] = self.icon_custom_emoji_id
        return topic


@dataclass
class StoredMessage:
    """A message as it currently stands in a chat."""

    chat_id: int
    message_id: int
    thread_id: int | None
    by_bot: bool
    data: dict[str, Any]
    reply_markup: dict[str, Any] | None = None
    service: bool = False
    deleted: bool = False


@dataclass
class ChatRecord:
    """A private chat, supergroup or channel."""

    id: int
    type: str
    title: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    username: str | None = None
    is_forum: bool = False
    blocked: bool = False
    members: dict[int, str] = field(default_factory=dict)
    topics: dict[int, TopicRecord] = field(default_factory=dict)
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    pinned: list[int] = field(default_factory=list)
    menu_button: dict[str, Any] | None = None
    last_message_id: int = 0

    def as_dict(self) -> dict[str, Any]:
        """Return the Bot API ``Chat`` object embedded in messages."""
        chat: dict[str, Any] = {"id": self.id, "type": self.type}
        fields = ("first_name", "last_name") if self.type == "private" else ("title",)
        for name in (*fields, "username"):
            if getattr(self, name) is not None:
                chat[name] = getattr(self, name)
        if self.is_forum:
            chat["is_forum"] = True
        return chat

    def next_message_id(self) -> int:
        """Allocate the next message id of this chat."""
        self.last_message_id += 1
        return self.last_message_id

    def live_message(self, message_id: int) -> StoredMessage | None:
        """Return a message that exists and was not deleted."""
        message = self.messages.get(message_id)
        return message if message and not message.deleted else None

    def live_topic(self, thread_id: int) -> TopicRecord | None:
        """Return an open-or-closed topic that was not deleted."""
        topic = self.topics.get(thread_id)
        return topic if topic and not topic.deleted else None


@dataclass
class StoredFile:
    """A file Telegram holds, reachable by file_id and by download path."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    file_name: str | None = None
    mime_type: str | None = None
    kind: str = "document"
    sizes: list[dict[str, Any]] = field(default_factory=list)  # a photo's PhotoSize list

    def as_dict(self) -> dict[str, Any]:
        """Return the Bot API ``File`` object."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_path": self.file_path,
        }


@dataclass
class CallbackRecord:
    """A callback query a person produced by pressing a button."""

    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str
    answered: bool = False
    answer: dict[str, Any] | None = None


@dataclass
class RecordedCall:
    """One Bot API call as the emulator received and answered it.

    ``fault`` is ``"injected"`` for answers forced by ``fail_next`` and ``"flood"``
    for flood-control refusals; it is None for everything else. ``at`` is
    ``time.monotonic()``. ``uploads`` holds the multipart files with their bytes.
    """

    method: str
    params: dict[str, Any]
    ok: bool
    error: str | None
    status: int
    at: float
    fault: str | None = None
    result: Any = None
    uploads: dict[str, UploadedFile] = field(default_factory=dict)


class State:
    """The emulator's world. Handlers read and change it; tests observe it."""

    def __init__(self, token: str, bot_username: str) -> None:
        self.token = token
        self.bot = UserRecord(int(token.split(":", 1)[0]), "Intake Test Bot", None, bot_username)
        self.bot.is_bot = True
        self.users: dict[int, UserRecord] = {self.bot.id: self.bot}
        self.chats: dict[int, ChatRecord] = {}
        self.files: dict[str, StoredFile] = {}
        self.files_by_path: dict[str, StoredFile] = {}
        self.callbacks: dict[str, CallbackRecord] = {}
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.default_menu_button: dict[str, Any] = {"type": "commands"}
        self.calls: list[RecordedCall] = []
        self.logged_out = False
        self.updates = UpdateQueue()
        self._counter = itertools.count(1)

    def now(self) -> int:
        """Return the current Unix time, as message dates use it."""
        return int(time.time())

    def serial(self) -> int:
        """Return a fresh number for ids that only need to be unique."""
        return next(self._counter)

    def chat_for(self, value: Any, *, sending: bool = True) -> ChatRecord:
        """Resolve a ``chat_id`` parameter (id or ``@username``) like Telegram does."""
        chat: ChatRecord | None = None
        if isinstance(value, int):
            chat = self.chats.get(value)
        elif isinstance(value, str) and value.startswith("@"):
            wanted = value[1:].lower()
            chat = next(
                (c for c in self.chats.values() if (c.username or "").lower() == wanted), None
            )
        elif value is None or value == "":
            raise bad_request("chat_id is empty")
        if chat is None:
            raise bad_request("chat not found")
        if sending and chat.blocked:
            raise forbidden("bot was blocked by the user")
        return chat

    def add_file(
        self,
        content: bytes,
        *,
        kind: str,
        file_name: str | None = None,
        mime_type: str | None = None,
    ) -> StoredFile:
        """Store uploaded bytes under a fresh file_id and download path."""
        number = self.serial()
        suffix = ""
        if file_name and "." in file_name:
            suffix = "." + file_name.rsplit(".", 1)[1]
        stored = StoredFile(
            file_id=f"BQACAgIAAxk{secrets.token_urlsafe(24)}",
            file_unique_id=f"AgAD{secrets.token_urlsafe(8)}",
            file_path=f"{kind}s/file_{number}{suffix}",
            content=content,
            file_name=file_name,
            mime_type=mime_type,
            kind=kind,
        )
        self.files[stored.file_id] = stored
        self.files_by_path[stored.file_path] = stored
        return stored

    def store_message(
        self,
        chat: ChatRecord,
        *,
        sender: dict[str, Any] | None,
        content: dict[str, Any],
        thread_id: int | None = None,
        reply_to: StoredMessage | None = None,
        reply_markup: dict[str, Any] | None = None,
        service: bool = False,
    ) -> StoredMessage:
        """Create a message in ``chat`` with the fields Telegram puts on every message."""
        message_id = chat.next_message_id()
        data: dict[str, Any] = {"message_id": message_id}
        if sender is not None:
            data["from"] = sender
        elif chat.type == "channel":
            data["sender_chat"] = chat.as_dict()
        data.update(date=self.now(), chat=chat.as_dict())
        if thread_id is not None:
            data["message_thread_id"] = thread_id
            if chat.is_forum:
                data["is_topic_message"] = True
                if reply_to is None and thread_id in chat.messages:
                    reply_to = chat.messages[thread_id]  # Telegram's quirk in topics
        if reply_to is not None:
            quoted = {
                key: value for key, value in reply_to.data.items() if key != "reply_to_message"
            }
            data["reply_to_message"] = quoted
        data.update(content)
        if reply_markup and "inline_keyboard" in reply_markup:
            data["reply_markup"] = reply_markup
        stored = StoredMessage(
            chat.id,
            message_id,
            thread_id,
            sender is not None and sender["id"] == self.bot.id,
            data,
            reply_markup,
            service,
        )
        chat.messages[message_id] = stored
        return stored
