"""Telegram's 429 and 5xx answers are retried: every reply still arrives, exactly once."""

from __future__ import annotations

import pytest

from flows.state import Answer
from tests.e2e.harness import (
    RUNTIMES,
    START_TO_CONSENT,
    QuickFamily,
    quick_bot,
    sent_texts,
    state_of,
)
from tests.emulator import BotApiEmulator

pytestmark = pytest.mark.parametrize("runtime", RUNTIMES)

USER = 3001
COUNTRY_QUESTION = "In which country does the patient live now?"
NAME_QUESTION = "What is your name?"


@pytest.fixture
async def emulator():
    async with BotApiEmulator() as emu:
        yield emu


async def test_429_then_500_on_send_message_still_delivers_once(emulator, runtime):
    async with quick_bot(emulator, runtime) as runner:
        # Backoff after a 5xx is the deliverer's own business (unit-tested);
        # a short one keeps this test quick. retry_after is honoured as sent.
        runner.deliverer.backoff = 0.05
        family = QuickFamily(emulator, runner, USER)
        await family.do(START_TO_CONSENT)
        sends_before = len(emulator.calls_to("sendMessage"))
        emulator.fail_next("sendMessage", status=429, retry_after=1)
        emulator.fail_next("sendMessage", status=500)

        replies = await family.tap("A parent or guardian")

        assert len(replies) == 1
        assert COUNTRY_QUESTION in (replies[0].text or "")
        attempts = emulator.calls_to("sendMessage")[sends_before:]
        assert [(c.status, c.fault) for c in attempts] == [
            (429, "injected"),
            (500, "injected"),
            (200, None),
        ]
        # The bot waited as long as Telegram asked before trying again.
        assert attempts[1].at - attempts[0].at >= 0.9
        # Exactly one copy reached the family, and the answer was stored once.
        assert sum(COUNTRY_QUESTION in t for t in sent_texts(emulator, USER)) == 1
        assert sum(COUNTRY_QUESTION in (m.text or "") for m in family.messages()) == 1
        state = await state_of(runner, USER)
        assert state is not None
        assert state.answers["contact_role"] == Answer("parent_guardian")
        assert state.history.count("contact_role") == 1
        # Nothing is left waiting to be sent again.
        assert await runner.app.service.undelivered() == []

        # The conversation goes on normally.
        replies = await family.type("Uzbekistan")
        assert NAME_QUESTION in (replies[-1].text or "")
    assert emulator.rejected_calls() == []


async def test_server_errors_on_button_calls_are_retried(emulator, runtime):
    async with quick_bot(emulator, runtime) as runner:
        runner.deliverer.backoff = 0.05
        family = QuickFamily(emulator, runner, USER)
        await family.do(START_TO_CONSENT)
        emulator.fail_next("answerCallbackQuery", status=502)
        emulator.fail_next("editMessageReplyMarkup", status=503)

        replies = await family.tap("A parent or guardian")

        assert COUNTRY_QUESTION in (replies[-1].text or "")
        for method in ("answerCallbackQuery", "editMessageReplyMarkup"):
            last_two = emulator.calls_to(method)[-2:]
            assert [c.fault for c in last_two] == ["injected", None], method
            assert last_two[-1].ok
        # The tapped keyboard is gone even though the first removal failed.
        tapped = next(m for m in family.messages() if "Who is writing to us?" in (m.text or ""))
        assert tapped.reply_markup is None
    assert emulator.rejected_calls() == []
