"""The first-reply clock: the emulator's recorded calls routed to chats.

`CallWatch` hooks the emulator (in this process) so every recorded Bot API
call is routed to the chat it concerns; the latency of an update is the time
from its push into the emulator's queue to the bot's first call for that
chat afterwards (both `time.monotonic()`, the clock of `RecordedCall.at`).
It also counts long polls as they start, so a new bot's first poll is seen.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from tests.emulator import BotApiEmulator, RecordedCall

__all__ = ["CallWatch", "ChatProbe"]


@dataclass
class ChatProbe:
    """One family's chat as the watch sees it."""

    pushed_at: float | None = None
    pushed_kind: str = ""
    latencies: list[tuple[str, float]] = field(default_factory=list)  # (step kind, seconds)
    changed: asyncio.Event = field(default_factory=asyncio.Event)


class CallWatch:
    """Routes the emulator's recorded calls to chats; counts long polls started."""

    def __init__(self, emulator: BotApiEmulator) -> None:
        self.emu = emulator
        self.probes: dict[int, ChatProbe] = {}
        self.polls_started = 0
        record = emulator.server.record
        get = emulator.state.updates.get

        def recording(call: RecordedCall) -> None:
            record(call)
            self._route(call)

        async def polling(offset: int | None, limit: int, wait: float) -> list[dict[str, Any]]:
            self.polls_started += 1
            return await get(offset, limit, wait)

        emulator.server.record = recording  # type: ignore[method-assign]
        emulator.state.updates.get = polling  # type: ignore[method-assign]

    def _route(self, call: RecordedCall) -> None:
        chat_id = call.params.get("chat_id")
        if chat_id is None and "callback_query_id" in call.params:
            query = self.emu.state.callbacks.get(str(call.params["callback_query_id"]))
            chat_id = query.chat_id if query is not None else None
        probe = self.probes.get(chat_id) if isinstance(chat_id, int) else None
        if probe is None:
            return
        if probe.pushed_at is not None and call.at >= probe.pushed_at:
            probe.latencies.append((probe.pushed_kind, call.at - probe.pushed_at))
            probe.pushed_at = None
        probe.changed.set()

    def probe(self, chat_id: int) -> ChatProbe:
        """Start watching a chat."""
        probe = self.probes[chat_id] = ChatProbe()
        return probe
