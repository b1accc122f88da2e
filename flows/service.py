"""The conversation service: one event, one transaction.

For each event: skip an update id seen before; lock the chat; load the state;
run the pure engine; store the new state, the changed answers, consents,
documents, audit rows and the outbox rows for the family and the
coordinators; commit. Only then are the family's effects handed back to the
runtime to send, and the runtime marks them delivered. Anything committed
but not delivered (the process died) is found again by `undelivered`.

This is the one async module of `flows/`; it talks only to `flows.ports`.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace

from flows.effects import (
    Alert,
    Ask,
    Audit,
    ConsentGiven,
    CopyFromCoordinators,
    DocumentReceived,
    Effect,
    Erase,
    Export,
    Outgoing,
    Relay,
    Say,
    SendFile,
    Submit,
    msgs_to_json,
)
from flows.engine import advance, initial_state
from flows.events import ChatRef, Event
from flows.ports import OutboxItem, Repository, Store
from flows.state import State
from flows.steps import Flow
from flows.submission import after_submit
from flows.text import N_, msg

__all__ = ["COORDINATORS", "FAMILY", "ConversationService"]

log = logging.getLogger(__name__)

# Effects shown to the family; everything else is recorded or goes to the coordinators.
FAMILY_EFFECTS = (Say, Ask, SendFile, CopyFromCoordinators)

EXPORT_CAPTION = N_("Everything we keep about you, as a JSON file.")

FAMILY = "family"
COORDINATORS = "coordinators"


class ChatLocks:
    """One asyncio lock per chat, kept only while someone holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        """Hold the chat's lock for the block."""
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)


class ConversationService:
    """Runs events through the engine with storage, one chat at a time."""

    def __init__(self, store: Store, flow: Flow, *, default_locale: str = "en") -> None:
        self._store = store
        self._flow = flow
        self._default_locale = default_locale
        self._locks = ChatLocks()

    async def handle(self, event: Event) -> OutboxItem | None:
        """Process one event; returns the family's reply (committed, not yet
        delivered), or None for a duplicate update."""
        async with self._locks.hold(event.chat.key), self._store.transaction() as repo:
            await repo.lock_chat(event.chat)
            if event.update_id is not None and not await repo.claim_update(
                event.chat, event.update_id
            ):
                log.info("duplicate update ignored", extra={"update_id": event.update_id})
                return None
            state = await repo.load_state(event.chat) or initial_state(self._flow)
            transition = advance(self._flow, state, event)
            new_state, effects = transition.state, list(transition.effects)
            new_state, effects = await self._record(repo, event.chat, new_state, effects)
            await repo.save_state(event.chat, new_state)
            await self._save_answers(repo, event.chat, state, new_state)
            await repo.add_audit(event.chat, f"event:{event.kind}", new_state.position)
            family = tuple(e for e in effects if isinstance(e, FAMILY_EFFECTS))
            locale = new_state.locale or self._default_locale
            outbox_id = await repo.enqueue(event.chat, FAMILY, family, locale)
            log.info(
                "event handled",
                extra={
                    "kind": event.kind,
                    "position": new_state.position,
                    "version": new_state.version,
                },
            )
            return OutboxItem(outbox_id, event.chat, FAMILY, family, locale)

    async def _record(
        self,
        repo: Repository,
        chat: ChatRef,
        new: State,
        effects: list[Effect],
    ) -> tuple[State, list[Effect]]:
        """Store what the effects ask to record; queue coordinator effects."""
        out: list[Effect] = []
        coordinator: list[Outgoing] = []
        for effect in effects:
            match effect:
                case ConsentGiven():
                    await repo.record_consent(chat, effect)
                    await repo.add_audit(chat, "consent", effect.field)
                case DocumentReceived():
                    await repo.record_document(chat, effect)
                    await repo.add_audit(chat, "document", effect.field)
                case Audit(kind=kind, detail=detail):
                    await repo.add_audit(chat, kind, detail)
                case Alert():
                    coordinator.append(effect)
                    await repo.add_audit(chat, effect.kind, ",".join(effect.categories))
                case Relay():
                    coordinator.append(effect)
                case Export():
                    data = await repo.export_chat(chat)
                    await repo.add_audit(chat, "export", "")
                    content = json.dumps(data, ensure_ascii=False, indent=2, default=str)
                    out.append(SendFile("my-data.json", content, msg(EXPORT_CAPTION)))
                case Erase():
                    await repo.erase_chat(chat)
                case Submit(snapshot=snapshot):
                    case_id = await repo.create_intake(
                        chat, {**snapshot, "card": msgs_to_json(effect.card)}
                    )
                    new = replace(new, case_id=case_id)
                    coordinator.append(Submit({**snapshot, "case_id": case_id}, effect.card))
                    await repo.add_audit(chat, "submit", str(case_id))
                    out.extend(after_submit(self._flow, new, case_id))
                case _:
                    out.append(effect)
        if coordinator:
            await repo.enqueue(chat, COORDINATORS, coordinator, None)
        return new, out

    async def _save_answers(self, repo: Repository, chat: ChatRef, old: State, new: State) -> None:
        changed = {k: a for k, a in new.answers.items() if old.answers.get(k) != a}
        removed = [k for k in old.answers if k not in new.answers]
        if changed or removed:
            await repo.save_answers(chat, changed, removed)

    async def delivered(self, *items: OutboxItem) -> None:
        """Mark outbox items delivered (several in one transaction)."""
        async with self._store.transaction() as repo:
            for item in items:
                await repo.mark_delivered(item.id)

    async def undelivered(
        self, target: str = FAMILY, chat: ChatRef | None = None
    ) -> list[OutboxItem]:
        """Committed items not yet delivered (e.g. the process died before sending)."""
        async with self._store.transaction() as repo:
            return await repo.pending(target, chat)

    async def state_of(self, chat: ChatRef) -> State | None:
        """The stored state of a chat (for the demo and tests)."""
        async with self._store.transaction() as repo:
            return await repo.load_state(chat)
