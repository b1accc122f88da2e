"""The in-memory twin of every port: the demo's `--memory` mode and fast tests.

A transaction works on a copy and swaps it in on success, so a failure
inside the block leaves nothing behind, as with the SQL store.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from flows.effects import ConsentGiven, DocumentReceived, Outgoing
from flows.events import ChatRef
from flows.ports import OutboxItem
from flows.state import Answer, State

__all__ = ["MemoryRepository", "MemoryStore"]


@dataclass
class _Data:
    states: dict[str, State] = field(default_factory=dict)
    answers: dict[str, dict[str, Answer]] = field(default_factory=dict)
    updates: set[tuple[str, int]] = field(default_factory=set)
    consents: list[tuple[str, ConsentGiven]] = field(default_factory=list)
    documents: list[tuple[str, DocumentReceived]] = field(default_factory=list)
    audit: list[tuple[str, str, str]] = field(default_factory=list)
    intakes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    outbox: list[OutboxItem] = field(default_factory=list)
    delivered: set[int] = field(default_factory=set)

    def copy(self) -> _Data:
        """A copy to work on; states and effects are immutable values."""
        return _Data(
            states=dict(self.states),
            answers={k: dict(v) for k, v in self.answers.items()},
            updates=set(self.updates),
            consents=list(self.consents),
            documents=list(self.documents),
            audit=list(self.audit),
            intakes=list(self.intakes),
            outbox=list(self.outbox),
            delivered=set(self.delivered),
        )


class MemoryStore:
    """Keeps everything in process memory; one writer at a time."""

    def __init__(self) -> None:
        self.data = _Data()
        self._lock = asyncio.Lock()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[MemoryRepository]:
        """A repository over a copy, swapped in when the block succeeds."""
        async with self._lock:
            work = self.data.copy()
            yield MemoryRepository(work)
            self.data = work

    async def close(self) -> None:
        """Nothing to release."""


class MemoryRepository:
    """`flows.ports.Repository` over plain dicts and lists."""

    def __init__(self, data: _Data) -> None:
        self._d = data

    async def lock_chat(self, chat: ChatRef) -> None:
        """One process, one store lock: nothing more to do."""

    async def claim_update(self, chat: ChatRef, update_id: int) -> bool:
        """Record the update id; False if seen before."""
        key = (chat.channel, update_id)
        if key in self._d.updates:
            return False
        self._d.updates.add(key)
        return True

    async def load_state(self, chat: ChatRef) -> State | None:
        """The stored state, or None."""
        return self._d.states.get(chat.key)

    async def save_state(self, chat: ChatRef, state: State) -> None:
        """Store the state."""
        self._d.states[chat.key] = state

    async def save_answers(
        self, chat: ChatRef, changed: Mapping[str, Answer], removed: Sequence[str]
    ) -> None:
        """Upsert changed answers; delete removed ones."""
        answers = self._d.answers.setdefault(chat.key, {})
        answers.update(changed)
        for key in removed:
            answers.pop(key, None)

    async def answers(self, chat: ChatRef) -> dict[str, Answer]:
        """Every stored answer of a chat."""
        return dict(self._d.answers.get(chat.key, {}))

    async def record_consent(self, chat: ChatRef, consent: ConsentGiven) -> None:
        """Store a consent."""
        self._d.consents.append((chat.key, consent))

    async def record_document(self, chat: ChatRef, document: DocumentReceived) -> None:
        """Store a file reference."""
        self._d.documents.append((chat.key, document))

    async def add_audit(self, chat: ChatRef, kind: str, detail: str) -> None:
        """Append an audit event."""
        self._d.audit.append((chat.key, kind, detail))

    async def create_intake(self, chat: ChatRef, snapshot: Mapping[str, Any]) -> int:
        """Store a submitted intake; returns its case number."""
        self._d.intakes.append((chat.key, dict(snapshot)))
        return len(self._d.intakes)

    async def enqueue(
        self, chat: ChatRef, target: str, effects: Sequence[Outgoing], locale: str | None
    ) -> int:
        """Add an outbox item."""
        item = OutboxItem(len(self._d.outbox) + 1, chat, target, tuple(effects), locale)
        self._d.outbox.append(item)
        return item.id

    async def pending(self, target: str, chat: ChatRef | None = None) -> list[OutboxItem]:
        """Undelivered items, oldest first."""
        return [
            i
            for i in self._d.outbox
            if i.target == target
            and i.id not in self._d.delivered
            and (chat is None or i.chat == chat)
        ]

    async def mark_delivered(self, outbox_id: int) -> None:
        """Mark an item delivered."""
        self._d.delivered.add(outbox_id)

    async def export_chat(self, chat: ChatRef) -> dict[str, Any]:
        """Everything stored about this chat, as JSON-ready data."""
        key = chat.key
        state = self._d.states.get(key)
        return {
            "chat": key,
            "language": state.locale if state else None,
            "answers": {k: a.to_json() for k, a in self._d.answers.get(key, {}).items()},
            "consents": [
                {
                    "kind": c.field,
                    "agreed": c.agreed,
                    "text_version": c.version,
                    "locale": c.locale,
                    "given_at": c.at,
                }
                for k, c in self._d.consents
                if k == key
            ],
            "documents": [
                {
                    "field": d.field,
                    "name": d.file["name"],
                    "type": d.file["mime"],
                    "size": d.file["size"],
                }
                for k, d in self._d.documents
                if k == key
            ],
            "cases": [
                {"case": n, "snapshot": snapshot}
                for n, (k, snapshot) in enumerate(self._d.intakes, start=1)
                if k == key
            ],
        }

    async def erase_chat(self, chat: ChatRef) -> None:
        """Drop the chat's personal data; one anonymous audit row remains."""
        key = chat.key
        d = self._d
        d.states.pop(key, None)
        d.answers.pop(key, None)
        d.consents = [c for c in d.consents if c[0] != key]
        d.documents = [x for x in d.documents if x[0] != key]
        d.audit = [a for a in d.audit if a[0] != key] + [("erased", "erase", "")]
        d.intakes = [(k if k != key else "erased", {} if k == key else s) for k, s in d.intakes]
        d.outbox = [i for i in d.outbox if i.chat != chat]
