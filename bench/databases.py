"""Fresh databases for one measured run: a temporary SQLite file, or a new
schema in the PostgreSQL database (reached through the URL's ``?schema=``
option that `storage.sql.make_engine` and the migrations understand). Only
that schema is created and dropped; nothing else in the database is touched.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bench.processes import INTAKEBOT, bot_environment

__all__ = ["fresh_database", "normalise_postgres_url", "upgrade"]


def normalise_postgres_url(url: str) -> str:
    """`url` with the asyncpg driver and without a ``schema`` option."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+asyncpg")
    if parsed.drivername != "postgresql+asyncpg":
        raise ValueError(f"not a PostgreSQL URL: {parsed.drivername}")
    return parsed.difference_update_query(["schema"]).render_as_string(hide_password=False)


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


async def _execute(base_url: str, statement: str) -> None:
    engine = create_async_engine(base_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text(statement))
    finally:
        await engine.dispose()


@asynccontextmanager
async def fresh_database(kind: str, workdir: Path, postgres_url: str | None) -> AsyncIterator[str]:
    """The URL of a new, empty database of `kind`; removed when the block ends."""
    if kind == "sqlite":
        path = workdir / f"bench-{secrets.token_hex(4)}.db"
        try:
            yield f"sqlite+aiosqlite:///{path}"
        finally:
            _remove_sqlite(path)
        return
    if kind != "postgres" or postgres_url is None:
        raise ValueError(f"no database {kind!r} (PostgreSQL needs --postgres-url)")
    base = normalise_postgres_url(postgres_url)
    schema = f"bench_{os.getpid()}_{secrets.token_hex(4)}"
    await _execute(base, f'CREATE SCHEMA "{schema}"')
    try:
        yield (
            make_url(base)
            .update_query_dict({"schema": schema})
            .render_as_string(hide_password=False)
        )
    finally:
        await _execute(base, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


async def upgrade(database_url: str, workdir: Path) -> None:
    """`intakebot db upgrade` on the database, as an operator would run it."""
    env = bot_environment(database_url=database_url)
    process = await asyncio.create_subprocess_exec(
        str(INTAKEBOT),
        "db",
        "upgrade",
        env=env,
        cwd=workdir,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await process.communicate()
    if process.returncode != 0:
        raise RuntimeError(
            f"intakebot db upgrade exited with {process.returncode}: "
            + output.decode(errors="replace")[-2000:]
        )
