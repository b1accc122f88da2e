"""Alembic migrations (storage/migrations): they build the schema the models
describe, on an empty SQLite file and an empty PostgreSQL schema, and
`intakebot db upgrade` can be run again and again."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from storage.migrate import alembic_config, upgrade_async
from storage.models import Base
from storage.sql import make_engine
from tests.storage.conftest import SQL_BACKENDS

INTAKEBOT = Path(sys.executable).with_name("intakebot")
HEAD = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


@pytest.fixture(params=SQL_BACKENDS)
async def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a new SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
    postgres = request.getfixturevalue("postgres")
    return str(await postgres.new_schema())


async def schema_report(url: str) -> tuple[list, set[str], str | None]:
    """(differences from the models, table names, current revision)."""

    def inspect_schema(connection):
        context = MigrationContext.configure(connection)
        diffs = compare_metadata(context, Base.metadata)
        return diffs, set(inspect(connection).get_table_names()), context.get_current_revision()

    engine = make_engine(url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(inspect_schema)
    finally:
        await engine.dispose()


async def test_migrations_build_the_models_schema(empty_url: str) -> None:
    diffs, tables, revision = await schema_report(empty_url)
    assert tables == set() and revision is None  # really empty
    await upgrade_async(empty_url)
    diffs, tables, revision = await schema_report(empty_url)
    assert diffs == []
    assert tables == {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"}
    assert revision == HEAD


async def test_upgrading_twice_changes_nothing(empty_url: str) -> None:
    await upgrade_async(empty_url)
    await upgrade_async(empty_url)
    diffs, _, revision = await schema_report(empty_url)
    assert diffs == [] and revision == HEAD


async def intakebot(*args: str, env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        str(INTAKEBOT),
        *args,
        env=env,
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_db_upgrade_command_is_idempotent(empty_url: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN",)}
    env["DATABASE_URL"] = empty_url
    for _ in range(2):
        code, out, err = await intakebot("db", "upgrade", env=env, cwd=tmp_path)
        assert (code, out.strip()) == (0, "database is up to date"), err
        assert "Traceback" not in err
    diffs, tables, revision = await schema_report(empty_url)
    assert diffs == [] and revision == HEAD
    assert "conversations" in tables


async def test_the_comparison_would_see_a_difference(empty_url: str) -> None:
    """Guards the check above: a table missing from the database is reported."""
    await upgrade_async(empty_url)
    engine = make_engine(empty_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text("DROP TABLE audit_events"))
    finally:
        await engine.dispose()
    diffs, _, _ = await schema_report(empty_url)
    assert ("add_table", "audit_events") in [(d[0], d[1].name) for d in diffs]
