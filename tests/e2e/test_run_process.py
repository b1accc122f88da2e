"""`intakebot run` as a real process: it survives SIGKILL without losing or
doubling an answer, stops cleanly on SIGTERM, and explains a missing token."""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.harness import (
    RUNTIMES,
    START_TO_CONSENT,
    QuickFamily,
    pending_for,
    running_bot,
    until,
)
from tests.e2e.processes import INTAKEBOT, Remote, bot_env, bot_process, url_of
from tests.emulator import BotApiEmulator

pytestmark = pytest.mark.parametrize("runtime", RUNTIMES)

USER = 12001
NAME_QUESTION = "What is your name?"
CONTACT_QUESTION = "Apart from this chat, how else can we reach you?"
AGE_QUESTION = "How old is the patient, in years?"


@pytest.fixture
async def emulator():
    async with BotApiEmulator() as emu:
        yield emu


def rows(database: Path, query: str, *args: object) -> list[tuple]:
    with sqlite3.connect(database) as db:
        return db.execute(query, args).fetchall()


def stored(database: Path) -> dict[str, object]:
    """The family's answers in the database, as {field: value}."""
    found = rows(
        database, "SELECT field, value FROM answers WHERE chat_key = ?", f"telegram:{USER}"
    )
    return {field: json.loads(value)["value"] for field, value in found}


def fetched(emulator: BotApiEmulator, update_id: int) -> bool:
    """Whether the bot has received this update (a getUpdates answer held it)."""
    return any(
        any(u["update_id"] == update_id for u in call.result or [])
        for call in emulator.calls_to("getUpdates")
    )


def pending_replies(database: Path) -> list[tuple]:
    return rows(
        database, "SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND target = 'family'"
    )


async def test_sigkill_loses_and_doubles_nothing_and_sigterm_finishes_work(
    emulator, runtime, tmp_path
):
    database = tmp_path / "intake.db"
    # Language, welcome pages and consents in-process (the process would pace
    # them at Telegram's one message a second), on the same database.
    async with running_bot(emulator, runtime, database_url=url_of(database)) as runner:
        await QuickFamily(emulator, runner, USER).do(START_TO_CONSENT)
    family = Remote(emulator, USER)
    async with bot_process(emulator, runtime, database) as bot:
        await family.do([("tap", "A parent or guardian"), ("type", "Uzbekistan")])
        assert NAME_QUESTION in (family.messages()[-1].text or "")
        # The next answer is committed, but Telegram fails every attempt to send
        # the reply: the process is killed while it is still retrying.
        emulator.fail_next("sendMessage", status=500, count=1000, chat_id=USER)
        failures = len([c for c in emulator.calls_to("sendMessage") if c.fault])
        emulator.user_sends_text(USER, "Aziza")
        await until(
            lambda: len([c for c in emulator.calls_to("sendMessage") if c.fault]) > failures,
            emulator,
            seconds=30,
        )
        bot.send_signal(signal.SIGKILL)
        assert await bot.wait() == -signal.SIGKILL
    emulator.faults.failures.clear()
    before_restart = stored(database)
    assert before_restart["contact_name"] == "Aziza"
    assert CONTACT_QUESTION not in "\n".join(m.text or "" for m in family.messages())
    assert pending_for(emulator, USER) == 1  # Telegram will deliver "Aziza" again

    async with bot_process(emulator, runtime, database) as bot:
        # The reply committed before the kill is sent at start; the redelivered
        # message is recognised and changes nothing.
        await until(
            lambda: (
                pending_for(emulator, USER) == 0
                and CONTACT_QUESTION in (family.messages()[-1].text or "")
            ),
            emulator,
            seconds=30,
        )
        texts = [m.text or "" for m in family.messages()]
        assert sum(CONTACT_QUESTION in t for t in texts) == 1
        assert sum(NAME_QUESTION in t for t in texts) == 1
        assert stored(database) == before_restart

        # SIGTERM while Telegram is slow and two updates are being handled:
        # both are finished before the process exits, with status 0.
        emulator.slow_next("sendMessage", 0.5, count=2)
        question = family.messages()[-1]
        emulator.user_presses(USER, question.message_id, question.callback_data("Only here"))
        second = emulator.user_sends_text(USER, "7")
        await until(lambda: fetched(emulator, second["update_id"]), emulator, seconds=30)
        shown = len(family.messages())
        bot.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(bot.communicate(), 30)
        assert bot.returncode == 0, stderr.decode()
        assert b"Traceback" not in stderr

    assert len(family.messages()) == shown + 2  # sent after SIGTERM, before the exit
    replies = [m.text or "" for m in family.messages()][-2:]
    assert AGE_QUESTION in replies[0]
    assert "What does the patient weigh" in replies[1]
    answers = stored(database)
    assert answers == {**before_restart, "preferred_contact": "telegram", "patient_age_years": 7}
    assert answers["country_residence"] == "UZ" and answers["language"] == "en"
    consents = rows(database, "SELECT kind FROM consents ORDER BY kind")
    assert consents == [("consent_share_hospitals",), ("consent_store",)]
    assert pending_replies(database) == [(0,)]
    (state,) = rows(
        database, "SELECT state FROM conversations WHERE chat_key = ?", f"telegram:{USER}"
    )
    assert json.loads(state[0])["position"] == "weight_kg"
    assert emulator.rejected_calls() == []


async def test_without_a_token_it_says_so_and_exits_2(runtime, tmp_path):
    process = await asyncio.create_subprocess_exec(
        INTAKEBOT,
        "run",
        cwd=tmp_path,
        env=bot_env(runtime, None, tmp_path / "intake.db"),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 2
    lines = stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("intakebot: BOT_TOKEN is not set.")
    assert "Traceback" not in stderr.decode() and stdout == b""
