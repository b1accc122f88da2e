"""Fault injection (forced errors, slow answers) and optional flood control."""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from tests.emulator.errors import ApiError, server_error, too_many_requests

SENDING_METHODS = frozenset(
    {
        "sendmessage",
        "senddocument",
        "sendphoto",
        "sendmediagroup",
        "copymessage",
        "forwardmessage",
        "sendsticker",
        "sendvoice",
        "sendlocation",
        "sendvideo",
        "sendaudio",
        "copymessages",
        "forwardmessages",
    }
)


@dataclass
class _Failure:
    method: str | None
    status: int
    retry_after: int
    remaining: int
    chat_id: str | None


@dataclass
class _Delay:
    method: str | None
    seconds: float
    remaining: int


def _matches(wanted: str | None, method: str) -> bool:
    return wanted is None or wanted.lower() == method.lower()


@dataclass
class Faults:
    """Queued failures and delays, consumed by the calls they match."""

    failures: list[_Failure] = field(default_factory=list)
    delays: list[_Delay] = field(default_factory=list)

    def add_failure(
        self, method: str | None, status: int, retry_after: int, count: int, chat_id: int | None
    ) -> None:
        """Queue ``count`` forced answers with ``status`` for matching calls."""
        if status not in {429, 500, 502, 503}:
            raise ValueError(f"status must be 429, 500, 502 or 503, not {status}")
        chat = None if chat_id is None else str(chat_id)
        self.failures.append(_Failure(method, status, retry_after, count, chat))

    def add_delay(self, method: str | None, seconds: float, count: int) -> None:
        """Queue ``count`` delays before matching calls are answered."""
        self.delays.append(_Delay(method, seconds, count))

    def take_failure(self, method: str, params: dict[str, Any]) -> ApiError | None:
        """Consume and return the forced error for this call, if one matches."""
        chat = params.get("chat_id")
        for failure in self.failures:
            if _matches(failure.method, method) and (
                failure.chat_id is None or failure.chat_id == str(chat)
            ):
                failure.remaining -= 1
                if failure.remaining <= 0:
                    self.failures.remove(failure)
                if failure.status == 429:
                    return too_many_requests(failure.retry_after)
                return server_error(failure.status)
        return None

    def take_delay(self, method: str) -> float:
        """Consume and return the delay for this call (0 when none matches)."""
        for delay in self.delays:
            if _matches(delay.method, method):
                delay.remaining -= 1
                if delay.remaining <= 0:
                    self.delays.remove(delay)
                return delay.seconds
        return 0.0


@dataclass
class FloodControl:
    """Telegram's broadcast limits over sliding windows; off until enabled."""

    enabled: bool = False
    per_chat_per_second: int = 1
    group_per_minute: int = 20
    global_per_second: int = 30
    _per_chat: dict[str, deque[float]] = field(default_factory=dict)
    _global: deque[float] = field(default_factory=deque)

    def check(self, method: str, chat_id: Any) -> None:
        """Count one sending call; raise 429 with retry_after when over a limit."""
        if not self.enabled or method.lower() not in SENDING_METHODS:
            return
        now = time.monotonic()
        chat_window = self._per_chat.setdefault(str(chat_id), deque())
        is_group = (isinstance(chat_id, int) and chat_id < 0) or str(chat_id).startswith("@")
        waits = [
            _wait(self._global, now, 1.0, self.global_per_second),
            _wait(chat_window, now, 1.0, self.per_chat_per_second),
        ]
        if is_group:
            waits.append(_wait(chat_window, now, 60.0, self.group_per_minute))
        longest = max(waits)
        if longest > 0:
            raise too_many_requests(max(1, math.ceil(longest)))
        self._global.append(now)
        chat_window.append(now)


def _wait(window: deque[float], now: float, span: float, limit: int) -> float:
    """Seconds until ``window`` has room for one more event within ``span``."""
    recent = [moment for moment in window if now - moment < span]
    while window and now - window[0] >= 60.0:
        window.popleft()
    if len(recent) < limit:
        return 0.0
    return span - (now - recent[-limit])
