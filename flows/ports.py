"""The ports the conversation service talks to; `storage/` implements them.

One `Store` hands out a `Repository` per transaction: everything written
through it commits together or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from flows.effects import ConsentGiven, DocumentReceived, Outgoing
from flows.events import ChatRef
from flows.state import Answer, State

__all__ = ["CaseRecord", "OutboxItem", "Repository", "Store"]


@dataclass(frozen=True)
class OutboxItem:
    """Effects waiting to be delivered to one target (`family` or `coordinators`)."""

    id: int
    chat: ChatRef
    target: str
    effects: tuple[Outgoing, ...]
    locale: str | None


@dataclass(frozen=True)
class CaseRecord:
    """A submitted case as the coordinators' side sees it."""

    id: int
    chat: ChatRef
    snapshot: Mapping[str, Any]
    status: str
    assignee: str | None
    topic_id: int | None
    card_message_id: int | None
    docs_sent: int
    created_at: datetime
    reminded: bool
    webhook_sent: bool = False

    def matches(self, text: str) -> bool:
        """Whether `text` appears anywhere in the case's answers (case-insensitive)."""
        return text.casefold() in json.dumps(dict(self.snapshot), ensure_ascii=False).casefold()


class Repository(Protocol):
    """What the service reads and writes inside one transaction."""

    async def lock_chat(self, chat: ChatRef) -> None:
        """Serialise work on this chat across processes (no-op where one process)."""

    async def claim_update(self, chat: ChatRef, update_id: int) -> bool:
        """Record the update id; False if it was processed before."""

    async def load_state(self, chat: ChatRef) -> State | None:
        """The stored state, or None for a new conversation."""

    async def save_state(self, chat: ChatRef, state: State) -> None:
        """Store the state (insert or update)."""

    async def save_answers(
        self, chat: ChatRef, changed: Mapping[str, Answer], removed: Sequence[str]
    ) -> None:
        """Upsert changed answers and delete removed ones."""

    async def record_consent(self, chat: ChatRef, consent: ConsentGiven) -> None:
        """Store a consent answer with its text version, language and time."""

    async def record_document(self, chat: ChatRef, document: DocumentReceived) -> None:
        """Store a received file's reference."""

    async def add_audit(self, chat: ChatRef, kind: str, detail: str) -> None:
        """Append an audit event (ids only, never answers)."""

    async def create_intake(self, chat: ChatRef, snapshot: Mapping[str, Any]) -> int:
        """Store a submitted intake; returns its case number."""

    async def enqueue(
        self, chat: ChatRef, target: str, effects: Sequence[Outgoing], locale: str | None
    ) -> int:
        """Add an outbox row; returns its id."""

    async def pending(self, target: str, chat: ChatRef | None = None) -> list[OutboxItem]:
        """Outbox rows not yet delivered, oldest first."""

    async def mark_delivered(self, outbox_id: int) -> None:
        """Mark an outbox row delivered."""

    async def lease(self, outbox_id: int, until: datetime, now: datetime) -> bool:
        """Take an outbox row for delivery unless another worker holds it."""

    async def release(self, outbox_id: int) -> None:
        """Give up the lease on a row that failed (it stays pending)."""

    async def get_case(self, case_id: int) -> CaseRecord | None:
        """A case by number (None if missing or erased)."""

    async def case_for_chat(self, chat: ChatRef) -> CaseRecord | None:
        """The family's latest case."""

    async def case_for_group_message(
        self, thread_id: int | None, reply_to: int | None
    ) -> CaseRecord | None:
        """The case a coordinators' message belongs to: by topic, or (in a group
        without topics) by the card or relayed message it replies to."""

    async def update_case(self, case_id: int, **fields: Any) -> None:
        """Set delivery progress or status fields of a case."""

    async def claim_case(self, case_id: int, assignee: str, assignee_id: int) -> bool:
        """Assign the case if nobody has it yet; False if someone was first."""

    async def list_cases(
        self, *, open_only: bool = True, text: str | None = None
    ) -> list[CaseRecord]:
        """Cases newest first; `text` searches answers and words."""

    async def unclaimed_before(self, moment: datetime) -> list[CaseRecord]:
        """New cases created before `moment` and not yet reminded about."""

    async def add_relay(
        self,
        case_id: int,
        chat: ChatRef,
        family_message_id: int,
        group_message_id: int,
        direction: str,
    ) -> None:
        """Remember a relayed message pair."""

    async def family_message_for(self, group_message_id: int) -> int | None:
        """The family's message a group message copies (for threaded replies)."""

    async def export_chat(self, chat: ChatRef) -> dict[str, Any]:
        """Everything stored about this chat, as JSON-ready data (/mydata)."""

    async def erase_chat(self, chat: ChatRef) -> None:
        """Erase the chat's personal data; keep one anonymous audit row (/delete)."""


class Store(Protocol):
    """Hands out repositories, one per transaction."""

    def transaction(self) -> AbstractAsyncContextManager[Repository]:
        """A repository whose writes commit when the block exits without error."""

    async def close(self) -> None:
        """Release connections."""
