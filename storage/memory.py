"""The in-memory twin of every port: the demo's `--memory` mode and fast tests.

A transaction works on a copy and swaps it in on success, so a failure
inside the block leaves nothing behind, as with the SQL store.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from flows.effects import ConsentGiven, DocumentReceived, Outgoing
from flows.events import ChatRef
from flows.ports import CaseRecord, OutboxItem
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
    # Case number -> case; replaced (never mutated) so copies stay cheap.
    cases: dict[int, CaseRecord] = field(default_factory=dict)
    relays: list[tuple[int, str, int, int, str]] = field(default_factory=list)
    leases: dict[int, datetime] = field(default_factory=dict)
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
            cases=dict(self.cases),
            relays=list(self.relays),
            leases=dict(self.leases),
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
        case_id = len(self._d.cases) + 1
        self._d.cases[case_id] = CaseRecord(
            case_id, chat, dict(snapshot), "new", None, None, None, 0, datetime.now(UTC), False
        )
        return case_id

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
                for n, (k, snapshot) in (
                    (c.id, (c.chat.key, c.snapshot)) for c in self._d.cases.values()
                )
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
        for case in list(d.cases.values()):
            if case.chat == chat:
                d.cases[case.id] = replace(
                    case, chat=ChatRef("erased", ""), snapshot={}, status="erased", assignee=None
                )
        d.relays = [r for r in d.relays if r[1] != key]
        d.outbox = [i for i in d.outbox if i.chat != chat]

    async def lease(self, outbox_id: int, until: datetime, now: datetime) -> bool:
        """Take a pending item unless its lease is still running."""
        if outbox_id in self._d.delivered:
            return False
        held = self._d.leases.get(outbox_id)
        if held is not None and held >= now:
            return False
        self._d.leases[outbox_id] = until
        return True

    async def release(self, outbox_id: int) -> None:
        """Give up the lease on a failed item."""
        self._d.leases.pop(outbox_id, None)

    def _live(self, case: CaseRecord | None) -> CaseRecord | None:
        return None if case is None or case.status == "erased" else case

    async def get_case(self, case_id: int) -> CaseRecord | None:
        """A case by number."""
        return self._live(self._d.cases.get(case_id))

    async def case_for_chat(self, chat: ChatRef) -> CaseRecord | None:
        """The family's latest case."""
        mine = [c for c in self._d.cases.values() if c.chat == chat]
        return mine[-1] if mine else None

    async def case_for_group_message(
        self, thread_id: int | None, reply_to: int | None
    ) -> CaseRecord | None:
        """The case of a topic, or of the card / relayed message replied to."""
        cases = list(self._d.cases.values())
        found = next((c for c in cases if thread_id and c.topic_id == thread_id), None)
        if found is None and reply_to:
            found = next((c for c in cases if c.card_message_id == reply_to), None)
            relay = next((r for r in self._d.relays if r[3] == reply_to), None)
            if found is None and relay is not None:
                found = self._d.cases.get(relay[0])
        return self._live(found)

    async def update_case(self, case_id: int, **fields: Any) -> None:
        """Set fields of a case."""
        fields.pop("assignee_id", None)
        if "reminded_at" in fields:
            fields["reminded"] = fields.pop("reminded_at") is not None
        if "webhook_sent_at" in fields:
            fields["webhook_sent"] = fields.pop("webhook_sent_at") is not None
        self._d.cases[case_id] = replace(self._d.cases[case_id], **fields)

    async def claim_case(self, case_id: int, assignee: str, assignee_id: int) -> bool:
        """Assign the case if unassigned."""
        case = self._live(self._d.cases.get(case_id))
        if case is None or case.assignee is not None:
            return False
        self._d.cases[case_id] = replace(case, assignee=assignee, status="claimed")
        return True

    async def list_cases(
        self, *, open_only: bool = True, text: str | None = None
    ) -> list[CaseRecord]:
        """Cases newest first."""
        cases = [c for c in reversed(self._d.cases.values()) if c.status != "erased"]
        if open_only:
            cases = [c for c in cases if c.status != "closed"]
        return [c for c in cases if c.matches(text)] if text else cases

    async def unclaimed_before(self, moment: datetime) -> list[CaseRecord]:
        """New, unreminded cases older than `moment`."""
        return [
            c
            for c in self._d.cases.values()
            if c.status == "new" and c.created_at < moment and not c.reminded
        ]

    async def add_relay(
        self,
        case_id: int,
        chat: ChatRef,
        family_message_id: int,
        group_message_id: int,
        direction: str,
    ) -> None:
        """Remember a relayed pair."""
        self._d.relays.append((case_id, chat.key, family_message_id, group_message_id, direction))

    async def family_message_for(self, group_message_id: int) -> int | None:
        """The family message paired with a group message."""
        return next((r[2] for r in self._d.relays if r[3] == group_message_id), None)
