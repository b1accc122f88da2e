"""The coordinators' outbox worker: new cases, urgent alerts, relayed messages.

Rows are written in the same transaction as the family's answer; this worker
takes each with a lease (so two bot processes never deliver the same row),
delivers it through `CaseThreads` (which records progress step by step),
and marks it delivered. A failed row stays pending and is retried, with
429/5xx handled by the shared `Deliverer`. It also posts a reminder for
cases nobody has claimed within UNCLAIMED_REMINDER_HOURS.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta

from bot.handoff.threads import CaseThreads
from bot.handoff.webhook import post_case
from bot.i18n import Translator
from bot.telegram.delivery import DeliveryError
from bot.telegram.render import Reply
from bot.text import render
from flows.effects import Alert, Relay, Submit
from flows.ports import OutboxItem, Store
from flows.service import COORDINATORS, ConversationService
from flows.text import N_, Msg, msg
from flows.todo import TODO_REQUESTS

__all__ = ["OutboxWorker"]

log = logging.getLogger(__name__)

# Long enough for one row's steps with a few retries; after a crash another
# (or the restarted) process takes the row over when the lease runs out.
LEASE = timedelta(seconds=30)
URGENT = N_(
    "🚨 <b>URGENT: possible emergency</b> reported by a family{case}.\n"
    "Signs: {signs}\nTheir words: «{words}»\n"
    "The family was shown the emergency message with their local emergency number."
)
TICKED = N_("✅ The family sent a report they were asked for: {request} ({name})")
EDITED = N_("✏️ The family edited a message; it now reads: «{words}»")
REMINDER = N_(
    "⏰ Case #{case} has waited more than {hours} hours without a coordinator. Who can take it?"
)
SIGNS = {
    "fever": N_("fever"),
    "breathing": N_("breathing or circulation"),
    "neuro": N_("confusion, seizure or weakness"),
    "bleeding": N_("bleeding"),
    "other_urgent": N_("other urgent signs"),
    "self_harm": N_("thoughts of self-harm"),
}


class OutboxWorker:
    """Delivers coordinator outbox rows until stopped."""

    def __init__(
        self,
        service: ConversationService,
        *,
        store: Store,
        threads: CaseThreads,
        tr: Translator,
        reminder_hours: float,
        webhook: tuple[str, str] | None = None,
    ) -> None:
        self._webhook = webhook
        self._service = service
        self._store = store
        self._threads = threads
        self._tr = tr
        self._reminder = timedelta(hours=reminder_hours)
        self._reminder_hours = reminder_hours
        self._wake = asyncio.Event()
        # Outbox id -> (failed attempts, earliest next attempt).
        self._failures: dict[int, tuple[int, datetime]] = {}
        self._stopped = False

    def wake(self) -> None:
        """Look at the outbox now (called after a commit that added rows)."""
        self._wake.set()

    def stop(self) -> None:
        """End `run` after the current row."""
        self._stopped = True
        self._wake.set()

    async def run(self, interval: float = 1.0) -> None:
        """Deliver pending rows; remind about unclaimed cases; repeat."""
        while not self._stopped:
            self._wake.clear()
            await self.deliver_pending()
            await self.remind()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), interval)

    async def deliver_pending(self) -> int:
        """Deliver every pending row this worker can lease; returns how many."""
        done = 0
        for item in await self._service.undelivered(COORDINATORS):
            now = datetime.now(UTC)
            tries, next_try = self._failures.get(item.id, (0, now))
            if next_try > now:
                continue  # backing off after a failure
            async with self._store.transaction() as repo:
                if not await repo.lease(item.id, now + LEASE, now):
                    continue
            try:
                await self._deliver(item)
            except DeliveryError as error:
                # The backoff is this worker's own; the lease is released so a
                # restarted (or another) process may try again at once.
                backoff = timedelta(seconds=min(2.0**tries, 300.0))
                self._failures[item.id] = (tries + 1, datetime.now(UTC) + backoff)
                async with self._store.transaction() as repo:
                    await repo.release(item.id)
                log.warning(
                    "coordinator row not delivered yet",
                    extra={"outbox": item.id, "error": type(error).__name__},
                )
                continue
            await self._service.delivered(item)
            done += 1
        return done

    async def _case_of(self, item: OutboxItem) -> int | None:
        async with self._store.transaction() as repo:
            case = await repo.case_for_chat(item.chat)
        return None if case is None or case.status == "erased" else case.id

    async def _deliver(self, item: OutboxItem) -> None:
        for effect in item.effects:
            match effect:
                case Submit(snapshot=snapshot):
                    case = await self._threads.ensure(int(snapshot["case_id"]))
                    if case is not None and self._webhook is not None and not case.webhook_sent:
                        url, secret = self._webhook
                        await post_case(url, secret, case.id, case.snapshot)
                        async with self._store.transaction() as repo:
                            await repo.update_case(case.id, webhook_sent_at=datetime.now(UTC))
                case Alert(kind="todo_ticked", categories=categories, words=words):
                    await self._ticked(item, categories, words)
                case Alert(categories=categories, words=words):
                    case_id = await self._case_of(item)
                    text = self._urgent(case_id, categories, words)
                    urgent = Reply("sendMessage", {"text": text, "parse_mode": "HTML"})
                    if case_id is None:
                        await self._threads.post_general(urgent)
                    else:
                        await self._threads.post(case_id, urgent)
                case Relay(words=words, edited=True):
                    case_id = await self._case_of(item)
                    if case_id is not None:
                        text = render(msg(EDITED, words=words), self._threads.locale, self._tr)
                        await self._threads.post(
                            case_id, Reply("sendMessage", {"text": text, "parse_mode": "HTML"})
                        )
                case Relay(message_id=message_id):
                    await self._relay(item, message_id)

    async def _ticked(self, item: OutboxItem, items: tuple[str, ...], name: str) -> None:
        """A report the family was asked for has arrived: note it and update the card."""
        case_id = await self._case_of(item)
        if case_id is None:
            return
        async with self._store.transaction() as repo:
            case = await repo.get_case(case_id)
            if case is None:
                return
            received = [
                *case.snapshot.get("received", []),
                *({"item": i, "name": name} for i in items),
            ]
            await repo.update_case(case_id, snapshot={**case.snapshot, "received": received})
        for ticked in items:
            request = msg(TODO_REQUESTS.get(ticked, ticked))
            text = render(msg(TICKED, request=request, name=name), self._threads.locale, self._tr)
            await self._threads.post(
                case_id, Reply("sendMessage", {"text": text, "parse_mode": "HTML"})
            )
        await self._threads.refresh_card(case_id)

    async def _relay(self, item: OutboxItem, message_id: int) -> None:
        case_id = await self._case_of(item)
        if case_id is None:
            return
        async with self._store.transaction() as repo:
            case = await repo.get_case(case_id)
            reopened = case is not None and case.status == "closed"
            if reopened:
                await repo.update_case(case_id, status="open")
        if reopened:
            await self._threads.refresh_card(case_id)
        copy = Reply(
            "copyMessage", {"from_chat_id": int(item.chat.chat_id), "message_id": message_id}
        )
        result = await self._threads.post(case_id, copy)
        if isinstance(result, dict) and "message_id" in result:
            async with self._store.transaction() as repo:
                await repo.add_relay(
                    case_id, item.chat, message_id, int(result["message_id"]), "to_group"
                )

    def _urgent(self, case_id: int | None, categories: tuple[str, ...], words: str) -> str:
        signs = tuple(msg(SIGNS.get(c, SIGNS["other_urgent"])) for c in categories)
        where: Msg | str = (
            msg(N_(" (case #{case})"), case=case_id)
            if case_id
            else msg(N_(" (no case submitted yet)"))
        )
        return render(
            msg(URGENT, case=where, signs=signs, words=words), self._threads.locale, self._tr
        )

    async def remind(self) -> None:
        """Post one reminder per case left unclaimed too long."""
        now = datetime.now(UTC)
        async with self._store.transaction() as repo:
            waiting = await repo.unclaimed_before(now - self._reminder)
        for case in waiting:
            text = render(
                msg(REMINDER, case=case.id, hours=self._reminder_hours),
                self._threads.locale,
                self._tr,
            )
            try:
                await self._threads.post(case.id, Reply("sendMessage", {"text": text}))
            except DeliveryError:
                continue
            async with self._store.transaction() as repo:
                await repo.update_case(case.id, reminded_at=now)
