"""What tests look at: the bot's messages as they stand, calls, and waiting for a state."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tests.emulator.state import RecordedCall, State, StoredMessage

if TYPE_CHECKING:
    from tests.emulator.server import ApiServer

MEDIA_KINDS = ("document", "photo", "sticker", "voice", "location")


@dataclass(frozen=True)
class BotMessage:
    """A message the bot sent, as it currently stands (after edits)."""

    chat_id: int
    message_id: int
    thread_id: int | None
    text: str | None
    reply_markup: dict[str, Any] | None
    kind: str
    raw: dict[str, Any]

    @classmethod
    def of(cls, stored: StoredMessage) -> BotMessage:
        """Build the view of a stored message."""
        data = stored.data
        kind = next((name for name in MEDIA_KINDS if name in data), "text")
        text = data.get("text", data.get("caption"))
        return cls(
            stored.chat_id,
            stored.message_id,
            stored.thread_id,
            text,
            stored.reply_markup,
            kind,
            data,
        )

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """Every inline button, in reading order."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]

    def callback_data(self, label: str) -> str:
        """Return the callback_data of the button whose text contains ``label``."""
        for button in self.buttons:
            if label in button["text"] and "callback_data" in button:
                return str(button["callback_data"])
        texts = [button["text"] for button in self.buttons]
        raise AssertionError(f"no button containing {label!r}; buttons: {texts}")


class ObservationMixin:
    """The test-facing observations; mixed into ``BotApiEmulator``."""

    state: State
    server: ApiServer

    @property
    def calls(self) -> list[RecordedCall]:
        """Every call received, in order."""
        return self.state.calls

    def rejected_calls(self) -> list[RecordedCall]:
        """Calls answered ``ok: false`` by validation (not by injected faults or flood control)."""
        return [call for call in self.state.calls if not call.ok and call.fault is None]

    def calls_to(self, method: str) -> list[RecordedCall]:
        """Calls of one method (case-insensitive)."""
        return [call for call in self.state.calls if call.method.lower() == method.lower()]

    @property
    def commands(self) -> dict[tuple[str, str], list[dict[str, str]]]:
        """Command lists set by setMyCommands, keyed by (scope, language_code).

        Scope keys: ``default``, ``all_private_chats``, ``chat:<id>``,
        ``chat_member:<chat_id>:<user_id>``...; language ``""`` means all languages.
        """
        return self.state.commands

    @property
    def pending_update_count(self) -> int:
        """Updates queued and not yet confirmed by the bot."""
        return len(self.state.updates.pending)

    @property
    def polls_waiting(self) -> int:
        """getUpdates calls currently held open by long polling."""
        return self.state.updates.waiting_polls

    def messages_to(self, chat_id: int, thread_id: int | None = None) -> list[BotMessage]:
        """The bot's live messages in a chat (one topic if ``thread_id``), oldest first."""
        chat = self.state.chats.get(chat_id)
        if chat is None:
            return []
        return [
            BotMessage.of(message)
            for message in sorted(chat.messages.values(), key=lambda m: m.message_id)
            if message.by_bot
            and not message.deleted
            and not message.service
            and (thread_id is None or message.thread_id == thread_id)
        ]

    def last_message_to(self, chat_id: int, thread_id: int | None = None) -> BotMessage:
        """The bot's latest live message in a chat; AssertionError if there is none."""
        messages = self.messages_to(chat_id, thread_id)
        if not messages:
            raise AssertionError(f"the bot has no message in chat {chat_id}\n{self.dump()}")
        return messages[-1]

    def dump(self, last_calls: int = 15) -> str:
        """A readable summary of recent calls and queued updates, for failure messages."""
        lines = [f"last {last_calls} calls:"]
        for call in self.state.calls[-last_calls:]:
            outcome = "ok" if call.ok else f"{call.status} {call.error}"
            shown = json.dumps(call.params, ensure_ascii=False, default=str)[:300]
            lines.append(f"  {call.method} {shown} -> {outcome}")
        lines.append(f"pending updates: {[u['update_id'] for u in self.state.updates.pending]}")
        return "\n".join(lines)

    async def wait_for(
        self,
        predicate: Callable[[Any], object],
        timeout: float = 5.0,  # noqa: ASYNC109 - the emulator's published signature
        *,
        message: str = "",
    ) -> None:
        """Wait until ``predicate(emulator)`` is true; raise AssertionError with a dump if not."""
        deadline = time.monotonic() + timeout
        while not predicate(self):
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"timed out after {timeout}s {message}\n{self.dump()}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.server.changed.wait(), min(left, 0.05))
