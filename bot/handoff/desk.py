"""The coordinators' desk: wires threads, the outbox worker and the group
handler to a running Telegram runner (built only when COORDINATOR_CHAT_ID is set)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

from bot.handoff.group import CoordinatorGroup
from bot.handoff.outbox import OutboxWorker
from bot.handoff.threads import CaseThreads
from bot.telegram.delivery import DeliveryError
from bot.telegram.render import Reply
from bot.text import render
from flows.events import ChatRef
from flows.text import N_, msg

if TYPE_CHECKING:
    from bot.bootstrap import App
    from bot.telegram.runner import TelegramRunner

__all__ = ["CoordinatorDesk"]

log = logging.getLogger(__name__)

BLOCKED = N_("⚠ The family has blocked the bot: messages can no longer reach them.")


class CoordinatorDesk:
    """Everything on the coordinators' side of one runner."""

    def __init__(
        self, app: App, threads: CaseThreads, worker: OutboxWorker, group: CoordinatorGroup
    ) -> None:
        self._app = app
        self.threads = threads
        self.worker = worker
        self.group = group
        self._task: asyncio.Task[None] | None = None

    @staticmethod
    def build(runner: TelegramRunner) -> CoordinatorDesk:
        """The desk for `runner`'s app, sending through its deliverer."""
        app = runner.app
        send = runner.deliverer.send
        threads = CaseThreads(send, app.store, app.translator, app.settings)
        settings = app.settings
        webhook = None
        if settings.handoff_webhook_url and settings.handoff_webhook_secret is not None:
            webhook = (
                settings.handoff_webhook_url,
                settings.handoff_webhook_secret.get_secret_value(),
            )
        worker = OutboxWorker(
            app.service,
            store=app.store,
            threads=threads,
            tr=app.translator,
            reminder_hours=app.settings.unclaimed_reminder_hours,
            webhook=webhook,
        )
        group = CoordinatorGroup(
            app.service,
            store=app.store,
            threads=threads,
            tr=app.translator,
            send=send,
            deliver=runner.deliver_family,
            allowed_ids=app.settings.coordinator_id_set(),
        )
        return CoordinatorDesk(app, threads, worker, group)

    def owns(self, update: dict[str, Any]) -> bool:
        """Whether the update comes from the coordinators' group."""
        message = update.get("message") or update.get("edited_message") or {}
        if not message and (query := update.get("callback_query")):
            message = query.get("message") or {}
        return bool(message) and (message.get("chat") or {}).get("id") == self.threads.chat_id

    def start(self) -> None:
        """Start the outbox worker in the background."""
        if self._task is None:
            self._task = asyncio.create_task(self.worker.run())

    async def stop(self) -> None:
        """Stop the worker after its current row."""
        self.worker.stop()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def family_blocked(self, chat: ChatRef) -> None:
        """Tell the case thread that the family blocked the bot."""
        async with self.group._store.transaction() as repo:
            case = await repo.case_for_chat(chat)
        if case is None:
            return
        text = render(msg(BLOCKED), self.threads.locale, self.group._tr)
        try:
            await self.threads.post(case.id, Reply("sendMessage", {"text": text}))
        except DeliveryError:
            log.info("could not post the blocked notice", extra={"case": case.id})
