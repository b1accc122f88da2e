"""Stores for the storage tests, one per backend.

- SQLite: a migrated file under the test's tmp_path.
- PostgreSQL: `TEST_DATABASE_URL`, isolated in a fresh schema per test
  session (``t_<random hex>``, reached through the URL's ``?schema=``
  option that `storage.sql.make_engine` and the migrations understand);
  tables are emptied after each test and the schema is dropped at the end.
  Without `TEST_DATABASE_URL` these tests are skipped with the reason, but
  when ``CI=true`` they fail: CI must never silently skip PostgreSQL.
- Memory: `storage.memory.MemoryStore`, for the port-contract tests.

`rows` reads back what a store holds (adapter by adapter, on purpose: the
port has no reader for consents, documents or audit rows).
"""

from __future__ import annotations

import asyncio
import os
import secrets
import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from flows.events import ChatRef
from flows.ports import Store
from storage.memory import MemoryStore
from storage.migrate import upgrade
from storage.models import AuditEvent, Base, ConsentRow, Document, OutboxRow
from storage.sql import SqlStore, make_engine

PG_ENV = "TEST_DATABASE_URL"
PG_EXAMPLE = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"

SQL_BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]
ALL_BACKENDS = [pytest.param("memory", id="memory"), *SQL_BACKENDS]


def postgres_base_url() -> str:
    """`TEST_DATABASE_URL` with the asyncpg driver; skip (or fail in CI) without it."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"{PG_ENV} is not set but CI=true: the PostgreSQL storage tests must run in CI. "
                f"Set {PG_ENV}, e.g. {PG_EXAMPLE}",
                pytrace=False,
            )
        pytest.skip(f"PostgreSQL tests need {PG_ENV}, e.g. {PG_ENV}={PG_EXAMPLE}")
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+asyncpg")
    return parsed.render_as_string(hide_password=False)


class Postgres:
    """Creates throwaway schemas in the test database and drops them all at the end."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.schemas: list[str] = []

    async def _execute(self, *statements: str) -> None:
        engine = create_async_engine(self.base_url)
        try:
            async with engine.begin() as connection:
                for statement in statements:
                    await connection.execute(text(statement))
        finally:
            await engine.dispose()

    async def new_schema(self) -> str:
        """A new empty schema; returns the database URL that uses it."""
        name = f"t_{secrets.token_hex(6)}"
        await self._execute(f'CREATE SCHEMA "{name}"')
        self.schemas.append(name)
        url = make_url(self.base_url).update_query_dict({"schema": name})
        return url.render_as_string(hide_password=False)

    async def drop_all(self) -> None:
        await self._execute(*(f'DROP SCHEMA IF EXISTS "{s}" CASCADE' for s in self.schemas))
        self.schemas.clear()


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    """The test database (skips or fails as described above)."""
    pg = Postgres(postgres_base_url())
    yield pg
    asyncio.run(pg.drop_all())


@pytest.fixture(scope="session")
def postgresql_url(postgres: Postgres) -> str:
    """The session's migrated schema."""
    url = asyncio.run(postgres.new_schema())
    upgrade(url)
    return url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating once is faster)."""
    path = tmp_path_factory.mktemp("template") / "intake.db"
    upgrade(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    """A migrated SQLite database of this test's own."""
    path = tmp_path / "intake.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture(params=ALL_BACKENDS)
def backend(request: pytest.FixtureRequest) -> tuple[str, str | None]:
    """The backend under test and its migrated database URL (None for memory).

    A test limited to SQL says ``@pytest.mark.parametrize("backend",
    SQL_BACKENDS, indirect=True)``.
    """
    name = str(request.param)
    if name == "memory":
        return name, None
    return name, str(request.getfixturevalue(f"{name}_url"))


class Db:
    """One database under test; each `open` is a new store on it (as another
    process would have). Memory has one store per database."""

    def __init__(self, name: str, url: str | None) -> None:
        self.name = name
        self.url = url
        self._memory: MemoryStore | None = None
        self._opened: list[SqlStore] = []

    def open(self) -> Store:
        if self.url is None:
            self._memory = self._memory or MemoryStore()
            return self._memory
        store = SqlStore(make_engine(self.url))
        self._opened.append(store)
        return store

    async def close(self) -> None:
        if self.name == "postgresql" and self._opened:
            await _empty_tables(self._opened[0])
        for store in self._opened:
            await store.close()


async def _empty_tables(store: SqlStore) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    async with store.engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture
async def db(backend: tuple[str, str | None]) -> AsyncIterator[Db]:
    opened = Db(*backend)
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
def store(db: Db) -> Store:
    """A store on the backend under test: memory, SQLite or PostgreSQL."""
    return db.open()


@dataclass(frozen=True)
class ConsentSeen:
    kind: str
    agreed: bool
    version: str
    locale: str
    at: str


@dataclass(frozen=True)
class DocumentSeen:
    field: str
    file_id: str
    name: str
    mime: str
    size: int


class Rows:
    """What a store holds, read for assertions."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def _sql(self, query: Any) -> list[Any]:
        assert isinstance(self.store, SqlStore)
        async with self.store.engine.connect() as connection:
            return list((await connection.execute(query)).all())

    async def consents(self, chat: ChatRef) -> list[ConsentSeen]:
        if isinstance(self.store, MemoryStore):
            return [
                ConsentSeen(c.field, c.agreed, c.version, c.locale, c.at[:19])
                for key, c in self.store.data.consents
                if key == chat.key
            ]
        rows = await self._sql(
            select(ConsentRow).where(ConsentRow.chat_key == chat.key).order_by(ConsentRow.id)
        )
        return [
            ConsentSeen(r.kind, r.agreed, r.text_version, r.locale, r.given_at.isoformat()[:19])
            for r in rows
        ]

    async def documents(self, chat: ChatRef) -> list[DocumentSeen]:
        if isinstance(self.store, MemoryStore):
            return [
                DocumentSeen(
                    d.field,
                    str(d.file["file_id"]),
                    str(d.file["name"]),
                    str(d.file["mime"]),
                    int(d.file["size"]),
                )
                for key, d in self.store.data.documents
                if key == chat.key
            ]
        rows = await self._sql(
            select(Document).where(Document.chat_key == chat.key).order_by(Document.id)
        )
        return [DocumentSeen(r.field, r.file_id, r.name, r.mime_type, r.size) for r in rows]

    async def audit(self, chat: ChatRef) -> list[tuple[str, str]]:
        if isinstance(self.store, MemoryStore):
            return [
                (kind, detail) for key, kind, detail in self.store.data.audit if key == chat.key
            ]
        rows = await self._sql(
            select(AuditEvent.kind, AuditEvent.detail)
            .where(AuditEvent.chat_key == chat.key)
            .order_by(AuditEvent.id)
        )
        return [(r.kind, r.detail) for r in rows]

    async def outbox(self) -> list[tuple[int, str, str]]:
        """(id, target, status) of every outbox row."""
        if isinstance(self.store, MemoryStore):
            data = self.store.data
            return [
                (i.id, i.target, "delivered" if i.id in data.delivered else "pending")
                for i in data.outbox
            ]
        rows = await self._sql(
            select(OutboxRow.id, OutboxRow.target, OutboxRow.status).order_by(OutboxRow.id)
        )
        return [(r.id, r.target, r.status) for r in rows]


@pytest.fixture
def rows(store: Store) -> Rows:
    """Reads back what `store` holds."""
    return Rows(store)
