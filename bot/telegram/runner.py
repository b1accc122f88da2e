"""The Telegram side of the bot, shared by both runtimes.

A runtime supplies a `Transport` (fetch updates, make one call); everything
else lives here once: update -> event -> conversation service -> rendered
calls -> delivery with limits and retries, per-chat ordering, offsets that
are confirmed only after an update is committed, start-up work (commands,
re-sending replies committed but not sent) and the webhook endpoint.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
from typing import Any, Protocol

import aiohttp
from aiohttp import web

from bot.bootstrap import App
from bot.handoff.desk import CoordinatorDesk
from bot.telegram.commands import command_replies
from bot.telegram.delivery import Blocked, Deliverer, DeliveryError, Rejected
from bot.telegram.render import Reply, render_effects
from bot.telegram.sequencer import Sequencer
from bot.telegram.updates import FamilyBlocked, Ignored, Incoming, parse_update
from flows.ports import OutboxItem

__all__ = ["ALLOWED_UPDATES", "TelegramRunner", "Transport"]

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
STRIPPED_MEMORY = 10_000


class Transport(Protocol):
    """What a runtime provides: its library's way to talk to the Bot API."""

    async def get_updates(self, offset: int | None, poll_seconds: int) -> list[dict[str, Any]]:
        """Updates as Bot API JSON dicts (long polling)."""

    async def call(self, reply: Reply) -> Any:
        """One Bot API call; raises `bot.telegram.delivery` errors."""

    async def close(self) -> None:
        """Release the library's HTTP session."""


class TelegramRunner:
    """Runs the bot over a transport, by long polling or webhook."""

    def __init__(self, app: App, transport: Transport, *, poll_timeout: int = 25) -> None:
        self.app = app
        self.transport = transport
        self.deliverer = Deliverer(transport.call)
        self.sequencer = Sequencer()
        self._poll_timeout = poll_timeout
        self._in_flight: set[int] = set()
        # Messages whose keyboard was removed (insertion-ordered, bounded).
        self._stripped: dict[tuple[int, int], None] = {}
        self._progress = asyncio.Event()
        self._stopping = asyncio.Event()
        self.desk = CoordinatorDesk.build(self) if app.settings.coordinator_chat_id else None
        # Replies sent and not yet marked delivered: marked in batches off the
        # chat's path (one transaction for many), so a family's next answer
        # never waits for this bookkeeping. A crash in between re-sends them.
        self._sent: list[OutboxItem] = []
        self._sent_ready = asyncio.Event()
        self._marker: asyncio.Task[None] | None = None
        self._closing = False

    async def startup(self) -> None:
        """Register commands per language; send replies committed but never sent."""
        for reply in command_replies(self.app.translator, self.app.settings.default_locale):
            try:
                await self.deliverer.send(reply)
            except DeliveryError as error:
                log.warning("setMyCommands failed: %s", type(error).__name__)
        for item in await self.app.service.undelivered():
            await self._deliver(item)
        if self._marker is None:
            self._marker = asyncio.create_task(self._mark_delivered())
        if self.desk is None:
            log.warning("COORDINATOR_CHAT_ID is not set: submitted cases wait in the outbox")
        else:
            self.desk.start()

    async def _send(self, reply: Reply) -> Any:
        try:
            return await self.deliverer.send(reply)
        except (Blocked, Rejected) as error:
            log.warning(
                "call refused", extra={"method": reply.method, "error": type(error).__name__}
            )
        return None

    async def deliver_family(self, item: OutboxItem) -> None:
        """Send a committed reply to the family, then mark it delivered."""
        await self._deliver(item)

    async def _deliver(self, item: OutboxItem) -> None:
        chat_id = int(item.chat.chat_id)
        locale = item.locale or self.app.settings.default_locale
        try:
            coordinators = self.app.settings.coordinator_chat_id
            for reply in render_effects(
                item.effects, chat_id, locale, self.app.translator, coordinators
            ):
                await self.deliverer.send(reply)
        except Blocked:
            log.info("family blocked the bot; reply dropped", extra={"outbox": item.id})
            if self.desk is not None:
                await self.desk.family_blocked(item.chat)
        except DeliveryError as error:
            # Left pending: sent again at the next start.
            log.warning(
                "reply not delivered", extra={"outbox": item.id, "error": type(error).__name__}
            )
            return
        self._sent.append(item)
        self._sent_ready.set()

    async def handle(self, incoming: Incoming) -> None:
        """One family event, start to finish (runs in the chat's sequence)."""
        if incoming.callback_query_id is not None:
            # Stop the button's spinner first, whatever happens next.
            await self._send(
                Reply("answerCallbackQuery", {"callback_query_id": incoming.callback_query_id})
            )
        if incoming.event.kind == "file":
            # Reading a document can take a moment: show that we are on it.
            await self._send(
                Reply("sendChatAction", {"chat_id": incoming.chat_id, "action": "typing"})
            )
        item = await self.app.service.handle(incoming.event)
        if item is None:
            # A redelivered update: handled (and its keyboard removed) before.
            return
        if incoming.callback_query_id is not None and incoming.message_id is not None:
            # Old buttons should not invite presses: remove them once used
            # (no reply_markup means "no keyboard"). Only once per message:
            # a double tap would otherwise edit an unchanged message, which
            # Telegram refuses ("message is not modified").
            key = (incoming.chat_id, incoming.message_id)
            if key not in self._stripped:
                self._stripped[key] = None
                if len(self._stripped) > STRIPPED_MEMORY:
                    del self._stripped[next(iter(self._stripped))]
                params = {"chat_id": incoming.chat_id, "message_id": incoming.message_id}
                await self._send(Reply("editMessageReplyMarkup", params))
        await self._deliver(item)
        if self.desk is not None:
            self.desk.worker.wake()

    def dispatch(self, update: dict[str, Any]) -> asyncio.Task[None] | None:
        """Queue one update in its chat's sequence; None if it is ignored."""
        if self.desk is not None and self.desk.owns(update):
            return self.sequencer.submit("coordinators", lambda: self.desk.group.handle(update))  # type: ignore[union-attr]
        parsed = parse_update(update)
        if isinstance(parsed, FamilyBlocked):
            desk = self.desk
            if desk is None:
                return None
            return self.sequencer.submit(parsed.chat.key, lambda: desk.family_blocked(parsed.chat))
        if isinstance(parsed, Ignored):
            log.info("update ignored", extra={"reason": parsed.reason})
            return None
        return self.sequencer.submit(parsed.event.chat.key, lambda: self.handle(parsed))

    async def poll(self) -> None:
        """Long polling until `stop`; an offset is confirmed only once every
        earlier update has been committed (redeliveries are deduplicated)."""
        await self._send(Reply("deleteWebhook", {"drop_pending_updates": False}))
        await self.startup()
        next_offset: int | None = None
        while not self._stopping.is_set():
            offset = min(self._in_flight) if self._in_flight else next_offset
            try:
                updates = await self.transport.get_updates(offset, self._poll_timeout)
            except Rejected:
                # The library could not read this batch (an update shape it does
                # not know): read it as plain JSON, which our parser handles, so
                # one odd update never stops the bot for every family.
                log.warning("getUpdates unreadable by the library; reading it as JSON")
                updates = await self._raw_updates(offset)
            except DeliveryError as error:
                log.warning("getUpdates failed: %s", type(error).__name__)
                await self._pause(1.0)
                continue
            fresh = 0
            for update in updates:
                update_id = int(update["update_id"])
                if update_id in self._in_flight or (
                    next_offset is not None and update_id < next_offset
                ):
                    continue
                fresh += 1
                next_offset = max(next_offset or 0, update_id + 1)
                self._track(update_id, self.dispatch(update))
            if updates and not fresh:
                # Only updates still being handled came back: wait for progress.
                await self._pause(0.5)

    async def _raw_updates(self, offset: int | None) -> list[dict[str, Any]]:
        settings = self.app.settings
        assert settings.bot_token is not None
        url = f"{settings.bot_api_base_url}/bot{settings.bot_token.get_secret_value()}/getUpdates"
        body = {"offset": offset, "timeout": 0, "allowed_updates": ALLOWED_UPDATES}
        try:
            timeout = aiohttp.ClientTimeout(total=30)
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.post(url, json=body) as response,
            ):
                data = await response.json()
        except (aiohttp.ClientError, TimeoutError, ValueError):
            await self._pause(1.0)
            return []
        result = data.get("result") if isinstance(data, dict) and data.get("ok") else None
        return (
            [u for u in result if isinstance(u, dict) and "update_id" in u]
            if isinstance(result, list)
            else []
        )

    def _track(self, update_id: int, task: asyncio.Task[None] | None) -> None:
        if task is None:
            return
        self._in_flight.add(update_id)

        def done(_: asyncio.Task[None]) -> None:
            self._in_flight.discard(update_id)
            self._progress.set()

        task.add_done_callback(done)

    async def _pause(self, seconds: float) -> None:
        self._progress.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._progress.wait(), seconds)

    def stop(self) -> None:
        """Ask polling to end after the current request."""
        self._stopping.set()
        self._progress.set()

    async def _mark_delivered(self) -> None:
        while True:
            await self._sent_ready.wait()
            self._sent_ready.clear()
            try:
                await self._flush_sent()
            except Exception:
                # Left pending: at worst re-sent at the next start.
                log.exception("could not mark replies delivered")
            if self._closing:
                return

    async def _flush_sent(self) -> None:
        batch, self._sent = self._sent, []
        if batch:
            await self.app.service.delivered(*batch)

    async def shutdown(self) -> None:
        """Finish every queued update, then close the transport and store."""
        await self.sequencer.drain()
        self._closing = True
        self._sent_ready.set()
        if self._marker is not None:
            await self._marker
        await self._flush_sent()
        if self.desk is not None:
            await self.desk.stop()
        await self.transport.close()
        await self.app.close()

    def webhook_app(self, secret: str) -> web.Application:
        """An aiohttp app taking updates at /webhook, checking the secret token."""

        async def receive(request: web.Request) -> web.Response:
            given = request.headers.get(SECRET_HEADER, "")
            if not hmac.compare_digest(given.encode(), secret.encode()):
                return web.Response(status=401)
            try:
                update = await request.json()
            except ValueError:
                return web.Response(status=400)
            self.dispatch(update)
            return web.Response(status=200)

        application = web.Application()
        application.router.add_post("/webhook", receive)
        return application
