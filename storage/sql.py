"""The SQL adapter of `flows.ports`: SQLAlchemy 2 async sessions.

SQLite (aiosqlite, WAL) runs with no server; PostgreSQL (asyncpg) adds an
advisory lock per chat so that several bot processes keep each chat's
updates in order.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import delete, event, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from flows.effects import (
    ConsentGiven,
    DocumentReceived,
    Outgoing,
    outgoing_from_json,
    outgoing_to_json,
)
from flows.events import ChatRef
from flows.ports import OutboxItem
from flows.state import Answer, State
from storage.models import (
    AnswerRow,
    AuditEvent,
    ConsentRow,
    Conversation,
    Document,
    Intake,
    OutboxRow,
    ProcessedUpdate,
    RelayMessage,
    utcnow,
)
from storage.sql_cases import SqlCaseQueries, chat_of

__all__ = ["SqlRepository", "SqlStore", "make_engine"]


def make_engine(url: str) -> AsyncEngine:
    """An async engine; SQLite gets WAL and a busy timeout. On PostgreSQL a
    ``?schema=name`` option keeps the tables in that (existing) schema."""
    if url.startswith("sqlite"):
        engine = create_async_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    parsed = make_url(url)
    connect_args: dict[str, Any] = {}
    schema = parsed.query.get("schema")
    if isinstance(schema, str) and schema:
        parsed = parsed.difference_update_query(["schema"])
        connect_args["server_settings"] = {"search_path": schema}
    return create_async_engine(
        parsed, connect_args=connect_args, pool_size=10, max_overflow=10, pool_pre_ping=True
    )


class SqlStore:
    """Hands out one `SqlRepository` per transaction."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        # SQLite lets one writer in at a time; queueing transactions here is
        # cheaper than many connections waiting on its file lock.
        self._one_writer = asyncio.Lock() if engine.dialect.name == "sqlite" else None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[SqlRepository]:
        """A repository whose writes commit together when the block exits."""
        async with contextlib.AsyncExitStack() as stack:
            if self._one_writer is not None:
                await stack.enter_async_context(self._one_writer)
            session = await stack.enter_async_context(self._sessions())
            await stack.enter_async_context(session.begin())
            yield SqlRepository(session, self.engine.dialect.name)

    async def close(self) -> None:
        """Dispose of the connection pool."""
        await self.engine.dispose()


class SqlRepository(SqlCaseQueries):
    """`flows.ports.Repository` over one SQLAlchemy session."""

    def __init__(self, session: AsyncSession, dialect: str) -> None:
        super().__init__(session)
        self._dialect = dialect

    async def lock_chat(self, chat: ChatRef) -> None:
        """On PostgreSQL, a transaction-scoped advisory lock on this chat."""
        if self._dialect == "postgresql":
            await self._s.execute(
                text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": chat.key}
            )

    async def claim_update(self, chat: ChatRef, update_id: int) -> bool:
        """Record the update id; False if seen before (the chat lock is held)."""
        seen = await self._s.get(ProcessedUpdate, (chat.channel, update_id))
        if seen is not None:
            return False
        self._s.add(ProcessedUpdate(channel=chat.channel, update_id=update_id))
        await self._s.flush()
        return True

    async def load_state(self, chat: ChatRef) -> State | None:
        """The stored state, or None."""
        row = await self._s.get(Conversation, chat.key)
        return None if row is None else State.from_json(row.state)

    async def save_state(self, chat: ChatRef, state: State) -> None:
        """Insert or update the conversation row."""
        row = await self._s.get(Conversation, chat.key)
        if row is None:
            self._s.add(
                Conversation(
                    chat_key=chat.key,
                    state=state.to_json(),
                    version=state.version,
                    locale=state.locale,
                )
            )
        else:
            row.state, row.version, row.locale = state.to_json(), state.version, state.locale
        await self._s.flush()

    async def save_answers(
        self, chat: ChatRef, changed: Mapping[str, Answer], removed: Sequence[str]
    ) -> None:
        """Upsert changed answers; delete removed ones."""
        for key, answer in changed.items():
            await self._s.merge(AnswerRow(chat_key=chat.key, field=key, value=answer.to_json()))
        if removed:
            await self._s.execute(
                delete(AnswerRow).where(
                    AnswerRow.chat_key == chat.key, AnswerRow.field.in_(removed)
                )
            )

    async def answers(self, chat: ChatRef) -> dict[str, Answer]:
        """Every stored answer of a chat (for /mydata and tests)."""
        rows = await self._s.scalars(select(AnswerRow).where(AnswerRow.chat_key == chat.key))
        return {r.field: Answer.from_json(r.value) for r in rows}

    async def record_consent(self, chat: ChatRef, consent: ConsentGiven) -> None:
        """Store a consent with its version, language and time."""
        self._s.add(
            ConsentRow(
                chat_key=chat.key,
                kind=consent.field,
                agreed=consent.agreed,
                text_version=consent.version,
                locale=consent.locale,
                given_at=datetime.fromisoformat(consent.at),
            )
        )

    async def record_document(self, chat: ChatRef, document: DocumentReceived) -> None:
        """Store a file reference."""
        f = document.file
        self._s.add(
            Document(
                chat_key=chat.key,
                field=document.field,
                file_id=str(f["file_id"]),
                name=str(f["name"]),
                mime_type=str(f["mime"]),
                size=int(f["size"]),
            )
        )

    async def add_audit(self, chat: ChatRef, kind: str, detail: str) -> None:
        """Append an audit event."""
        self._s.add(AuditEvent(chat_key=chat.key, kind=kind, detail=detail))

    async def create_intake(self, chat: ChatRef, snapshot: Mapping[str, Any]) -> int:
        """Store a submitted intake; its id is the case number."""
        row = Intake(chat_key=chat.key, snapshot=dict(snapshot), locale=snapshot.get("locale"))
        self._s.add(row)
        await self._s.flush()
        return row.id

    async def enqueue(
        self, chat: ChatRef, target: str, effects: Sequence[Outgoing], locale: str | None
    ) -> int:
        """Add an outbox row."""
        payload = {"effects": [outgoing_to_json(e) for e in effects]}
        row = OutboxRow(chat_key=chat.key, target=target, payload=payload, locale=locale)
        self._s.add(row)
        await self._s.flush()
        return row.id

    async def pending(self, target: str, chat: ChatRef | None = None) -> list[OutboxItem]:
        """Undelivered outbox rows, oldest first."""
        query = select(OutboxRow).where(OutboxRow.status == "pending", OutboxRow.target == target)
        if chat is not None:
            query = query.where(OutboxRow.chat_key == chat.key)
        rows = await self._s.scalars(query.order_by(OutboxRow.id))
        return [_item(r) for r in rows]

    async def mark_delivered(self, outbox_id: int) -> None:
        """Mark a row delivered."""
        await self._s.execute(
            update(OutboxRow)
            .where(OutboxRow.id == outbox_id)
            .values(status="delivered", delivered_at=utcnow())
        )

    async def export_chat(self, chat: ChatRef) -> dict[str, Any]:
        """Everything stored about this chat, as JSON-ready data."""
        key = chat.key
        conversation = await self._s.get(Conversation, key)
        consents = await self._s.scalars(select(ConsentRow).where(ConsentRow.chat_key == key))
        documents = await self._s.scalars(select(Document).where(Document.chat_key == key))
        intakes = await self._s.scalars(select(Intake).where(Intake.chat_key == key))
        return {
            "chat": key,
            "language": conversation.locale if conversation else None,
            "answers": {k: a.to_json() for k, a in (await self.answers(chat)).items()},
            "consents": [
                {
                    "kind": c.kind,
                    "agreed": c.agreed,
                    "text_version": c.text_version,
                    "locale": c.locale,
                    "given_at": c.given_at.isoformat(),
                }
                for c in consents
            ],
            "documents": [
                {"field": d.field, "name": d.name, "type": d.mime_type, "size": d.size}
                for d in documents
            ],
            "cases": [
                {
                    "case": i.id,
                    "status": i.status,
                    "submitted": i.created_at.isoformat(),
                    "snapshot": i.snapshot,
                }
                for i in intakes
            ],
        }

    async def erase_chat(self, chat: ChatRef) -> None:
        """Delete the chat's personal data; one anonymous audit row remains."""
        key = chat.key
        for model in (AnswerRow, ConsentRow, Document, OutboxRow, AuditEvent, RelayMessage):
            await self._s.execute(delete(model).where(model.chat_key == key))
        # The case row stays, emptied, so case numbers are never reused.
        await self._s.execute(
            update(Intake)
            .where(Intake.chat_key == key)
            .values(chat_key="erased", snapshot={}, status="erased", assignee=None, locale=None)
        )
        await self._s.execute(delete(Conversation).where(Conversation.chat_key == key))
        self._s.add(AuditEvent(chat_key="erased", kind="erase", detail=""))
        await self._s.flush()


def _item(row: OutboxRow) -> OutboxItem:
    effects = tuple(outgoing_from_json(e) for e in row.payload["effects"])
    return OutboxItem(row.id, chat_of(row.chat_key), row.target, effects, row.locale)
