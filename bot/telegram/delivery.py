"""Sending Bot API calls reliably, the same way for every runtime.

Exception tree (each runtime's sender maps its library's errors onto it):

    DeliveryError            any failure to deliver a call
    ├── RetryLater           429: wait `retry_after` seconds, then retry
    ├── Transient            5xx, timeouts, network errors: retry with backoff
    ├── Blocked              403: the family blocked the bot; do not retry
    └── Rejected             400 and other refusals: retrying cannot help

`Deliverer.send` respects Telegram's limits by construction (about one
message a second per chat with a small burst, 30 a second overall), retries
what can be retried, and raises only when a call can never succeed or the
attempts are used up; the outbox row then stays pending for the next sweep.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.telegram.render import Reply

__all__ = [
    "Blocked",
    "Deliverer",
    "DeliveryError",
    "Limiter",
    "Rejected",
    "RetryLater",
    "Sender",
    "Transient",
]

log = logging.getLogger(__name__)


MAX_TRACKED_CHATS = 10_000
MESSAGE_METHODS = frozenset({
    "sendMessage", "sendDocument", "sendPhoto", "sendMediaGroup", "copyMessage", "copyMessages",
    "forwardMessage", "forwardMessages",
})  # fmt: skip


class DeliveryError(Exception):
    """A Bot API call could not be delivered."""


class RetryLater(DeliveryError):
    """Telegram asked us to wait (429)."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"retry after {retry_after} s")
        self.retry_after = retry_after


class Transient(DeliveryError):
    """A server error, timeout or network failure; worth retrying."""


class Blocked(DeliveryError):
    """The user blocked the bot (403)."""


class Rejected(DeliveryError):
    """Telegram refused the call (400); the description says why."""


class Sender(Protocol):
    """Makes one Bot API call with a library's bot object."""

    async def __call__(self, reply: Reply) -> Any:
        """The call's result; raises a DeliveryError subclass on failure."""


@dataclass
class _Bucket:
    rate: float
    burst: float
    tokens: float
    stamp: float

    def wait_time(self, now: float) -> float:
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        needed = (1 - self.tokens) / self.rate
        self.tokens -= 1
        return needed


@dataclass
class Limiter:
    """Token buckets: per chat (1/s, burst 3) and overall (30/s)."""

    per_chat_rate: float = 1.0
    per_chat_burst: float = 3.0
    global_rate: float = 30.0
    clock: Callable[[], float] = time.monotonic
    _chats: dict[int | str, _Bucket] = field(default_factory=dict)
    _global: _Bucket | None = None

    def delay(self, chat_id: int | str | None) -> float:
        """Seconds to wait before the next call to `chat_id`."""
        now = self.clock()
        if self._global is None:
            self._global = _Bucket(self.global_rate, self.global_rate, self.global_rate, now)
        wait = self._global.wait_time(now)
        if chat_id is not None:
            bucket = self._chats.get(chat_id)
            if bucket is None:
                if len(self._chats) >= MAX_TRACKED_CHATS:
                    self._forget_idle(now)
                bucket = self._chats[chat_id] = _Bucket(
                    self.per_chat_rate, self.per_chat_burst, self.per_chat_burst, now
                )
            wait = max(wait, bucket.wait_time(now))
        return wait

    def _forget_idle(self, now: float) -> None:
        """Drop chats whose bucket has refilled: they would start full anyway."""
        idle = [
            chat
            for chat, b in self._chats.items()
            if b.tokens + (now - b.stamp) * b.rate >= b.burst
        ]
        for chat in idle:
            del self._chats[chat]


@dataclass
class Deliverer:
    """Sends replies through a runtime's `Sender` with limits and retries."""

    sender: Sender
    limiter: Limiter = field(default_factory=Limiter)
    attempts: int = 6
    backoff: float = 0.5
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    async def send(self, reply: Reply) -> Any:
        """Deliver one call; raises Blocked/Rejected at once, others after retries."""
        # Telegram's limits are on messages sent; answering a button, removing
        # a keyboard or showing "typing" does not count against them.
        if reply.method in MESSAGE_METHODS:
            delay = self.limiter.delay(reply.params.get("chat_id"))
            if delay > 0:
                await self.sleep(delay)
        for attempt in range(1, self.attempts + 1):
            try:
                return await self.sender(reply)
            except RetryLater as error:
                if attempt == self.attempts:
                    raise
                log.warning(
                    "429 from Telegram",
                    extra={"method": reply.method, "retry_after": error.retry_after},
                )
                await self.sleep(error.retry_after)
            except Transient:
                if attempt == self.attempts:
                    raise
                log.warning(
                    "transient Telegram error", extra={"method": reply.method, "attempt": attempt}
                )
                await self.sleep(min(self.backoff * 2 ** (attempt - 1), 30.0))
        raise AssertionError("unreachable")
