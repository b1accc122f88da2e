"""The update queue: long polling with offsets, and webhook delivery.

Updates stay queued until the bot confirms them (a getUpdates ``offset`` above
their id, or a 2xx webhook answer), as on Telegram. While a webhook is set,
getUpdates answers 409, and a newer getUpdates ends an older one with 409.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

from tests.emulator.errors import ApiError

DEFAULT_TYPES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
    }
)
WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
TERMINATED = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
WebhookReply = Callable[[dict[str, Any]], Awaitable[None]]


def update_type(update: dict[str, Any]) -> str:
    """Return the kind of an update: the one key besides ``update_id``."""
    return next((key for key in update if key != "update_id"), "unknown")


def _chat_key(update: dict[str, Any]) -> object:
    body = update.get(update_type(update))
    if isinstance(body, dict):
        message = body.get("message", body)
        chat = message.get("chat") if isinstance(message, dict) else None
        if isinstance(chat, dict):
            return chat.get("id")
        sender = body.get("from")
        if isinstance(sender, dict):
            return sender.get("id")
    return None


class UpdateQueue:
    """Pending updates and the two ways a bot can receive them."""

    def __init__(self) -> None:
        self.pending: list[dict[str, Any]] = []
        self.dropped: list[dict[str, Any]] = []
        self.allowed: frozenset[str] = DEFAULT_TYPES
        self.webhook: dict[str, Any] | None = None
        self.last_error: tuple[int, str] | None = None
        self.on_webhook_reply: WebhookReply | None = None
        self._last_id = 100_000
        self._signal = asyncio.Event()
        self._poll_generation = 0
        self.waiting_polls = 0
        self._closing = False
        self._in_flight: set[int] = set()
        self._delivery: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None

    def _notify(self) -> None:
        self._signal.set()
        self._signal = asyncio.Event()

    async def _wait_change(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._signal.wait(), seconds)

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        """Give ``body`` the next update_id and queue it unless its type is filtered out."""
        self._last_id += 1
        update = {"update_id": self._last_id, **body}
        if update_type(update) in self.allowed:
            self.pending.append(update)
        else:
            self.dropped.append(update)
        self._notify()
        return update

    def drop_pending(self) -> None:
        """Forget every queued update (``drop_pending_updates``)."""
        self.pending.clear()
        self._notify()

    def set_allowed(self, allowed: Any) -> None:
        """Apply an ``allowed_updates`` list; empty means Telegram's default set."""
        if isinstance(allowed, list) and all(isinstance(item, str) for item in allowed):
            self.allowed = frozenset(allowed) if allowed else DEFAULT_TYPES

    async def get(self, offset: int | None, limit: int, wait: float) -> list[dict[str, Any]]:
        """Answer getUpdates: confirm by offset, then wait up to ``wait`` seconds for updates."""
        if self.webhook is not None:
            raise ApiError(409, WEBHOOK_ACTIVE)
        if offset is not None and offset < 0:
            self.pending = self.pending[offset:]
        elif offset:
            self.pending = [u for u in self.pending if u["update_id"] >= offset]
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()  # wakes an older poller, which then ends with 409
        deadline = time.monotonic() + max(wait, 0)
        self.waiting_polls += 1
        try:
            while not self.pending and not self._closing:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                await self._wait_change(left)
                if generation != self._poll_generation:
                    raise ApiError(409, TERMINATED)
        finally:
            self.waiting_polls -= 1
        return [dict(update) for update in self.pending[: min(max(limit, 1), 100)]]

    # --- webhook ---------------------------------------------------------------------------

    def set_webhook(self, url: str, secret: str | None, max_connections: int) -> None:
        """Start delivering updates to ``url``."""
        self.webhook = {"url": url, "secret": secret, "max_connections": max_connections}
        self.last_error = None
        if self._delivery is None or self._delivery.done():
            self._delivery = asyncio.get_running_loop().create_task(self._deliver_loop())
        self._notify()

    def delete_webhook(self) -> None:
        """Stop webhook delivery; updates stay queued for getUpdates."""
        self.webhook = None
        self._notify()

    def webhook_info(self) -> dict[str, Any]:
        """Return the Bot API ``WebhookInfo`` object."""
        info: dict[str, Any] = {
            "url": self.webhook["url"] if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.pending),
        }
        if self.webhook:
            info["max_connections"] = self.webhook["max_connections"]
            if self.allowed != DEFAULT_TYPES:
                info["allowed_updates"] = sorted(self.allowed)
        if self.last_error:
            info["last_error_date"], info["last_error_message"] = self.last_error
        return info

    def _next_batch(self, room: int) -> list[dict[str, Any]]:
        """Pick updates to send now: at most one in flight per chat, in queue order."""
        busy = {_chat_key(u) for u in self.pending if u["update_id"] in self._in_flight}
        batch: list[dict[str, Any]] = []
        for update in self.pending:
            key = _chat_key(update)
            if len(batch) >= room:
                break
            if key not in busy:
                batch.append(update)
            busy.add(key)
        return batch

    async def _deliver_loop(self) -> None:
        while self.webhook is not None and not self._closing:
            room = self.webhook["max_connections"] - len(self._in_flight)
            for update in self._next_batch(room):
                self._in_flight.add(update["update_id"])
                task = asyncio.get_running_loop().create_task(self._deliver(update))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
            await self._wait_change(1.0)

    async def _deliver(self, update: dict[str, Any]) -> None:
        webhook = self.webhook
        try:
            if webhook is None:
                return
            if self._session is None:
                self._session = aiohttp.ClientSession()
            headers = (
                {"X-Telegram-Bot-Api-Secret-Token": webhook["secret"]} if webhook["secret"] else {}
            )
            try:
                async with self._session.post(
                    webhook["url"],
                    json=update,
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=60),
                ) as response:
                    body = await response.read()
                    if response.status // 100 != 2:
                        raise ConnectionError(
                            f"Wrong response from the webhook: {response.status} {response.reason}"
                        )
            except (aiohttp.ClientError, OSError, TimeoutError) as error:
                self.last_error = (int(time.time()), str(error) or type(error).__name__)
                await asyncio.sleep(0.2)  # Telegram backs off longer; tests want it quick
                return
            self.pending = [u for u in self.pending if u["update_id"] != update["update_id"]]
            await self._run_reply(body, response.content_type)
        finally:
            self._in_flight.discard(update["update_id"])
            self._notify()

    async def _run_reply(self, body: bytes, content_type: str) -> None:
        """Execute a method returned in the webhook answer, as Telegram does."""
        if content_type != "application/json" or not body or self.on_webhook_reply is None:
            return
        with contextlib.suppress(ValueError):
            reply = json.loads(body)
            if isinstance(reply, dict) and isinstance(reply.get("method"), str):
                await self.on_webhook_reply(reply)

    async def close(self) -> None:
        """Wake pollers, stop deliveries and close the webhook client."""
        self._closing = True
        self.webhook = None
        self._notify()
        tasks = [*self._tasks, *([self._delivery] if self._delivery else [])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
